"""The one registry of notes, built in `on_files` and queried by every later step.

Hook modules outlive a build under `mkdocs serve` and across test builds, so `notes.py` calls `reset()`
in `on_config`. Other hook modules read `REGISTRY`; they never parse notes themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hooks.kb.note import Note


@dataclass
class NoteRegistry:
    notes: dict[str, Note] = field(default_factory=dict)  # by src_path, published notes only
    drafts: dict[str, Note] = field(default_factory=dict)

    def add(self, note: Note) -> None:
        (self.drafts if note.draft else self.notes)[note.src_path] = note

    def get(self, src_path: str) -> Note | None:
        return self.notes.get(src_path)

    def published(self) -> list[Note]:
        return list(self.notes.values())


REGISTRY = NoteRegistry()


def reset() -> NoteRegistry:
    REGISTRY.notes.clear()
    REGISTRY.drafts.clear()
    return REGISTRY
