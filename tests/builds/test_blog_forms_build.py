"""Exported and converted notes (tests/helpers/blog_forms.py), built strictly: each shows what its own tool
showed (Notion, Hydejack, Chirpy, jupyter-book, GitHub), every figure loading from the site."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from tests.helpers.blog_forms import NOTES, NOTION_FOLDER
from tests.helpers.sitebuild import build_site_with, reader_text

NOTION = "notes/자료구조-알고리즘/"
HYDEJACK = "notes/2023-03-02-sgd/"
CHIRPY = "notes/2025-03-01-dropout/"
JUPYTER = "notes/titanic-eda/"
TIL = "notes/february-2월/"
HACKMD = "notes/week3-옵티마이저-피어세션/"
CHIRPY_VIDEO = "notes/2025-03-08-lr-schedule/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("forms"), NOTES)  # strict: any MkDocs warning aborts


def test_every_note_is_a_page(built):
    assert {NOTION, HYDEJACK, CHIRPY, JUPYTER, TIL, HACKMD, CHIRPY_VIDEO} <= built.page_urls()


def test_a_notion_export_shows_its_figure_and_the_headings_under_its_items(built):
    article = built.article(NOTION)
    src = unescape(re.search(r'<img alt="시간 복잡도 표" src="([^"]+)"', article)[1])
    target = built.site_dir / unquote(urljoin("/" + NOTION, src)).lstrip("/")
    assert target.is_file() and target.parent.name == NOTION_FOLDER.rsplit("/", 1)[1]
    assert re.search(r"<li>\s*<p>탐색 : O\(N\)</p>\s*<h3[^>]*>메서드 시간 복잡도", article)
    assert "###" not in reader_text(article)


def test_a_hydejack_post_shows_its_boxes_and_the_markdown_in_its_details(built):
    article = built.article(HYDEJACK)
    assert re.search(r'<div class="admonition note">\s*<p class="admonition-title">주의</p>\s*<p>❗학습률', article)
    assert re.search(r'<div class="admonition note">\s*<p>전체 데이터를', article)
    details = article[article.index("<details") : article.index("</details>")]
    assert "<summary>유도 과정 보기</summary>" in details and "<strong>반대 방향</strong>" in details
    assert 'href="https://ko.wikipedia.org/wiki/기울기"' in unquote(details) and 'class="highlight"' in details
    assert not re.search(r"\{:|\[기울기\]|\*\*", reader_text(article))


def test_a_chirpy_posts_html_prompts_are_boxes_of_their_kind(built):
    article = built.article(CHIRPY)
    assert re.search(r'<div class="admonition tip">\s*<p>한 줄: 여러 모델을', article)
    assert re.search(r'<div class="admonition warning">\s*추론 때는 끄기<br>', article)
    assert "<blockquote" not in article
    assert re.search(r"<summary>정답</summary>\s*<ul>\s*<li>② 학습 때만 적용</li>", article)


def test_a_notebook_post_hides_its_attribute_lists_and_draws_its_pandas_table(built):
    article = built.article(JUPYTER)
    assert "output_data_text" not in article and "{:" not in reader_text(article)
    assert re.search(r"<table>\s*<thead>\s*<tr>\s*<th></th>\s*<th>survived</th>", article)
    assert "dataframe" not in article and 'border="1"' not in article


def test_a_bare_url_in_a_github_til_is_a_link(built):
    article = built.article(TIL)
    assert re.search(r'<a href="https://someone\.github\.io/posts/cnn-basics/#합성곱-연산">', unquote(article))


def test_a_hackmd_note_shows_its_tags_breaks_numbered_code_spoiler_and_signed_quote(built):
    page = built.html(HACKMD)
    article = built.article(HACKMD)
    assert sorted(re.findall(r'class="md-tag">([^<]+)<', page)) == ["Optimizer", "boostcamp"]
    assert "tags:" not in reader_text(article)
    assert re.search(r"이전 기울기를 누적한다\.<br>\s*그래서", article)
    assert 'class="linenos"' in article and '<span class="n">beta</span>' in article
    assert re.search(r"<details class=\"note\">\s*<summary>퀴즈 정답</summary>", article)
    assert "비교하면요? — 박지은, Wed, Aug 11, 2021" in reader_text(article) and "[color=" not in article
    assert "<ins>중요</ins>" in article and "2<sup>k</sup>" in article and "수고했어요^_^" in article
    # a spoiler under a list item's text: folded in that item, the item's text after it still the item's
    item = re.search(r"<li>\s*<p>실험 설정</p>(.*?)</li>", article, re.S)
    assert item and re.search(r'<details class="note">\s*<summary>실험 코드</summary>', item[1]) and "결과는 좋았다." in item[1]
    assert ":::" not in reader_text(article)


def test_a_chirpy_post_plays_its_video_file_and_links_its_youtube_video(built):
    article = built.article(CHIRPY_VIDEO)
    src = unescape(re.search(r'<video controls="" src="([^"]+)"', article)[1])
    assert (built.site_dir / unquote(urljoin("/" + CHIRPY_VIDEO, src)).lstrip("/")).is_file()
    assert "<em>학습 곡선 녹화</em>" in article
    assert 'href="https://www.youtube.com/watch?v=_gaAoJBMJ_Q"' in article
    assert "{%" not in reader_text(article)


def test_a_kramdown_toc_marker_is_the_notes_table_of_contents_there(built):
    article = built.article(HYDEJACK)
    toc = re.search(r'<div class="toc">(.*?)</div>', article, re.S)
    assert toc and "확률적 경사 하강법" in reader_text(toc[1]) and "{:toc}" not in article
    title = re.search(r'<h1 id="([^"]+)"', article)[1]
    assert f'href="#{title}"' not in toc[1]  # its sections, not its title over them
