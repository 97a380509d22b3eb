r"""What search gets of a formula: a short readable form for a result's excerpt, and the words to find it by.

The page shows a formula typeset; a search result's excerpt is plain text, where TeX
(`\mathbf{W}_q \in \mathbb{R}^{d \times d_k}`) is noise in the middle of a sentence. So a result shows
an inline formula as plain text read off the MathML the page draws of it (`W_q ∈ R^(d×d_k)`, letters in
their plain form), when that is short; a longer inline formula is left out as "…", and a displayed formula (its own
block) is left out. The words a reader may type to find a formula (`softmax`, `KL`, `ELBO`, the name of a
Greek letter: `sigma`, `theta`) are kept as hidden words: indexed, never shown. TeX's own commands
(`mathbb`, `frac`, `left`) are no words of the note and are not indexed.

`marked` writes both for the search index, the hidden words between `HIDDEN_OPEN` and `HIDDEN_CLOSE`
(private-use characters no note holds: hooks/kb/math/slots.py puts the result inside the formula's mark,
which the typeset formula replaces before a page is written); `split_hidden` takes them out again
(hooks/kb/search/documents.py).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.math.mathml import to_mathml
from hooks.kb.math.tex import Formula

SHORT = 32  # characters: an inline formula's readable form up to this length is shown in an excerpt
LEFT_OUT = "…"  # in place of a longer inline formula, so the sentence shows that something stood there
HIDDEN_OPEN, HIDDEN_CLOSE = "\ue005", "\ue006"
_HIDDEN = re.compile(f"{HIDDEN_OPEN}([^{HIDDEN_CLOSE}]*){HIDDEN_CLOSE}")
# Letters only: `P_data` gives `data`, `QK^T` gives `QK`; a Greek letter (`βD_KL`) is a word of its own.
_WORD = re.compile(r"(?:(?![\u0370-\u03ff])[^\W\d_]){2,}")
_COMMAND = re.compile(r"\\([a-zA-Z]+)")
_ANY_COMMAND = re.compile(r"\\([a-zA-Z]+|.)")
# Arguments that are TeX's, not the note's: environment names and column specs, colours, spaces, labels.
_TEX_ARGUMENT = re.compile(
    r"\\(?:begin|end)\{[^{}]*\}(?:\{[lcr|@. ]*\})?"
    r"|\\(?:color|textcolor|colorbox|hspace|vspace|label|tag|eqref|ref|phantom|hphantom|vphantom)\*?\{[^{}]*\}"
)
_GREEK = frozenset({
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
    "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
})  # fmt: skip
_OPERATORS = ("log", "ln", "exp", "sin", "cos", "tan", "tanh", "max", "min", "arg", "lim", "det", "sup", "inf")  # fmt: skip
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"[\\{}&~%#]")  # what TeX reads as other than itself


@dataclass(frozen=True)
class SearchText:
    shown: str  # plain text an excerpt shows in the formula's place ("" for none)
    words: tuple[str, ...]  # indexed, never shown


# Each distinct formula once a build, kept for the next under `mkdocs serve`. Not in the build cache: reading
# it back from there (about 20 µs a formula) costs as much as making it again from the MathML.
SEARCH_TEXTS = BuildMemo()


def search_text(formula: Formula) -> SearchText:
    return SEARCH_TEXTS.get(
        (formula.tex, formula.display), lambda: _search_text(formula.tex, formula.display)
    )


def _search_text(tex: str, display: bool) -> SearchText:
    shown = None if display else _shown(tex)
    if shown is not None:
        return SearchText(shown, tuple(_greek(tex)))  # its words are shown, so found as any other
    # Not shown: only its words, read off the TeX without parsing it.
    return SearchText("" if display else LEFT_OUT, tuple(_WORD.findall(_words_of(tex))) + tuple(_greek(tex)))


def _greek(tex: str) -> list[str]:
    """The names of the Greek letters of `tex` (`\\varphi` phi), a word each."""
    names = (name.lower().removeprefix("var") for name in _COMMAND.findall(tex))
    return [name for name in names if name in _GREEK]


def _words_of(tex: str) -> str:
    """`tex` with TeX's own commands blanked (`\\frac`, `\\left`, `\\,`), an operator's name kept (`\\log`
    log): the letters left are the note's (`\\text{softmax}` softmax, `D_{KL}` D KL)."""
    tex = _TEX_ARGUMENT.sub(" ", tex)
    return _ANY_COMMAND.sub(lambda m: f" {m.group(1)} " if m.group(1) in _OPERATORS else " ", tex)


def _shown(tex: str) -> str | None:
    """An inline formula as plain text, when that is at most SHORT characters; else None."""
    if not _MARKUP.search(tex):
        text = tex  # `x_1`, `2^n - 1`: as written
    elif mathml := to_mathml(tex, False).html:
        if len(_MARKUP_OF_MATHML.sub("", mathml)) > 2 * SHORT:
            return None  # the text it draws would be longer still: each character it drops has one kept
        text = mathml_text(mathml)
    else:  # TeX math-core cannot typeset, shown as its source on the page: its letters, as written
        text = _COMMAND.sub(" ", tex).replace("{", " ").replace("}", " ")
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return text if len(text) <= SHORT else None


