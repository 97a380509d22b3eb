"""Math, pure functions: which TeX a note's Markdown holds, and what the page gets for it.
The golden files are tests/golden/test_math_golden.py's; the rewrites for math-core tests/unit/test_math_rewrites.py."""

from __future__ import annotations

import pytest
from pymdownx.slugs import slugify

from hooks.formulas import formula_problems
from hooks.kb.math.mathml import formula_errors, to_mathml, typeset_page
from hooks.kb.math.slots import hold_formulas, set_aside
from hooks.kb.math.tex import lone_dollars, plain_text
from hooks.kb.pages.messages import korean
from hooks.kb.posts.front_matter import split_front_matter
from hooks.kb.posts.ingest import before_formulas, read_note
from hooks.kb.posts.logseq import has_logseq_marks
from hooks.kb.posts.vaults import obsidian_display_math
from tests.helpers.sitebuild import EXAMPLE_SITE, ROOT

SLUGIFY = slugify(case="lower")


@pytest.mark.parametrize(
    ("markdown", "tex", "display"),
    [
        ("크기는 $ 2^n -1 $ 이다", ["2^n -1"], [False]),
        # a link's address is an attribute MathJax never reads: escaped brackets in it are no formula
        ("[실습](!%5B%5D\\(https://v.io/a.png\\)) 그리고 \\(x\\)", ["x"], [False]),
        ("[정의](https://a.io/$n$) 와 $m$", ["m"], [False]),
        ("[\\(a\\)](u.md) 와 $\\mathbb{1}_{[0,1]}(x)$", ["a", "\\mathbb{1}_{[0,1]}(x)"], [False, False]),
        ("값은$x_1$이고", ["x_1"], [False]),
        ("bias$^2$ 와 3$\\times$3 필터", ["^2", "\\times"], [False, False]),  # glued to ASCII words
        ("문장 속 $$a+b$$ 인라인", ["a+b"], [False]),
        ("$$a+b$$", ["a+b"], [True]),
        ("- $$a+b$$", ["a+b"], [True]),
        ("> $$a+b$$", ["a+b"], [True]),
        ("위\n$$\nx\n$$\n아래", ["x"], [True]),
        # a Velog feed's item: a `$$` at a line's start, closed before nothing but closing tags
        ("<li><p>집합 (특성함수: $f(x)$\n$$\nf(x)=1\n$$</p>\n</li>", ["f(x)", "f(x)=1"], [False, True]),
        ("<p>문장 $$a$$</p>", ["a"], [False]),
        ("> $$\n> a \\\\\n> b\n> $$", ["a \\\\\nb"], [True]),  # quote markers are not TeX
        ("> > $$\n> > a > b\n> > $$", ["a > b"], [True]),
        (
            "$$\\begin{align*}\n+ a \\\\\n\n+ b\n\\end{align*}$$",
            ["\\begin{align*}\n+ a \\\\\n\n+ b\n\\end{align*}"],
            [True],
        ),
        ("\\begin{align}\na &= b\n\\end{align}", ["\\begin{align}\na &= b\n\\end{align}"], [True]),
        ("식 \\eqref{eq:1} 에서", ["\\eqref{eq:1}"], [False]),
        ("\\begin{itemize} not math \\end{itemize}", [], []),
        (r"\\( a \\) and \( b \)", ["a", "b"], [False, False]),
        (r"\\[ a \\]", ["a"], [True]),
        (r"see \[1\] and \[2\]", [], []),
        (r"$\|x\|$", [r"\|x\|"], [False]),
        ("| h |\n| - |\n| $a \\| b$ |", ["a | b"], [False]),
        (r"$x\_1 \* y$", ["x_1 * y"], [False]),
        (r"$\text{learning\_rate} = x\_i$", [r"\text{learning\_rate} = x_i"], [False]),
        (r"$$ W_{xh\_f} \* 2 $$", [r"W_{xh\_f} \* 2"], [True]),  # kramdown gave $$ to MathJax as written
        (r"둘: $$W_{hh\_i}$$ 와 $W_{hh\_i}$", [r"W_{hh\_i}", "W_{hh_i}"], [False, False]),
        (r"$D\\big( q \\| p \\big)$ and $\\{x\\}$", [r"D\big( q \| p \big)", r"\{x\}"], [False, False]),
        (r"$$ a \\ b $$", [r"a \\ b"], [True]),  # kramdown keeps $$ verbatim
        ("$a +\n\\frac{1}{2}$ 끝", ["a +\n\\frac{1}{2}"], [False]),  # one paragraph, two lines
        ("It costs $2.00 and $10.00 now.", [], []),
        ("US$5 and $HOME or $PATH", [], []),
        ("### Full Rank ($r= m = n $)", ["r= m = n"], [False]),  # closed after a space, a relation: math
        ("$n $개의 문장", ["n"], [False]),  # one letter
        ("echo $HOME $PATH", [], []),
        ("$5 then $x$", ["x"], [False]),
        # two formulas written touching: MathJax closes the first and opens the second at the next `$`
        (r"= $\theta^3$$(1 - \theta)^7$", [r"\theta^3", r"(1 - \theta)^7"], [False, False]),
        ("$x^2$$y^2$ 그리고 $$c$$", ["x^2", "y^2", "c"], [False, False, False]),
        (r"\$5 and \$6", [], []),
        ("`$x$` but $y$", ["y"], [False]),
        ("$f`(x)$ and `code`", ["f`(x)"], [False]),  # the formula opens first: its backtick is TeX
        ("```\n$x$\n```\n$y$", ["y"], [False]),
        ("$${% raw %}\\frac{{a}}{b}{% endraw %}$$", ["\\frac{{a}}{b}"], [True]),  # Jekyll ran Liquid first
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


def test_held_formulas_keep_their_lines_and_come_back_as_written():
    text = "- 항목 $$\n  \\begin{aligned}\n  + a \\\\\n  \\end{aligned}\n  $$ 끝\n- 다음 $x_1$\n"
    held = hold_formulas(text)
    assert held.text.count("\n") == text.count("\n")
    assert "+ a" not in held.text and "\\begin" not in held.text
    assert held.restore(held.text) == text
    # a rewrite that re-indents the lines around them does not reach into them
    assert held.restore(held.text.replace("\n  ", "\n    ")) == text
    assert "\ue004" not in held.restore(held.text.split("\n", 1)[1])  # fillers parted from their token


@pytest.mark.parametrize(
    ("tex", "error"),
    [
        (r"\foo x", 'Unknown command "\\foo".'),
        ("a & b", 'Found "&", which may only appear in a table-like environment.'),
        ("x^", "Expected argument but reached end of input."),
        (r"\frac{a}{b", "Expected closing token"),
        ("x}", "Unmatched closing token"),
    ],
)
def test_tex_mathjax_rejects_too_is_an_error_not_wrong_math(tex, error):
    done = to_mathml(tex, False)
    assert done.html == "" and done.error.startswith(error)


def test_mathml_is_inline_or_block_and_keeps_its_tex():
    assert to_mathml("x", False).html == '<math alttext="x"><mi>x</mi></math>'  # inline is the default
    assert to_mathml("x<y", True).html.startswith('<math alttext="x&lt;y" display="block">')


def test_formulas_of_a_page_number_and_refer_in_page_order():
    aside = set_aside(
        "$$\\begin{equation}a\\label{eq:a}\\end{equation}$$\n\n"
        "$$\\begin{align}b \\\\ c\\label{eq:c}\\end{align}$$\n\n"
        "식 \\eqref{eq:c} 와 \\ref{eq:a}, 없는 \\eqref{eq:z}, 그리고 $x^2$"
    )
    shown = [done.html for done in typeset_page(aside.formulas)]
    assert ">(1)</mtext>" in shown[0] and 'id="eq:a"' in shown[0]
    assert ">(2)</mtext>" in shown[1] and ">(3)</mtext>" in shown[1] and 'id="eq:c"' in shown[1]
    assert '<a href="#eq:c">(3)</a>' in shown[2]
    assert '<a href="#eq:a">1</a>' in shown[3]  # \ref: the number alone
    assert "(??)" in shown[4] and "href" not in shown[4]  # no such label: no dead link
    assert "<msup>" in shown[5]


def test_a_display_formula_typeset_with_its_page_that_fails_is_an_error_with_its_warning():
    """A page that numbers or defines has its formulas typeset together; math-core gives a refused display
    formula as a <p> (an inline one as a <span>). It was shown as its bare source, unstyled and unreported."""
    markdown = (
        "$$\\begin{equation}a\\label{eq:a}\\end{equation}$$\n\n"
        "$$\n\\begin{align*} v &= \\foo \\tag*{note: $E[x]$} \\end{align*}\n$$\n\n그리고 $\\foo$"
    )
    aside = set_aside(markdown)
    shown = typeset_page(aside.formulas)
    assert shown[1].error is not None and "kb-math-error--display" in shown[1].html
    assert shown[2].error is not None and "kb-math-error" in shown[2].html
    assert [line for line, _, _ in formula_errors(aside.formulas, markdown)] == [3, 7]


@pytest.mark.parametrize("shared", [False, True], ids=["alone", "with its page"])
def test_a_tag_holding_math_shows_its_text_and_math_as_mathjax_draws_it(shared):
    """MathJax reads `\\tag*{note: $E[x]$}` as text holding math; math-core refused any tag but plain letters,
    and the formula was an error box with its source."""
    label = "$$\\begin{equation}a\\label{eq:a}\\end{equation}$$\n\n" if shared else ""
    aside = set_aside(label + "$$\\begin{align*} v &= E[x] \\tag*{note: $E[x^2]$} \\\\ w &= 1 \\tag{see $\\alpha$} \\end{align*}$$")
    done = typeset_page(aside.formulas)[-1]
    assert done.error is None
    assert "<mtext>note:\xa0</mtext><mrow><mi>E</mi>" in done.html and "<msup><mi>x</mi><mn>2</mn></msup>" in done.html
    assert "<mtext>(</mtext><mtext>see\xa0</mtext><mrow><mi>α</mi></mrow><mtext>)</mtext>" in done.html
    assert "kbmathtag" not in done.html


def test_a_macro_defined_in_one_formula_serves_the_formulas_after_it():
    aside = set_aside(
        "$$\\newcommand{\\R}{\\mathbb{Z}}\\newcommand{\\vv}[1]{\\mathbf{#1}}$$ 이후 $\\R^n$, $\\vv{x}$"
    )
    shown = [done for done in typeset_page(aside.formulas)]
    assert all(done.error is None for done in shown)
    assert "ℤ" in shown[1].html and "𝐱" in shown[2].html


def test_problem_names_the_file_line_and_what_was_done():
    raw = "---\ntitle: t\n---\n\n첫 줄 $x$\n둘째 줄 $\\foo$\n"
    body = raw.split("---\n", 2)[2]
    problems = formula_problems(set_aside(body).formulas, "notes/a.md", raw)
    assert [str(p) for p in problems] == [
        'notes/a.md:6: formula $\\foo$ cannot be typeset (Unknown command "\\foo".) — shown as its source'
    ]


def test_korean_words_left_inside_a_formula_by_a_missing_dollar_are_warned_about_at_their_line():
    raw = (
        "---\ntitle: t\n---\n\n"
        "위의 $\\frac{\\delta C}{\\delta w^{(L-1)}} 를 보면 $\\frac{a}{b}$ 처럼\n"
        "$P(\\text{정답 개수})$, $\\mathrm{손실 함수}$, $C_0위$, $\\operatorname{소프트 맥스}(z)$\n\n"
        "$$\n손실 함수 = \\sum_i l_i\n$$\n"
        "\\\\( 데이터가 발견될 확률 \\times 가설이 참일 확률 \\\\)\n"  # kramdown's delimiters pair no stray '$'
    )
    body = raw.split("---\n", 2)[2]
    problems = formula_problems(set_aside(body).formulas, "notes/a.md", raw)
    assert [str(p) for p in problems] == [
        "notes/a.md:5: formula $\\frac{\\delta C}{\\delta w^{(L-1)}} 를 보면 $ holds Korean words outside"
        " \\text{}: a '$' may be missing — typeset as written, paired as MathJax pairs it"
    ]
    assert korean(problems[0]) == (
        "math",
        "수식 $\\frac{\\delta C}{\\delta w^{(L-1)}} 를 보면 $ 안에 \\text{} 밖의 한국어 낱말이 있습니다:"
        " '$' 하나가 빠졌을 수 있습니다",
        "MathJax가 짝짓는 대로, 쓴 그대로 조판했습니다",
    )


def test_korean_words_braced_as_one_term_of_a_formula_are_taken_as_meant():
    """A GitHub study note writes a ratio of words as `{가중치 합}\\over{이웃 노드의 수}` or a count as
    `_{고른 이웃의 수} \\mathrm{C} _{2}`: the words are a term of the formula, put in braces on purpose, and were
    warned about as a missing '$'. Words at the formula's top level still are."""
    raw = (
        "---\ntitle: t\n---\n\n"
        "비율은 ${가중치 합}\\over{이웃 노드의 수}$ 이고, 초기값은 $1\\over{노드의 수}$ 이다\n"
        "쌍의 개수는 $_{고른 이웃의 수} \\mathrm{C} _{2}$ 이다\n"
        "위의 $\\frac{a}{b} 를 보면 {x}$ 처럼\n"
    )
    body = raw.split("---\n", 2)[2]
    problems = formula_problems(set_aside(body).formulas, "notes/a.md", raw)
    assert [(p.line, "a '$' may be missing" in str(p)) for p in problems] == [(7, True)]


def test_slots_become_math_in_text_source_in_code_and_tex_in_attributes():
    aside = set_aside("$a_1$")
    slot = aside.markdown
    page = f'<p title="{slot}">{slot}</p><pre><code>{slot}</code></pre><!-- {slot} -->'
    got = aside.put_back(page, lambda f: "<math/>")
    assert got == '<p title="a_1"><math/></p><pre><code>$a_1$</code></pre><!-- a_1 -->'


def test_a_note_s_formulas_come_through_reading_the_post_untouched():
    """Reading a post rewrites its Markdown (Liquid, list nesting, code spans): never inside a formula."""
    formulas = [
        "$$\\begin{align*}\n  + a \\\\\n  + b\n  \\end{align*}$$",  # `+ ` lines are no list items
        "$$\\frac{{\\partial L}}{{\\partial w}}$$",  # `{{..}}` is no Liquid variable
        "$f`(x) + g`(x)$",  # backticks open no code span
    ]
    raw = (
        "---\ntitle: t\n---\n- 항목\n  "
        + formulas[0]
        + "\n  - 하위\n\n"
        + formulas[1]
        + "\n\n"
        + formulas[2]
        + " 끝\n"
    )
    note, _ = read_note("notes/a.md", raw.encode())
    for formula in formulas:
        assert formula in note.body
    assert [f.source for f in set_aside(note.body).formulas] == formulas


NOTES = sorted(
    [*(ROOT / "tests" / "golden" / "ingest").glob("*.md"), *(EXAMPLE_SITE / "notes").glob("*.md")]
    + [ROOT / "tests" / "fixtures" / name for name in ("math_forms.md", "math_layout.md")],
    key=str,
)


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.name)
def test_the_formulas_held_while_reading_are_the_ones_found_in_the_body(path):
    """Reading a post holds its formulas before the rewrites around them; the formulas step finds them again
    in the note's body: the same formulas, in the same order, whatever the rewrites did around them."""
    note, problems = read_note("notes/" + path.name, path.read_bytes())
    if note is None:
        return
    body = split_front_matter(note.source, note.src_path, []).body
    held = hold_formulas(before_formulas(body, note.src_path)[0])
    if has_logseq_marks(path.read_bytes().decode("utf-8", "replace")):  # Logseq draws `$$..$$` in a sentence as a display
        held = obsidian_display_math(held)
    assert list(held.formulas) == [f.source for f in set_aside(note.body).formulas]


@pytest.mark.parametrize(
    ("tex", "script"),
    [
        (r"\Big(y_i - b\Big)^2", "msup"),
        (r"\Bigg[ x \Bigg]_{i}", "msub"),
        (r"f(x)\bigg|_{x=0}^{1}", "msubsup"),
        (r"\bigl(a\bigr)^2", "msup"),
    ],
)
def test_a_sized_delimiter_under_a_script_keeps_its_size(tex, script):
    """MathJax draws `\\Big)^2` as a Big parenthesis with a square. Chromium stretches an `<mo>` to its
    minsize only in a row: as the bare base of `<msup>` it drew a plain small parenthesis."""
    done = to_mathml(tex, True)
    assert done.error is None, done.error
    assert f"<{script}><mrow><mo" in done.html and f"<{script}><mo" not in done.html
    assert "minsize" in done.html.split(f"<{script}>")[1].split("</mrow>")[0]


ALIGNED_LEFT = '<mtd style="text-align: left;justify-items: start;padding-left: 0;">'


@pytest.mark.parametrize(
    ("tex", "opened", "kept"),
    [
        # amsmath's `{}` after `&` (MathJax 3's empty <mi>): the cell's operator is spaced as in a row
        (
            r"\begin{aligned} c_{in}&=\text{input channels}\\ k&=\text{kernel size} \end{aligned}",
            [
                ALIGNED_LEFT + "<mi></mi><mo>=</mo><mtext>input",
                ALIGNED_LEFT + "<mi></mi><mo>=</mo><mtext>kernel",
            ],
            [],
        ),
        (
            r"\begin{aligned} a&\le \text{bound}\\ k&\le c \end{aligned}",
            ["<mi></mi><mo>≤</mo><mtext>", "<mi></mi><mo>≤</mo><mi>c"],
            [],
        ),
        (
            r"\begin{aligned} a&+b\\ &-c \end{aligned}",
            ["<mi></mi><mo>+</mo><mi>b", "<mi></mi><mo>−</mo><mi>c"],
            [],
        ),
        (
            r"\begin{aligned} a&= -x \end{aligned}",
            ['<mi></mi><mo>=</mo><mo lspace="0" rspace="0">−</mo>'],
            [],
        ),
        (
            r"\begin{aligned} &=\text{first}\\ &= y \end{aligned}",
            ["</mtd>" + ALIGNED_LEFT + "<mi></mi><mo>=</mo>"] * 2,
            [],
        ),
        (r"\begin{align*} a&=\text{x} \end{align*}", [ALIGNED_LEFT + "<mi></mi><mo>="], []),
        (
            r"\begin{align} a&=\text{x} \\ &\Rightarrow \text{y}\end{align}",
            ["<mi></mi><mo>=", "<mi></mi><mo stretchy"],
            [],
        ),
        (r"\begin{split} a&=\text{x} \end{split}", [ALIGNED_LEFT + "<mi></mi><mo>="], []),
        (
            r"\begin{alignat}{2} a&=\text{x} & b&=c \end{alignat}",
            ["<mi></mi><mo>=</mo><mtext>", "<mi></mi><mo>=</mo><mi>c"],
            [],
        ),
        (r"\begin{aligned} a&\overset{\text{def}}{=}\text{x}\end{aligned}", ["<mi></mi><mover><mo>="], []),
        (r"\begin{aligned} a&{}=\text{x}\end{aligned}", ["<mi></mi><mrow></mrow><mo>="], []),
        # the first cell of a row has no `{}`: a sign there is a prefix, as in MathJax and LaTeX
        (
            r"\begin{aligned} -x&=\text{y} \end{aligned}",
            ["<mi></mi><mo>="],
            ['<mi></mi><mo lspace="0" rspace="0">−'],
        ),
        # array, cases and matrices have no `{}`: a relation opening a cell is spaced after it even before
        # text, a sign stays a prefix, a relation alone in its cell (eqnarray's middle column) is left as is
        (
            r"\begin{array}{rl} a&=\text{x}\\ b&=c \end{array}",
            ["<mi></mi><mo>=</mo><mtext>", "<mi></mi><mo>=</mo><mi>c"],
            [],
        ),
        (r"\begin{pmatrix} a & \le\text{b} \end{pmatrix}", ["<mi></mi><mo>≤</mo><mtext>"], []),
        (r"\begin{gathered} a \\ = \text{x}\end{gathered}", ['<mi></mi><mo lspace="0">=</mo><mtext>'], []),
        (r"\begin{cases} -1 & x<0 \\ 1 & \text{otherwise}\end{cases}", [], ["<mi></mi>"]),
        (r"\begin{eqnarray*} y &=& ax + b \\ && + c \end{eqnarray*}", [], ["<mi></mi>"]),
        (r"\begin{bmatrix} -1 & + 2 \end{bmatrix}", [], ["<mi></mi>"]),
    ],
)
def test_an_operator_opening_a_cell_is_spaced_as_mathjax_spaces_it(tex, opened, kept):
    """Chromium draws a cell holding one <mo> and text as one operator with no space around it
    ("c=input channels"), and a `+` opening a cell as a prefix sign; an empty <mi> before it spaces it as
    MathJax does (tests/browser/test_math_layout_browser.py measures the gaps)."""
    done = to_mathml(tex, True)
    assert done.error is None, done.error
    for piece in opened:
        assert piece in done.html, (piece, done.html)
    assert done.html.count("<mi></mi>") == len(opened), done.html
    for piece in kept:
        assert piece not in done.html, (piece, done.html)


def test_a_vector_arrow_is_a_small_right_arrow_over_its_letter_not_a_combining_mark_beside_it():
    # U+20D7 has no width: Chromium drew it over the character before the letter (`P(\vec{y}` over the `(`)
    html = to_mathml(r"P(\vec{y}|x) + \vec{v}_i", False).html
    assert "\u20d7" not in html
    assert (
        html.count('<mover accent="true"><mi>y</mi><mo stretchy="false" mathsize="70%">\u2192</mo></mover>')
        == 1
    )
    assert html.count('mathsize="70%">\u2192</mo>') == 2


def test_a_dollar_that_opens_no_formula_in_its_paragraph_is_warned_about_at_its_line():
    """`* 무작위 그래프 $G(n, p)에서의 군집 계수는 p이다`: the closing `$` left out, MathJax and GitHub show the TeX as
    written and nothing had told the author. A price, `$$`, code, an escaped dollar and a formula closed later in
    the paragraph are no such dollar."""
    body = (
        "가격은 $5 이다\n\n"
        "* 무작위 그래프 $G(n, p)에서의 군집 계수는 p이다\n"
        "* 둘째 항목\n\n"
        "`$HOME` 과 \\$x 와 $a$, 값 $y 는\n이어서 $ 로 닫는다\n\n"
        "```\n$d\n```\n\n"
        "$$\nx\n$$\n"
    )
    assert lone_dollars(body) == [(3, "$G(n, p)에서의 군집 계수는 p이다")]
