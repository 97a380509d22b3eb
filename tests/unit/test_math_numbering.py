r"""Every display formula numbered, as MathJax's `autoNumber: "all"` numbers them (hooks/kb/math/numbering.py):
one number a display, none where MathJax gives none, in page order with the environments' own."""

from __future__ import annotations

import re

import pytest

from hooks.kb.math.mathml import typeset_page
from hooks.kb.math.numbering import number_every_display
from hooks.kb.math.tex import find_formulas


def _numbers(markdown: str) -> list[list[str]]:
    formulas = number_every_display([f for _, _, f in find_formulas(markdown) if f is not None])
    return [re.findall(r"<mtext>\((\w+)\)</mtext>", done.html) for done in typeset_page(formulas)]


def test_each_display_formula_has_the_next_number_and_inline_ones_none():
    page = (
        "$$\nf(x) = \\sum_{i=1}^{d} R_i\n$$\n\n본문 $x$ 와\n\n$$ \\begin{aligned} a &= b \\\\ &= c \\end{aligned} $$\n\n"
        "$$\\begin{align} p &= q \\\\ r &= s \\end{align}$$\n\n$$\ng = h \\\\ k = l\n$$\n"
    )
    assert _numbers(page) == [["1"], [], ["2"], ["3", "4"], ["5"]]


@pytest.mark.parametrize(
    "display",
    [
        "$$\\begin{align*} a &= b \\end{align*}$$",  # starred: MathJax numbers none
        "$$ x = 1 \\notag $$",
        "$$ x = 1 \\tag{A} $$",  # its own tag, not a number
        "$$\n\n$$",  # nothing to number
    ],
)
def test_what_mathjax_numbers_not_stays_unnumbered(display):
    assert _numbers(display) in ([[]], [["A"]])
