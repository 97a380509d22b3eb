"""The long lists of a concept page ("다른 노트", "언급만 한 노트"): raw HTML whose links a strict build no
longer checks, so these tests follow them in a built site, and check that titles show as written. And a
passage quoted out of its note: what it uses that the note defines elsewhere (reference links, footnotes,
abbreviations, TeX macros, equation numbers) shows on the concept page as on the note's page."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from hooks.kb.posts.note import Note
from tests.builds.test_concept_site import REGISTRY, build
from tests.helpers.crawl import broken_links
from tests.helpers.sitebuild import build_docs, reader_text, site_pages, write_tree


def a_note(url: str, title: str = "노트") -> Note:
    return Note(f"{url.strip('/')}.md", title, "", url, date=datetime(2023, 1, 2, tzinfo=UTC))


def older_and_mentioning(count: int = 23) -> dict[str, str]:
    notes = {
        f"notes/n{i:02}.md": f"---\ntitle: 노트 {i:02} <&>\ndate: 2023-01-{i + 1:02}\n---\n## LSTM\n\n게이트 설명\n"
        for i in range(count)
    }
    notes["notes/m.md"] = (
        "---\ntitle: 언급 <b>굵게</b> & 끝\ndate: 2023-02-01\n---\n## 메모\n\nLSTM도 나중에 보자\n"
    )
    return notes


def list_links(html: str, heading_id: str) -> list[str]:
    """The hrefs of the list after the heading with the id `heading_id`."""
    after = html.split(f'id="{heading_id}"', 1)[1]
    return re.findall(r'href="([^"]+)"', after.split("</ul>", 1)[0].split("<ul>", 1)[1])


def test_the_lists_link_to_real_pages_and_sections_of_the_built_site(tmp_path: Path):
    site = build(tmp_path, older_and_mentioning())
    lstm = site.html("concepts/lstm/")
    older = list_links(lstm, "다른-노트-3")
    mentions = list_links(lstm, "언급만-한-노트")
    assert len(older) == 6 and len(mentions) == 1  # 3 notes, each its own link and its passage's
    assert all("%" in href and "노트" not in href for href in older)  # Hangul percent-encoded
    assert [b for b in broken_links(site.site_dir) if b.page == "concepts/lstm/index.html"] == []
    for href in older + mentions:  # and, decoded, each is a note's page (the crawler checked the #section)
        path, _, section = unquote(href).partition("#")
        assert (site.site_dir / "concepts/lstm" / path / "index.html").resolve().is_file(), href
        assert path.startswith("../../notes/") and section in ("", "lstm")


def test_a_listed_title_with_markup_characters_shows_as_written(tmp_path: Path):
    site = build(tmp_path, older_and_mentioning())
    lstm = site.html("concepts/lstm/")
    assert "노트 00 &lt;&amp;&gt;</a> · 2023-01-01" in lstm
    assert "언급 &lt;b&gt;굵게&lt;/b&gt; &amp; 끝</a> · 2023-02-01" in lstm
    assert "<b>굵게</b>" not in lstm


def test_a_formula_in_a_listed_title_or_heading_is_typeset(tmp_path: Path):
    notes = older_and_mentioning()
    notes["notes/n00.md"] = "---\ntitle: 부등식 $a<b$ 와 $x \\& y$\ndate: 2023-01-01\n---\n## LSTM $h<t$\n\n게이트\n"
    notes["notes/m.md"] = "---\ntitle: 언급 $p<q$\ndate: 2023-02-01\n---\n## 메모\n\nLSTM도 나중에 보자\n"
    site = build(tmp_path, notes)
    lstm = site.html("concepts/lstm/")
    for tex in ("a&lt;b", "x \\&amp; y", "h&lt;t", "p&lt;q"):
        assert f'<math alttext="{tex}">' in lstm, tex
    assert "kb-math-error" not in lstm
    assert "concepts/lstm.md" not in site.log  # no formula of the page is reported as bad


def test_the_lists_link_to_real_pages_without_directory_urls(tmp_path: Path):
    files = {**site_pages(), "concepts.yml": REGISTRY, **older_and_mentioning()}
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site", use_directory_urls=False)
    lstm = (site.site_dir / "concepts/lstm.html").read_text(encoding="utf-8")
    links = list_links(lstm, "다른-노트-3") + list_links(lstm, "언급만-한-노트")
    assert len(links) == 7 and all(href.startswith("../notes/") and "index.html" in href for href in links)
    broken = broken_links(site.site_dir)
    assert [b for b in broken if b.page == "concepts/lstm.html"] == []
    family = (site.site_dir / "concepts/family/sequence/index.html").read_text(encoding="utf-8")
    assert 'href="../../lstm.html"' in family and 'href="../../index.html"' in family
    assert [b for b in broken if b.page.startswith("concepts/family/")] == []
    # A concept's Korean name as a URL leads to its page, which is lstm.html here, not lstm/.
    redirect = (site.site_dir / "concepts/장단기-메모리/index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../lstm.html"' in redirect and 'concepts/lstm.html">' in redirect
    redirects = {b.page for b in broken if "kb-redirect" in (site.site_dir / b.page).read_text(encoding="utf-8")}
    assert redirects == set()



# --- a passage out of its note -----------------------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a")
RNN_NOTE = """---
title: RNN 정리
date: 2023-03-01
---
## LSTM

