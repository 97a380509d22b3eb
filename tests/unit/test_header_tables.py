"""A table of a header row alone: no empty body row under it (GitHub, kramdown and markdown-it draw none)."""

import markdown
import pytest

EXTENSIONS = ["tables", "hooks.kb.posts.header_tables"]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    [
        # html2text's table of two pictures from a Velog post, trailing hard-break spaces and all
        "![](a.png)| ![](b.png)  \n---|---  \n  \n",
        "| 그림 1 | 그림 2 |\n|---|---|\n",
        "|![](https://blog.kakaocdn.net/dn/x/img.png)|![](y.png)|\n|:-:|:-:|\n",
    ],
)
def test_header_only_table_has_no_body_row(text):
    html = render(text)
    assert "<thead>" in html
    assert "<td" not in html and "<tbody" not in html


def test_a_body_row_the_author_wrote_is_kept_even_empty():
    html = render("|a|b|\n|-|-|\n| | |\n")
    assert html.count("<td></td>") == 2


def test_rows_are_still_built():
    html = render("| 모델 | 정확도 |\n|---|---|\n| CNN | 0.91 |\n")
    assert "<td>CNN</td>" in html and "<td>0.91</td>" in html


def test_without_tables_nothing_is_replaced():
    assert "<table>" not in markdown.markdown("|a|b|\n|-|-|\n", extensions=["hooks.kb.posts.header_tables"])
