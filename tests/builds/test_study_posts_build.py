"""Study posts from editors and themes (tests/helpers/study_posts.py), built strictly: each shows its formulas,
boxes and headings as its blog did."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.helpers.sitebuild import build_site_with
from tests.helpers.study_posts import NOTES

STACKEDIT = "notes/2022-08-01-batchnorm/"
JTD = "notes/gru/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("study"), NOTES)  # strict: any MkDocs warning aborts


def _article(site, url: str) -> str:
    page = site.html(url)
    return page[page.index("<article") : page.index("</article>")]


def _text(fragment: str) -> str:
    return unescape(re.sub(r"<math.*?</math>", "", re.sub(r"<[^>]+>", " ", fragment), flags=re.S))


def test_formulas_an_editor_typeset_with_katex_are_typeset_from_their_tex(built):
    article = _article(built, STACKEDIT)
    display = re.search(r'<math[^>]*alttext="([^"]*)"[^>]*display="block"', article)
    assert display and unescape(display[1]) == r"\mu_B = \frac{1}{m}\sum_{i=1}^{m} x_i"
    assert re.search(r'<math[^>]*alttext="x_i"', article)
    assert "katex" not in article and "M263" not in article  # neither KaTeX's span copy nor its SVG
    assert "user-images.githubusercontent.com/1/bn.png" in article


def test_a_just_the_docs_page_shows_its_callouts_and_heading_attributes(built):
    article = _article(built, JTD)
    assert re.search(r'<div class="admonition note">\s*<p class="admonition-title">참고</p>\s*<p>(<a[^>]*>)?GRU(</a>)?는', article)
    assert re.search(r'<div class="admonition warning">\s*<p class="admonition-title">헷갈리는 점</p>', article)
    assert re.search(r'<div class="admonition tip">\s*<p class="admonition-title">핵심</p>\s*<p>파라미터', article)
    assert re.search(r'<h\d id="gates"[^>]*>게이트', article) and 'href="#gates"' in article
    assert "{:" not in _text(article)
