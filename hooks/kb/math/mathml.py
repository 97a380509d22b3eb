r"""TeX to MathML Core at build time with math-core: browsers draw MathML with no script and no network.

Each formula is first rewritten (`rewrites.rewrite`) where math-core refuses TeX that MathJax accepts;
what math-core still refuses is an error, shown as the source in an error style and warned about. A
page's formulas are typeset one by one, except those that share the page's state as MathJax's document
does: equation numbers (`align`, `equation`, `\tag`), `\label` with `\eqref` and `\ref`, and macros a
formula defines for the ones after it (`\newcommand`, `\def`). Those are typeset together, in page order.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from math_core import LatexError, LatexToMathML

from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.math.rewrites import ALIASES, HEX_COLOR, NUMBERED_ENVIRONMENTS, rewrite, with_arguments
from hooks.kb.math.tex import Formula, holds_korean_words

_OPTIONS = {"macros": ALIASES, "fancy_error": False, "allow_unreliable_rendering": True}
_ONE = LatexToMathML(**_OPTIONS)
_PAGE = LatexToMathML(**_OPTIONS, continue_on_error=True, global_group=True)
# How math-core's page typesetting shows a formula it refused: inline in a <span>, display in a <p>
_ERROR_START = re.compile(r'<(?:span|p) class="math-core-error" title="(?P<title>[^"]*)"')
_POSITION = re.compile(r"^(?:input\d+:)?\d+: ")
# What makes a formula depend on the others of its page.
_STATEFUL = re.compile(
    r"\\(?:tag|label|eqref|ref|def|newcommand|renewcommand|DeclareMathOperator)\b"
    rf"|\\begin\{{(?:{NUMBERED_ENVIRONMENTS})\}}"
)
_DEFINES = re.compile(r"\\(?:def|newcommand|renewcommand|DeclareMathOperator)\b")
_REF = re.compile(r"\\ref\s*\{([^{}]*)\}")
_UNRESOLVED = re.compile(r'<a href="#[^"]*">\(\?\?\)</a>')
# `\Big)^2`: a sized delimiter as the base of a script. Chromium stretches an <mo> to its minsize only in a
# row, so the bare base drew at text size; wrapped in <mrow> it keeps the size MathJax gives it.
_SIZED_BASE = re.compile(r"(?P<open><(?:msup|msub|msubsup)>)(?P<mo><mo [^>]*minsize=[^>]*>[^<]*</mo>)")
# A table cell that opens with an operator. Chromium takes a cell holding one <mo> and text (space-like) as a
# single embellished operator and puts no space around it (`&=\text{input channels}`: "c=input channels"),
# and draws an opening `+` as a prefix sign. amsmath opens the cells after `&` of align-type rows with `{}`
# and MathJax 3 with an empty <mi> (its `fixInitialMO`), so `&=` and `&+` are spaced as a relation and a
# binary operator: an empty <mi> does the same here, in every cell of an aligned row but its first (math-core
# marks those cells by the padding it takes off), and after a `{}` the note wrote itself (an empty <mrow>,
# which is space-like). Other tables (array, cases, gather) get it before a relation that more of the cell
# follows, which Chromium otherwise spaces only when no text follows.
_CELL_OPENING = re.compile(
    r'(?P<before><mtr>(?:<mtd style="width: [\d.]+%"></mtd>)?|</mtd>)<mtd(?: style="(?P<style>[^"]*)")?>'
    r"(?=(?P<braces>(?:<mrow></mrow>)*)(?:<m(?:over|under|underover|sub|sup|subsup)>)?<mo(?: [^>]*)?>"
    r"(?P<op>[^<]*)</mo>(?P<alone></mtd>)?)"
)
_ALIGNED_CELL = frozenset(
    (
        "text-align: right;justify-items: end;padding-right: 0;",
        "text-align: left;justify-items: start;padding-left: 0;",
    )
)
# TeX's relations as math-core writes them (the arrows come from their Unicode blocks)
_RELATIONS = frozenset("=<>:≤≥≦≧⩽⩾≠≈≉≊≡≢∼≁≃≄≅≆≇≍≐≑≒≓≔≕≖≗≜≝≞≟∝∈∉∋∌⊂⊃⊄⊅⊆⊇⊈⊉⊊⊋⊏⊐⊑⊒≺≻≼≽⪯⪰≪≫⋘⋙≲≳≶≷∣∤∥∦⊥⊢⊣⊨⊩⊪⋈⊲⊳⊴⊵")


def _is_relation(op: str) -> bool:
    first = ord(op[0]) if op else 0
    return op in _RELATIONS or 0x2190 <= first <= 0x21FF or 0x27F0 <= first <= 0x297F


# `\vec{y}`: math-core's accent is the combining arrow U+20D7, which has no width of its own and Chromium
# draws to the left of the letter; a right arrow at 70% is centered over it, the size MathJax draws.
_VEC_ACCENT = '<mo stretchy="false">\u20d7</mo>'
_VEC_ARROW = '<mo stretchy="false" mathsize="70%">\u2192</mo>'
# Named colors that stand in for `\color{#hex}` (math-core knows names only) and for a name math-core does not
# know, and what math-core writes for them.
_STAND_INS = (
    ("Apricot", "#FFB882"),
    ("Melon", "#FF9D7B"),
    ("Periwinkle", "#6A7ABF"),
    ("Mahogany", "#B4321E"),
)
# `\color{navy}`, `\textcolor{green}{x}`: MathJax's color table holds dvips' names (`RoyalBlue`), and MathJax gives
# any other name to CSS as written: `green` is CSS's dark green, `navy` navy, `\color{a}` no color (the browser
# ignores it). math-core knows xcolor's names only (its `green` the bright #00FF00, hard to read on white): a name
# it lacks takes a stand-in, and a lowercase name it knows is put back as the name after typesetting.
_NAMED_COLOR = re.compile(r"\\(?P<cmd>color|textcolor)\s*\{\s*(?P<name>[A-Za-z]+)\s*\}")
_DRAWN_COLOR = re.compile(r'style="color:(?P<value>[^;"]*);')


# `\tag*{note: $E[x]$}`: MathJax reads a tag as text holding math; math-core takes a tag of plain letters only.
# Such a tag is typeset with a stand-in name, which the tag's text and math replace in the MathML.
_TAG_OPENING = re.compile(r"\\tag\*?\s*\{")
_TAG_STAND_IN = "kbmathtag{}"
_TAG_DRAWN = re.compile(r"<mtext>(?P<open>\(?)kbmathtag(?P<n>\d+)(?P<close>\)?)</mtext>")


@dataclass(frozen=True)
class Prepared:
    """A formula's TeX as math-core is given it, and what goes back into its MathML after typesetting."""

    tex: str
    colors: tuple[str, ...] = ()  # hex or names math-core lacks, in stand-in order
    tags: tuple[str, ...] = ()  # tags holding math (`note: $E[x]$`), in stand-in order


