r"""A line ended by a backslash: a line break, as the note's tool showed it.

CommonMark (GitHub, Jupyter, VS Code, Obsidian, Typora, markdown-it) breaks a line that ends with `\`, and
kramdown one that ends with `\\`: a notebook's Markdown cell (`결괏값의 오차도 더 작습니다. \` over the next
sentence) and a Jekyll post use them. Python-Markdown knows neither: the lines ran together with a backslash
between them. Such a line ends with two spaces instead, Python-Markdown's line break, when the paragraph goes
on under it, in a list item's paragraph too (`        * $x=0$ \` over the item's next line, in a weekly report kept on
GitHub). Code, formulas (set aside before), other indented lines (code, or a notebook's output), table rows and
`<pre>` blocks (pandas' wide output ends its lines with `\`) keep theirs.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

_ENDS_WITH_BACKSLASH = re.compile(r"(?<!\\)\\\\?$")
# A line that goes on a paragraph: not a heading, quote, table row, list item, fence, HTML or blank line.
_TEXT_LINE = r"(?![#>|]|[-*+][ \t]|\d+[.)][ \t]|```|~~~|<|$)\S"
_GOES_ON = re.compile(rf"^ {{0,3}}{_TEXT_LINE}")  # a paragraph's next line
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
# A list item's first line (`        * $\\frac{a}{b}$ \\`), its text from the content column on; and a line that goes on
# a paragraph inside an item, at any indent (a lazy line too), not a new item or block.
_ITEM = re.compile(r"^(?P<indent>[ ]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
_ITEM_GOES_ON = re.compile(rf"^[ \t]*{_TEXT_LINE}")
_PRE = re.compile(r"<pre\b.*?</pre>", re.S | re.I)


def backslash_breaks(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    r"""Each `\` (or kramdown's `\\`) ending a line of a paragraph that goes on -> a line break."""
    if "\\\n" not in text:
        return text, []
    kept = {i for m in _PRE.finditer(text) for i in range(text.count("\n", 0, m.start()), text.count("\n", 0, m.end()) + 1)}
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if i in kept or not _ENDS_WITH_BACKSLASH.search(line) or line.startswith("|"):
            continue
        if line.startswith(("    ", "\t")):  # code, or a list item's paragraph, which breaks as any paragraph
            if _in_item_paragraph(lines, i) and _ITEM_GOES_ON.match(lines[i + 1]):
                lines[i] = _ENDS_WITH_BACKSLASH.sub("", line).rstrip() + "  "
            continue
        following = lines[i + 1]
        if _QUOTE.match(line) and _QUOTE.match(following):  # a quote's lines: what follows the same markers
            following = following[len(_QUOTE.match(following).group(0)) :]
        if _GOES_ON.match(following):
            lines[i] = _ENDS_WITH_BACKSLASH.sub("", line).rstrip() + "  "
    return "\n".join(lines), []


def _in_item_paragraph(lines: list[str], i: int) -> bool:
    """Whether indented line `i` is a list item's text: the item's first line, or a line of the paragraph it
    opens (no blank line between), not indented four past the item's text (code in the item)."""
    for j in range(i, -1, -1):
        if not lines[j].strip():
            return False
        item = _ITEM.match(lines[j])
        if item is not None:
            return j == i or len(lines[i]) - len(lines[i].lstrip(" ")) < item.end() + 4
    return False

