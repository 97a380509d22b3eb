"""What html2text wrote for a blog post's HTML: its `[code]` ... `[/code]` blocks are the code blocks they were.

Velog's and Tistory's feeds give each post as HTML, and the scripts that keep a Velog blog on GitHub turn it
back into Markdown with html2text. Its `mark_code` option writes a `<pre>` block as a line `[code]`, the code
indented four spaces, and a line `[/code]`. Read as Markdown those lines are a paragraph: the markers show as
text and the code's lines run together (the indented lines are the paragraph's, no code block), where the
blog showed a code block. Here such a block is a fenced code block, its lines as html2text kept them less the
four spaces it added; the markers' lines become the fences, so every line stays where it was.

Only a `[code]` line closed by a `[/code]` line whose lines between are all indented (or blank) is read so;
`[code]` anywhere else, and inside a fenced code block, is the author's text.
"""

from __future__ import annotations

import re

from hooks.kb.posts.report import Problem

_OPEN = re.compile(r"^(?P<indent>[ \t]*)\[code\][ \t]*$")
_CLOSE = re.compile(r"^[ \t]*\[/code\][ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_ADDED = "    "  # html2text's indent for a code line, under the marker's own


def html2text_code(text: str, path: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """`text` with html2text's `[code]` blocks as fenced code blocks, and a note of each."""
    if "[/code]" not in text:
        return text, []
    lines = text.split("\n")
    problems: list[Problem] = []
    fence = ""  # the fence of the code block the current line is in, if any
    n = 0
    while n < len(lines):
        line = lines[n]
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1).startswith(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        elif (start := _OPEN.match(line)) and (end := _block_end(lines, n, start["indent"])) is not None:
            indent = start["indent"]
            lines[n] = indent + "```"
            for k in range(n + 1, end):
                lines[k] = indent + lines[k][len(indent + _ADDED) :] if lines[k].strip() else ""
            lines[end] = indent + "```"
            problems.append(
                Problem(path, first_line + n, "html2text's '[code]' ... '[/code]' block", "shown as the code block it was", "info")
            )
            n = end
        n += 1
    return "\n".join(lines), problems


def _block_end(lines: list[str], start: int, indent: str) -> int | None:
    """The line of the `[/code]` closing the block opened at `start`, if every line between is code as
    html2text writes it (indented four spaces under the marker, or blank)."""
    for k in range(start + 1, len(lines)):
        if _CLOSE.match(lines[k]):
            return k if k > start + 1 else None
        if lines[k].strip() and not lines[k].startswith(indent + _ADDED):
            return None
    return None
