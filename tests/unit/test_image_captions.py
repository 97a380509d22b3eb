"""A line of italics right under an image is the figure's caption, as Chirpy draws it (`img + em`), also where
the image and its caption close a paragraph of text (`수식은 다음과 같습니다.` over them)."""

import markdown
import pytest

from hooks.kb.posts.captions import image_captions
from hooks.kb.posts.html_blocks import figures_apart
from hooks.kb.posts.ingest import read_note


def captioned(text: str) -> str:
    return image_captions(text, "notes/_posts/2025-09-03-x.md", lambda offset: 1)[0]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("\n수식 표현은 다음과 같습니다.\n![이미지](/assets/coef.png)\n_표본 상관 계수_\n\n다음 문단\n", "표본 상관 계수"),
        ("\nThe loss is\nplotted below.\n![loss](loss.png)\n*Figure 2. Loss*\n", "Figure 2. Loss"),
        ("\n![이미지](graph.png)\n_출력 그래프_\n", "출력 그래프"),
        ("\n\n![이미지](mle.png)\n_Loss_MLE 식_\n", "Loss_MLE 식"),  # an underscore inside a word is the word's  # alone in the note's first paragraph, under one blank line
    ],
)
def test_the_line_of_italics_is_the_figures_caption(text, caption):
    out = captioned(text)
    assert f'<figcaption markdown="span">{caption}</figcaption></figure>' in out
    assert out.count("\n") == text.count("\n")  # line for line


@pytest.mark.parametrize(
    "text",
    [
        "\n- 목록의 항목\n![그림](x.png)\n_아님_\n",  # a list item's lazy lines: not a paragraph of text
        "\n## 제목\n![그림](x.png)\n_아님_\n",
        "\n설명\n![그림](x.png)\n_a_ 와 _b_\n",  # two emphases: no caption of one figure
        "\n설명\n![그림](x.png)\n_그림_\n이어지는 문장\n",  # the paragraph goes on under the italics
    ],
)
def test_other_italics_stay_text(text):
    assert captioned(text) == text


def test_the_figure_is_a_block_under_the_paragraph():
    src = "---\ntitle: 선형 회귀\n---\n\n상관 관계를 분석하는 수식 표현은 다음과 같습니다.\n![이미지](/nope/coef.png)\n_표본 상관 계수_\n\n위의 식\n"
    note, problems = read_note("notes/_posts/2025-09-03-x.md", src.encode())
    html = markdown.markdown(note.body, extensions=["md_in_html"])
    assert "<p>상관 관계를 분석하는 수식 표현은 다음과 같습니다.</p>" in html
    assert "<figcaption>표본 상관 계수</figcaption>" in html and "<em>" not in html
    assert [p.line for p in problems] == [6]  # the missing image is told at its line in the file
    assert note.added_lines == (2,)  # the blank line put above the figure is none of the file's


def test_figures_apart_leaves_a_figure_that_starts_its_block():
    text = '문단\n\n<figure class="kb-figure" markdown="span">![a](a.png)\n<figcaption>a</figcaption></figure>\n'
    assert figures_apart(text) == text
    assert figures_apart(text.replace("\n\n", "\n")) == text
