"""The one registry of notes, built in `on_files` and queried by every later step.

Hook modules outlive a build under `mkdocs serve` and across test builds, so `notes.py` calls `reset()`
in `on_config`. Other hook modules read `REGISTRY`; they never parse notes themselves.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hooks.kb.posts.note import Note
from hooks.kb.posts.report import LOGGED, Problem

if TYPE_CHECKING:  # only types here: the registry does not depend on concepts
    from hooks.kb.concepts.candidates import TopicCandidate
    from hooks.kb.concepts.index import ConceptIndex


@dataclass
class NoteRegistry:
    notes: dict[str, Note] = field(default_factory=dict)  # published notes by src_path
    drafts: dict[str, Note] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # every problem of every file, skipped ones too
    # headings several notes share that no concept covers (hooks/kb/concepts/candidates.py), set by the concept step
    topic_candidates: list[TopicCandidate] = field(default_factory=list)
    concepts: ConceptIndex | None = None  # set by hooks/concepts.py in on_files
    # generated pages that quote notes' passages (concept pages): a link there that leads nowhere is the
    # quoted note's own, reported on the note, not the page's
    quoting: set[str] = field(default_factory=set)
    # hand-written pages that quote them at their marker: page -> (the quoted part, the page's own text); a
    # link only the quoted part holds is the note's, one the page's own text holds the page's
    quoting_by_hand: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, note: Note) -> None:
        (self.drafts if note.draft else self.notes)[note.src_path] = note

    def get(self, src_path: str) -> Note | None:
        return self.notes.get(src_path)

    def published(self) -> list[Note]:
        return list(self.notes.values())

    def settle_urls(self) -> list[tuple[Note, str]]:
        """Give notes that would share a URL distinct ones (`-2`, `-3`, in file order); return those moved."""
        moved: list[tuple[Note, str]] = []
        taken: set[str] = set()
        for path in sorted(self.notes):
            note = self.notes[path]
            url, n = note.url, 1
            while url in taken:
                n += 1
                url = f"{note.url.rstrip('/')}-{n}/"
            taken.add(url)
            if url != note.url:
                self.notes[path] = dataclasses.replace(note, url=url)
                moved.append((self.notes[path], note.url))
        return moved


REGISTRY = NoteRegistry()


def reset() -> NoteRegistry:
    REGISTRY.notes.clear()
    REGISTRY.drafts.clear()
    REGISTRY.problems.clear()
    REGISTRY.topic_candidates.clear()
    REGISTRY.concepts = None
    REGISTRY.quoting.clear()
    REGISTRY.quoting_by_hand.clear()
    LOGGED.reset()
    return REGISTRY
