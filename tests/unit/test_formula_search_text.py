"""What the search index gets of a formula: a short readable form or nothing in the excerpt, never TeX; and
the words a reader may type to find it, hidden."""

from __future__ import annotations

import re
import unicodedata

import pytest

from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.math.mathml import to_mathml
from hooks.kb.math.readable import LEFT_OUT, SHORT, marked, mathml_text, search_text, split_hidden
from hooks.kb.math.slots import set_aside
from hooks.kb.math.tex import Formula
from hooks.kb.search.documents import page_document
from hooks.kb.search.synonyms import Synonyms

TEX_COMMAND = re.compile(r"\\[a-zA-Z]+")


def formula(tex: str, display: bool = False) -> Formula:
    return Formula(source=f"${tex}$", tex=tex, display=display, line=1)


@pytest.mark.parametrize(
    ("tex", "shown"),
    [
        (r"\mathbf{W}_q \in \mathbb{R}^{d \times d_k}", "W_q ∈ R^(d×d_k)"),  # styled letters in their plain form
        (r"\sqrt{d_k}", "√(d_k)"),
        (r"\frac{QK^T}{\sqrt{d_k}}", "(QK^T)/√(d_k)"),
        (r"D_{KL}(q_\phi(z|x) \| p(z))", "D_KL(q_φ(z|x)‖p(z))"),  # a norm's bars kept
        (r"(3 \times 3 \times 16 + 1) \times 32 = 4640", "(3 × 3 × 16 + 1) × 32 = 4640"),
        (r"\log p_\theta(x)", "log p_θ(x)"),  # an operator's name stays a word
        (r"\operatorname{Multi-Head}(Q,K,V)", "Multi‐Head(Q, K, V)"),
        (r"x \sim \mathcal{N}(0, I)", "x ∼ N(0, I)"),
        (r"\sum_{i=1}^{n} x_i", "∑_(i=1)^n x_i"),  # a script ends where a letter follows
        (r"\hat{y} = \sigma(Wx+b)", "y = σ(Wx + b)"),  # an accent dropped
        (r"\text{손실 } L", "손실 L"),
        (r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "(a b; c d)"),
        (r"x_{i}", "x_i"),
        ("a < b", "a < b"),
    ],
)
def test_a_short_inline_formula_is_shown_as_readable_text(tex, shown):
    found = search_text(formula(tex))
    assert found.shown == shown
    assert not TEX_COMMAND.search(found.shown)


def test_a_displayed_formula_is_left_out_and_found_by_its_words():
    found = search_text(
        formula(r"\text{Attention}(Q, K, V) = \text{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V", True)
    )
    assert found.shown == ""
    assert found.words == (
        "Attention",
        "softmax",
        "QK",
    )  # no `text`, `left`, `frac`, `sqrt`: TeX's, not the note's


def test_a_long_inline_formula_is_an_ellipsis_and_found_by_its_words():
    tex = r"\mathcal{L}(\theta, \phi; x) = \mathbb{E}_{q_\phi(z|x)}[\log p_\theta(x|z)] - D_{KL}(q_\phi(z|x) \| p(z))"
    found = search_text(formula(tex))
    assert found.shown == LEFT_OUT
    assert {"log", "KL", "theta", "phi"} <= set(found.words) and "mathbb" not in found.words


def test_a_greek_letter_is_found_by_its_name():
    found = search_text(formula(r"\sigma(Wx + b)"))
    assert found.shown == "σ(Wx + b)" and found.words == ("sigma",)
    assert search_text(formula(r"\varepsilon")).words == ("epsilon",)


def test_a_macro_missing_its_arguments_shows_no_format_string():
    found = search_text(formula(r"\frac{a"))
    assert "%s" not in found.shown and len(found.shown) <= SHORT


