"""The categories and timeline pages in a built site."""

from __future__ import annotations

import re

from tests.helpers.sitebuild import build_docs, site_pages, write_tree


def test_both_pages_are_built_and_their_links_lead_to_the_notes(tmp_path):
    posts = {
        "notes/x.md": "---\ntitle: 첫 노트\ndate: 2023-01-25\ncategories: [DNN]\n---\n본문\n",
        "notes/y.md": "---\ntitle: 둘째 노트\ndate: 2023-03-02\n---\n본문\n",
    }
    site = build_docs(write_tree(tmp_path / "docs", {**site_pages(), **posts}), tmp_path / "site")
    categories, timeline = site.html("categories/"), site.html("timeline/")
    assert re.findall(r'<h2 id="[^"]*">([^<]*)<', categories) == ["DNN", "분류 없음"]
    note_page = site.html("notes/2023-01-25-첫-노트/")
    assert '<a class="kb-category" href="../../categories/#dnn" title="이 분류의 노트">DNN</a>' in note_page
    assert 'href="../notes/2023-01-25-첫-노트/"' in categories
    assert timeline.index("둘째 노트") < timeline.index("첫 노트")
