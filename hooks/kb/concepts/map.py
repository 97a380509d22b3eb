"""The concept map: one drawing per family, every concept a linked box, lines for kinds and parts.

A registry of 150+ concepts does not fit one readable picture, so each family gets its own drawing, made
at build time with a fixed layout (the same registry always draws the same map; nothing runs in the
browser). In a family, each concept sits right under what it is a kind or a part of, indented; such
trees are packed into at most four columns, a tree never split, so a drawing is at most 736 px wide. The
boxes are HTML links whose text is all that a reader and a screen reader get (name, Korean name, notes);
the lines are an SVG behind them, hidden from assistive technology: `kind_of` solid with an arrow to the
broader concept, `part_of` dashed. Relations across families and "see also" are on the concept pages.
On a narrow screen the drawings give way to the same concepts as nested lists (kb.css).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.concepts.definitions import Concept, ConceptRegistry

COLUMN, BOX_W, BOX_H, ROW = 184, 164, 50, 60
PADDING = 19  # px of a box's width that its text cannot use (kb.css: padding and border)
MARGIN, INDENT, MAX_COLUMNS, MIN_ROWS = 8, 12, 4, 5


@dataclass(frozen=True)
class Box:
    concept: Concept
    x: float
    y: float
    depth: int

    @property
    def width(self) -> float:
        return BOX_W - min(self.depth, 2) * INDENT

    @property
    def mid_y(self) -> float:
        return self.y + BOX_H / 2


@dataclass(frozen=True)
class Drawing:
    family: str  # family id
    boxes: dict[str, Box]
    width: float
    height: float


def family_order(registry: ConceptRegistry, family_id: str) -> list[tuple[Concept, int]]:
    """The family's concepts, each kind or part right under what it belongs to, with its depth."""
    members = [c for c in registry.concepts if c.family == family_id]
    ids = {c.id for c in members}

    def parents(concept: Concept) -> list[str]:
        return [p for p in (*concept.kind_of, *concept.part_of) if p in ids and p != concept.id]

    ordered: list[tuple[Concept, int]] = []
    placed: set[str] = set()

    def place(concept: Concept, depth: int) -> None:
        if concept.id in placed:
            return
        placed.add(concept.id)
        ordered.append((concept, depth))
        for child in members:
            if concept.id in parents(child) and child.id not in placed:
                place(child, depth + 1)

    for concept in members:
        if not parents(concept):
            place(concept, 0)
    for concept in members:  # anything left (a cycle cannot happen: the registry rejects them)
        place(concept, 0)
    return ordered


def layout(registry: ConceptRegistry, family_id: str) -> Drawing:
    """The family's boxes: trees packed top to bottom into columns of about equal height."""
    ordered = family_order(registry, family_id)
    trees: list[list[tuple[Concept, int]]] = []
    for concept, depth in ordered:
        if depth == 0 or not trees:
            trees.append([])
        trees[-1].append((concept, depth))
    rows = max(MIN_ROWS, math.ceil(len(ordered) / MAX_COLUMNS))
    columns: list[list[tuple[Concept, int]]] = [[]]
    for tree in trees:
        if columns[-1] and len(columns[-1]) + len(tree) > rows and len(columns) < MAX_COLUMNS:
            columns.append([])
        columns[-1].extend(tree)
    boxes: dict[str, Box] = {}
    for number, column in enumerate(columns):
        x = MARGIN + number * COLUMN
        for row, (concept, depth) in enumerate(column):
            boxes[concept.id] = Box(concept, x + min(depth, 2) * INDENT, MARGIN + row * ROW, depth)
    width = MARGIN * 2 + (len(columns) - 1) * COLUMN + BOX_W if boxes else 0
    height = MARGIN * 2 + (max(len(c) for c in columns) - 1) * ROW + BOX_H if boxes else 0
    return Drawing(family_id, boxes, width, height)


def edges(registry: ConceptRegistry, drawing: Drawing) -> list[tuple[str, str, str]]:
    """(kind, from id, to id) of every `kind_of` and `part_of` inside the family: to the broader concept."""
    found = []
    for concept in registry.concepts:
        if concept.id not in drawing.boxes:
            continue
        found += [("kind-of", concept.id, p) for p in concept.kind_of if p in drawing.boxes]
        found += [("part-of", concept.id, p) for p in concept.part_of if p in drawing.boxes]
    return found