@dataclass(frozen=True)
class Typeset:
    html: str  # MathML; empty (to_mathml) or the source in the error style (typeset_page) on an error
    error: str | None = None


# Each distinct formula is typeset once a build (hooks/formulas.py typesets a note's formulas in on_files,
# to report bad TeX, and again as its page is written) and kept for the next build under `mkdocs serve`.
# Keyed by TeX, not by note: one formula in many notes is one entry. Formulas typeset together are keyed by
# all of their TeX. Not in the build cache: math-core typesets a formula in about 7 µs, faster than the
# cache reads one back.
TYPESET = BuildMemo()


def to_mathml(tex: str, display: bool) -> Typeset:
    """`<math>` for `tex` alone, or the reason it is not TeX that can be typeset."""
    return TYPESET.get((tex, display), lambda: _to_mathml(tex, display))


def _to_mathml(tex: str, display: bool) -> Typeset:
    prepared = _prepared(tex, display)
    try:
        mathml = _ONE.convert_with_local_state(prepared.tex, displaystyle=display)
    except LatexError as exc:
        return Typeset("", _message(str(exc)))
    return Typeset(_finished(mathml, tex, prepared))


def typeset_page(formulas: Sequence[Formula]) -> tuple[Typeset, ...]:
    """What goes in the page for each of a page's formulas, in order: MathML, or the formula's source
    (delimiters too) in the error style."""
    shared = _shared(formulas)
    done = {}
    if shared:
        key = tuple((f.tex, f.display) for f in shared)
        done = dict(zip(map(id, shared), TYPESET.get(key, lambda: _typeset_together(shared)), strict=True))
    out = []
    for formula in formulas:
        if formula.problem is not None:
            out.append(Typeset(error_html(formula, formula.problem), formula.problem))
            continue
        result = done.get(id(formula)) if done else None
        if result is None:
            result = to_mathml(formula.tex, formula.display)
        out.append(
            result if result.error is None else Typeset(error_html(formula, result.error), result.error)
        )
    return tuple(out)


