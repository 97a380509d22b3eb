"""Which lines of a normalized body the normalizer put in, so that a line of the body names its line in the
author's file.

Every rewrite of a body keeps its lines where they were, but the last steps make Python-Markdown read blocks
as GitHub and kramdown did by putting a blank line between them: a paragraph and the fence or list right under
it, a table and the HTML right under it, a quote's paragraph and its list (`>` alone). Counted as lines of the
author's file, every line under them was named one line too far down (a heading's typo of a concept name, told
at its line, pointed below it).
"""

from __future__ import annotations

from dataclasses import dataclass

_EMPTY = " \t>"  # what an added line holds: nothing, or a quote's markers


def added_lines(before: str, after: str) -> tuple[int, ...]:
    """The lines (numbered from 1) of `after` that are none of `before`'s: `after` is `before` with blank lines
    (or a quote's `>` lines) put between its lines, and lines changed in place (an indent, a fence's info)."""
    old, new = before.split("\n"), after.split("\n")
    added: list[int] = []
    i = 0
    for number, line in enumerate(new, 1):
        if i < len(old) and not line.strip(_EMPTY) and old[i].strip(_EMPTY):
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
