"""Tags that differ only in case ("Python", "python") are one tag, spelled as most notes spell it; and so
are categories ("NAVER BoostCamp AI Tech", "NAVER Boostcamp AI Tech": one section of the categories page, which
two would share an anchor)."""

from __future__ import annotations

import dataclasses
from collections import Counter

from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem


def fold_tag_case(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """The notes with each tag in its most common spelling (ties: the spelling met first, in file order),
    and a note of each respelling for the status page."""
    return _fold_case(notes, "tags", "tag")


def fold_category_case(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """`fold_tag_case` for categories."""
    return _fold_case(notes, "categories", "category")


def _fold_case(notes: list[Note], field: str, word: str) -> tuple[list[Note], list[Problem]]:
    counts: dict[str, Counter[str]] = {}
    for note in sorted(notes, key=lambda n: n.src_path):
        for label in dict.fromkeys(getattr(note, field)):  # each note counts once per spelling
            counts.setdefault(label.casefold(), Counter())[label] += 1
    spelling = {key: found.most_common(1)[0][0] for key, found in counts.items() if len(found) > 1}
    if not spelling:
        return notes, []
    out, problems = [], []
    for note in notes:
        labels = tuple(dict.fromkeys(spelling.get(t.casefold(), t) for t in getattr(note, field)))
        if labels != getattr(note, field):
            for old in getattr(note, field):
                new = spelling.get(old.casefold(), old)
                if new != old:
                    problems.append(
                        Problem(
                            note.src_path,
                            0,
                            f"{word} '{old}' differs only in case from '{new}', as most notes write it",
                            f"shown as '{new}'",
                            "info",
                        )
                    )
            note = dataclasses.replace(note, **{field: labels})
        out.append(note)
    return out, problems
