"""Study posts from editors and themes (tests/helpers/study_posts.py), built strictly: each shows its formulas,
boxes and headings as its blog did."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.helpers.sitebuild import build_site_with, reader_text
from tests.helpers.study_posts import NOTES

STACKEDIT = "notes/2022-08-01-batchnorm/"
JTD = "notes/gru/"
MYST = "notes/어텐션/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("study"), NOTES)  # strict: any MkDocs warning aborts


def test_formulas_an_editor_typeset_with_katex_are_typeset_from_their_tex(built):
    article = built.article(STACKEDIT)
    display = re.search(r'<math[^>]*alttext="([^"]*)"[^>]*display="block"', article)
    assert display and unescape(display[1]) == r"\mu_B = \frac{1}{m}\sum_{i=1}^{m} x_i"
    assert re.search(r'<math[^>]*alttext="x_i"', article)
    assert "katex" not in article and "M263" not in article  # neither KaTeX's span copy nor its SVG
    assert "user-images.githubusercontent.com/1/bn.png" in article


def test_a_just_the_docs_page_shows_its_callouts_and_heading_attributes(built):
    article = built.article(JTD)
    assert re.search(r'<div class="admonition note">\s*<p class="admonition-title">참고</p>\s*<p>(<a[^>]*>)?GRU(</a>)?는', article)
    assert re.search(r'<div class="admonition warning">\s*<p class="admonition-title">헷갈리는 점</p>', article)
    assert re.search(r'<div class="admonition tip">\s*<p class="admonition-title">핵심</p>\s*<p>파라미터', article)
    assert re.search(r'<h\d id="gates"[^>]*>게이트', article) and 'href="#gates"' in article
    assert "{:" not in reader_text(article)


def test_a_jupyter_book_chapter_shows_its_numbered_formulas_references_figure_box_and_code(built):
    article = built.article(MYST)
    numbered = re.findall(
        r'<span id="(\w+)"></span>\s*<math[^>]*alttext="([^"]*)"[^>]*display="block"', article
    )
    assert [(label, unescape(tex).split("\\tag")[1]) for label, tex in numbered] == [
        ("score", "{1}"),
        ("weights", "{2}"),
    ]
    assert '<a href="#score">(1)</a>' in article and '<a href="#weights">(2)</a>' in article
    assert re.search(r'<math[^>]*alttext="k_j"', article) and "{math}" not in article
    figure = re.search(
        r'<figure class="kb-figure"><span id="fig-attn"></span><img src="([^"]+)" alt="([^"]*)" width="300">', article
    )
    assert figure and figure[1].endswith("img/attention.png") and figure[2] == "어텐션 가중치의 히트맵"
    assert re.search(r"<figcaption>그림 1\. (<a[^>]*>)?어텐션(</a>)? 가중치의 <strong>히트맵</strong></figcaption>", article)
    assert '<a href="#fig-attn">그림 1</a>' in article
    assert re.search(r'<div class="admonition tip">\s*<p class="admonition-title">스케일링</p>', article)
    assert '<span class="nn">torch</span>' in article and ":tags:" not in article
    assert not re.search(r"WARNING notes/book/", built.log)  # every reference leads to its formula
