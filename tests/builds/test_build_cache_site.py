"""Whole builds with the build cache (`.cache/build/` beside the docs folder): a second build takes every
step's result from it and writes the same site, logs the same warnings, and computes again whatever the
cache cannot vouch for (a link whose target moved, other code, a corrupt file)."""

from __future__ import annotations

import re
import shutil
import sys

import pytest
from mkdocs.structure.pages import Page

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.machinery import cache
from hooks.kb.machinery.memo import forget_everything
from hooks.kb.search import korean, pagefind_index
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import EXAMPLE_SITE, build_docs, example_config, write_tree
from tests.helpers.sitediff import differences


def warnings(built) -> list[str]:
    """The build's warning lines, its site folder (named where the summary points to the 노트 상태 page) as `site`."""
    lines = [line for line in built.log.splitlines() if line.startswith("WARNING")]
    return [line.replace(str(built.site_dir), "site") for line in lines]


@pytest.fixture
def converted(monkeypatch) -> list[str]:
    """The Markdown of every page MkDocs renders."""
    texts: list[str] = []
    render = Page.render

    def counted(self, config, files):
        texts.append(self.markdown)
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", counted)
    return texts


def search_hook():
    """The search hook's module, which MkDocs loads once a process (and keeps Kiwi's nouns in)."""
    example_config()
    return sys.modules["hooks/search.py"]


def as_a_new_process() -> None:
    """Nothing of the build before in memory: what a second `mkdocs build` finds is on disk."""
    forget_everything()


def test_a_second_build_of_the_shipped_notes_takes_every_result_from_the_cache(tmp_path, monkeypatch, converted):
    shutil.copytree(EXAMPLE_SITE, tmp_path / "docs")
    cold = build_docs(tmp_path / "docs", tmp_path / "cold", strict=False)
    assert len(converted) > 150  # every page rendered: 5 notes, the concept pages, the lists
    as_a_new_process()
    converted.clear()

    def no_kiwi(self):
        raise AssertionError("Kiwi started although every word's nouns are in the cache")

    def no_pagefind(*args, **kwargs):
        raise AssertionError("Pagefind ran although the cache has the index of the same documents")

    scanned = []  # the pattern of every concept name, made the first time a text is scanned for names

    def no_scan(matcher):
        scanned.append(matcher)
        return re.compile("(?!)")

    monkeypatch.setattr(korean.KiwiProcess, "start", no_kiwi)
    monkeypatch.setattr(pagefind_index.subprocess, "run", no_pagefind)
    monkeypatch.setattr(AliasMatcher, "_pattern", property(no_scan))
    warm = build_docs(tmp_path / "docs", tmp_path / "warm", strict=False)
    assert converted == [] and scanned == []
    assert differences(cold.site_dir, warm.site_dir) == []
    assert warnings(warm) == warnings(cold) and warnings(cold)  # the notes' problems, again
    assert (tmp_path / ".cache" / "build" / "results.sqlite").is_file()


SITE = {
    "index.md": "# 홈\n\n[목록](list.md)\n",
    "list.md": "# 목록\n\n[가](a.md), [나](b.md#두번째)\n",
    "a.md": "# 가\n\n내용\n",
    "b.md": "# 나\n\n## 첫번째\n\n## 두번째 {#두번째}\n\n내용\n",
}


def test_a_page_whose_link_target_moved_is_rendered_again_with_its_warning(tmp_path, converted):
    docs = write_tree(tmp_path / "docs", SITE)
    build_docs(docs, tmp_path / "site1")
    as_a_new_process()
    (docs / "a.md").rename(docs / "c.md")  # list.md is the same Markdown, but its link leads nowhere now
    converted.clear()
    built = build_docs(docs, tmp_path / "site2", strict=False)
    assert SITE["list.md"] in converted and SITE["index.md"] not in converted
    assert "contains a link 'a.md', but the target is not found" in built.log
    assert 'href="a.md"' in built.html("list/") and "../a/" not in built.html("list/")


def test_a_cached_page_still_has_its_links_to_sections_checked(tmp_path, converted):
    docs = write_tree(tmp_path / "docs", SITE)
    checked = {"validation": {"links": {"anchors": "warn"}}}
    build_docs(docs, tmp_path / "site1", **checked)
    as_a_new_process()
    (docs / "b.md").write_text("# 나\n\n## 첫번째\n\n내용\n", encoding="utf-8")  # the linked section is gone
    converted.clear()
    built = build_docs(docs, tmp_path / "site2", strict=False, **checked)
    assert SITE["list.md"] not in converted  # taken from the cache, its links to sections too
    assert "contains a link 'b.md#두번째', but the doc 'b.md' does not contain an anchor '#두번째'" in built.log


