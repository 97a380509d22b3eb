r"""kramdown's `$$`: a display formula only on block boundaries, inline math in a paragraph everywhere else.

kramdown (the Markdown of every Jekyll blog, its GFM input too) reads `$$...$$` as a math block only when it
starts after a block boundary (the start of the post, of a list item or a quote, a blank line, an attribute
list `{: ...}` or an end-of-block `^` line) and ends before one (a blank line, `{:`, `^`, the end); anywhere
else it is inline math in the paragraph around it (kramdown's `parse_block_math`, `after_block_boundary?`,
`before_block_boundary?`). So on the blog

    다음과 같이 정의한다.
    $$ f(x) = wx + b $$

showed "다음과 같이 정의한다. f(x) = wx + b" on one line, the formula in the sentence, and so did two `$$` lines
one under the other, where Python-Markdown's reading (a `$$` alone on its line is a display) set each apart.
A Jekyll post's such formula gets `INLINE_MATH` right before its `$$` (hooks/kb/math/tex.py): found after
it, the formula is not alone on its line and is inline, as kramdown made it; the mark goes when the formula
is set aside for typesetting. A note of any other kind (GitHub, Obsidian, Hugo) keeps its `$$` lines as displays.
"""

from __future__ import annotations

import re

from hooks.kb.math.slots import HELD_TOKEN, Held
from hooks.kb.math.tex import BLOCK_LEAD, INLINE_MATH

_QUOTES = re.compile(r"[ \t]*(?:>[ \t]?)+")  # in a list item too, indented past 3
_LIST_MARKER = re.compile(r"(?:[ \t]*>[ \t]?)*(?P<indent>[ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
# A line that is a block boundary of kramdown's own: an attribute list, an end-of-block marker; or a line of
# Liquid tags alone (`{% raw %}` around TeX's `{{`), which Jekyll's Liquid, run first, leaves blank.
_BOUNDARY_LINE = re.compile(r"[ \t]*(?:\{:.*\}|\^|(?:\{%(?!-).*?(?<!-)%\}[ \t]*)+)[ \t]*\Z")
# A line of a block of raw HTML (`<div align="center">`, `<details>`, `</div>`): kramdown reads no Markdown and no
# math inside one, and the blog's MathJax drew its `$$` as a display.
_HTML_BLOCK_LINE = re.compile(
    r"[ \t]{0,3}</?(?:div|details|summary|center|p|table|figure|figcaption|section|blockquote|aside|article|"
    r"header|footer|nav|ul|ol|li|dl|dd|dt|pre|form|fieldset)\b",
    re.I,
)


def kramdown_paragraph_math(held: Held) -> Held:
    """`held` (a Jekyll post's text, formulas held) with `INLINE_MATH` before each `$$...$$` that stands alone on
    its line(s) but not between kramdown's block boundaries: inline math, as kramdown read it."""
    if not any(formula.startswith("$$") for formula in held.formulas):
        return held
    lines = held.text.split("\n")
    for i, line in enumerate(lines):
        if "\ue002" not in line:
            continue
        token = HELD_TOKEN.search(line)
        source = held.formulas[int(token.group(1))]
        if not source.startswith("$$") or not BLOCK_LEAD.match(line[: token.start()]):
            continue
        last = i + source.count("\n")
        rest = line[token.end() :] if last == i else lines[last].partition("\ue004")[2]
        if rest.strip() or "\n\n" in source.replace(" ", "").replace("\t", ""):
            continue  # text after it: inline already; a blank line inside: kramdown's block, or no math at all
        if _after_boundary(lines, i) and _before_boundary(lines, i, last) or _in_html_block(lines, i, last):
            continue
        lines[i] = line[: token.start()] + INLINE_MATH + line[token.start() :]
    return Held("\n".join(lines), held.formulas)


def _quote_depth(line: str) -> int:
    quotes = _QUOTES.match(line)
    return quotes.group(0).count(">") if quotes else 0


def _inner(line: str) -> str:
    quotes = _QUOTES.match(line)
    return line[quotes.end() :] if quotes else line


def _after_boundary(lines: list[str], i: int) -> bool:
    """Whether line `i` starts a block where kramdown looks for one: first in its container (the text, an item,
    a quote) or after a blank line, an attribute list or `^`."""
    if i == 0 or _LIST_MARKER.match(lines[i]):
        return True
    before = lines[i - 1]
    if _quote_depth(before) != _quote_depth(lines[i]):
        return True
    inner = _inner(before)
    return not inner.strip() or _BOUNDARY_LINE.match(inner) is not None


def _before_boundary(lines: list[str], first: int, last: int) -> bool:
    """Whether the formula's last line `last` is followed by a block boundary: the end of its container (the
    text, the quote, the list item: a next item no deeper than its own), a blank line, an attribute list or `^`."""
    if last + 1 >= len(lines):
        return True
    after = lines[last + 1]
    if _quote_depth(after) != _quote_depth(lines[first]):
        return True
    inner = _inner(after)
    if not inner.strip() or _BOUNDARY_LINE.match(inner):
        return True
    item = _LIST_MARKER.match(after)
    own = _LIST_MARKER.match(lines[first])
    indent = len(own.group("indent")) if own else len(_inner(lines[first])) - len(_inner(lines[first]).lstrip())
    return item is not None and len(item.group("indent")) <= indent and (own is not None or indent > 0)


def _in_html_block(lines: list[str], first: int, last: int) -> bool:
    """Whether the formula on lines `first`..`last` is in a block of raw HTML: a line of one among the lines
    around it, up to the blank lines before and after."""
    i = first - 1
    while i >= 0 and lines[i].strip():
        if _HTML_BLOCK_LINE.match(lines[i]):
            return True
        i -= 1
    i = last + 1
    while i < len(lines) and lines[i].strip():
        if _HTML_BLOCK_LINE.match(lines[i]):
            return True
        i += 1
    return False
