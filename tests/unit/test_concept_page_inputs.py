"""A concept page's Markdown is kept while `page_inputs` is the same: whatever changes the page changes it."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from datetime import UTC, datetime

import pytest
from markdown.extensions.toc import slugify

from hooks.kb.concepts import pages
from hooks.kb.concepts.coverage import cover_notes
from hooks.kb.concepts.pages import QUOTED_NOTES, page_inputs, render_concept_page
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.posts.note import Note
from tests.golden.test_autolink import REGISTRY

FINDER = PassageFinder(REGISTRY, slugify)


def _note(
    i: int,
    title: str | None = None,
    text: str = "게이트가 셋인 순환 신경망입니다[^1].",
    day: int | None = None,
    end: str = "끝.\n\n[^1]: Hochreiter, 1997.",
):
    body = f"## LSTM\n\nLSTM은 {text} 장기 의존성을 배웁니다.\n\n## 정리\n\n{end}\n"
    date = datetime(2023, 1, 1 + (day if day is not None else i), tzinfo=UTC)
    return Note(f"notes/n{i:02}.md", title or f"노트 {i}", body, f"notes/n{i:02}/", date=date)


def _page(notes: list[Note]) -> tuple[tuple, str]:
    mention = Note(
        "notes/m.md", "언급", "LSTM을 나중에 다룹니다.\n", "notes/m/", date=datetime(2022, 5, 1, tzinfo=UTC)
    )
    coverage = cover_notes([*notes, mention], FINDER)["lstm"]
    assert len(coverage.notes) == len(notes) > QUOTED_NOTES and coverage.mentions
    return page_inputs(coverage), render_concept_page(coverage, REGISTRY).markdown


def test_every_change_a_concept_page_shows_changes_its_key():
    notes = [_note(i) for i in range(QUOTED_NOTES + 5)]
    key, markdown = _page(notes)
    newest, oldest = len(notes) - 1, 0  # quoted in full / listed with links to its passages

    def changed(i: int, note: Note) -> list[Note]:
        return [note if n == i else old for n, old in enumerate(notes)]

    edits = {
        "a quoted note retitled": changed(newest, _note(newest, title="새 제목")),
        "a quoted passage rewritten": changed(
            newest, _note(newest, text="셀 상태를 가진 순환 신경망입니다.")
        ),
        "a footnote the quoted passage cites, edited in another section": changed(
            newest, _note(newest, end="끝.\n\n[^1]: Hochreiter and Schmidhuber, 1997.")
        ),
        "a listed note retitled": changed(oldest, _note(oldest, title="새 제목")),
        "a listed note's date": changed(
            oldest, dataclasses.replace(notes[oldest], date=datetime(2021, 1, 1, tzinfo=UTC))
        ),
        "a listed note moved": changed(oldest, dataclasses.replace(notes[oldest], url="notes/elsewhere/")),
        "a note added": [*notes, _note(len(notes))],
        "a note gone": notes[1:],
    }
    for what, edited in edits.items():
        edited_key, edited_markdown = _page(edited)
        assert edited_markdown != markdown, what  # the edit shows on the page...
        assert edited_key != key, what  # ...so the page kept for the old key is not used
    same_key, same_markdown = _page(changed(oldest, _note(oldest, text="다른 설명입니다.")))
    assert (same_key, same_markdown) == (key, markdown)  # a listed note's passage text is not shown



@pytest.mark.parametrize("where", ["concepts/family/{}/index.md", "concepts/{}-family.md", "concepts/by/family/{}/x.md"])
def test_a_family_pages_links_lead_to_the_concepts_wherever_the_page_is(monkeypatch, where):
    monkeypatch.setattr(pages, "family_path", where.format)
    written = pages.render_family_pages(cover_notes([_note(0)], FINDER), REGISTRY)
    concepts = {pages.INDEX} | {pages.page_path(c.id) for c in REGISTRY.concepts}
    assert written
    for path, markdown in written.items():
        targets = re.findall(r"\]\(([^)]+\.md)\)", markdown)
        assert len(targets) > 1  # the index and the family's concepts
        for target in targets:  # as MkDocs reads a relative link: from the page's own file
            assert posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) in concepts, (path, target)


def test_a_list_items_quote_is_linked_by_the_sections_around_it_not_by_its_own_text_again():
    """The link over a quoted list item named the item's own text, which the quote opens with: on the LSTM
    page "RNN › RNN의 문제를 해결하기 위해 더 발전된 LSTM 등장" over that same line (a one-line item: all of
    its text twice). A heading's quote does not repeat its title, and an item outside any section has only
    its text to be linked by."""
    item = "LSTM은 게이트 세 개로 장기 의존성 문제를 다루는 RNN이다"
    notes = [
        Note("notes/a.md", "정리 A", f"## RNN\n\n- {item}\n  - forget gate: 버릴 정보를 정한다\n", "notes/a/"),
        Note("notes/b.md", "정리 B", "## LSTM\n\nLSTM은 셀 상태를 가진 순환 신경망이다.\n", "notes/b/"),
        Note("notes/c.md", "정리 C", f"- {item}\n  - input gate: 새로 쓸 정보를 정한다\n", "notes/c/"),
    ]
    markdown = render_concept_page(cover_notes(notes, FINDER)["lstm"], REGISTRY).markdown
    sources = re.findall(r"^\[(.*)\]\([^)]*\)\{ \.kb-passage-source", markdown, re.M)
    assert sorted(sources) == sorted(["RNN", "LSTM", item])
    section_a = markdown.split("### 정리 A")[1].split("### ")[0]
    assert section_a.count(item) == 1  # quoted, not in the link over the quote as well
