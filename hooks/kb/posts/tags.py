"""Tags that differ only in case ("Python", "python") are one tag, spelled as most notes spell it."""

from __future__ import annotations

import dataclasses
from collections import Counter

from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem


def fold_tag_case(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """The notes with each tag in its most common spelling (ties: the spelling met first, in file order),
    and a note of each respelling for the status page."""
    counts: dict[str, Counter[str]] = {}
    for note in sorted(notes, key=lambda n: n.src_path):
        for tag in dict.fromkeys(note.tags):  # each note counts once per spelling
            counts.setdefault(tag.casefold(), Counter())[tag] += 1
    spelling = {key: found.most_common(1)[0][0] for key, found in counts.items() if len(found) > 1}
    if not spelling:
        return notes, []
    out, problems = [], []
    for note in notes:
        tags = tuple(dict.fromkeys(spelling.get(t.casefold(), t) for t in note.tags))
        if tags != note.tags:
            for old in note.tags:
                new = spelling.get(old.casefold(), old)
                if new != old:
                    problems.append(
                        Problem(
                            note.src_path,
                            0,
                            f"tag '{old}' differs only in case from '{new}', as most notes write it",
                            f"shown as '{new}'",
                            "info",
                        )
                    )
            note = dataclasses.replace(note, tags=tags)
        out.append(note)
    return out, problems
