"""A passage as Markdown for a concept page: its lines as the note wrote them, dedented; inner headings as
bold lines; blocks about other concepts as one line linking their page (`concept:<id>`); what it uses of
the note's definitions elsewhere (`borrowed`); and the trail of section titles that leads to it."""

from __future__ import annotations

import re
from functools import lru_cache

from hooks.kb.concepts.borrowed import with_definitions
from hooks.kb.concepts.definitions import alias_key
from hooks.kb.concepts.outline import _ATX, _HTML_HEADING, _RULE, _SETEXT, Block, Outline
from hooks.kb.math.tex import find_formulas

_BLANK_RUN = re.compile(r"\n{3,}")
# The note's table of contents (`[TOC]`, which kramdown's `{:toc}` and Typora's `[toc]` became): quoted, it drew the
# concept page's own table of contents inside the passage.
_TOC = re.compile(r"^[ \t]*\[TOC\][ \t]*$", re.M)
_ITEM_MARKER = re.compile(r"\s*(?:>\s*)*([-*+]|\d{1,9}[.)])\s")


def trail(shape: Outline, index: int) -> tuple[str, ...]:
    titles = []
    current: int | None = index
    while current is not None:
        block = shape.blocks[current]
        if block.kind != "item" or block.bold or current == index:
            titles.append(short(block.title))
        current = block.parent
    return tuple(reversed(titles))


def short(text: str, limit: int = 48) -> str:
    """`text` cut to `limit` characters with "…"; never inside a formula, which would leave its `$` open and
    the concept page's link to the section an error: the cut moves before the formula, or, when the text
    opens with it, after it."""
    if len(text) <= limit:
        return text
    cut = limit - 1
    if "$" in text or "\\" in text:
        for start, end, _ in find_formulas(text):
            if start < cut < end:
                cut = start if start else end
                break
    return text[:cut].rstrip() + "…"


def render_passage(
    shape: Outline, root: int, kept: set[int], pointers: list[int], concepts, registry, every_display_numbered=False
) -> str:
    """The passage as Markdown for a concept page; `every_display_numbered`: as the note's blog numbered them."""
    starts = {shape.blocks[i].start: i for i in kept | set(pointers)}
    block = shape.blocks[root]
    out: list[str] = []
    i = block.start
    while i < block.end:
        owner = starts.get(i)
        line = shape.lines[i]
        if owner in pointers:
            out.extend(_pointer(shape.blocks[owner], concepts[owner], registry, line))
            i = shape.blocks[owner].end
            continue
        if owner is not None and shape.blocks[owner].kind in ("heading", "label"):
            out.extend(["", f"**{shape.blocks[owner].title}**", ""])
            if not (_ATX.match(line) or _HTML_HEADING.match(line)) and i + 1 < block.end:
                i += 1 if _SETEXT.match(shape.lines[i + 1]) else 0
        else:
            out.append("" if _TOC.match(line) else line)
        i += 1
    if block.kind in ("heading", "label"):
        out = out[3:]  # the page shows the section's title in the link to it
    text = _BLANK_RUN.sub("\n\n", _dedent("\n".join(out), block.indent))
    text = without_edge_rules(text, leading=False)  # a leading one goes after: formulas are numbered by line
    return without_edge_rules(with_definitions(text.strip("\n") + "\n", shape.lines, block.start, every_display_numbered))


def without_edge_rules(text: str, leading: bool = True) -> str:
    """`text` without the horizontal rules (`---`, `***`) it opens or ends on: Notion sets one under every
    heading, and on a concept page the passage's link stands where its heading was, over a bare line."""
    lines = text.strip("\n").split("\n")
    while leading and lines and (not lines[0].strip() or _RULE.match(lines[0])):
        lines.pop(0)
    while lines and (not lines[-1].strip() or _RULE.match(lines[-1])):
        lines.pop()
    return "\n".join(lines) + "\n"


def _pointer(block: Block, targets: tuple[str, ...], registry, first_line: str) -> list[str]:
    """What stands for a block that moved to another concept's page: its title, linked there; nothing for a
    block about a homonym, which no page is about. An item keeps its marker (`1.` in a numbered list)."""
    if not targets:
        return []
    only = registry.get(targets[0]) if len(targets) == 1 else None
    if only and alias_key(block.title) in _name_keys(only):
        line = f"→ [{block.title}](concept:{only.id})"  # "VGGNet → VGGNet" would say it twice
    else:
        links = ", ".join(f"[{registry.get(c).name}](concept:{c})" for c in targets)
        line = f"{block.title} → {links}"
    if block.kind == "item":
        marker = _ITEM_MARKER.match(first_line)
        return [" " * block.indent + (marker.group(1) if marker else "-") + " " + line]
    return ["", f"**{line}**", ""]


@lru_cache(maxsize=1024)
def _name_keys(concept) -> frozenset[str]:
    return frozenset(alias_key(n) for n in concept.all_names)


def _dedent(text: str, columns: int) -> str:
    if not columns:
        return text
    lines = []
    for line in text.split("\n"):
        line = line.expandtabs(4)
        lines.append(line[min(columns, len(line) - len(line.lstrip(" "))) :])
    return "\n".join(lines)


def whole_body(body: str, lines: tuple[str, ...], every_display_numbered: bool) -> str:
    """A note quoted whole (it has no headings); `lines`: its outline's, for what it defines (`borrowed`):
    on a page with other notes, its references and formula numbers are its own too."""
    return with_definitions(_BLANK_RUN.sub("\n\n", _TOC.sub("", body)).strip("\n") + "\n", lines, 0, every_display_numbered)
