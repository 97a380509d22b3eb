"""A minimal-mistakes post (tests/helpers/mm_posts.py), built strictly: its notices are boxes, its
abbreviations are titled where kramdown titled them (`ReLU는` too) and their definitions are not shown, its
figures keep their alignment classes, its button is Material's, and a warning names its line in the file."""

from __future__ import annotations

import re

import pytest

from tests.helpers.mm_posts import NOTES, POST, URL, line_of
from tests.helpers.sitebuild import build_site_with, reader_text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("mm"), NOTES)  # strict: any MkDocs warning aborts


def test_the_notices_are_boxes_of_their_kind(built):
    article = built.article(URL)
    assert re.search(r'<div class="admonition info">\s*<p>부스트캠프 AI Tech 3주차', article)
    assert re.search(r'<div class="admonition warning">\s*<p><strong>주의</strong>: 시그모이드의 기울기는 <math', article)
    assert "notice" not in article and "{:" not in reader_text(article)


def test_an_abbreviation_is_titled_wherever_kramdown_titled_it_and_its_definition_is_not_shown(built):
    article = built.article(URL)
    text = reader_text(article, formulas=False)
    assert "*[ReLU]" not in text and "Rectified Linear Unit" not in text
    unlinked = re.sub(r"</?a\b[^>]*>", "", article)  # concept links around or in an abbreviation set aside
    # `ReLU는` and `CNN에서`: the word right before a Korean particle
    assert '<abbr title="Rectified Linear Unit">ReLU</abbr>는' in unlinked
    assert '<abbr title="Convolutional Neural Network">CNN</abbr>에서' in unlinked
    # a concept's longer name holding the abbreviation is still linked, the abbreviation inside its link
    assert re.search(r'<a class="kb-concept-link" href="[^"]*leaky-relu/"[^>]*>Leaky <abbr title="[^"]+">ReLU</abbr></a>', article)


def test_the_figures_keep_their_alignment_and_load(built):
    article = built.article(URL)
    for alt, cls in (("ReLU 그래프", "align-center"), ("시그모이드 그래프", "align-left")):
        img = re.search(rf'<img[^>]*alt="{alt}"[^>]*>', article)[0]
        assert f'class="{cls}"' in img
        src = re.search(r'src="([^"]+)"', img)[1]
        assert (built.site_dir / URL / src).resolve().is_file()


def test_a_minimal_mistakes_button_is_materials(built):
    assert re.search(r'<a class="md-button md-button--primary" href="https://example.com/week3.pdf">', built.article(URL))


def test_a_warning_names_the_line_the_author_wrote_it_on(built):
    # blank lines were put in above it (after the front-matter, around the code and before the list)
    assert f"{POST}:{line_of('## Transfomer')}: 'Transfomer' looks like a typo of 'Transformer'" in built.log
