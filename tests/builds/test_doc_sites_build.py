"""Notes kept as an MkDocs Material site and as a Docsify site (tests/helpers/doc_sites.py), built strictly:
each shows its tabs, boxes, keys, icons and sized figures as its own site did, nothing of their marks as text."""

from __future__ import annotations

import re

import pytest

from tests.helpers.doc_sites import DOCSIFY, MATERIAL, NOTES, SIDEBAR
from tests.helpers.sitebuild import build_site_with, reader_text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("doc-sites"), NOTES)  # strict: any MkDocs warning aborts


def test_both_notes_are_pages(built):
    assert {MATERIAL, DOCSIFY, SIDEBAR} <= built.page_urls()


def test_material_tabs_are_one_radio_group_each_tab_labelled(built):
    article = built.article(MATERIAL)
    radios = re.findall(r"<input[^>]*>", article)
    assert len(radios) == 2 and all('type="radio"' in r and 'name="__tabbed_1"' in r for r in radios)
    assert re.findall(r'<label for="__tabbed_1_\d">([^<]+)</label>', article) == ["PyTorch", "TensorFlow"]
    assert article.count('<div class="tabbed-block">') == 2 and "torch.optim.Adam" in _text(article)
    assert "===" not in reader_text(article)


def test_material_marks_are_drawn_not_shown(built):
    article = built.article(MATERIAL)
    assert re.search(r'<details class="tip">\s*<summary>모멘텀이란\?</summary>', article)
    assert "<mark>이동 평균</mark>" in article
    assert "(^^) 다음에 (^^)" in article and "<ins" not in article  # a Korean smile, not Material's ^^insert^^
    assert article.count("<kbd") >= 2 and "Ctrl" in article
    assert re.search(r'<span class="twemoji"><svg [^>]*viewBox="0 0 24 24"><path d="M', article)
    assert "😄" in article and "cdn" not in article.lower()
    assert not re.search(r"\+\+|==|:smile:|:material-", reader_text(article))


def test_docsify_notices_are_untitled_boxes_of_their_kind(built):
    article = built.article(DOCSIFY)
    assert re.search(r'<div class="admonition warning">\s*<p><code>view\(\)</code>는', article)
    assert re.search(r'<div class="admonition tip">\s*<p>모르면', article)
    nested = article[article.index("<li>") : article.rindex("</li>")]
    assert '<span class="admonition tip kb-docsify-box"><code>-1</code>은 남은 크기를' in nested
    assert "admonition-title" not in article and not re.search(r"[!?]>|&gt;", reader_text(article))


def test_docsify_tabs_and_image_options_show_as_on_docsify(built):
    article = built.article(DOCSIFY)
    assert re.findall(r'<label for="__tabbed_\d_\d">([^<]+)</label>', article) == ["NumPy", "PyTorch"]
    assert "a.reshape" in _text(article) and "t.view" in _text(article) and "**" not in reader_text(article)
    image = re.search(r'<img alt="텐서 모양"[^>]*>', article)[0]
    assert 'width="50%"' in image and "title" not in image
    assert re.search(r'<a href="[^"]*">처음으로</a>', article) and ":ignore" not in article



def test_a_link_to_a_page_not_here_is_its_text_without_its_options(built):
    article = built.article(DOCSIFY)
    assert "<p>설치 방법은 따로 정리할 예정.</p>" in article  # its `':id=setup'` gone with the link
    assert "link 'install.md' leads to no page or file of this site" in built.log


def test_a_docsify_route_leads_to_its_page_and_the_sidebar_is_a_contents_page(built):
    article = built.article(DOCSIFY)
    assert '<a href="../모양-바꾸기/#view">모양 바꾸기</a>' in article
    sidebar = built.article(SIDEBAR)
    assert re.search(r">docsify-notes 목차<a class=\"headerlink\"", sidebar) and '<a href="../docsify-텐서/">텐서</a>' in sidebar
    assert "no title" not in built.log


def _text(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment)  # code too, its highlighting's spans gone
