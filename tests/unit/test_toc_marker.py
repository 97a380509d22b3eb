"""A note's `[TOC]` lists its sections, as its blog did, not its title with every section nested under it."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import markdown


def _toc(text: str) -> list[str]:
    """The top entries of the page's `[TOC]` list."""
    html = markdown.markdown(text, extensions=["toc", "hooks.kb.posts.toc_marker"])
    toc = ElementTree.fromstring(re.search(r'<div class="toc">.*?</div>', html, re.S)[0])
    return [item.find("a").text for item in toc.find("ul")]


def test_the_titles_entry_goes_and_its_sections_are_the_lists_top():
    assert _toc("# 배치 정규화 복습\n\n## 목차\n\n[TOC]\n\n## 배치 정규화\n\n### 수식\n") == ["목차", "배치 정규화"]


def test_a_page_without_a_title_heading_or_with_two_keeps_its_list():
    assert _toc("[TOC]\n\n## 둘\n\n## 셋\n") == ["둘", "셋"]
    assert _toc("# 하나\n\n[TOC]\n\n# 둘\n") == ["하나", "둘"]