LSTM은 [Hochreiter][lstm-paper]가 제안한 구조로, cell state로 긴 의존성을 다룬다[^belt].
게이트 값은 HTML 문서처럼 읽힌다. 설명은 [Colah][]와 [cs231n]을 따랐다[^1].

![셀 구조][cell]

## GRU

GRU는 게이트가 두 개인 순환 신경망이다. reset gate와 update gate로 나뉜다.

## 참고

[^belt]: cell state는 컨베이어 벨트에 비유된다. [원문][lstm-paper]
[^1]: 첫 노트의 각주.

[lstm-paper]: https://example.org/lstm.pdf "LSTM 논문"
[colah]: https://example.org/colah
[CS231N]: lectures/cs231n.md
[cell]: img/cell.png

*[HTML]: Hyper Text Markup Language
"""
OTHER_NOTE = """---
title: LSTM 복습
date: 2023-02-01
---
## LSTM

LSTM은 forget gate로 무엇을 잊을지 고른다[^1]. 자세한 것은 [이 글][cs231n]에 있다.
게이트 값을 HTML 표로 정리했다.

## 끝

[^1]: 둘째 노트의 각주.

[cs231n]: https://example.org/other
"""
MATH_NOTE = r"""---
title: 수식 노트
date: 2023-01-15
---
$$
\newcommand{\R}{\mathbb{R}}
\def\vx{\mathbf{x}}
\DeclareMathOperator{\gate}{gate}
$$

## RNN 식

은닉 상태를 다음 시점으로 넘기는 식이다.

$$
\begin{equation}
h_t = \tanh(W h_{t-1} + U \vx_t) \label{eq:rnn}
\end{equation}
$$

## LSTM

LSTM은 cell state $c_t \in \R^n$ 에 입력 $\vx_t$를 더해 긴 의존성을 다룬다. 식 $\eqref{eq:rnn}$의 RNN과 달리 $\gate$가 있다.

$$
\begin{align}
c_t &= f_t \odot c_{t-1} + i_t \odot \tilde{c}_t \label{eq:cell} \\
h_t &= o_t \odot \tanh(c_t)
\end{align}
$$

식 \eqref{eq:cell}에서 $f_t$는 forget gate다.
"""

SAME_LABEL_NOTE = r"""---
title: 수식 노트 둘
date: 2023-01-10
---
## LSTM

LSTM의 cell state는 이렇게 바뀐다. 이 노트도 같은 이름표를 쓴다.

$$
\begin{equation}
c_t = f_t c_{t-1} + i_t g_t \label{eq:cell}
\end{equation}
$$

식 \eqref{eq:cell}이 핵심이다.
"""

NUMBERED_BLOG_NOTE = """---
title: 번호 매기는 블로그
date: 2023-01-05
mathjax_autoNumber: true
---
## RNN

은닉 상태를 넘긴다.

$$
h_t = \\tanh(W h_{t-1})
$$

## LSTM

LSTM은 셀 상태를 더한다. 이 블로그는 모든 식에 번호를 붙인다.

