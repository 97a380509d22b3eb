r"""Every display formula numbered, as MathJax numbers them with `autoNumber: "all"` (MathJax 2) or
`tags: 'all'` (MathJax 3): the setting of a blog whose posts refer to their formulas as "식 (11)".

A display formula is given `equation`'s number unless it has one already (a numbered environment, a
`\tag`), or MathJax gives it none there too: a starred environment (`align*`), `\notag` or `\nonumber`, or
nothing to number (an empty `$$ $$`). Rows at the top level (`a \\ b`, drawn as rows here) stay rows,
under one number. Numbers follow the page's order, with the numbered environments' own (mathml.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from hooks.kb.math.rewrites import NUMBERED_ENVIRONMENTS, rows_gathered
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
