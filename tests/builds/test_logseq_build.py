"""A Logseq graph copied in whole (`pages/`, `journals/`, `assets/`, `logseq/`) in a strict build: each page
reads as Logseq shows it, its outline nested, its properties hidden, a block reference showing the block's text."""

from __future__ import annotations

import re

import pytest

from tests.helpers.sitebuild import build_site_with

GRADIENT = """title:: 경사 하강법 정리
tags:: 최적화

- 기울기의 반대 방향으로 간다.
  id:: 6512a3f0-1111-4222-8333-444455556666
  collapsed:: true
\t- 학습률 $\\eta$가 크면 발산한다.
\t- 갱신식: $$\\theta \\leftarrow \\theta - \\eta \\nabla L$$ 을 반복한다.
\t-
\t- ```python
\t  theta -= lr * grad
\t  ```
- ![손실 곡면](../assets/surface.png){:height 200, :width 320}
- TODO 모멘텀과 비교하기
  SCHEDULED: <2023-03-09 Thu>
"""

# no property and no block reference of its own: a page of the graph by its `logseq/` folder
MOMENTUM = """- 관성을 더한다
\t- ((6512a3f0-1111-4222-8333-444455556666))
\t- [[최적화/경사 하강법]]와 비교
\t- [[2023_03_02]]에 배웠다
\t- {{embed ((6512a3f0-1111-4222-8333-444455556666))}}
"""

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site_with(
        tmp_path_factory.mktemp("logseq"),
        {
            "notes/graph/logseq/config.edn": "{:meta/version 1}\n",
            "notes/graph/logseq/bak/pages/최적화___경사 하강법/2023-03-02.md": GRADIENT,
            "notes/graph/pages/최적화___경사 하강법.md": GRADIENT,
            "notes/graph/pages/모멘텀.md": MOMENTUM,
            "notes/graph/journals/2023_03_02.md": "- 오늘은 [[모멘텀]]을 배웠다\n\t- {{embed [[모멘텀]]}}\n",
            "notes/graph/assets/surface.png": PNG,
        },
    )


def _article(site, url: str) -> str:
    html = site.html(url)
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def test_a_page_is_titled_and_tagged_by_its_properties_and_shows_none_of_them(site):
    article = _article(site, "notes/경사-하강법-정리/")
    assert re.search(r'<h1 id="[^"]*">경사 하강법 정리<a class="headerlink"', article)
    assert "::" not in re.sub(r"<!--.*?-->", "", article, flags=re.S)
    assert 'id="tag:최적화"' in site.html("tags/")


def test_the_outline_is_nested_lists_with_its_math_code_and_sized_image(site):
    article = _article(site, "notes/경사-하강법-정리/")
    assert re.search(r"<li>기울기의 반대 방향으로 간다\.\s*<ul>\s*<li>학습률 <math", article)
    assert re.search(
        r'갱신식: <math alttext="[^"]*" display="block">', article
    )  # `$$` in a sentence: a display
    assert (
        re.search(r"<li>\s*<div class=\"highlight\">", article)
        and '<span class="n">theta</span> <span class="o">-=</span>' in article
    )
    assert re.search(r'<img alt="손실 곡면" src="[^"]*surface\.png" width="320"', article)
    assert "{:height" not in article and "<h2" not in article  # an empty block is no heading underline
    assert re.search(
        r'<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled="">',
        article,
    )


def test_a_tasks_scheduled_line_is_a_small_date_under_it(site):
    article = _article(site, "notes/경사-하강법-정리/")
    assert re.search(
        r'비교하기(?:<br>)?\s*<small class="kb-task-date">예정 <time datetime="2023-03-09">2023-03-09 Thu</time></small>',
        article,
    )
    assert "SCHEDULED" not in article and "&lt;2023" not in article


def test_a_block_reference_shows_the_blocks_text_linked_to_its_page(site):
    article = _article(site, "notes/모멘텀/")
    assert re.search(r'기울기의 반대 방향으로 간다\. <a href="\.\./경사-하강법-정리/">↗</a>', article)
    assert "((" not in article
    assert (
        '<a href="../경사-하강법-정리/">최적화/경사 하강법</a>와 비교' in article
    )  # a namespaced page, `a___b.md`


def test_a_journal_is_dated_and_its_links_lead_to_the_pages(site):
    article = _article(site, "notes/2023-03-02/")  # its date once: its title is its date
    assert '<a href="../모멘텀/">모멘텀</a>을 배웠다' in article
    assert "2023년 3월 2일" in article
    assert '<a href="../2023-03-02/">2023_03_02</a>에 배웠다' in _article(site, "notes/모멘텀/")


def test_an_embedded_page_shows_its_blocks_in_a_box_as_logseq_shows_them(site):
    article = _article(site, "notes/2023-03-02/")
    box = re.search(r'<div class="admonition quote kb-embed">(.*?)</div>', article, re.S)
    assert box, article
    assert re.search(r'<p class="admonition-title"><a href="../모멘텀/">모멘텀</a></p>', box.group(1))
    shown = re.sub(r"<[^>]+>", "", box.group(1))
    assert "관성을 더한다" in shown and "기울기의 반대 방향으로 간다." in shown and box.group(1).count("<li>") >= 4
    assert "{{embed" not in article


def test_an_embedded_block_shows_with_its_children_in_a_box(site):
    article = _article(site, "notes/모멘텀/")
    box = re.search(r'<div class="admonition quote kb-embed">(.*?)</div>', article, re.S)
    assert box, article
    assert '<p class="admonition-title"><a href="../경사-하강법-정리/">경사 하강법 정리</a></p>' in box.group(1)
    shown = re.sub(r"<[^>]+>", "", box.group(1))
    assert "기울기의 반대 방향으로 간다." in shown and "가 크면 발산한다." in shown  # the block and its children
    assert "TODO" not in shown and "모멘텀과 비교하기" not in shown  # not the blocks after it


def test_logseqs_backup_copies_are_not_published(site):
    notes = {p.parent.name for p in site.site_dir.glob("notes/*/index.html")}
    assert notes == {"경사-하강법-정리", "모멘텀", "2023-03-02"}
    assert "1 file Logseq keeps as copies of the graph's pages" in site.log