def render_family(
    registry: ConceptRegistry, family_id: str, href: Callable[[str], str], notes_of: Callable[[str], int]
) -> str:
    """The family's drawing and its list: `href(id)` links a concept's page, `notes_of(id)` counts notes."""
    drawing = layout(registry, family_id)
    if not drawing.boxes:
        return ""
    lines = "".join(_edge(kind, drawing.boxes[a], drawing.boxes[b]) for kind, a, b in edges(registry, drawing))
    out = [
        f'<div class="kb-map-drawing" style="width:{drawing.width:g}px;height:{drawing.height:g}px">',
        f'<svg class="kb-map-lines" width="{drawing.width:g}" height="{drawing.height:g}" aria-hidden="true" '
        'focusable="false" xmlns="http://www.w3.org/2000/svg">'
        '<defs><marker id="kb-map-arrow-{0}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" class="kb-map-arrow"/>'
        "</marker></defs>".format(family_id) + lines.replace("#kb-map-arrow", f"#kb-map-arrow-{family_id}") + "</svg>",
    ]
    out += [_box(box, href(box.concept.id), notes_of(box.concept.id)) for box in drawing.boxes.values()]
    out.append("</div>")
    out.append(_list(registry, family_id, href, notes_of))
    return "\n".join(out)


def legend() -> str:
    """What the lines mean, shown once above the drawings."""
    items = [("kind-of", "~의 한 종류 (화살표가 더 넓은 개념으로)"), ("part-of", "~의 구성 요소")]
    parts = []
    for kind, label in items:
        line = (
            '<svg width="44" height="10" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">'
            f'<path class="kb-map-edge kb-map-{kind}" d="M2,5 L42,5"/></svg>'
        )
        parts.append(f'<span class="kb-map-key">{line} {label}</span>')
    return '<p class="kb-map-legend">' + " ".join(parts) + "</p>"


def _edge(kind: str, a: Box, b: Box) -> str:
    """A line from `a` to the broader `b`: both in one column (trees are never split), bulging left."""
    marker = ' marker-end="url(#kb-map-arrow)"'
    bend = min(a.x, b.x) - 6 - abs(a.mid_y - b.mid_y) / 14
    path = f"M{a.x:g},{a.mid_y:g} C{bend:g},{a.mid_y:g} {bend:g},{b.mid_y:g} {b.x:g},{b.mid_y:g}"
    return f'<path class="kb-map-edge kb-map-{kind}" d="{path}"{marker}/>'


def _box(box: Box, href: str, notes: int) -> str:
    concept = box.concept
    classes = "kb-map-node" + (" kb-map-empty" if not notes else "")
    room = box.width - PADDING
    classes += " kb-map-long" if _text_width(concept.name, 6.9) > room or _text_width(concept.ko, 7) > room else ""
    count = f"노트 {notes}개" if notes else "아직 노트 없음"  # a tooltip: the box's name is its visible text
    return (
        f'<a class="{classes}" href="{html.escape(href)}" title="{count}" '
        f'style="left:{box.x:g}px;top:{box.y:g}px;width:{box.width:g}px">'
        f'<span class="kb-map-name">{html.escape(concept.name)}</span> '
        f'<span class="kb-map-ko">{html.escape(concept.ko)}</span></a>'
    )


def _text_width(text: str, latin: float) -> float:
    """About how wide `text` is set, in px: `latin` per Latin letter or sign, 11 per Hangul syllable
    (kb.css sets a name in 13px bold and the Korean name in 11px). Wider than its box, the box's text is
    set smaller and may wrap (`kb-map-long`)."""
    return sum(11 if "\uac00" <= c <= "\ud7a3" else latin for c in text)


def _list(registry: ConceptRegistry, family_id: str, href, notes_of) -> str:
    """The family as nested lists, kinds and parts under what they belong to: the map on a narrow screen."""
    out, depth_now = ['<ul class="kb-map-list">'], 0
    for number, (concept, depth) in enumerate(family_order(registry, family_id)):
        depth = min(depth, 3)
        if number and depth > depth_now:
            out[-1] = out[-1].removesuffix("</li>")
            out += ["<ul>"] * (depth - depth_now)
        elif depth < depth_now:
            out += ["</ul></li>"] * (depth_now - depth)
        depth_now = depth
        notes = notes_of(concept.id)
        out.append(
            f'<li><a href="{html.escape(href(concept.id))}">{html.escape(concept.name)} '
            f"<span>{html.escape(concept.ko)}</span></a> · 노트 {notes}개</li>"
        )
    out += ["</ul></li>"] * depth_now
    out.append("</ul>")
    return "\n".join(out)