def test_hidden_words_round_trip_and_leave_the_text_around_them():
    long = formula(r"\mathcal{L} = \mathbb{E}[\log p] - D_{KL}(q \| p) + \beta D_{KL}(r \| s)")
    text = f"재구성 오차와 {marked(long)} 항"
    visible, words = split_hidden(text)
    assert visible == f"재구성 오차와 {LEFT_OUT} 항"
    assert words == ["log", "KL", "KL", "beta"]
    assert split_hidden("수식 없음") == ("수식 없음", [])


def test_the_mark_the_search_index_reads_holds_no_tex():
    aside = set_aside(
        r"쿼리 행렬 $\mathbf{W}_q \in \mathbb{R}^{d \times d_k}$ 를 곱한다." "\n\n$$\\text{softmax}(x)$$\n"
    )
    html = aside.mark("<p>" + aside.markdown.replace("\n\n", "</p><p>") + "</p>")
    assert "W_q ∈ R^(d×d_k)" in html and not TEX_COMMAND.search(html)
    # Put back as the typeset formulas: nothing of the search text is left on the page.
    page = aside.typeset_marks(html, ["<math>1</math>", "<math>2</math>"])
    assert page == "<p>쿼리 행렬 <math>1</math> 를 곱한다.</p><p><math>2</math>\n</p>"


def test_a_section_document_shows_the_readable_form_and_hides_the_formula_words():
    shown, display = (
        formula(r"\sigma(x)"),
        formula(r"\text{softmax}(x_i) = \frac{e^{x_i}}{\sum_j e^{x_j}}", True),
    )
    sections = [
        {"location": "notes/a/", "title": "노트 A", "text": "<p>머리말</p>"},
        {
            "location": "notes/a/#s",
            "title": "출력층",
            "text": f"<p>활성화 {marked(shown)} 뒤에</p><p>{marked(display)}</p>",
        },
    ]
    document = page_document("notes/a/", sections, {}, Synonyms(ConceptRegistry(())), note=True)
    document = unicodedata.normalize("NFC", document)  # its Korean is written decomposed (documents.py)
    assert "<p>활성화 σ(x) 뒤에</p><p></p>" in document
    assert '<div id="kbw-1w">sigma softmax</div>' in document
    assert "\ue005" not in document and "\ue006" not in document


def test_the_text_is_read_off_the_mathml_the_page_shows():
    # What math-core writes: a function applied (`&ApplyFunction;`), a calligraphic letter with its variant
    # selector, operators spaced as TeX spaces them (not in scripts), a phantom that shows nothing.
    assert mathml_text(to_mathml(r"\mathbb{E}_{x \sim P}[\log P(x)]", False).html) == "𝔼_(x∼P)[log P(x)]"
    assert mathml_text("<math><mi>a</mi><mphantom><mi>b</mi></mphantom><mo>=</mo><mi>c</mi></math>") == "a = c"
    assert mathml_text("<math><msub><mi>x</mi><mrow><mi>i</mi>") == "x_i"  # cut short: as far as it went


def test_tex_that_cannot_be_typeset_shows_its_letters_not_its_commands():
    found = search_text(formula(r"\frac{a}{b} \notacommand{c}"))
    assert found.shown == "a b c"


@pytest.mark.parametrize(
    ("tex", "words"),
    [
        (
            r"\begin{aligned} \mathcal{L} &= -\log p(x) \\ &\ge \text{ELBO} \end{aligned}",
            ("log", "ELBO"),
        ),
        (r"\begin{array}{rl} \color{red}{loss} & \textcolor{blue}{=0} \end{array}", ("loss",)),
        (r"\hat{y} = \operatorname{softmax}(W h) \label{eq:out} \tag{2}", ("softmax",)),
        (r"D_{KL}(q_\phi \| p_\theta) \hspace{1em} \varphi", ("KL", "phi", "theta", "phi")),
    ],
)
def test_a_displayed_formula_is_found_by_its_own_words_not_tex_s(tex, words):
    found = search_text(formula(tex, True))
    assert (found.shown, found.words) == ("", words)
