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


def test_notes_named_with_question_marks_and_hashes_are_linked_and_the_strict_build_passes(tmp_path):
    # a Jekyll blog names its posts as their titles: `04. 벡터가 뭐예요?.md`, where `?` would start a query
    posts = {
        "notes/_posts/2021-08-04-04. 벡터가 뭐예요?.md": "---\ntitle: 벡터\ncategories: [AI Math]\n---\n본문\n",
        "notes/_posts/2021-08-05-C# 정리 100%.md": "---\ntitle: 씨샵\ncategories: [AI Math]\n---\n본문\n",
    }
    site = build_docs(write_tree(tmp_path / "docs", {**site_pages(), **posts}), tmp_path / "site", strict=True)
    for page, up in (("notes/", ""), ("categories/", "../notes/"), ("timeline/", "../notes/")):
        links = re.findall(r'href="([^"]*)"', site.html(page))
        assert f"{up}2021-08-04-04-벡터가-뭐예요/" in links, page
        assert f"{up}2021-08-05-c-정리-100/" in links, page
