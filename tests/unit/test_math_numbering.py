r"""Every display formula numbered, as MathJax's `autoNumber: "all"` numbers them (hooks/kb/math/numbering.py):
one number a display, none where MathJax gives none, in page order with the environments' own."""

from __future__ import annotations

import dataclasses
import re

import pytest

from hooks.kb.math.mathml import typeset_page
from hooks.kb.math.numbering import number_every_display, numbered_as, page_numbers
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


# --- the numbers a page shows, written in as tags ---------------------------------------------------------

COUNTED_PAGES = [
    "$$\\begin{equation} a \\label{one} \\end{equation}$$\n\n$$\\begin{align} b &= c \\\\ d &= e \\notag \\\\ f &= g \\label{three}"
    " \\\\ \\end{align}$$\n\n$$ x \\tag{7} $$\n\n$$\\begin{gather} p \\\\ q \\tag{8} \\end{gather}$$\n\n"
    "$$\\begin{align*} s \\\\ t \\end{align*}$$\n\n$$\\begin{multline} u \\\\ v \\end{multline}$$",
    "$$\\begin{equation}\\begin{split} a &= b \\\\ &= c \\end{split}\\end{equation}$$\n\n$$\\begin{align} x &= \\begin{cases} 1 \\\\ 2"
    " \\end{cases} \\\\ y &= 3 \\end{align}$$",
]


@pytest.mark.parametrize("page", COUNTED_PAGES)
def test_the_numbers_counted_are_those_the_page_is_typeset_with(page):
    formulas = [f for _, _, f in find_formulas(page) if f is not None]
    counted = page_numbers(formulas)
    typeset = [re.findall(r"<mtext>\((\w+)\)</mtext>", done.html) for done in typeset_page(formulas)]
    tags = [re.findall(r"\\tag\{(\w+)\}", f.tex) for f in formulas]  # shown as written, not counted
    shown = [sorted([n for n in rows if n] + tagged) for rows, tagged in zip(counted.rows, tags, strict=True)]
    assert shown == [sorted(numbers) for numbers in typeset]
    assert any(shown)


def test_labels_show_the_number_of_their_row():
    page = COUNTED_PAGES[0]
    counted = page_numbers([f for _, _, f in find_formulas(page) if f is not None])
    assert counted.labels == {"one": "1", "three": "3"}


def test_a_formula_tagged_with_its_numbers_shows_them_first_on_another_page():
    page = COUNTED_PAGES[0]
    formulas = [f for _, _, f in find_formulas(page) if f is not None]
    counted = page_numbers(formulas)
    align = formulas[1]
    alone = dataclasses.replace(align, tex=numbered_as(align.tex, counted.rows[1]))
    assert re.findall(r"<mtext>\((\w+)\)</mtext>", typeset_page([alone])[0].html) == ["2", "3"]


def test_a_numbered_environment_inside_other_text_is_not_counted():
    formulas = [f for _, _, f in find_formulas("$$ x = 1 \\begin{equation} y \\end{equation} $$") if f is not None]
    assert page_numbers(formulas) is None
