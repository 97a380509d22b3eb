"""MathJax-era Jekyll posts (tests/helpers/mathjax_posts.py), built strictly: each page shows what the blog
showed, kramdown's reading of the post and MathJax's of the page, and no formula is an error."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from tests.helpers.mathjax_posts import NOTES
from tests.helpers.sitebuild import build_site_with, reader_text

GAUSSIAN = "notes/2018-09-28-gaussian/"
RELU = "notes/2019-08-20-relu-taylor/"
GRADIENT = "notes/2025-05-18-gradient/"
BACKPROP = "notes/2024-11-22-backprop/"
PCA = "notes/2019-07-27-pca/"
INIT = "notes/2023-09-20-weight-init/"
DIFFUSION = "notes/2024-02-10-paper-reading-score/"
REGRESSION = "notes/2018-09-27-regression/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("mathjax"), NOTES)  # strict: any MkDocs warning aborts


def _formulas(article: str) -> list[str]:
    return re.findall(r"<math\b.*?</math>", article, flags=re.S)


def prose(fragment: str) -> str:
    """What a reader reads, formulas left out."""
    return reader_text(fragment, formulas=False)


def test_no_formula_is_an_error(built):
    for url in (GAUSSIAN, RELU, GRADIENT, BACKPROP, PCA, INIT):
        assert "kb-math-error" not in built.article(url), url
    assert not [line for line in built.log.splitlines() if line.startswith("WARNING") and "formula" in line]


def test_a_cases_condition_written_in_text_holds_its_math(built):
    (cases,) = _formulas(built.article(RELU))
    assert re.search(r"<mtext>:\scase\si\)\swhen\s</mtext><mrow><munderover>", cases)  # text, then the sum


def test_angle_brackets_and_an_empty_formula_show_as_on_the_blog(built):
    article = built.article(GRADIENT)
    formulas = _formulas(article)
    assert len(formulas) == 2 and re.search(r">⟨</mo><mi>𝐱</mi>.*>⟩</mo>", formulas[0])
    assert re.fullmatch(r'<math alttext="" display="block"></math>', formulas[1])  # nothing, as MathJax drew it
    assert "$" not in prose(article)


def test_kramdowns_escaped_brackets_are_brackets_and_its_escaped_bars_single_bars(built):
    article = built.article(GAUSSIAN)
    assert "(정밀도는 분산의 역수.)" in prose(article)  # a bracket, not a formula of Korean in italics
    formulas = _formulas(article)
    assert len(formulas) == 5
    assert re.search(r"<mo[^>]*>\|</mo>", formulas[0]) and "‖" not in formulas[0]  # N(x|μ, σ²): kramdown's bar
    assert len(re.findall(r"<mo[^>]*>\|</mo>", formulas[2])) == 2 and "‖" not in formulas[2]  # |Σ|
    assert "‖" in formulas[3]  # $$..$$ went to MathJax as written: the norm
    assert "정밀도" not in "".join(formulas)
    cells = re.findall(r"<td>(.*?)</td>", article, flags=re.S)
    assert cells == [formulas[4], "행렬식"]  # the row kept its two cells, the first the formula |Σ|
    assert len(re.findall(r"<mo[^>]*>\|</mo>", cells[0])) == 2 and "‖" not in cells[0]


def test_rows_of_a_kramdown_table_without_a_header_are_a_table_of_their_cells(built):
    article = built.article(BACKPROP)
    tables = re.findall(r"<table>.*?</table>", article, flags=re.S)
    assert len(tables) == 3 and "<thead>" not in tables[0] + tables[1] and "<thead>" in tables[2]
    (boxed,) = re.findall(r"<td>(.*?)</td>", tables[0], flags=re.S)  # one cell, its formulas and bold text
    assert len(_formulas(boxed)) == 4 and "<strong>활성화</strong>" in boxed and "<br><br>" in boxed
    rows = [re.findall(r"<td>(.*?)</td>", row, flags=re.S) for row in re.findall(r"<tr>.*?</tr>", tables[1], re.S)]
    assert [len(cells) for cells in rows] == [2, 2] and prose(rows[0][0]) == "순전파"
    assert len(_formulas(rows[1][1])) == 2  # `\|` in a formula splits no cell
    assert "|" not in prose(article)


def test_an_applet_and_a_video_centered_in_raw_html_are_links_not_brackets(built):
    article = built.article(PCA)
    assert re.search(r'<center><a href="https://example.github.io/p5/pca_applet/"[^>]*>삽입된 페이지 보기', article)
    video = 'href="https://www.youtube.com/watch?v=jNwf-JUGWgg"'
    assert article.count(video) == 2 and re.search(r'<img alt="YouTube 동영상" [^>]*loading="lazy"', article)
    assert "](" not in prose(article) and "<iframe" not in article


def test_a_blog_that_numbered_every_display_formula_has_them_numbered(built):
    def numbers(url: str) -> list[str]:
        return re.findall(r"<mtext>\((\d+)\)</mtext>", built.article(url))

    assert numbers(PCA) == ["1", "2"]  # the numbers "식 (1)" refers to, as on the TeXt blog
    assert numbers(GAUSSIAN) == [] and numbers(RELU) == []  # other blogs numbered none


def test_the_blogs_jekyll_setup_is_not_published(built):
    assert not list(built.site_dir.rglob("_config.yml"))  # may hold keys; Jekyll never published it
    assert "1 file of the blog's Jekyll setup (_config.yml) — not published" in built.log


def test_figures_in_a_folder_named_with_parentheses_are_shown(built):
    article = built.article(INIT)
    sources = re.findall(r'<img[^>]* src="([^"]+)"', article)
    assert len(sources) == 2 and "kb-missing-image" not in article
    for src in sources:
        assert (built.site_dir / INIT / unquote(src)).resolve().is_file(), src
    assert len(_formulas(article)) == 1


def test_a_concept_page_shortens_a_section_title_before_its_formula(built):
    article = built.article("concepts/probability/")
    assert DIFFUSION.split("/")[1] in article  # the section is quoted there, its title the link to it
    assert "3. Method › 3.1 Which probability distribution…</a>" in article
    assert "kb-math-error" not in article
    assert not [line for line in built.log.splitlines() if line.startswith("WARNING") and "concepts/" in line]
    assert len(_formulas(built.article(DIFFUSION))) == 4


def test_a_quote_under_a_list_items_text_is_a_quote_in_the_item(built):
    article = built.article(DIFFUSION)
    (quote,) = re.findall(r"<li>로그를 일차 함수로 바꿔 본다.<blockquote>(.*?)</blockquote>", article, re.S)
    assert re.match(r"\s*<ul>\s*<li>접선은 <math", quote) and 'display="block"' in quote
    assert ">" not in prose(article)  # no quote marker left as text


def test_items_under_a_lazy_line_or_a_second_paragraph_are_items(built):
    article = built.article(REGRESSION)
    items = [prose(item).strip().split("\n")[0] for item in re.findall(r"<li>(.*?)</li>", article, re.S)]
    assert items[2:] == ["여기서  가 기저 함수다.", "상수항을 위해  로 둔다.", "가우시안 기저", "시그모이드 기저"]
    assert "- " not in prose(article) and len(_formulas(article)) == 4
