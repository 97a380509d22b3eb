"""mhchem's `\\ce` (hooks/kb/math/chemistry.py): each form as the TeX math-core draws, checked against what
MathJax's mhchem shows (upright formulas, counts below, charges above, the arrows and their labels)."""

from __future__ import annotations

import pytest

from hooks.kb.math.chemistry import reaction
from hooks.kb.math.mathml import to_mathml


@pytest.mark.parametrize(
    ("written", "tex"),
    [
        ("H2O", r"\mathrm{H_{2}O}"),
        ("2H2 + O2 -> 2H2O", r"2\,\mathrm{H_{2}} + \mathrm{O_{2}} \longrightarrow 2\,\mathrm{H_{2}O}"),
        ("SO4^2-", r"\mathrm{SO_{4}^{2-}}"),
        ("Fe^{3+}", r"\mathrm{Fe^{3+}}"),
        ("Na+ + Cl- -> NaCl(s)", r"\mathrm{Na^{+}} + \mathrm{Cl^{-}} \longrightarrow \mathrm{NaCl(s)}"),
        ("NO3-", r"\mathrm{NO_{3}^{-}}"),
        ("[Cu(NH3)4]^2+", r"\mathrm{[Cu(NH_{3})_{4}]^{2+}}"),
        ("(NH4)2S", r"\mathrm{(NH_{4})_{2}S}"),
        ("CuSO4*5H2O", r"\mathrm{CuSO_{4}\cdot 5H_{2}O}"),
        ("^{227}_{90}Th", r"\mathrm{^{227}_{90}Th}"),
        ("1/2 O2", r"\tfrac{1}{2} \mathrm{O_{2}}"),
        ("CH3-CH=CH2", r"\mathrm{CH_{3}{-}CH{=}CH_{2}}"),
        ("HC#CH", r"\mathrm{HC{\equiv}CH}"),
        ("A <=> B", r"\mathrm{A} \rightleftharpoons \mathrm{B}"),
        ("$n$ H2O", r"n \mathrm{H_{2}O}"),
        (
            "N2 + 3H2 <=>[Fe][500 C] 2NH3",
            r"\mathrm{N_{2}} + 3\,\mathrm{H_{2}} \xrightleftharpoons[500 \mathrm{C}]{\mathrm{Fe}} 2\,\mathrm{NH_{3}}",
        ),
        (
            "CaCO3 ->[{가열}] CaO + CO2 ^",
            r"\mathrm{CaCO_{3}} \xrightarrow{\text{가열}} \mathrm{CaO} + \mathrm{CO_{2}} \uparrow",
        ),
        (
            "Ba^2+ + SO4^2- -> BaSO4 v",
            r"\mathrm{Ba^{2+}} + \mathrm{SO_{4}^{2-}} \longrightarrow \mathrm{BaSO_{4}} \downarrow",
        ),
        ("CH4 ->[\\Delta] C", r"\mathrm{CH_{4}} \xrightarrow{\Delta} \mathrm{C}"),
    ],
)
def test_a_reaction_is_plain_tex_math_core_draws(written, tex):
    assert reaction(written) == tex
    done = to_mathml(rf"\ce{{{written}}}", False)
    assert done.error is None, done.error


@pytest.mark.parametrize("written", ["weird stuff", "H2O @ 3", ""])
def test_what_it_does_not_read_whole_stays_an_error_with_its_source(written):
    assert reaction(written) is None
    assert to_mathml(rf"\ce{{{written}}}", False).error is not None


def test_a_formula_inside_other_math_is_read_where_it_stands():
    done = to_mathml(r"K = \frac{[\ce{NH3}]^2}{[\ce{N2}][\ce{H2}]^3}", True)
    assert done.error is None, done.error
    assert done.html.count("<mfrac") == 1 and "NH" in done.html