$$
c_t = f_t c_{t-1} + i_t g_t
$$
"""


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    notes = {
        "notes/rnn.md": RNN_NOTE,
        "notes/img/cell.png": PNG,
        "notes/lectures/cs231n.md": "---\ntitle: CS231n\n---\n강의 노트.\n",
        "notes/review/lstm.md": OTHER_NOTE,
        "notes/math.md": MATH_NOTE,
        "notes/math2.md": SAME_LABEL_NOTE,
        "notes/blog/_posts/2023-01-05-numbered.md": NUMBERED_BLOG_NOTE,
    }
    return build(tmp_path_factory.mktemp("quoted"), notes)


def passages(html: str) -> list[str]:
    return re.findall(r'<div class="kb-passage">(.*?)</div>', html, re.S)


def note_section(html: str, anchor: str) -> str:
    after = html.split(f'id="{anchor}"', 1)[1]
    return re.split(r"<h2 ", after, maxsplit=1)[0]


def shown_links(fragment: str, page: str) -> set[tuple[str, str]]:
    """(text, site path) of each link and image the reader follows, wherever the fragment is shown."""
    links = {
        (reader_text(text).strip(), urljoin(page, unquote(href)))
        for attrs, href, text in re.findall(r'<a\b([^>]*)\shref="([^"]*)"[^>]*>(.*?)</a>', fragment, re.S)
        if "kb-concept-link" not in attrs and "headerlink" not in attrs and "kb-passage-source" not in attrs
        and "footnote" not in attrs
    }
    return links | {(alt, urljoin(page, src)) for alt, src in re.findall(r'<img alt="([^"]*)" src="([^"]*)"', fragment)}


def test_a_passage_shows_the_references_its_note_defines_elsewhere_as_the_note_does(quoted):
    site = quoted
    note = note_section(site.html("notes/2023-03-01-rnn-정리/"), "lstm")
    passage = next(p for p in passages(site.html("concepts/lstm/")) if "Hochreiter" in p)
    assert "[Hochreiter]" not in passage and "[Colah]" not in passage and "[cs231n]" not in passage
    expected = shown_links(note, "/notes/2023-03-01-rnn-정리/")
    assert {text for text, _ in expected} == {"Hochreiter", "Colah", "cs231n", "셀 구조"}
    assert shown_links(passage, "/concepts/lstm/") == expected
    assert 'title="LSTM 논문"' in passage
    other = next(p for p in passages(site.html("concepts/lstm/")) if "forget gate로" in p)
    assert shown_links(other, "/concepts/lstm/") == {("이 글", "https://example.org/other")}  # its own [cs231n]


def test_a_passage_shows_its_abbreviations_as_the_note_does(quoted):
    passage = next(p for p in passages(quoted.html("concepts/lstm/")) if "Hochreiter" in p)
    assert '<abbr title="Hyper Text Markup Language">HTML</abbr>' in passage
    assert '<abbr title="Hyper Text Markup Language">HTML</abbr>' in note_section(quoted.html("notes/2023-03-01-rnn-정리/"), "lstm")


def test_an_abbreviation_titles_its_own_note_s_passage_only(quoted):
    """One note's `*[HTML]: ...` does not title the `HTML` of another note quoted on the same page: that note
    defines none, and its own page shows the word plain."""
    other = next(p for p in passages(quoted.html("concepts/lstm/")) if "forget gate로" in p)
    assert "HTML 표로" in other and "<abbr" not in other
    assert "<abbr" not in note_section(quoted.html("notes/2023-02-01-lstm-복습/"), "lstm")


def test_each_quoted_notes_footnotes_are_its_own_and_link_both_ways(quoted):
    lstm = quoted.html("concepts/lstm/")
    assert "[^" not in lstm
    footnotes = lstm.split('<div class="footnote">', 1)[1]
    texts = [reader_text(t).replace("\u21a9", "").strip() for t in re.findall(r"<li id=\"fn:[^\"]+\">(.*?)</li>", footnotes, re.S)]
    assert sorted(texts) == sorted(["cell state는 컨베이어 벨트에 비유된다. 원문", "첫 노트의 각주.", "둘째 노트의 각주."])
    refs = re.findall(r'class="footnote-ref" href="#([^"]+)"', lstm)
    backs = re.findall(r'class="footnote-backref" href="#([^"]+)"', lstm)
    assert len(set(refs)) == 3 and len(set(backs)) == 3
    assert all(f'id="{target}"' in lstm for target in refs + backs)
    assert [b for b in broken_links(quoted.site_dir) if b.page == "concepts/lstm/index.html"] == []
    assert 'href="https://example.org/lstm.pdf"' in footnotes  # the footnote's own reference link


def test_a_passage_typesets_with_its_notes_macros_and_equation_numbers(quoted):
    lstm, note = quoted.html("concepts/lstm/"), quoted.html("notes/2023-01-15-수식-노트/")
    passage = next(p for p in passages(lstm) if "cell state" in p and "<math" in p)
    assert "kb-math-error" not in passage and "concepts/lstm.md" not in quoted.log
    assert "<mi mathvariant=\"double-struck\">R</mi>" in passage or "ℝ" in passage  # \R is \mathbb{R}
    numbers = re.compile(r'id="(eq:[a-z]+)"><mtext>\((\d+)\)</mtext>')
    assert numbers.findall(note) == [("eq:rnn", "1"), ("eq:cell", "2")]
    assert numbers.findall(passage) == [("eq:cell", "2")]  # numbered as in the note, not from 1
    assert re.findall(r'<mtext>\((\d)\)</mtext></mtd>', passage) == ["2", "3"]  # align's second row too
    # a reference to the note's formula outside the passage: its number, linking to it in the note
    assert '<a href="../../notes/2023-01-15-수식-노트/#eq:rnn">(1)</a>' in passage
    assert '<a href="#eq:cell">(2)</a>' in passage  # to the passage's own formula, on the page
    assert [b for b in broken_links(quoted.site_dir) if b.page == "concepts/lstm/index.html"] == []


def test_two_quoted_notes_with_the_same_formula_label_each_refer_to_their_own(quoted):
    lstm = quoted.html("concepts/lstm/")
    first = next(p for p in passages(lstm) if "cell state $" in p or "cell state <math" in p)
    second = next(p for p in passages(lstm) if "같은 이름표" in p)
    assert '<a href="#eq:cell">(2)</a>' in first and 'id="eq:cell"' in first
    (own,) = re.findall(r'id="([^"]*eq:cell)"', second)
    assert own != "eq:cell" and f'<a href="#{own}">(1)</a>' in second  # its own number, its own formula
    assert [b for b in broken_links(quoted.site_dir) if b.page == "concepts/lstm/index.html"] == []


def test_a_blog_that_numbered_every_display_formula_has_its_passages_numbered_so(quoted):
    note = quoted.html("notes/2023-01-05-numbered/")
    passage = next(p for p in passages(quoted.html("concepts/lstm/")) if "모든 식에 번호" in p)
    assert re.findall(r"<mtext>\((\d)\)</mtext>", note) == ["1", "2"]
    assert re.findall(r"<mtext>\((\d)\)</mtext>", passage) == ["2"]


SIGNOFF = "```\n💡 수정 필요한 내용은 댓글이나 메일로 알려주시면 감사하겠습니다!💡 \n```\n"


def test_a_blogs_signoff_closing_every_post_is_not_quoted_on_concept_pages(tmp_path: Path):
    """A minimal-mistakes blog: each post is one `# 주제` section with everything under it, closed by the blog's
    request in a code block. The concept page quotes the section; the request is the blog's, not the concept's."""

    def post(topic: str, text: str) -> str:
        return f"---\ntitle: {topic} 정리\n---\n<br>\n\n# {topic}\n\n- {text}\n\n<br>\n\n{SIGNOFF}"

    notes = {
        "notes/mm/_posts/2021-08-05-rnn.md": post("RNN", "RNN은 이전 상태를 다시 입력으로 받는 신경망이다"),
        "notes/mm/_posts/2021-08-06-lstm.md": post("LSTM", "LSTM은 cell state로 긴 의존성을 다룬다"),
        "notes/mm/_posts/2021-08-07-gan.md": post("GAN", "GAN은 생성자와 판별자가 경쟁하며 학습한다"),
    }
    site = build(tmp_path, notes)
    page = site.html("concepts/rnn/")
    assert "이전 상태를 다시 입력으로" in page and "수정 필요한 내용은" not in page
    assert "수정 필요한 내용은" in site.html("notes/2021-08-05-rnn/")  # the note's page keeps it
