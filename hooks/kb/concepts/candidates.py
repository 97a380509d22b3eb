"""Topics several notes give a heading of their own that no concept covers yet: candidates for concepts.yml.

A topic label is a heading, a lone label line, a bold list item, or a list item used as one (a short
first line with points under it, or the `Label: ...` / `Label(...)` before a definition). Labels are
compared with case, spacing, numbering, parentheses and a trailing Korean particle ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hooks.kb.concepts.definitions import alias_key
from hooks.kb.concepts.outline import Block, Outline
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.posts.note import Note

_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[IVX]+\.)\s*")
_DEFINED = re.compile(r"^(.{2,40}?)\s*(?:[:：(]|\s-\s)")
_DEFINITION_MARK = re.compile(r"[:：(]|\s-\s")  # what _DEFINED needs after a label
_TRAILING_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")
_PARTICLE = re.compile(r"(?<=[A-Za-z0-9)])\s*(?:은|는|이|가|을|를|의)$")
_PARTICLES = frozenset("은는이가을를의")
_MAX_WORDS = 5


@dataclass(frozen=True)
class TopicCandidate:
    label: str  # as the first note wrote it
    notes: tuple[str, ...]  # src_path of each note with such a heading


def topic_label(block: Block) -> str | None:
    """The topic a block is headed by, or None for a block that is not heading-like."""
    plain_item = block.kind == "item" and not block.bold
    if plain_item and block.leaf and not _DEFINITION_MARK.search(block.head):
        return None  # most items of a note: one line of text, no label before a definition
    title = block.title
    if title[:1].isdigit() or title[:1] in "IVX":
        title = _NUMBERING.sub("", title)
    title = title.strip()
    if plain_item:
        defined = _DEFINED.match(title) if _DEFINITION_MARK.search(title) else None
        if defined:
            title = defined.group(1)
        elif block.leaf or len(title.split()) > _MAX_WORDS:
            return None
    if ")" in title:  # the regexes below run only where they can match: most titles end in a word
        title = _TRAILING_PARENTHETICAL.sub("", title)
    title = title.strip(" :?")
    if title[-1:] in _PARTICLES:
        title = _PARTICLE.sub("", title)
    return title if 1 < len(title) <= 60 and len(title.split()) <= _MAX_WORDS else None


def repeated_topics(
    notes: Iterable[Note],
    finder: PassageFinder,
    min_notes: int = 2,
    outlines: Mapping[str, Outline] | None = None,
) -> list[TopicCandidate]:
    """Labels found in at least `min_notes` notes that name no concept, most widespread first.
    `outlines`: each note's outline by src_path, when the caller made them already."""
    seen: dict[str, tuple[str, dict[str, None]]] = {}  # key -> (first spelling, note paths in order)
    outlines = outlines or {}
    for note in notes:
        shape = outlines.get(note.src_path) or finder.outline(note.body)
        for block in shape.blocks:
            label = topic_label(block)
            if label is None or finder.matcher.concepts_in(label):
                continue
            seen.setdefault(alias_key(label), (label, {}))[1][note.src_path] = None
    found = [TopicCandidate(label, tuple(paths)) for label, paths in seen.values() if len(paths) >= min_notes]
    return sorted(found, key=lambda c: (-len(c.notes), c.label.casefold()))
