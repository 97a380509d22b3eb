r"""What search gets of a formula: a short readable form for a result's excerpt, and the words to find it by.

The page shows a formula typeset; a search result's excerpt is plain text, where TeX
(`\mathbf{W}_q \in \mathbb{R}^{d \times d_k}`) is noise in the middle of a sentence. So a result shows
an inline formula as the plain text pylatexenc reads it as (`W_q ∈R^d ×d_k`, letters in their plain
form), when that is short; a longer inline formula is left out as "…", and a displayed formula (its own
block) is left out. The words a reader may type to find a formula (`softmax`, `KL`, `ELBO`, the name of a
Greek letter: `sigma`, `theta`) are kept as hidden words: indexed, never shown. TeX's own commands
(`mathbb`, `frac`, `left`) are no words of the note and are not indexed.

`marked` writes both for the search index, the hidden words between `HIDDEN_OPEN` and `HIDDEN_CLOSE`
(private-use characters no note holds: hooks/kb/math/slots.py puts the result inside the formula's mark,
which the typeset formula replaces before a page is written); `split_hidden` takes them out again
(hooks/kb/search/documents.py).
"""

from __future__ import annotations

import functools
import html
import logging
import re
import unicodedata
from dataclasses import dataclass

from hooks.kb.machinery.memo import BuildMemo
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
_COMMAND_SPACED = re.compile(r"\\([a-zA-Z]+)\s*")
_NOT_SYMBOLS = re.compile(r"[{}&~%#]|\\[^a-zA-Z]")  # a group, or a command that is no word (`\\,`)
_PLAIN_CONTEXT: list = []  # pylatexenc's macros with ours, made with the converter
_MARKUP = re.compile(r"[\\{}&~%#]")  # what TeX reads as other than itself


@dataclass(frozen=True)
class SearchText:
    shown: str  # plain text an excerpt shows in the formula's place ("" for none)
    words: tuple[str, ...]  # indexed, never shown


# Each distinct formula once a build, kept for the next (in memory under `mkdocs serve`, and in the build cache).
SEARCH_TEXTS = BuildMemo("formula-search-text")


def search_text(formula: Formula) -> SearchText:
    return SEARCH_TEXTS.get(
        (formula.tex, formula.display), lambda: _search_text(formula.tex, formula.display)
    )


def _search_text(tex: str, display: bool) -> SearchText:
    if display:  # nothing shown: only its words, read off the TeX without parsing it
        return SearchText("", tuple(_WORD.findall(_words_of(tex))) + tuple(_greek(tex)))
    readable = plain(tex)
    greek = _greek(tex)
    if not display and len(readable) <= SHORT:
        return SearchText(readable, tuple(greek))  # its words are shown, so found as any other
    return SearchText("" if display else LEFT_OUT, tuple(_WORD.findall(readable)) + tuple(greek))


def _greek(tex: str) -> list[str]:
    """The names of the Greek letters of `tex` (`\\varphi` phi), a word each."""
    names = (name.lower().removeprefix("var") for name in _COMMAND.findall(tex))
    return [name for name in names if name in _GREEK]


def _words_of(tex: str) -> str:
    """`tex` with TeX's own commands blanked (`\\frac`, `\\left`, `\\,`), an operator's name kept (`\\log`
    log): the letters left are the note's (`\\text{softmax}` softmax, `D_{KL}` D KL)."""
    tex = _TEX_ARGUMENT.sub(" ", tex)
    return _ANY_COMMAND.sub(lambda m: f" {m.group(1)} " if m.group(1) in _OPERATORS else " ", tex)


def plain(tex: str) -> str:
    """`tex` as plain text: symbols as characters (`\\in` ∈, `\\sqrt{d_k}` √(d_k)), styled letters plain
    (𝐖 W, ℝ R), whitespace collapsed."""
    if not _MARKUP.search(tex):
        text = tex  # `x_1`, `2^n - 1`: as written
    elif (symbols := _symbols_only(tex)) is not None:
        text = symbols
    else:
        text = _to_text()(tex)
    if "%s" in text:  # a macro short of its arguments (`\\frac{a}`): its letters, as written
        text = _COMMAND.sub(" ", tex).replace("{", " ").replace("}", " ")
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _symbols_only(tex: str) -> str | None:
    """`tex` as pylatexenc writes it, when it is text and symbols alone (`x \\perp y \\mid z`, `\\times`):
    each command as pylatexenc's character for it, the spaces after it dropped as TeX drops them. Parsing
    costs 0.1 ms a formula; this, a hundredth of that. None for anything else."""
    if _NOT_SYMBOLS.search(tex):
        return None
    names = _COMMAND.findall(tex)
    if any(_symbol(name) is None for name in names):
        return None
    return _COMMAND_SPACED.sub(lambda match: _symbol(match.group(1)), tex)


@functools.cache
def _symbol(name: str) -> str | None:
    """The text pylatexenc gives the command `name` when it takes no argument, else None."""
    _to_text()
    from pylatexenc import latexwalker

    spec = _PLAIN_CONTEXT[0].get_macro_spec(name)
    text = getattr(spec, "simplify_repl", None)
    if not isinstance(text, str) or "%" in text:
        return None
    parsed = latexwalker.get_default_latex_context_db().get_macro_spec(name)
    return text if parsed is None or not parsed.args_parser.argspec else None


@functools.cache
def _to_text():
    from pylatexenc import latexwalker
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    context = get_default_latex_context_db().filter_context(keep_categories=None)
    # A norm's bars, which pylatexenc drops (`D_{KL}(q \| p)`); a space after an operator's name (`\log p`).
    macros = [MacroTextSpec("|", "‖"), *(MacroTextSpec(name, f"{name} ") for name in _OPERATORS)]
    context.add_context_category("kb-plain", prepend=True, macros=macros)
    _PLAIN_CONTEXT.append(context)
    logging.getLogger("pylatexenc.latex2text").setLevel(logging.ERROR)  # the fallback above says it
    converter = LatexNodes2Text(latex_context=context, math_mode="text", strict_latex_spaces=False)
    # The parser's table of macros, made once: pylatexenc makes it again for each text (half its time).
    parsing = {"latex_context": latexwalker.get_default_latex_context_db(), "tolerant_parsing": True}
    return lambda tex: converter.latex_to_text(tex, **parsing)


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
