"""An Obsidian vault's notes in a strict build: callouts and GitHub alerts as boxes, comments hidden,
a line of tags read as tags; in a vault copied whole (its `.obsidian/` folder along), each line of a
paragraph shown on its own line, as Obsidian shows it, unless the vault's settings say otherwise."""

from __future__ import annotations

import re

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


# A note of a vault, as Obsidian shows it: each line on its own, a file name for its title.
LINES_NOTE = """
---
### 경사 하강법

**1. 개념:**
손실을 최소화하는 파라미터를 찾는다.
$$\\theta_{t+1} = \\theta_t - \\eta \\nabla J$$

1. 기울기를 구한다.
   학습률을 곱한다.
   - 너무 크면 발산한다.

> 인용의 첫 줄
> 인용의 둘째 줄

| a | b |
| - | - |
| 1 | 2 |

```text
Epoch: 1
Epoch: 2
```
Epoch: 100 Loss = 0.0047
Accuracy: 0.79

**출력층:** $$\\frac{\\partial L}{\\partial h} = h - y$$
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site_with(
        tmp_path_factory.mktemp("vault"),
        {
            "notes/RNN과 LSTM 정리.md": VAULT_NOTE,
            "notes/vault/.obsidian/app.json": '{"promptDelete": false}',
            "notes/vault/AI/Gradient.md": LINES_NOTE,
            "notes/strict/.obsidian/app.json": '{"strictLineBreaks": true}',
            "notes/strict/Momentum.md": LINES_NOTE,
            "notes/plain/Adam.md": LINES_NOTE,  # not in a vault: Markdown's rule
        },
    )


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


def _body(site, url: str) -> str:
    html = site.html(url)
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def test_a_vaults_note_shows_each_line_of_a_paragraph_list_item_and_quote_on_its_own(site):
    body = _body(site, "notes/gradient/")
    # a display formula is a block of its own: no break before it
    assert re.search(r"<strong>1\. 개념:</strong><br>\s*손실을 최소화하는 파라미터를 찾는다\.\s*<math", body)
    assert re.search(r"기울기를 구한다\.<br>\s*학습률을 곱한다\.\s*<ul>", body)
    assert re.search(r"인용의 첫 줄<br>\s*인용의 둘째 줄", body)
    assert re.search(r"Epoch: 100 Loss = 0\.0047<br>\s*Accuracy: 0\.79", body)
    assert "<br>" not in body.split("<table>")[1].split("</table>")[0]
    assert "<br>" not in body.split('<div class="highlight">')[1].split("</div>")[0]
    assert not re.search(r"WARNING notes/vault/AI/Gradient.md: no title", site.log)  # titled by its file name


def test_a_strict_vault_and_a_note_outside_any_vault_join_the_lines_as_markdown_does(site):
    for url in ("notes/momentum/", "notes/adam/"):
        body = _body(site, url)
        assert "<br>" not in body and "<strong>1. 개념:</strong>\n손실을" in body


def test_a_vaults_note_shows_double_dollars_inside_a_sentence_as_a_display_formula_as_obsidian_does(site):
    display = r'<strong>출력층:</strong> <math alttext="[^"]*" display="block">'
    assert re.search(display, _body(site, "notes/gradient/"))
    assert re.search(display, _body(site, "notes/momentum/"))  # a vault whatever its line breaks
    assert not re.search(display, _body(site, "notes/adam/"))  # kramdown's and GitHub's rule: inline
    assert re.search(r'<strong>출력층:</strong> <math alttext="[^"]*">', _body(site, "notes/adam/"))
