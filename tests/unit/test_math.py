"""Math, pure functions: which TeX a note's Markdown holds, and what the page gets for it.
The golden files are tests/golden/test_math_golden.py's."""

from __future__ import annotations

import html

import pytest
from pymdownx.slugs import slugify

from hooks.kb.math.mathml import formula_problems, to_mathml, unbalanced_braces
from hooks.kb.math.slots import set_aside
from hooks.kb.math.tex import plain_text

SLUGIFY = slugify(case="lower")


@pytest.mark.parametrize(
    ("markdown", "tex", "display"),
    [
        ("크기는 $ 2^n -1 $ 이다", ["2^n -1"], [False]),
        ("값은$x_1$이고", ["x_1"], [False]),
        ("문장 속 $$a+b$$ 인라인", ["a+b"], [False]),
        ("$$a+b$$", ["a+b"], [True]),
        ("- $$a+b$$", ["a+b"], [True]),
        ("> $$a+b$$", ["a+b"], [True]),
        ("위\n$$\nx\n$$\n아래", ["x"], [True]),
        (r"\\( a \\) and \( b \)", ["a", "b"], [False, False]),
        (r"\\[ a \\]", ["a"], [True]),
        (r"see \[1\] and \[2\]", [], []),
        (r"$\|x\|$", [r"\|x\|"], [False]),
        ("| h |\n| - |\n| $a \\| b$ |", ["a | b"], [False]),
        (r"$x\_1 \* y$", ["x_1 * y"], [False]),
        ("It costs $2.00 and $10.00 now.", [], []),
        ("US$5 and $HOME or $PATH", [], []),
        ("$5 then $x$", ["x"], [False]),
        (r"\$5 and \$6", [], []),
        ("`$x$` but $y$", ["y"], [False]),
    ],
)
def test_find_formulas(markdown, tex, display):
    found = set_aside(markdown).formulas  # what the formulas step finds
    assert [f.tex for f in found] == tex
    assert [f.display for f in found] == display


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [("$O(n^2)$ 복잡도", "O(n^2) 복잡도"), ("Cost \\$5", "Cost $5"), ("no math", "no math")],
)
def test_plain_text_for_titles(markdown, plain):
    assert plain_text(markdown) == plain


@pytest.mark.parametrize(
    ("tex", "error"),
    [
        ("x^2", None),
        (r"\frac{a}{b}", None),
        (r"\{x\}", None),
        (r"\frac{a}{b", "1 '{' never closed"),
        ("x}", "a '}' closes no '{'"),
    ],
)
def test_unbalanced_braces(tex, error):
    assert unbalanced_braces(tex) == error


@pytest.mark.parametrize(
    ("tex", "error"),
    [
        (r"\foo x", "unknown macro \\foo"),
        ("a & b", "'&' outside an alignment environment"),
        ("x^", "Missing"),
    ],
)
def test_bad_tex_is_an_error_not_wrong_math(tex, error):
    done = to_mathml(tex, False)
    assert done.html == "" and done.error.startswith(error)


def test_mathml_is_inline_or_block_and_keeps_its_tex():
    assert to_mathml("x", False).html == '<math alttext="x"><mi>x</mi></math>'  # inline is the default
    assert to_mathml("x", True).html == '<math alttext="x" display="block"><mi>x</mi></math>'


@pytest.mark.parametrize(
    ("tex", "mathml"),
    [
        (r"\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),  # latex2mathml: <mrow> around each
        ("{a}", "<mi>a</mi>"),
        ("a<b", "<mrow><mi>a</mi><mo>&#x0003C;</mo><mi>b</mi></mrow>"),
        ("{-}x", "<mrow><mrow><mo>&#x02212;</mo></mrow><mi>x</mi></mrow>"),  # `{-}` is TeX's ordinary minus
    ],
)
def test_mathml_has_no_row_around_a_single_child_unless_it_is_an_operator(tex, mathml):
    assert to_mathml(tex, False).html == f'<math alttext="{html.escape(tex)}">{mathml}</math>'


def test_problem_names_the_file_line_and_what_was_done():
    raw = "---\ntitle: t\n---\n\n첫 줄 $x$\n둘째 줄 $\\foo$\n"
    body = raw.split("---\n", 2)[2]
    problems = formula_problems(set_aside(body).formulas, "notes/a.md", raw)
    assert [str(p) for p in problems] == [
        "notes/a.md:6: formula $\\foo$ cannot be typeset (unknown macro \\foo) — shown as its source"
    ]


def test_slots_become_math_in_text_source_in_code_and_tex_in_attributes():
    aside = set_aside("$a_1$")
    slot = aside.markdown
    page = f'<p title="{slot}">{slot}</p><pre><code>{slot}</code></pre><!-- {slot} -->'
    got = aside.put_back(page, lambda f: "<math/>")
    assert got == '<p title="a_1"><math/></p><pre><code>$a_1$</code></pre><!-- a_1 -->'
