r"""A formula quoted without the formula that defined its macros gets them written out (hooks/kb/math/macros.py)."""

from __future__ import annotations

import pytest

from hooks.kb.math.macros import expand_macros, macro_definitions, written_out
from hooks.kb.math.mathml import to_mathml, typeset_page
from hooks.kb.math.physics import PHYSICS
from hooks.kb.math.tex import Formula, find_formulas

DEFINED = [
    r"\newcommand{\R}{\mathbb{R}} \newcommand\norm[1]{\left\| #1 \right\|}",
    r"\def\vx{\mathbf{x}} \def\inner#1#2{\langle #1, #2 \rangle} \renewcommand{\E}{\mathbb{E}}",
    r"\DeclareMathOperator*{\argmax}{arg\,max} \DeclareMathOperator{\tr}{tr} \def\twice{\vx\vx}",
    r"\newcommand{\opt}[2][0]{#1 + #2}",  # an optional argument: not written out
]
MACROS = macro_definitions(DEFINED)


@pytest.mark.parametrize(
    ("tex", "expected"),
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
def test_a_macro_is_written_out_as_tex_expands_it(tex, expected):
    assert expand_macros(tex, MACROS) == expected


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


# mathtools' \DeclarePairedDelimiter, which MathJax autoloads: math-core knows neither it nor its uses
PAIRED = macro_definitions([r"\DeclarePairedDelimiter{\abs}{\lvert}{\rvert} \DeclarePairedDelimiter\norm{\lVert}{\rVert}"])


@pytest.mark.parametrize(
    ("tex", "expected"),
    [
        (r"\abs{x}", r"\lvert x \rvert"),  # at the letters' size, as mathtools and MathJax draw it
        (r"\abs*{\frac{a}{b}}", r"\left\lvert \frac{a}{b} \right\rvert"),  # grown to fit
        (r"\norm[\big]{w}^2", r"\bigl\lVert w \bigr\rVert^2"),
        (r"\abs", r"\abs"),  # no argument: left as written
    ],
)
def test_a_paired_delimiter_is_written_out_in_each_of_its_forms(tex, expected):
    assert expand_macros(tex, PAIRED) == expected


@pytest.mark.parametrize("name", ["{\\abs}", "\\abs"])  # braced, or bare as mathtools' manual writes it
def test_a_page_declaring_paired_delimiters_draws_them_where_it_showed_error_boxes(name):
    text = f"$$\\DeclarePairedDelimiter{name}{{\\lvert}}{{\\rvert}}$$\n\n거리 $\\abs{{x-y}}$ 와 $\\abs*{{\\frac12}}$"
    formulas = [f for _, _, f in find_formulas(written_out(text, {})) if f]
    done = typeset_page(formulas)
    assert [d.error for d in done] == [None, None, None]
    assert "<mo" in done[1].html and "|" in done[1].html and 'stretchy="true"' not in done[1].html
    assert done[0].html.count("<m") <= 2  # the declaration draws nothing
    assert "<mo" not in done[0].html and "\\abs" in done[0].html  # nor is its own name read as a use
    assert "|" in done[2].html and "<mfrac>" in done[2].html


@pytest.mark.parametrize(
    ("tex", "expected"),
    [
        (r"\abs{x}", r"\left\lvert x \right\rvert"),  # physics grows them unless starred
        (r"\abs*{x}", r"\lvert x \rvert"),
        (r"\norm{w}_2", r"\left\lVert w \right\rVert_2"),
        (r"\qty(\frac{1}{2})", r"\left(\frac{1}{2}\right)"),
        (r"\qty[a+b]", r"\left[a+b\right]"),
        (r"\qty{a}", r"\left\{a\right\}"),
        (r"\dv{f}{x}", r"\frac{\mathrm{d} f}{\mathrm{d} x}"),
        (r"\dv[2]{f}{x}", r"\frac{\mathrm{d}^{2} f}{\mathrm{d} x^{2}}"),
        (r"\dv{x}", r"\frac{\mathrm{d}}{\mathrm{d} x}"),
        (r"\pdv{L}{w}", r"\frac{\partial L}{\partial w}"),
        (r"\pdv{f}{x}{y}", r"\frac{\partial^{2} f}{\partial x \partial y}"),
        (r"\bra{\psi}\ket{\phi}", r"\left\langle \psi \right\vert\left\vert \phi \right\rangle"),
        (r"\braket{a}{b}", r"\left\langle a \middle\vert b \right\rangle"),
        (r"\int f(x) \dd{x}", r"\int f(x) \mathrm{d}x"),
        (r"\mqty[a & b \\ c & d]", r"\begin{bmatrix}a & b \\ c & d\end{bmatrix}"),
        (r"\tr A + \order{n^2}", r"\operatorname{tr} A + \mathcal{O}\left( n^2 \right)"),
        (r"\vb{x}\vdot\vb{y}", r"\mathbf{x}\cdot\mathbf{y}"),
        (r"\div\vb{E}", r"\nabla\cdot\mathbf{E}"),  # physics' divergence, where base TeX has ÷
        (r"\ddot{x} \triangle", r"\ddot{x} \triangle"),  # other names that begin the same
    ],
)
def test_the_physics_packages_commands_are_written_out_as_mathjax_draws_them(tex, expected):
    assert expand_macros(tex, PHYSICS) == expected
    assert to_mathml(expand_macros(tex, PHYSICS), True).error is None