def _shared(formulas: Sequence[Formula]) -> list[Formula]:
    """The formulas that must be typeset together: those that number, label, refer or define, and, once a
    formula defines a macro, every formula after it."""
    shared, defined = [], False
    for formula in formulas:
        if formula.problem is not None:
            continue
        defined = defined or bool(_DEFINES.search(formula.tex))
        if defined or _STATEFUL.search(formula.tex):
            shared.append(formula)
    return shared


def _typeset_together(formulas: Sequence[Formula]) -> tuple[Typeset, ...]:
    prepared = [_prepared(f.tex, f.display) for f in formulas]
    snippets = [(_REF.sub(r"\\eqref{\1}", p.tex), f.display) for p, f in zip(prepared, formulas, strict=True)]
    out = []
    for mathml, formula, done in zip(_PAGE.convert_all(snippets), formulas, prepared, strict=True):
        if refused := _ERROR_START.match(mathml):
            out.append(Typeset("", _message(html.unescape(refused["title"]))))
            continue
        for label in _REF.findall(done.tex):  # \ref is the number alone, \eqref the number in parentheses
            mathml = re.sub(rf'(<a href="#{re.escape(label)}">)\((.*?)\)</a>', r"\1\2</a>", mathml)
        out.append(Typeset(_finished(mathml, formula.tex, done)))
    return tuple(out)


def _prepared(tex: str, display: bool) -> Prepared:
    """`tex` rewritten for math-core, with the colors (hex, or names math-core lacks) and the tags holding
    math whose stand-ins it holds."""
    tex = rewrite(tex, display)
    tags: list[str] = []
    if "\\tag" in tex and "$" in tex:
        tex, tags = _tags_holding_math(tex)
    colors: list[str] = []
    if "\\color" in tex or "\\textcolor" in tex:

        def stand_in(match: re.Match, value: str) -> str:
            if value not in colors:
                colors.append(value)
            name = _STAND_INS[min(colors.index(value), len(_STAND_INS) - 1)][0]
            return f"\\{match.group('cmd')}{{{name}}}"

        def hex_value(match: re.Match) -> str:
            value = match.group("hex")
            return "#" + (value if len(value) == 6 else "".join(c * 2 for c in value)).upper()

        if "#" in tex:
            tex = HEX_COLOR.sub(lambda match: stand_in(match, hex_value(match)), tex)
        tex = _NAMED_COLOR.sub(
            lambda match: match.group(0) if _drawn_color(match["name"]) else stand_in(match, match["name"]), tex
        )
    return Prepared(tex, tuple(colors), tuple(tags))


def _tags_holding_math(tex: str) -> tuple[str, list[str]]:
    """`tex` with each `\\tag{..}` whose text holds `$..$` named by a stand-in, and those tags' text."""
    tags: list[str] = []

    def stand_in(match: re.Match, text: str) -> str | None:
        if "$" not in text:
            return None
        tags.append(text)
        return f"{match.group(0)}{_TAG_STAND_IN.format(len(tags) - 1)}}}"

    return with_arguments(tex, _TAG_OPENING, stand_in), tags


def _tag_mathml(text: str) -> str:
    """A tag's text as MathJax draws it: text, and the math between its dollars typeset inline."""
    parts = []
    for n, piece in enumerate(text.split("$")):
        if n % 2 == 0:
            if piece:  # its spaces kept beside the math, as MathJax keeps them (a browser trims an <mtext>'s ends)
                parts.append(f"<mtext>{html.escape(piece, quote=False).replace(' ', chr(0xA0))}</mtext>")
            continue
        typeset = to_mathml(piece, False)  # as any inline formula: its colours and the memo too
        inner = typeset.html if typeset.error is None else f"<math><mtext>${html.escape(piece, quote=False)}$</mtext></math>"
        parts.append("<mrow>" + inner[inner.index(">") + 1 : inner.rindex("</math>")] + "</mrow>")
    return "".join(parts)


