r"""Every display formula numbered, as MathJax numbers them with `autoNumber: "all"` (MathJax 2) or
`tags: 'all'` (MathJax 3): the setting of a blog whose posts refer to their formulas as "식 (11)".

A display formula is given `equation`'s number unless it has one already (a numbered environment, a
`\tag`), or MathJax gives it none there too: a starred environment (`align*`), `\notag` or `\nonumber`, or
nothing to number (an empty `$$ $$`). Rows at the top level (`a \\ b`, drawn as rows here) stay rows,
under one number. Numbers follow the page's order, with the numbered environments' own (mathml.py).

`page_numbers` says which number each formula of a page shows, and `numbered_as` writes them in as `\tag`s:
a formula quoted on another page (a concept page) keeps the number its note gives it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hooks.kb.math.rewrites import NUMBERED_ENVIRONMENTS, rows_gathered, top_level_split
from hooks.kb.math.tex import Formula

_NUMBERED_OR_STARRED = re.compile(rf"\\(?:tag|notag|nonumber)\b|\\begin\{{(?:{NUMBERED_ENVIRONMENTS})\*?\}}")


def number_every_display(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """`formulas` with each display formula that MathJax's `autoNumber: "all"` numbers wrapped in `equation`."""
    return tuple(_numbered(formula) for formula in formulas)


def _numbered(formula: Formula) -> Formula:
    tex = formula.tex
    if not formula.display or not tex.strip() or formula.problem or _NUMBERED_OR_STARRED.search(tex):
        return formula
    return dataclasses.replace(formula, tex=f"\\begin{{equation}}{rows_gathered(tex)}\\end{{equation}}")


# --- the numbers a page shows, for a formula quoted elsewhere -------------------------------------------

_WHOLE_ENVIRONMENT = re.compile(
    rf"^\\begin\{{(?P<name>{NUMBERED_ENVIRONMENTS})(?P<star>\*?)\}}(?P<body>.*)\\end\{{(?P=name)\*?\}}$", re.S
)
_ANY_NUMBERED = re.compile(rf"\\begin\{{(?:{NUMBERED_ENVIRONMENTS})\}}")
_TAGGED = re.compile(r"\\tag\*?\s*\{([^{}]*)\}")
_UNNUMBERED = re.compile(r"\\(?:notag|nonumber)(?![A-Za-z])")
LABELLED = re.compile(r"\\label\s*\{([^{}]*)\}")
_ONE_NUMBER = ("equation", "multline")  # rows under one number
REFERENCES = re.compile(r"\\(?P<kind>eqref|ref)\s*\{(?P<label>[^{}]*)\}")


@dataclass(frozen=True)
class PageNumbers:
    """What the numbered formulas of a page show, in page order: each formula's rows' numbers from the
    page's counter (None for a row the counter skips: starred, `\\notag`, its own `\\tag`), and the number
    each `\\label` shows."""

    rows: tuple[tuple[str | None, ...], ...]  # per formula; () for a formula the counter does not number
    labels: dict[str, str]


def page_numbers(formulas: Sequence[Formula]) -> PageNumbers | None:
    """The numbers these formulas show typeset together in this order (mathml.py), or None when one of
    them holds a numbered environment inside something else, which is not counted here."""
    counter, rows, labels = 0, [], {}
    for formula in formulas:
        tex = formula.tex.strip()
        whole = _WHOLE_ENVIRONMENT.match(tex) if formula.display and not formula.problem else None
        if whole is None or whole.group("star"):
            if formula.display and _ANY_NUMBERED.search(tex) and whole is None:
                return None
            for label in LABELLED.findall(tex):
                tag = _TAGGED.search(tex)
                labels.setdefault(label, tag.group(1) if tag else "??")
            rows.append(())
            continue
        body = whole.group("body")
        parts = [body] if whole.group("name") in _ONE_NUMBER else _rows(body)
        numbers: list[str | None] = []
        for row in parts:
            tag = _TAGGED.search(row)
            number = None
            if not tag and not _UNNUMBERED.search(row):
                counter += 1
                number = str(counter)
            numbers.append(number)
            for label in LABELLED.findall(row):
                labels.setdefault(label, tag.group(1) if tag else number or "??")
        rows.append(tuple(numbers))
    return PageNumbers(tuple(rows), labels)


def numbered_as(tex: str, numbers: tuple[str | None, ...]) -> str:
    """`tex` (a whole numbered environment) with `\\tag{n}` on each row the page's counter numbered n: it
    shows the same numbers on any page, whatever comes before it there."""
    whole = _WHOLE_ENVIRONMENT.match(tex.strip())
    if whole is None or not any(numbers):
        return tex
    one = whole.group("name") in _ONE_NUMBER
    parts = [whole.group("body")] if one else _rows(whole.group("body"))
    if len(parts) != len(numbers):
        return tex
    tagged = [row + (f" \\tag{{{n}}}" if n else "") for row, n in zip(parts, numbers, strict=True)]
    opening = tex.strip()[: whole.start("body")]
    closing = tex.strip()[whole.end("body") :]
    return opening + "\\\\".join(tagged) + closing


def _rows(body: str) -> list[str]:
    """An environment's rows, as its numbers go: a last empty row (`a \\\\ b \\\\`) has none."""
    parts = top_level_split(body, "\\\\")
    if len(parts) > 1 and not parts[-1].strip():
        parts = parts[:-1]
    return parts
