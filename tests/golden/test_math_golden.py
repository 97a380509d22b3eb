"""Math golden files: tests/golden/math/<form>.md is a raw note fragment, <form>.out what we promise for it:
the Markdown Markdown sees, each formula shown as ⟦inline: TeX⟧, ⟦display: TeX⟧ or ⟦error (why): source⟧,
and under each display formula that is a table (aligned, align, array, cases, matrices...) its structure as
the browser lays it out: rows, each column's alignment, and the equation numbers.
Rewrite the expected files with `UPDATE_GOLDEN=1 pytest tests/golden/test_math_golden.py` and read the diff.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pymdownx.slugs import slugify

from hooks.kb.math.mathml import typeset_page
from hooks.kb.math.slots import set_aside

GOLDEN = Path(__file__).parent / "math"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
SLUGIFY = slugify(case="lower")
_ALIGN = re.compile(r"text-align:\s*(left|right|center)")
_SPACER = re.compile(r"width:\s*[\d.]+%")


class TableShape(HTMLParser):
    """Every `<mtable>` of a formula's MathML, in order: its rows, each column's alignment (what the
    `text-align` of its cells says, centered by default) and the equation numbers in its rows."""

    def __init__(self):
        super().__init__()
        self.open: list[dict] = []  # the tables being read, innermost last
        self.tables: list[dict] = []
        self._cells: list[str | None] = []  # per open table: the kind of the cell being read
        self._text = ""

    def handle_starttag(self, tag, attrs):
        style = dict(attrs).get("style") or ""
        if tag == "mtable":
            table = {"depth": len(self.open), "rows": [], "numbers": []}
            self.tables.append(table)
            self.open.append(table)
            self._cells.append(None)
        elif self.open and tag == "mtr":
            self.open[-1]["rows"].append([])
        elif self.open and tag == "mtd":
            align = _ALIGN.search(style)
            spacer = bool(_SPACER.search(style))
            self._cells[-1] = (
                "number"
                if spacer and align
                else "spacer"
                if spacer
                else (align.group(1) if align else "center")
            )
            self._text = ""

    def handle_endtag(self, tag):
        if tag == "mtable" and self.open:
            self.open.pop()
            self._cells.pop()
        elif self.open and tag == "mtd" and self._cells[-1] is not None:
            kind, table = self._cells[-1], self.open[-1]
            if kind == "number":
                if self._text.strip():
                    table["numbers"].append(self._text.strip())
            elif kind != "spacer":
                table["rows"][-1].append(kind)
            self._cells[-1] = None

    def handle_data(self, data):
        if self._cells and self._cells[-1] is not None:
            self._text += data

    def describe(self) -> list[str]:
        shapes = []
        for table in self.tables:
            widest = max(table["rows"], key=len, default=[])
            shape = f"{'  ' * table['depth']}rows {len(table['rows'])} · columns {' '.join(widest) or '-'}"
            shapes.append(shape + (f" · numbers {' '.join(table['numbers'])}" if table["numbers"] else ""))
        return shapes


def describe(markdown: str) -> str:
    aside = set_aside(markdown, SLUGIFY)
    done = typeset_page(aside.formulas)

    def show(match: re.Match) -> str:
        number = int(match.group(1))
        formula, result = aside.formulas[number], done[number]
        if result.error:
            return f"⟦error ({result.error}): {formula.source}⟧"
        shown = f"⟦{'display' if formula.display else 'inline'}: {formula.tex}⟧"
        if not formula.display:
            return shown
        parser = TableShape()
        parser.feed(result.html)
        return shown + "".join(f"\n  ↳ {shape}" for shape in parser.describe())

    return re.sub("\ue000(\\d+)\ue001", show, aside.markdown)


@pytest.mark.parametrize("raw", sorted(GOLDEN.glob("*.md")), ids=lambda p: p.stem)
def test_golden(raw):
    expected_file = raw.with_suffix(".out")
    got = describe(raw.read_text(encoding="utf-8"))
    if UPDATE or not expected_file.exists():
        expected_file.write_text(got, encoding="utf-8")
    assert got == expected_file.read_text(encoding="utf-8")
