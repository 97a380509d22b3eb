"""Which lines of a normalized body the normalizer put in, so that a line of the body names its line in the
author's file.

Every rewrite of a body keeps its lines where they were, but the last steps make Python-Markdown read blocks
as GitHub and kramdown did by putting a blank line between them: a paragraph and the fence or list right under
it, a table and the HTML right under it, a quote's paragraph and its list (`>` alone). Counted as lines of the
author's file, every line under them was named one line too far down (a heading's typo of a concept name, told
at its line, pointed below it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.posts.lists import QUOTE_BREAK  # or the empty comment that keeps two quotes apart

_EMPTY = " \t>"  # what an added line holds: nothing, or a quote's markers


def added_lines(before: str, after: str) -> tuple[int, ...]:
    """The lines (numbered from 1) of `after` that are none of `before`'s: `after` is `before` with blank lines
    (or a quote's `>` lines) put between its lines, and lines changed in place (an indent, a fence's info)."""
    old, new = before.split("\n"), after.split("\n")
    added: list[int] = []
    i = 0
    for number, line in enumerate(new, 1):
        if i < len(old) and old[i].strip(_EMPTY) and (not line.strip(_EMPTY) or _added_break(line, old[i])):
            added.append(number)  # an empty line here, where the author's file goes on with text
            continue
        i += 1
    return tuple(added)


@dataclass(frozen=True)
class BodyLines:
    first: int  # the line in the author's file of the body's first line
    added: tuple[int, ...]  # the body's lines that the normalizer put in


def source_line(first: int, added: tuple[int, ...], line: int) -> int:
    """The line in the author's file of body line `line` (an added line: the author's line under it)."""
    return first + line - 1 - sum(1 for a in added if a < line)


def merged_lines(first: tuple[int, ...], then: tuple[int, ...]) -> tuple[int, ...]:
    """The put-in lines of two rewrites in a row, in the numbering of the second's result: `first` numbers
    lines of the first rewrite's result, which the second (`then`: the lines it put in) moved down."""
    if not first:
        return then
    moved, put_in, line = [], set(then), 0
    wanted = iter(first)
    target = next(wanted)
    kept = 0  # lines of the second result so far that are lines of the first
    while target is not None:
        line += 1
        if line in put_in:
            continue
        kept += 1
        if kept == target:
            moved.append(line)
            target = next(wanted, None)
    return tuple(sorted({*moved, *then}))


def kept_lines(line_of: Callable[[int], int], original: str) -> Callable[[str, int], int]:
    """The author's line of an offset in a text whose lines are `original`'s (a rewrite's pass keeps them),
    found by `line_of`, which reads offsets in `original`."""

    def line(text: str, offset: int) -> int:
        start = 0
        for _ in range(text.count("\n", 0, offset)):
            found = original.find("\n", start)
            if found < 0:
                break
            start = found + 1
        return line_of(start)

    return line


def _added_break(line: str, author_line: str) -> bool:
    return line.strip() == QUOTE_BREAK and author_line.strip() != QUOTE_BREAK
