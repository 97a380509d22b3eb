"""Queries over the concept coverage: the concepts a note covers, related notes, notes citing a concept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hooks.kb.concepts import index as index_module
from hooks.kb.concepts.coverage import ConceptCoverage, NoteCoverage
from hooks.kb.concepts.index import CANDIDATES_PER_CONCEPT, ConceptIndex
from hooks.kb.posts.note import Note
from tests.golden.test_autolink import MATCHER, REGISTRY


def note(name: str, day: int) -> Note:
    return Note(f"notes/{name}.md", name, "", f"notes/{name}/", date=datetime(2023, 1, day, tzinfo=UTC))


def index_of(covers: dict[Note, tuple[str, ...]], mentions: dict[str, tuple[Note, ...]] | None = None):
    coverages = {}
    for concept in REGISTRY.concepts:
        notes = sorted(
            (n for n, ids in covers.items() if concept.id in ids), key=lambda n: -n.date.timestamp()
        )
        coverages[concept.id] = ConceptCoverage(
            concept, tuple(NoteCoverage(n, ()) for n in notes), (mentions or {}).get(concept.id, ())
        )
    return ConceptIndex.of(REGISTRY, MATCHER, coverages)


A, B, C, D, E = note("a", 1), note("b", 2), note("c", 3), note("d", 4), note("e", 5)
INDEX = index_of(
    {A: ("rnn", "lstm"), B: ("rnn", "lstm"), C: ("rnn",), D: ("cnn",), E: ("lstm",)}, {"cnn": (A,)}
)


def test_concepts_of_a_note_in_registry_order():
    assert INDEX.concepts_of(A) == ("rnn", "lstm")
    assert INDEX.concepts_of(note("x", 9)) == ()


def test_related_notes_most_shared_first_then_newest_and_never_itself():
    related = INDEX.related_notes(A)
    assert [(r.note.title, r.shared) for r in related] == [
        ("b", ("rnn", "lstm")),
        ("e", ("lstm",)),
        ("c", ("rnn",)),
    ]
    assert INDEX.related_notes(D) == []


def test_citing_notes_include_mentions():
    assert [n.title for n in INDEX.citing_notes("cnn")] == ["d", "a"]


def test_related_notes_look_only_at_the_newest_notes_of_each_concept():
    days = [datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=i) for i in range(CANDIDATES_PER_CONCEPT + 20)]
    many = [
        Note(f"notes/n{i:02}.md", f"n{i:02}", "", f"notes/n{i:02}/", date=day) for i, day in enumerate(days)
    ]
    index = index_of({n: ("cnn",) for n in many})
    related = index.related_notes(many[0], limit=100)
    assert len(related) == CANDIDATES_PER_CONCEPT  # the 30 newest, not all 49 others
    assert {r.note for r in related} == set(many[-CANDIDATES_PER_CONCEPT:])


def _fresh(covers: dict[Note, tuple[str, ...]]) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """Every note's related notes from an index that reuses nothing of an earlier one."""
    index_module._LAST_RELATED[:] = [b"", {}]
    index = index_of(covers)
    return {
        n.src_path: [(r.note.src_path, r.note.title, r.shared) for r in index.related_notes(n)]
        for n in covers
    }


def test_related_notes_after_an_edit_are_those_worked_out_from_scratch():
    """An index of the same shape (a rebuild under `mkdocs serve`) reuses the related notes the last one
    worked out; after each edit they are what a fresh build finds, with the notes as they are now."""
    days = [datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=i) for i in range(40)]
    notes = [Note(f"notes/m{i:02}.md", f"m{i:02}", "", f"notes/m{i:02}/", date=d) for i, d in enumerate(days)]
    ids = ("rnn", "lstm", "cnn")
    covers = {
        n: tuple(ids[j] for j in range(3) if (i + j) % (j + 2) == 0) or ("rnn",) for i, n in enumerate(notes)
    }
    edits = [
        dict(covers),  # the same notes again
        {**covers, notes[5]: ("cnn", "lstm")},  # a note covers other concepts
        {
            n if n is not notes[7] else Note(n.src_path, "다시 쓴 제목", "", n.url, date=n.date): c
            for n, c in covers.items()
        },  # retitled, same place: the related notes show the new title
        {**covers, Note("notes/new.md", "new", "", "notes/new/", date=days[-1] + timedelta(days=1)): ids},
        {n: c for n, c in covers.items() if n is not notes[39]},  # the newest note deleted
    ]
    index_of(covers).related_notes(notes[0])
    for covers_now in edits:
        index = index_of(covers_now)  # may reuse the last index's related notes
        reused = {
            n.src_path: [(r.note.src_path, r.note.title, r.shared) for r in index.related_notes(n)]
            for n in covers_now
        }
        assert reused == _fresh(covers_now)
        index_of(covers_now).related_notes(notes[0])  # the next edit starts from this shape's related notes