def test_the_warnings_of_a_cached_page_still_fail_a_strict_build(tmp_path, converted):
    docs = write_tree(tmp_path / "docs", {**SITE, "index.md": "# 홈\n\n[없는 페이지](missing.md)\n"})
    for run in range(2):
        with pytest.raises(Exception, match="Aborted with 1 warnings in strict mode"):
            build_docs(docs, tmp_path / f"site{run}")
        as_a_new_process()
    assert converted.count("# 홈\n\n[없는 페이지](missing.md)\n") == 1  # rendered once, its warning logged twice


def test_a_corrupt_cache_is_ignored(tmp_path):
    docs = write_tree(tmp_path / "docs", SITE)
    first = build_docs(docs, tmp_path / "site1")
    as_a_new_process()
    (tmp_path / ".cache" / "build" / "results.sqlite").write_bytes(b"\0garbage" * 1000)
    second = build_docs(docs, tmp_path / "site2")
    assert differences(first.site_dir, second.site_dir) == []


def test_other_code_finds_nothing_in_the_cache(tmp_path, monkeypatch, converted):
    docs = write_tree(tmp_path / "docs", SITE)
    build_docs(docs, tmp_path / "site1")
    as_a_new_process()
    monkeypatch.setattr(cache, "_code", b"the hooks, edited")
    monkeypatch.setattr("hooks.kb.machinery.memo.code_digest", lambda: b"the hooks, edited")
    converted.clear()
    build_docs(docs, tmp_path / "site2")
    assert set(SITE.values()) <= set(converted)


def test_kiwi_starts_only_for_words_the_cache_lacks_and_ends_with_the_build(tmp_path, monkeypatch):
    note = "---\ntitle: 기울기 정리\n---\n기울기소실을 막는 방법\n"
    docs = write_tree(tmp_path / "docs", {"index.md": "# 홈\n", "notes/a.md": note})
    asked, started, nouns, start = [], [], korean.KiwiProcess.nouns, korean.KiwiProcess.start
    monkeypatch.setattr(korean.KiwiProcess, "nouns", lambda self, words: asked.append(words) or nouns(self, words))
    monkeypatch.setattr(korean.KiwiProcess, "start", lambda self: started.append(self) or start(self))
    build_docs(docs, tmp_path / "site1")
    assert asked and started and all(kiwi._process is None for kiwi in started)  # its process ended
    as_a_new_process()
    asked.clear(), started.clear()
    build_docs(docs, tmp_path / "site2")
    assert asked == [] and started == []  # every word's nouns were in the cache: Kiwi never started
    as_a_new_process()
    (docs / "notes" / "a.md").write_text(note + "\n합성곱신경망으로\n", encoding="utf-8")
    built = build_docs(docs, tmp_path / "site3")
    assert [words for words in asked if "합성곱신경망으로" in words] and all(k._process is None for k in started)
    page = next(p for p in indexed_pages(built.site_dir).values() if p.title == "기울기 정리")
    assert "신경망" in page.hidden  # the new word's noun no prefix of it reaches


def test_a_build_after_a_warm_build_still_finds_every_words_nouns(tmp_path, monkeypatch):
    """A warm build that makes no search document does not read Kiwi's nouns; they are still used by it,
    so its end keeps them: a third build starts no Kiwi, and an edit asks Kiwi for its new words only."""
    note = "---\ntitle: 기울기 정리\n---\n기울기소실을 막는 방법\n"
    docs = write_tree(tmp_path / "docs", {"index.md": "# 홈\n", "notes/a.md": note})

    def as_a_new_server() -> None:  # the hook module (and the nouns it holds) outlives builds in one process
        as_a_new_process()
        monkeypatch.setattr(search_hook()._analyzer, "_parts", {})

    as_a_new_server()
    build_docs(docs, tmp_path / "site1")
    as_a_new_server()
    build_docs(docs, tmp_path / "site2")  # every document from the cache
    as_a_new_server()
    asked, started, nouns, start = [], [], korean.KiwiProcess.nouns, korean.KiwiProcess.start
    monkeypatch.setattr(korean.KiwiProcess, "nouns", lambda self, words: asked.append(words) or nouns(self, words))
    monkeypatch.setattr(korean.KiwiProcess, "start", lambda self: started.append(self) or start(self))
    build_docs(docs, tmp_path / "site3")
    assert started == [] and asked == []
    as_a_new_server()
    (docs / "notes" / "a.md").write_text(note + "\n합성곱신경망으로\n", encoding="utf-8")
    build_docs(docs, tmp_path / "site4")
    assert asked and "기울기소실을" not in {word for words in asked for word in words}, asked
    assert all(kiwi._process is None for kiwi in started)

