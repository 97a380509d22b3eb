"""Which concepts each note covers, and which notes are related: queries over the concept coverage.

Built once per build by hooks/concepts.py (`ConceptIndex.of`) and kept in the note registry, so later
steps (links in note pages, meta, the concept map) ask it instead of scanning the notes again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.coverage import ConceptCoverage
from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.machinery.cache import key_digest
from hooks.kb.pages.listing import newest_first
from hooks.kb.posts.note import Note

RELATED_LIMIT = 5
# Related notes are looked for among the newest notes of each concept the note covers, not all of them:
# checking every note that shares a concept makes the whole site cost the square of its notes (10 s of
# CPU at 1000 notes); this keeps it linear. Below this many notes per concept the answer is exact.
CANDIDATES_PER_CONCEPT = 30

# Every note's related notes (as paths) are a function of the coverage's shape: which concepts each note
# covers, the notes' order, and the newest notes of each concept. Under `mkdocs serve` most edits leave
# that shape as it was: the related notes of the last index with the same shape are used again (working
# them out for every note, for the pages' versions, was most of the time a rebuild spent on versions).
_LAST_RELATED: list = [b"", {}]  # the shape, and {note path: ((other path, shared concept ids), ...)}


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
    notes: dict[str, Note] = field(default_factory=dict)  # every covering note, by src_path
    # note src_path -> its related notes (`RELATED_LIMIT`) as paths and shared concepts, filled when asked
    related: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # note src_path -> the acronyms it spells out as something else, as its analysis found them
    own_acronyms: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        registry: ConceptRegistry,
        matcher: AliasMatcher,
        coverages: dict[str, ConceptCoverage],
        own_acronyms: dict[str, frozenset[str]] | None = None,
    ):
        covered: dict[str, list[str]] = {}
        notes: dict[str, Note] = {}
        for concept in registry.concepts:  # registry order: the order a reader sees in concepts/
            for note_coverage in coverages[concept.id].notes:
                covered.setdefault(note_coverage.note.src_path, []).append(concept.id)
                notes[note_coverage.note.src_path] = note_coverage.note
        rank = {note.src_path: i for i, note in enumerate(sorted(notes.values(), key=newest_first))}
        covered_ids = {path: tuple(ids) for path, ids in covered.items()}
        related = _related_kept(covered_ids, rank, coverages)
        return cls(registry, matcher, coverages, covered_ids, rank, notes, related, dict(own_acronyms or {}))

    def concepts_of(self, note: Note) -> tuple[str, ...]:
        """The concepts the note has a passage on (not those it only mentions)."""
        return self.covered.get(note.src_path, ())

    def acronyms_of(self, note: Note) -> frozenset[str]:
        """The acronyms the note spells out as something else: no concept's names in it."""
        return self.own_acronyms.get(note.src_path, frozenset())

    def related_notes(self, note: Note, limit: int = RELATED_LIMIT) -> list[RelatedNote]:
        """Other notes covering a concept this one covers: most concepts shared first, then newest.
        (Among the `CANDIDATES_PER_CONCEPT` newest notes of each concept.)"""
        if limit != RELATED_LIMIT:
            found = self._related_paths(note.src_path, limit)
        else:
            found = self.related.get(note.src_path)
            if found is None:
                found = self.related[note.src_path] = self._related_paths(note.src_path, limit)
        return [RelatedNote(self.notes[path], shared) for path, shared in found]

    def _related_paths(self, src_path: str, limit: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
        mine = self.covered.get(src_path, ())
        shared: dict[str, list[str]] = {}
        for concept_id in mine:  # each candidate's shared concepts, in the order of `mine`
            for note_coverage in self.coverages[concept_id].notes[:CANDIDATES_PER_CONCEPT]:
                shared.setdefault(note_coverage.note.src_path, [])
        shared.pop(src_path, None)
        for path, found in shared.items():
            theirs = self.covered[path]
            found.extend(c for c in mine if c in theirs)
        ordered = sorted(shared, key=lambda path: (-len(shared[path]), self.rank[path]))
        return tuple((path, tuple(shared[path])) for path in ordered[:limit])

    def citing_notes(self, concept_id: str) -> tuple[Note, ...]:
        """Every note that covers or mentions the concept, newest first."""
        coverage = self.coverages[concept_id]
        return tuple(sorted({*(c.note for c in coverage.notes), *coverage.mentions}, key=newest_first))


def _related_kept(covered: dict, rank: dict, coverages: dict[str, ConceptCoverage]) -> dict:
    """The related notes worked out for the last index of the same shape (empty if it differs)."""
    candidates = tuple(
        (concept_id, tuple(n.note.src_path for n in coverage.notes[:CANDIDATES_PER_CONCEPT]))
        for concept_id, coverage in coverages.items()
    )
    shape = key_digest((covered, rank, candidates))
    if _LAST_RELATED[0] != shape:
        _LAST_RELATED[:] = [shape, {}]
    return _LAST_RELATED[1]
