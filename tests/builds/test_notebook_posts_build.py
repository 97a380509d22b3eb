"""Notebook posts (tests/helpers/notebook_posts.py) built strictly: a fastpages or Quarto blog's `.ipynb` post is a
page showing what the blog showed, where it was published as a JSON file and no page."""

from __future__ import annotations

import re

import pytest

from tests.helpers.notebook_posts import NOTES
from tests.helpers.sitebuild import build_site_with, reader_text

FASTPAGES = "notes/2021-11-08-console-input/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("notebooks"), NOTES)  # strict: any MkDocs warning aborts


def test_a_fastpages_notebook_is_a_page_with_its_title_categories_code_outputs_and_figures(built):
    article = built.article(FASTPAGES)
    assert re.search(r"<h1[^>]*>판다스 입력 정리", article)
    assert 'href="../../categories/#pandas"' in article
    text = reader_text(article)
    assert (
        "메아리 : 24" in text
        and "warnings" not in text
        and "ZeroDivisionError" in text
        and "[0;31m" not in text
    )
    assert re.search(r"<details class=\"quote\">\s*<summary>코드</summary>", article)  # #collapse-hide
    assert re.search(
        r'<div class="admonition tip">\s*<p class="admonition-title">팁</p>\s*<p>입력은', article
    )
    assert 'href="https://www.youtube.com/watch?v=XfoYk_Z5AkI"' in article and "Liquid 상자" in text
    assert "{% include" not in text and "print(f'{{나이}}')" in text  # fastpages' Liquid, never in its code
    assert "<table>" in article and "<td>24</td>" in article  # the DataFrame, drawn as the site's tables
    # the figure and the pasted image: files of their own, loaded as the reader scrolls, not megabytes of base64
    figures = re.findall(r'<img[^>]*loading="lazy"[^>]*src="\.\./\.\./(assets/figures/[0-9a-f]{20}\.png)"', article)
    assert len(figures) == 2 and "data:image" not in article
    assert all((built.site_dir / path).read_bytes().startswith(b"\x89PNG") for path in figures)


def test_a_quarto_notebook_is_a_page_and_its_chart_is_said_to_need_javascript(built):
    article = built.article("notes/2024-03-02-로지스틱-회귀/")
    assert re.search(r"<h1[^>]*>로지스틱 회귀", article) and "<math" in article
    assert "<script" not in article and "Figure({" in reader_text(article)
    status = reader_text(built.html("status/"))
    assert "notes/quarto/posts/logistic/index.ipynb" in status and "자바스크립트로 그려집니다" in status


def test_a_notebook_beside_the_markdown_made_of_it_or_kept_as_a_jekyll_draft_is_no_page(built):
    assert (
        "notes/2023-04-10-cnn/" in built.page_urls() and "notes/2017-01-27-keras-talk/" in built.page_urls()
    )
    notes = [reader_text(built.html(url)) for url in built.page_urls() if url.startswith("notes/")]
    assert not any("원본 노트북" in text or "임시 초안" in text or "GRU 초안" in text for text in notes)
    # a draft is not published as a file either (the notebook's JSON, copied into the site as it was)
    assert [p for p in built.site_dir.rglob("*") if "_drafts" in p.parts] == []


def test_quarto_and_r_markdown_documents_are_pages_showing_their_chunks_as_their_sites_do(built):
    article = built.article("notes/2024-05-01-펭귄-데이터-탐색/")
    assert re.search(r"<h1[^>]*>펭귄 데이터 탐색", article) and "seaborn" not in article
    assert re.search(r'<details class="quote">\s*<summary>코드</summary>', article) and "isna" in article
    assert "#|" not in reader_text(article) and "{python}" not in article
    rmd = built.article("notes/2024-05-02-tidy/")
    assert "library" not in rmd and "행을 고른다" in reader_text(rmd)


def test_a_bilingual_quarto_note_shows_its_korean_content_without_div_markers(built):
    article = built.article("notes/2024-01-10-til-on-wed/")
    text = reader_text(article)
    assert "모두를 위한 파이썬" in text and "Python for Everybody" not in text and ":::" not in text
    assert re.search(r'<img[^>]*src="[^"]*images/scan.png"', article) and "my-gallery" not in text
    assert re.search(
        r'<div class="admonition note">\s*<p class="admonition-title">참고</p>\s*<p>딕셔너리', article
    )


def test_a_converted_notebooks_pre_outputs_are_code_blocks_and_its_theme_styles_leave_no_gap(built):
    article = built.article("notes/2023-01-02-pandas/")
    assert re.search(r"<pre><code>0    1\ndtype: int64\n</code></pre>", article)
    meta_to_code = article[article.index("kb-note-meta") : article.index('<div class="highlight">')]
    assert "<p>" not in meta_to_code.split("</p>", 1)[1]  # no empty paragraph where the <head> was
    assert "table.dataframe" not in reader_text(article) and "<strong>DataFrame 보기</strong>" in article
