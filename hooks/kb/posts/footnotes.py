"""A footnote label defined twice in one post (`[^4]:` twice: footnotes numbered by hand) keeps both notes.

kramdown and Python-Markdown keep the last definition of a label only (kramdown warns "Duplicate footnote
name ... overwriting"): the first note's text was lost, and every reference showed the last note. Here each
reference points to the next definition of its label below it (the note written under the paragraph that
cites it), or to the last one when none follows; the second and later definitions take labels of their own
(`[^4-2]`), so every note is shown, each where it was cited. Works on text whose code is set aside; lines
keep their numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from hooks.kb.posts.report import Problem

_DEFINITION = re.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]+)\]:", re.M)
_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")


def repeated_footnotes(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    """`text` with each footnote label defined more than once split into one label per definition."""
    if "[^" not in text:
        return text, []
    starts: dict[str, list[int]] = {}
    for match in _DEFINITION.finditer(text):
        starts.setdefault(match["label"], []).append(match.start("label"))
    repeated = {label: where for label, where in starts.items() if len(where) > 1}
    if not repeated:
        return text, []

    def own_label(label: str, index: int) -> str:
        return label if index == 0 else f"{label}-{index + 1}"

    edits: list[tuple[int, int, str]] = []  # (start, end, new label)
    for label, where in repeated.items():
        for index, start in enumerate(where[1:], 1):
            edits.append((start, start + len(label), own_label(label, index)))
    for match in _REFERENCE.finditer(text):
        where = repeated.get(match["label"])
        if where is None:
            continue
        index = min(bisect_right(where, match.start()), len(where) - 1)  # the next definition below, or the last
        if index:
            edits.append((match.start("label"), match.end("label"), own_label(match["label"], index)))
    out, pos = [], 0
    for start, end, label in sorted(edits):
        out += [text[pos:start], label]
        pos = end
    problems = [
        Problem(
            path,
            line_of(where[1]),
            f"footnote '[^{label}]' is defined {len(where)} times (first at line {line_of(where[0])})",
            "each reference shows the note written after it, where the blog showed one of them for all",
        )
        for label, where in repeated.items()
    ]
    return "".join(out) + text[pos:], problems
