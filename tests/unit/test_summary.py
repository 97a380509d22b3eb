"""The plain-text summary chat previews show: no Markdown, no TeX, no tags, at most 160 characters."""

from __future__ import annotations

import pytest

from hooks.kb.pages.summary import LIMIT, shorten, summary_from_html, summary_from_markdown


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("**LSTM**의 게이트 정리", "LSTM의 게이트 정리"),
        ("게이트 $f_t = \\sigma(x)$ 정리", "게이트 정리"),
        ("[링크](https://x.y)와 `code`", "링크와 code"),
        ("$$\nx^2\n$$\n\n둘째 문단", "둘째 문단"),
        ("가격은 \\$5", "가격은 $5"),
        ("Attention is *all* you need", "Attention is all you need"),
    ],
)
def test_summary_from_markdown_is_plain_text(written, expected):
    assert summary_from_markdown(written) == expected


def test_summary_from_html_skips_title_meta_headings_code_and_math():
    page = (
        '<h1 id="t">제목</h1><p class="kb-note-meta">2023년 1월 1일</p>'
        '<p class="kb-note-concepts kb-no-autolink">이 노트가 다루는 개념: RNN</p>'
        "<h2>RNN</h2><pre><code>print(1)</code></pre>"
        "<p>RNN은 <!--kb-math:0-->h_t<!--/kb-math--> 상태를 <strong>다시</strong> 넣는다</p>"
        "<ul><li>게이트가 없다</li></ul>"
    )
    assert summary_from_html(page) == "RNN은 상태를 다시 넣는다. 게이트가 없다."


def test_long_text_is_cut_at_a_space_within_the_limit():
    text = "가나다라 " * 60
    short = shorten(text)
    assert len(short) <= LIMIT and short.endswith("…")
    assert short[:-1].endswith("가나다라")
