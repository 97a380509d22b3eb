"""The rewrites table (hooks/kb/math/rewrites.py): each line is TeX that MathJax 3 draws (checked with
mathjax-full 3.2.2 and the packages tex-mml-chtml loads) and math-core 0.9 refuses as written; after the
rewrite math-core typesets it, and the MathML holds what MathJax shows."""

from __future__ import annotations

import pytest
from math_core import LatexError, LatexToMathML

from hooks.kb.math.mathml import to_mathml
from hooks.kb.math.rewrites import rewrite

PLAIN = LatexToMathML(fancy_error=False)  # math-core as it comes, to show each case needs its rewrite


@pytest.mark.parametrize(
    ("tex", "display", "shows"),
    [
        (r"\begin{split} a &= b \\ &= c \end{split}", True, "<mtr>"),
        (r"\begin{alignat}{2} x &= 1 & y &= 2 \end{alignat}", True, "(1)"),
        (r"\begin{alignedat}{1} a &= b \end{alignedat}", True, "<mtable"),
        (r"\begin{flalign} a &= b \end{flalign}", True, "(1)"),
        (r"\begin{eqnarray} y &=& ax \nonumber \\ &=& b \end{eqnarray}", True, "<mtable"),
        (r"\begin{smallmatrix} a & b \end{smallmatrix}", False, "<mtable"),
        (r"\begin{pmatrix*}[r] -1 & 2 \end{pmatrix*}", True, "("),
        (r"\begin{multlined} a \\ b \end{multlined}", True, "<mtr>"),
        (r"\newcommand{\R}{\mathbb{Z}} x \in \R", False, "ℤ"),  # MathJax lets \newcommand redefine
        (r"\renewcommand{\foo}[1]{\mathbf{#1}} \foo{v}", False, "𝐯"),  # and \renewcommand define
        (r"\DeclareMathOperator*{\argmax}{arg\,max} \argmax_x f", True, "<munder>"),
        (r"\operatorname{head_i}(x)", False, "<msub>"),
        (r"\operatorname{\mathbb{E}}[x]", False, "𝔼"),
        # \limits after \mathop (MathType's `\mathop {\min }\limits_G`): the scripts under and over it
        (r"\phi^* = \mathop{\rm argmin}\limits_{\phi} KL", False, "<munder><mrow><mspace/><mi>argmin</mi>"),
        (r"\mathop {\lim }\limits_{x \to \infty } f", True, "<munder>"),
        (r"\mathop{\sum}\nolimits_i x_i", True, "<msub>"),
        (r"\text{learning_rate} = 0.1", False, "learning_rate"),
        (r"x = 1 \tag{2.1}", True, "(2.1)"),
        (r"x = 1 \label{eq:x}", True, "<mi>x</mi>"),  # MathJax numbers no top-level display math
        (r"x^2 \tag{1}", False, "<msup>"),  # MathJax drops \tag in inline math
        # a proof numbering its steps by hand after an environment: MathJax drops the number inline,
        # and in display math numbers the whole (mathjax-full 3.2.2, tags 'none')
        (r"\begin{align} v^T A w &= (v^T A w)^T \\ &= w^T A v \end{align} \tag{13}", False, "<mtable"),
        (r"\begin{align} A v &= \lambda v \\ A w &= \mu w \end{align} \tag{11}", True, "(11)"),
        (r"\begin{align*} a &= b \\ c &= d \end{align*} \tag{2}", True, "(2)"),
        (r"\color{#1E88E5} x", False, "color:#1E88E5"),
        (r"\textcolor{#f00}{y}", False, "color:#FF0000"),
        (r"\color{navy} x", False, "color:navy;"),  # a CSS name MathJax's table lacks: given to CSS as written
        (r"\textcolor{darkred}{y} + \color{#1E88E5} z", False, "color:darkred;"),
        # a Hexo post colors a weight matrix's rows (MathJax autoloads the color extension for \definecolor)
        (r"\definecolor{first}{RGB}{10, 199, 139} \textcolor{first}{W_{i1j1}} \times i_{1}", True, "color:#0AC78B;"),
        (r"\definecolor{k}{HTML}{cb4a44} \color{k} x + \definecolor{g}{gray}{0.5} \textcolor{g}{y}", False, "color:#808080;"),
        (r"\bbox[yellow]{x}", False, "<mi>x</mi>"),
        (r"\require{cancel} \cancel{x}", False, "<mi>x</mi>"),
        (r"\unicode{x2764}", False, "❤"),
        (r"\verb|a_b|", False, "a_b"),
        (r"\sdot \pmb{x} \mbox{if} \dotsb \smash{y} \substack{i \\ j}", False, "𝒙"),
        (r"\widetilde{xy}", False, "~"),
        (r"36.5\celsius, 10\ohm, 5\perthousand", False, "‰"),  # gensymb
        (r"\upalpha + \Upgamma", False, '<mi mathvariant="normal">α</mi>'),  # upgreek
        (r"\strut x \rule{0pt}{2ex}", False, "<mphantom>"),
        (r"\mathup{d}x + \mathbfup{W}", False, "𝐖"),
        (r"\varinjlim_n A_n", True, "<munder"),
        (r"\varliminf_n x_n", True, "<munder"),
        (r"\begin{cases*} x & if $x>0$ \\ 0 & otherwise \end{cases*}", True, "<mtext>if\xa0</mtext><mi>x</mi>"),
        (r"\begin{dcases*} \frac{a}{b} & when $b \neq 0$ \end{dcases*}", True, "<mtext>when\xa0</mtext>"),
        # math in text, a case's condition as MathJax typesets it (amsmath's \text{} takes $..$)
        (r"\begin{cases} 0 & \text{: case i) when $\sum_i w_i x_i \leq 0$} \end{cases}", True, "<munder>"),
        (r"\text{if $x>0$ and $y$}", False, "<mtext>\xa0and\xa0</mtext>"),
        (r"\frac{\partial\left<\mathbf x\cdot\mathbf x\right>}{\partial\mathbf x}", False, "<mo>⟨</mo>"),
        (r"\bigl< u, v \bigr>", False, "⟩</mo>"),  # MathJax's angle brackets after a sizing command
        (r"h(x) = {1 \above{1pt} 1 + exp(-x)}", True, "<mfrac><mn>1</mn>"),  # KaTeX's form, Slidev notes
        (r"{a \above 2pt b}", False, "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
        (r"{n \above 0pt k}", False, 'linethickness="0"'),
        (r"\Large P(X=x) = \frac{e^{-\lambda}\lambda^x}{x!}", False, "<mi>P</mi>"),  # a size switch: dropped
        (r"\large{\text{팀 프로젝트}}", False, "팀 프로젝트"),
        (r"x(t) = \LARGE \sum_{i=0}^{t} v(t_i)", True, "<munderover>"),
        # a backslash ending a line: TeX's control space, a space in MathJax (convex-optimization notes end
        # their rows with `\\\`: a row break, then that space)
        ("a = b \\\nc", False, "<mi>b</mi><mtext>\xa0</mtext>"),
        ("\\begin{align}\ng(x) & = f(x) \\\\\\\n& = 1 \\\\\\\n\\end{align}", True, "(2)"),
    ],
)
def test_mathjax_tex_math_core_refuses_is_typeset_after_its_rewrite(tex, display, shows):
    with pytest.raises(LatexError):
        PLAIN.convert_with_local_state(tex, displaystyle=display)
    done = to_mathml(tex, display)
    assert done.error is None, done.error
    assert shows in done.html


@pytest.mark.parametrize(
    "tex",
    [r"\mathop{\arg\min}_{w} L(w)", r"\mathop{\mathrm{argmax}}_{\theta}^{(t)} p", r"\mathop{E}_{x \sim p} f"],
)
def test_the_scripts_of_an_operator_go_under_it_in_display_and_beside_it_inline(tex):
    """MathJax makes `\\mathop{..}` an operator with movable limits, as TeX does: its scripts are set under
    (and over) it in display math, beside it in inline math. math-core set them beside it in both."""
    plain = PLAIN.convert_with_local_state(tex, displaystyle=True)
    assert "<munder" not in plain and "<msub" in plain
    display, inline = to_mathml(tex, True), to_mathml(tex, False)
    assert display.error is None and inline.error is None
    assert "<munder>" in display.html and "<msub" not in display.html
    assert "<msub" in inline.html and "<munder" not in inline.html


@pytest.mark.parametrize(
    ("tex", "display"), [(r"\operatorname*{arg\min}\limits_{\theta} L", False), (r"\operatorname*{arg\,\max}_x f", True)]
)
def test_an_operator_name_holding_a_command_keeps_its_limits_under_it(tex, display):
    """`\\operatorname*{arg\\min}` is rewritten as `\\mathop{\\mathrm{arg\\min}}` (math-core reads no command
    in an operator's name): its scripts stay under it, as math-core sets them for `\\operatorname*{argmin}`."""
    done = to_mathml(tex, display)
    assert done.error is None, done.error
    assert "<munder>" in done.html and "<msub" not in done.html


def test_a_color_name_css_does_not_know_leaves_the_color_as_it_was():
    """`\\color{red} \\lambda \\color{a} E_W` (a study note's penalty term): MathJax hands `a` to CSS, which
    ignores it, so what follows stays red; math-core refused the whole formula ("Unknown color")."""
    done = to_mathml(r"E = E_D + \color{red} \lambda \color{a} E_W(w)", True)
    assert done.error is None, done.error
    red = done.html.index('style="color:red;"')
    inert = done.html.index('style="color:a;"')  # inside the red group: no color of its own
    assert red < inert < done.html.index("<mi>W</mi>")


@pytest.mark.parametrize(
    ("tex", "shown", "not_shown"),
    [
        (r"\color{green} p(t|w)", "color:green;", "#03FF00"),  # CSS's dark green, not xcolor's bright one
        (r"\textcolor{purple}{x} + \color{orange} y", "color:orange;", "#BF0140"),
        (r"\color{violet} a + \color{#800080} b", "color:#800080;", "color:#EE82EE"),  # a hex stays a hex
        (r"\color{RoyalBlue} x", "color:#0073C0;", "color:RoyalBlue"),  # dvips' names: MathJax's own table
    ],
)
def test_a_lowercase_color_name_is_csss_as_mathjax_gives_it(tex, shown, not_shown):
    """MathJax looks a name up in its table of dvips' names (`RoyalBlue`) and gives any other name to CSS;
    math-core draws xcolor's colors for `green` (#03FF00, hard to read on white), `purple`, `orange`..."""
    done = to_mathml(tex, False)
    assert done.error is None, done.error
    assert shown in done.html and not_shown not in done.html


def test_display_rows_at_the_top_level_are_rows():
    """`a \\\\ b` in display math: MathJax 3 draws one line (it has no line breaking), KaTeX and LaTeX two rows;
    the author meant rows."""
    assert rewrite(r"a = b \\ c = d", True) == r"\begin{gathered}a = b \\ c = d\end{gathered}"
    assert rewrite(r"a = b \\ c = d", False) == r"a = b \\ c = d"  # inline: one line, as MathJax draws it
    for inside in (r"\begin{pmatrix} a \\ b \end{pmatrix}", r"\left( a \\ b \right)", r"{a \\ b}"):
        assert rewrite(inside, True) == inside


@pytest.mark.parametrize(
    "tex",
    [r"\begin{aligned} a &= b \end{aligned}", r"\operatorname{Var}[X]", r"\text{손실}", r"\frac{a}{b}"],
)
def test_tex_math_core_takes_is_left_alone(tex):
    assert rewrite(tex, True) == tex


def test_a_row_break_then_a_control_space_ending_a_line_keeps_its_rows():
    """`\\\\\\` then a line break is a row break and a space, as MathJax reads it: the row break stays (a bare
    `\\\\` before `\\end` had eaten one backslash of it, and the environment its `\\end`)."""
    done = to_mathml("\\begin{align}\na &= b \\\\\\\nc &= d \\\\\\\n\\end{align}", True)
    assert done.error is None and "(1)" in done.html and "(2)" in done.html and "<mi>c</mi>" in done.html


@pytest.mark.parametrize(
    ("tex", "shows"),
    [  # what MathJax 3.2 draws for each (mathjax-full, the packages tex-mml-chtml loads)
        (r"a \centerdot b", "⋅"),
        (r"x \thicksim y", "∼"),
        (r"x \thickapprox y", "≈"),
        (r"a \shortmid b", "∣"),
        (r"a \nshortmid b", "∤"),
        (r"a \shortparallel b", "∥"),
        (r"a \nshortparallel b", "∦"),
        (r"a \smallsmile b \smallfrown c", "⌣"),
        (r"y \varpropto x", "∝"),
        (r"\framebox{정답} = 3", "<menclose"),
        (r"\hbox{if } x > 0", "if"),
        (r"\LaTeX \text{ 수식}", "LaTeX"),
    ],
)
def test_amssymb_variants_boxes_and_logos_mathjax_draws_are_typeset(tex, shows):
    with pytest.raises(LatexError):
        PLAIN.convert_with_local_state(tex, displaystyle=False)
    done = to_mathml(tex, False)
    assert done.error is None, done.error
    assert shows in done.html


def test_cancelto_keeps_the_value_it_cancels_to():
    """MathJax draws `\\cancelto{1}{x}` as the struck-out `x` with `1` as its superscript (an <msup>, the arrow
    aside); the value was lost, the term only struck out."""
    done = to_mathml(r"\cancelto{1}{\int f\,dx} + \cancelto{0}{y}", True)
    assert done.error is None
    assert done.html.count("<msup><menclose") == 2 and "<mn>1</mn></msup>" in done.html and "<mn>0</mn></msup>" in done.html


def test_a_break_after_the_last_row_makes_no_empty_row():
    """MathJax draws `a \\\\ b \\\\` as two rows; math-core would add a third, empty (and numbered in `align`)."""
    done = to_mathml("\\begin{align} a &= b \\\\ c &= d \\\\ \\end{align}", True)
    assert done.html.count("<mtr>") == 2 and "(3)" not in done.html


@pytest.mark.parametrize(
    ("tex", "name"),
    [
        (r"\operatorname{Multi-Head}(Q,K,V)", "<mi>Multi‐Head</mi>"),
        (r"\operatorname{Multi-Head(Q,K,V)}", "<mi>Multi‐Head(Q,K,V)</mi>"),
        (r"\operatorname*{arg-max}_\theta", "<mi>arg‐max</mi>"),
        (r"\operatorname{Self-Attention}_{i-1}", "<mi>Self‐Attention</mi>"),
    ],
)
def test_a_hyphen_in_an_operators_name_is_a_hyphen_not_a_minus(tex, name):
    """amsmath and MathJax read `-` in `\\operatorname{..}` as part of the name; math-core drew a minus sign."""
    done = to_mathml(tex, True)
    assert done.error is None, done.error
    assert name in done.html
    assert "Multi−" not in done.html and "arg−" not in done.html and "Self−" not in done.html
    assert f'alttext="{tex}"' in done.html.replace("&amp;", "&")  # the source as the author wrote it


def test_a_minus_between_terms_stays_a_minus():
    assert "−" in to_mathml(r"\operatorname{x} - y", False).html
    assert "<mo>−</mo>" in to_mathml(r"\mathrm{a}-b", False).html


def test_the_text_column_of_cases_star_is_text_and_its_dollars_math():
    assert rewrite(r"\begin{cases*} x & if $x>0$ \\ 0 & otherwise \end{cases*}", True) == (
        r"\begin{cases} x & \text{if }x>0\\ 0 & \text{otherwise}\end{cases}"
    )
    nested = r"\begin{cases*} \begin{matrix} a & b \\ c & d \end{matrix} & matrix \end{cases*}"
    assert rewrite(nested, True).endswith(r"\end{matrix} & \text{matrix}\end{cases}")


def test_a_commutative_diagram_is_an_array_of_objects_and_arrows():
    tex = r"\begin{CD} A @>f>> B \\ @VgVV @AA{h}A \\ C @<<k< D @= E \\ @| @. @. \end{CD}"
    with pytest.raises(LatexError):
        PLAIN.convert_with_local_state(tex, displaystyle=True)
    assert rewrite(tex, True) == (
        r"\begin{array}{ccccc}A & \xrightarrow{f} & B &  &  \\ "
        r"{\scriptstyle g}\Big\downarrow &  & \Big\uparrow{\scriptstyle {h}} &  &  \\ "
        r"C & \xleftarrow[k]{} & D & \xlongequal{} & E \\ "
        r"\Big\Vert &  &  &  & \end{array}"
    )
    done = to_mathml(tex, True)
    assert done.error is None, done.error
    assert done.html.count("<mtr>") == 4 and "→" in done.html and "↓" in done.html and "↑" in done.html


@pytest.mark.parametrize(
    "tex",
    [
        r"\begin{aligned} a &= b \\[6pt] &= c \end{aligned}",
        r"\begin{align} x &= 1 \tag{1.1} \\[4pt] y &= 2 \tag{1.2} \end{align}",
        r"\begin{array}{cc} 1 & 2 \\[-2pt] 3 & 4 \end{array}",
        r"\begin{cases} a & x > 0 \\ [1em] b & x \le 0 \end{cases}",
    ],
)
def test_the_spacing_after_a_row_break_is_space_not_text(tex):
    """`\\\\[6pt]` adds space under a row in MathJax; math-core drew `[6pt]` as text at the next row's start."""
    assert "[" in PLAIN.convert_with_local_state(tex, displaystyle=True)  # the text math-core would draw
    done = to_mathml(tex, True)
    assert done.error is None, done.error
    assert done.html.count("<mtr>") == 2
    assert not any(unit in done.html for unit in ("<mi>p</mi><mi>t</mi>", "<mi>e</mi><mi>m</mi>"))


def test_brackets_after_a_row_break_that_are_no_spacing_stay():
    """A row that starts with `[x]` (no dimension in it) keeps its bracket."""
    assert rewrite(r"\begin{aligned} a &= b \\ [x] &= c \end{aligned}", True).count("[x]") == 1


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"c_{\text{in}} = \text{\# input channels}", "# input channels"),
        (r"\text{\$ 5 and 10\% off}", "$ 5 and 10% off"),
        (r"\text{A \& B}", "A &amp; B"),
        (r"\text{\{x\} set}", "{x} set"),
    ],
)
def test_a_space_after_an_escaped_symbol_in_text_stays(tex, text):
    """TeX keeps the space after a control symbol (`\\#`, `\\%`, ...), and MathJax shows it; math-core ate it
    (`#input channels`)."""
    assert text not in PLAIN.convert_with_local_state(tex, displaystyle=False).replace("\xa0", " ")
    done = to_mathml(tex, False)
    assert done.error is None, done.error
    assert f"<mtext>{text}</mtext>" in done.html.replace("\xa0", " ")


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"L_i = \mbox{#(class)} - 1", "#(class)"),  # a count of classes, as a CS231n note writes it
        (r"\log{\mbox{#(class)}}", "#(class)"),
        (r"\text{# of layers}", "# of layers"),
    ],
)
def test_a_hash_in_text_is_a_hash_as_mathjax_shows_it(tex, text):
    """`#` in `\\mbox{..}` or `\\text{..}` is a character in MathJax's text mode; math-core read it as a macro
    parameter and refused the formula (shown as its source)."""
    done = to_mathml(tex, False)
    assert done.error is None, done.error
    assert f"<mtext>{text}</mtext>" in done.html.replace("\xa0", " ")
