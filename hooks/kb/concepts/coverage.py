"""Which notes cover each concept, and which only mention it: a query over all notes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hooks.kb.concepts.definitions import Concept
from hooks.kb.concepts.passages import NoteConcepts, Passage, PassageFinder
from hooks.kb.pages.listing import newest_first
from hooks.kb.posts.note import Note


@dataclass(frozen=True)
class NoteCoverage:
    note: Note
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class ConceptCoverage:
    concept: Concept
    notes: tuple[NoteCoverage, ...]  # newest note first
    mentions: tuple[Note, ...]  # notes that name the concept without a passage on it


def cover_notes(
    notes: Iterable[Note], finder: PassageFinder, found: Mapping[str, NoteConcepts] | None = None
) -> dict[str, ConceptCoverage]:
    """For every concept of the finder's registry, the notes covering it (with their passages).
    `found`: what `finder.find` gave for each note, by src_path, when the caller has it already."""
    found_before = found or {}
    covering: dict[str, list[NoteCoverage]] = {c.id: [] for c in finder.registry.concepts}
    mentioning: dict[str, list[Note]] = {c.id: [] for c in finder.registry.concepts}
    for note in sorted(notes, key=newest_first):
        found = found_before.get(note.src_path) or finder.find(note.body, title=note.title)
        by_concept: dict[str, list[Passage]] = {}
        for passage in found.passages:
            by_concept.setdefault(passage.concept, []).append(passage)
        for concept_id, passages in by_concept.items():
            covering[concept_id].append(NoteCoverage(note, tuple(passages)))
        for concept_id in found.mentions:
            mentioning[concept_id].append(note)
    return {
        c.id: ConceptCoverage(c, tuple(covering[c.id]), tuple(mentioning[c.id]))
        for c in finder.registry.concepts
    }
