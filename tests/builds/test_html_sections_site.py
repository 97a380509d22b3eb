"""The search index of a built site is the one Material's own parser would give its sections."""

from __future__ import annotations

import shutil

from material.plugins.search.plugin import Parser

from hooks.kb.search import html_sections
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import EXAMPLE_SITE, build_docs


def test_the_site_index_is_the_one_materials_parser_makes(tmp_path, monkeypatch):
    """The shipped notes built twice: the search index cut by Material's parser, then by ours."""
    shutil.copytree(EXAMPLE_SITE, tmp_path / "docs")
    cut = []

    def with_materials_parser(html):
        cut.append(html)
        parser = Parser()
        parser.feed(html)
        parser.close()
        return parser.data

    monkeypatch.setattr(html_sections, "sections", with_materials_parser)
    build_docs(tmp_path / "docs", tmp_path / "theirs", strict=False)
    monkeypatch.undo()
    assert len(cut) > 40  # the hook put SectionIndex in place: every page went through it
    build_docs(tmp_path / "docs", tmp_path / "ours", strict=False)
    theirs, ours = indexed_pages(tmp_path / "theirs"), indexed_pages(tmp_path / "ours")
    assert sum(len(page.sections) for page in ours.values()) > 100
    assert ours == theirs
    assert sum(html_sections._RAW_TEXT.search(html) is None for html in cut) == len(cut)  # all fast


def test_concept_pages_are_read_up_to_their_first_section_and_the_index_is_the_same(tmp_path, monkeypatch):
    """Their quotes of the notes are left out of the index (hooks/kb/search/documents.py): not reading them
    at all changes nothing in it."""
    shutil.copytree(EXAMPLE_SITE, tmp_path / "docs")
    real, shortened = html_sections.first_section, []

    def whole(html):
        shortened.append(len(real(html)) < len(html))
        return html

    monkeypatch.setattr(html_sections, "first_section", whole)
    build_docs(tmp_path / "docs", tmp_path / "whole", strict=False)
    monkeypatch.setattr(html_sections, "first_section", real)
    build_docs(tmp_path / "docs", tmp_path / "cut", strict=False)
    assert sum(shortened) >= 20  # the concept pages that quote notes under headings
    assert len(shortened) < 200  # concept pages only (168), not the notes
    assert indexed_pages(tmp_path / "whole") == indexed_pages(tmp_path / "cut")
