"""The concept map: every concept as a linked box, columns by family, lines for their relations.

An SVG made at build time with a fixed layout, so the same registry always draws the same picture and
nothing runs in the browser: one column per family (in the registry's order), and in each column the
concepts ordered so that a kind or part comes right under what it belongs to, indented. Lines: `kind_of`
solid with an arrow to the broader concept, `part_of` dashed, `related` dotted. Colours come from
classes styled in kb.css, so the map follows the light and dark palettes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.concepts.definitions import Concept, ConceptRegistry

COLUMN, BOX_W, BOX_H, ROW = 176, 152, 42, 54
MARGIN, HEADER, INDENT, LEGEND = 16, 40, 10, 44


@dataclass(frozen=True)
class Box:
    concept: Concept
    x: float
    y: float
    depth: int

    @property
    def mid_y(self) -> float:
        return self.y + BOX_H / 2


def layout(registry: ConceptRegistry) -> tuple[list[tuple[str, float]], dict[str, Box]]:
    """Family headers (name, x) and a box per concept id."""
    headers: list[tuple[str, float]] = []
    boxes: dict[str, Box] = {}
    families = [
        (fid, name) for fid, name in registry.families if any(c.family == fid for c in registry.concepts)
    ]
    for column, (family_id, family_name) in enumerate(families):
        x = MARGIN + column * COLUMN
        headers.append((family_name, x))
        for row, (concept, depth) in enumerate(_column_order(registry, family_id)):
            indent = min(depth, 2) * INDENT
            boxes[concept.id] = Box(concept, x + indent, MARGIN + HEADER + row * ROW, depth)
    return headers, boxes


def _column_order(registry: ConceptRegistry, family_id: str) -> list[tuple[Concept, int]]:
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


def edges(registry: ConceptRegistry) -> list[tuple[str, str, str]]:
    """(kind, from id, to id): `kind-of` and `part-of` point at the broader concept; `related` once a pair."""
    found: list[tuple[str, str, str]] = []
    pairs: set[frozenset[str]] = set()
    for concept in registry.concepts:
        found += [("kind-of", concept.id, p) for p in concept.kind_of]
        found += [("part-of", concept.id, p) for p in concept.part_of]
        for other in concept.related:
            pair = frozenset((concept.id, other))
            if pair not in pairs and other != concept.id:
                pairs.add(pair)
                found.append(("related", concept.id, other))
    return found


def render_concept_map(
    registry: ConceptRegistry, href: Callable[[str], str], notes_of: Callable[[str], int]
) -> str:
    """The SVG: `href(id)` is each box's link, `notes_of(id)` the number of notes covering it."""
    headers, boxes = layout(registry)
    if not boxes:
        return ""
    width = MARGIN * 2 + len(headers) * COLUMN - (COLUMN - BOX_W)
    rows = max(int((b.y - MARGIN - HEADER) / ROW) + 1 for b in boxes.values())
    height = MARGIN + HEADER + rows * ROW + LEGEND
    out = [
        f'<svg class="kb-map" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'role="group" aria-labelledby="kb-map-title" xmlns="http://www.w3.org/2000/svg">',  # img may not hold links
        '<title id="kb-map-title">개념 지도: 개념과 그 관계</title>',
        '<defs><marker id="kb-map-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" class="kb-map-arrow"/>'
        "</marker></defs>",
    ]
    for name, x in headers:
        out.append(f'<text class="kb-map-family" x="{x}" y="{MARGIN + 18}">{html.escape(name)}</text>')
    for kind, source, target in edges(registry):
        if source in boxes and target in boxes:
            out.append(_edge(kind, boxes[source], boxes[target]))
    for box in boxes.values():
        out.append(_box(box, href(box.concept.id), notes_of(box.concept.id)))
    out.append(_legend(height - LEGEND + 14))
    out.append("</svg>")
    return "\n".join(out)


def _edge(kind: str, a: Box, b: Box) -> str:
    marker = ' marker-end="url(#kb-map-arrow)"' if kind != "related" else ""
    if a.x // COLUMN == b.x // COLUMN:  # same column: bulge out to the left
        x1, x2 = a.x, b.x
        bend = min(x1, x2) - 14 - abs(a.mid_y - b.mid_y) / 12
        path = f"M{x1},{a.mid_y} C{bend},{a.mid_y} {bend},{b.mid_y} {x2},{b.mid_y}"
    else:
        left, right = (a, b) if a.x < b.x else (b, a)
        x1, x2 = left.x + BOX_W - (left.depth and min(left.depth, 2) * INDENT), right.x
        mid = (x1 + x2) / 2
        start, end = (x1, left.mid_y), (x2, right.mid_y)
        if left is not a:  # keep the arrow pointing at the broader concept
            start, end = end, start
        path = f"M{start[0]},{start[1]} C{mid},{start[1]} {mid},{end[1]} {end[0]},{end[1]}"
    return f'<path class="kb-map-edge kb-map-{kind}" d="{path}"{marker}/>'


def _box(box: Box, href: str, notes: int) -> str:
    concept, w = box.concept, BOX_W - min(box.depth, 2) * INDENT
    label = f"{concept.title} — 노트 {notes}개" if notes else f"{concept.title} — 아직 노트 없음"
    empty = " kb-map-empty" if not notes else ""
    return (
        f'<a class="kb-map-node{empty}" href="{html.escape(href)}" aria-label="{html.escape(label)}">'
        f"<title>{html.escape(label)}</title>"
        f'<rect x="{box.x}" y="{box.y}" width="{w}" height="{BOX_H}" rx="6"/>'
        f"{_text(concept.name, box.x + 8, box.y + 17, w - 16, 13, 'kb-map-name')}"
        f"{_text(concept.ko, box.x + 8, box.y + 33, w - 16, 11, 'kb-map-ko')}"
        "</a>"
    )


def _text(text: str, x: float, y: float, room: float, size: float, css: str) -> str:
    """A label; squeezed to fit its box when it is wider than the room (Hangul ~1em, Latin ~0.58em)."""
    estimate = sum(size if ord(ch) > 0x1100 else size * 0.58 for ch in text)
    fit = f' textLength="{room:g}" lengthAdjust="spacingAndGlyphs"' if estimate > room else ""
    return f'<text class="{css}" x="{x:g}" y="{y:g}"{fit}>{html.escape(text)}</text>'


def _legend(y: float) -> str:
    items = [("kind-of", "~의 한 종류"), ("part-of", "~의 구성 요소"), ("related", "함께 보기")]
    parts = []
    for i, (kind, label) in enumerate(items):
        x = MARGIN + i * 170
        marker = ' marker-end="url(#kb-map-arrow)"' if kind != "related" else ""
        parts.append(f'<path class="kb-map-edge kb-map-{kind}" d="M{x},{y} L{x + 40},{y}"{marker}/>')
        parts.append(f'<text class="kb-map-legend" x="{x + 50}" y="{y + 4}">{label}</text>')
    return '<g class="kb-map-key">' + "".join(parts) + "</g>"
