r"""A formula quoted without the formula that defined its macros gets them written out (hooks/kb/math/macros.py)."""

from __future__ import annotations

import pytest

from hooks.kb.math.macros import expand_macros, macro_definitions
from hooks.kb.math.mathml import to_mathml, typeset_page
from hooks.kb.math.tex import Formula

DEFINED = [
    r"\newcommand{\R}{\mathbb{R}} \newcommand\norm[1]{\left\| #1 \right\|}",
    r"\def\vx{\mathbf{x}} \def\inner#1#2{\langle #1, #2 \rangle} \renewcommand{\E}{\mathbb{E}}",
    r"\DeclareMathOperator*{\argmax}{arg\,max} \DeclareMathOperator{\tr}{tr} \def\twice{\vx\vx}",
    r"\newcommand{\opt}[2][0]{#1 + #2}",  # an optional argument: not written out
]
MACROS = macro_definitions(DEFINED)


@pytest.mark.parametrize(
    ("tex", "written_out"),
    [
        (r"c_t \in \R^n", r"c_t \in \mathbb{R}^n"),
        (r"\norm{\vx - y}_2", r"\left\| \mathbf{x} - y \right\|_2"),
        (r"\norm x", r"\left\| x \right\|"),  # one token as the argument
        (r"\inner{a}{\vx}", r"\langle a, \mathbf{x} \rangle"),
        (r"\argmax_\theta \tr(A)", r"\operatorname*{arg\,max}_\theta \operatorname{tr}(A)"),
        (r"\twice", r"\mathbf{x}\mathbf{x}"),  # a macro using another
        (r"\Rset \RR", r"\Rset \RR"),  # other names that begin the same
        (r"\opt{1}", r"\opt{1}"),
        (r"\E[X]", r"\mathbb{E}[X]"),
    ],
)
def test_a_macro_is_written_out_as_tex_expands_it(tex, written_out):
    assert expand_macros(tex, MACROS) == written_out


@pytest.mark.parametrize("tex", [r"\alpha\vx y", r"\inner{\vx}{\vx}\R", r"\twice^2 \norm{\R}"])
def test_written_out_it_draws_what_the_page_with_the_definitions_draws(tex):
    defining = [Formula("", DEFINED[i], True, 1) for i in range(3)]
    used = Formula("", tex, False, 2)
    on_its_page = typeset_page([*defining, used])[-1]
    alone = to_mathml(expand_macros(tex, MACROS), False)
    assert on_its_page.error is None and alone.error is None
    assert alone.html.split(">", 1)[1] == on_its_page.html.split(">", 1)[1]  # all but the alttext


def test_a_macro_that_uses_itself_stops():
    assert expand_macros(r"\loop", macro_definitions([r"\def\loop{a\loop}"])).startswith("aaaa")