def mathml_text(mathml: str) -> str:
    """The text a reader sees in `mathml` (math-core's `<math>`), in one line: a script after `_` or `^`
    (in parentheses when it is more than a name or a number: `R^(d×d_k)`), a fraction as `a/b`, a root as
    `√(x)`, an accent dropped (`\\hat{y}` y), a space around the operators TeX spaces (`a = b`, not in
    scripts) and after a comma, a table's rows after `;`."""
    stack: list[list] = [["math", "", []]]
    for piece in mathml.split("<")[1:]:  # a tag, then the text up to the next (`&lt;` in text and values)
        tag, _, text = piece.partition(">")
        if tag[:1] == "/":
            if len(stack) > 1:
                name, attributes, parts = stack.pop()
                stack[-1][2].append(
                    _element_text(name, attributes, parts) if name in _LAID_OUT else "".join(parts)
                )
        else:
            name, _, attributes = tag.partition(" ")
            if tag[-1:] == "/":
                stack[-1][2].append(_element_text(name.rstrip("/"), attributes, []))
            else:
                stack.append([name, attributes, []])
        if text:
            stack[-1][2].append(html.unescape(text) if "&" in text else text)
    while len(stack) > 1:  # not closed: as far as it went
        done = stack.pop()
        stack[-1][2].append(_element_text(*done))
    # A script or a function's name ends where a letter follows (`x_i y`, `log p`), not before `(`.
    return _SEPARATED.sub(" ", "".join(stack[0][2]).translate(_INVISIBLE)).replace(_END, "")


_MARKUP_OF_MATHML = re.compile(r"<[^>]*>|&[a-zA-Z]+;")  # an entity stands for one character
_END = "\x01"  # after a script and a function's name: a space if a letter or a number follows
_SEPARATED = re.compile(f"{_END}+(?=\\w)")
_ATOM = re.compile(r"\w+|√\([^()]*\)")  # a script shown without parentheses: `d_k`, `p_data`, `x^2`
_SPACED = frozenset("=≠<>≤≥≪≫≈≃≅≡∼∝∈∉∋⊂⊆⊃⊇⊥⟂∣∥→←↔⇒⇐⇔↦+−±∓×·÷∘∪∩⊕⊗∧∨")
_INVISIBLE = {0x2061: _END, 0x2062: "", 0x2063: "", **dict.fromkeys(range(0xFE00, 0xFE10), "")}


def _element_text(name: str, attributes: str, parts: list[str]) -> str:
    """The text of a MathML element whose layout shows in text (in `_LAID_OUT`); of the others (`mi`, `mn`,
    `mtext`, `mrow`), the text of their parts."""
    if name == "mo":
        operator = "".join(parts)
        if operator == ",":
            return ", "
        return f" {operator} " if operator in _SPACED and 'lspace="0"' not in attributes else operator
    if name not in _LAID_OUT:
        return "".join(parts)
    if name in _SCRIPTED:
        if not parts:
            return ""
        base, scripts = parts[0], parts[1:]
        if name == "mover" and 'accent="true"' in attributes:
            return base  # \hat{y}, \bar{x}: the letter
        marks = _SCRIPTED[name]
        return (
            base
            + "".join(mark + _grouped(script) for mark, script in zip(marks, scripts, strict=False))
            + _END
        )
    if name == "mfrac" and len(parts) == 2:
        return f"{_grouped(parts[0])}/{_grouped(parts[1])}"
    if name == "msqrt":
        return f"√({''.join(parts)})"
    if name == "mroot" and len(parts) == 2:
        return f"√[{parts[1]}]({parts[0]})"
    if name == "mspace":
        return " " if "width" in attributes else ""
    if name == "mtd":
        return " ".join(parts) + " "
    if name == "mtr":
        return "".join(parts).strip() + "; "
    if name == "mtable":
        return "".join(parts).strip().removesuffix(";")
    return ""  # mphantom: space, no text


_SCRIPTED = {"msub": "_", "munder": "_", "msup": "^", "mover": "^", "msubsup": "_^", "munderover": "_^"}
_LAID_OUT = frozenset(
    {*_SCRIPTED, "mo", "mfrac", "msqrt", "mroot", "mspace", "mtd", "mtr", "mtable", "mphantom"}
)


def _grouped(script: str) -> str:
    script = script.replace(_END, "").strip()
    return script if _ATOM.fullmatch(script) else f"({script})"


def marked(formula: Formula) -> str:
    """What the search index reads for `formula` (HTML-escaped): its shown form, then its hidden words."""
    found = search_text(formula)
    hidden = f"{HIDDEN_OPEN}{' '.join(found.words)}{HIDDEN_CLOSE}" if found.words else ""
    return html.escape(found.shown, quote=False) + hidden


def split_hidden(text: str) -> tuple[str, list[str]]:
    """`text` without the hidden words `marked` wrote, and those words."""
    if HIDDEN_OPEN not in text:
        return text, []
    words = [w for match in _HIDDEN.finditer(text) for w in match.group(1).split()]
    return _HIDDEN.sub("", text), words
