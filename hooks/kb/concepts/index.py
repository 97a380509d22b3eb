"""Which concepts each note covers, and which notes are related: queries over the concept coverage.

Built once per build by hooks/concepts.py (`ConceptIndex.of`) and kept in the note registry, so later
steps (links in note pages, meta, the concept map) ask it instead of scanning the notes again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.coverage import ConceptCoverage
from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.pages.listing import newest_first
from hooks.kb.posts.note import Note

RELATED_LIMIT = 5
# Related notes are looked for among the newest notes of each concept the note covers, not all of them:
# checking every note that shares a concept makes the whole site cost the square of its notes (10 s of
# CPU at 1000 notes); this keeps it linear. Below this many notes per concept the answer is exact.
CANDIDATES_PER_CONCEPT = 30


@dataclass(frozen=True)
class RelatedNote:
    note: Note
    shared: tuple[str, ...]  # concept ids both notes cover, in registry order


@dataclass(frozen=True)
class ConceptIndex:
    registry: ConceptRegistry
    matcher: AliasMatcher
    coverages: dict[str, ConceptCoverage]
    covered: dict[str, tuple[str, ...]] = field(default_factory=dict)  # note src_path -> concept ids
    # note src_path -> its place among the covering notes, newest first (`newest_first` made once per note)
    rank: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, registry: ConceptRegistry, matcher: AliasMatcher, coverages: dict[str, ConceptCoverage]):
        covered: dict[str, list[str]] = {}
        notes: dict[str, Note] = {}
        for concept in registry.concepts:  # registry order: the order a reader sees in concepts/
            for note_coverage in coverages[concept.id].notes:
                covered.setdefault(note_coverage.note.src_path, []).append(concept.id)
                notes[note_coverage.note.src_path] = note_coverage.note
        rank = {note.src_path: i for i, note in enumerate(sorted(notes.values(), key=newest_first))}
        return cls(registry, matcher, coverages, {path: tuple(ids) for path, ids in covered.items()}, rank)

    def concepts_of(self, note: Note) -> tuple[str, ...]:
        """The concepts the note has a passage on (not those it only mentions)."""
        return self.covered.get(note.src_path, ())

    def related_notes(self, note: Note, limit: int = RELATED_LIMIT) -> list[RelatedNote]:
        """Other notes covering a concept this one covers: most concepts shared first, then newest.
        (Among the `CANDIDATES_PER_CONCEPT` newest notes of each concept.)"""
        mine = self.concepts_of(note)
        others: dict[str, Note] = {}
        for concept_id in mine:
            for note_coverage in self.coverages[concept_id].notes[:CANDIDATES_PER_CONCEPT]:
                others.setdefault(note_coverage.note.src_path, note_coverage.note)
        others.pop(note.src_path, None)
        shared = {path: [c for c in mine if c in self.covered[path]] for path in others}
        ordered = sorted(others, key=lambda path: (-len(shared[path]), self.rank[path]))
        return [RelatedNote(others[path], tuple(shared[path])) for path in ordered[:limit]]

    def citing_notes(self, concept_id: str) -> tuple[Note, ...]:
        """Every note that covers or mentions the concept, newest first."""
        coverage = self.coverages[concept_id]
        return tuple(sorted({*(c.note for c in coverage.notes), *coverage.mentions}, key=newest_first))
