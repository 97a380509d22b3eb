"""An Obsidian vault's notes in a strict build: callouts and GitHub alerts as boxes, comments hidden,
a line of tags read as tags."""

from __future__ import annotations

import pytest

from tests.helpers.sitebuild import build_site_with

VAULT_NOTE = """#RNN #LSTM #딥러닝

> [!note] LSTM 정리
> LSTM은 **게이트**로 정보를 고른다.
> - forget gate
> - input gate

> [!warning]- 접힌 경고
> 학습률이 너무 크면 $\\eta$가 발산한다.

> [!IMPORTANT]
> 제목 없는 GitHub 알림

본문 %%교수님께 여쭤볼 것%% 계속.

%%
개인 메모: 과제 마감 확인
%%
끝.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("vault"), {"notes/RNN과 LSTM 정리.md": VAULT_NOTE})


def _article(site) -> str:
    html = site.html("notes/rnn과-lstm-정리/")
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def test_callouts_are_boxes_with_their_titles_or_their_kind_in_korean(site):
    article = _article(site)
    assert '<div class="admonition note">\n<p class="admonition-title">LSTM 정리</p>' in article
    assert (
        "<li>forget gate</li>" in article.split('<div class="admonition note">', 1)[1].split("</div>", 1)[0]
    )
    assert '<details class="warning">\n<summary>접힌 경고</summary>' in article
    assert '<div class="admonition tip">\n<p class="admonition-title">중요</p>' in article
    assert "[!" not in article


def test_obsidian_comments_are_not_published(site):
    article = _article(site)
    assert "본문" in article and "계속." in article and "끝." in article
    for hidden in ("교수님께", "개인 메모", "%%"):
        assert hidden not in site.html("notes/rnn과-lstm-정리/"), hidden


def test_a_line_of_tags_is_the_notes_tags_not_a_heading(site):
    article = _article(site)
    assert "#LSTM" not in article and 'id="rnn-lstm' not in article
    tags = site.html("tags/")
    for tag in ("RNN", "LSTM", "딥러닝"):
        assert f'id="tag:{tag.lower()}"' in tags, tag