@functools.cache
def _drawn_color(name: str) -> str | None:
    """The CSS color math-core writes for the color `name`, or None if it does not know the name."""
    try:
        drawn = _DRAWN_COLOR.search(_ONE.convert_with_local_state(f"\\color{{{name}}}x", displaystyle=False))
    except LatexError:
        return None
    return drawn["value"] if drawn else None


def _finished(mathml: str, tex: str, prepared: Prepared) -> str:
    """math-core's `<math>` with its TeX as alttext (screen readers without MathML read it, and a reader can
    copy it), colors put back, references to no label left as text, sized delimiters under a script
    kept at their size, an operator that opens a table cell spaced as MathJax spaces it and `\\vec`'s
    arrow centered."""
    if "color" in tex:  # `\color{green}`: CSS's green, as MathJax draws it, not xcolor's (before the stand-ins:
        # `\color{#800080}` is no `violet`)
        for name in {m["name"] for m in _NAMED_COLOR.finditer(tex) if m["name"].islower()}:
            if (written := _drawn_color(name)) is not None:
                mathml = mathml.replace(f"color:{written};", f"color:{name};")
    for (_, written), color in zip(_STAND_INS, prepared.colors, strict=False):
        mathml = mathml.replace(f"color:{written};", f"color:{color};")
    if "(??)" in mathml:
        mathml = _UNRESOLVED.sub("(??)", mathml)
    if "minsize" in mathml:
        mathml = _SIZED_BASE.sub(r"\g<open><mrow>\g<mo></mrow>", mathml)
    if "<mtd" in mathml:
        mathml = _CELL_OPENING.sub(_opened, mathml)
    if "\u20d7" in mathml:
        mathml = mathml.replace(_VEC_ACCENT, _VEC_ARROW)
    if prepared.tags:
        mathml = _TAG_DRAWN.sub(lambda m: _tag_drawn(m, prepared.tags), mathml)
    return f'<math alttext="{html.escape(tex)}"{mathml.removeprefix("<math")}'


def _tag_drawn(match: re.Match, tags: tuple[str, ...]) -> str:
    drawn = _tag_mathml(tags[int(match["n"])])
    return f"<mtext>(</mtext>{drawn}<mtext>)</mtext>" if match["open"] else drawn


def _opened(match: re.Match) -> str:
    aligned = match.group("style") in _ALIGNED_CELL and match.group("before") == "</mtd>"
    relation = _is_relation(match.group("op")) and not match.group("alone")
    return match.group(0) + "<mi></mi>" if aligned or relation or match.group("braces") else match.group(0)


def _message(error: str) -> str:
    return _POSITION.sub("", error.strip())


def error_html(formula: Formula, error: str) -> str:
    """The formula's source, shown where the math would be, in the error style of kb.css."""
    classes = "kb-math-error kb-math-error--display" if formula.display else "kb-math-error"
    title = html.escape(f"수식을 그릴 수 없습니다: {error}")
    return f'<span class="{classes}" title="{title}">{html.escape(formula.source, quote=False)}</span>'


def formula_errors(formulas: Sequence[Formula], raw: str) -> list[tuple[int, str, str]]:
    """(line in `raw`, what, what was done) for each formula that cannot be typeset, or that holds Korean
    words a missing `$` left inside it; `raw` is the file as written."""
    errors, cursor = [], 0
    for formula, done in zip(formulas, typeset_page(formulas), strict=True):
        found = raw.find(formula.source, cursor)
        if found >= 0:
            cursor = found + len(formula.source)
        if done.error is None and not holds_korean_words(formula):
            continue
        line = raw.count("\n", 0, found) + 1 if found >= 0 else formula.line
        shown = formula.source if len(formula.source) <= 60 else formula.source[:57] + "..."
        if done.error is not None:
            errors.append((line, f"formula {shown} cannot be typeset ({done.error})", "shown as its source"))
        else:
            errors.append(
                (
                    line,
                    f"formula {shown} holds Korean words outside \\text{{}}: a '$' may be missing",
                    "typeset as written, paired as MathJax pairs it",
                )
            )
    return errors
