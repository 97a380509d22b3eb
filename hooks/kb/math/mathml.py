r"""TeX to MathML at build time with latex2mathml: browsers render MathML with no script and no network.

latex2mathml is lenient: an unknown macro comes out as the text `\foo`, a stray `}` as a symbol. Those
are errors here, so that the reader sees the source in an error style instead of wrong math.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, tostring
from xml.sax.saxutils import unescape

from latex2mathml.converter import convert_to_element

from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.math.tex import Formula
from hooks.kb.posts.report import Problem

_UNKNOWN_MACRO = re.compile(r">(\\[A-Za-z]+)<")
_MISPLACED_AMPERSAND = re.compile(r"<mi>&</mi>")
_BRACE = re.compile(r"\\.|[{}]", re.S)
# MathML Core: these are operators when their first child is (a `<mrow>` around one of them is kept).
_EMBELLISHING = {
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mmultiscripts",
    "mfrac",
    "mstyle",
    "mpadded",
    "mphantom",
    "mrow",
}


@dataclass(frozen=True)
class Typeset:
    html: str  # MathML; empty (to_mathml) or the source in the error style (typeset) on an error
    error: str | None = None


def unbalanced_braces(tex: str) -> str | None:
    depth = 0
    for match in _BRACE.finditer(tex):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                return "a '}' closes no '{'"
    return f"{depth} '{{' never closed" if depth else None


# Each distinct formula is typeset once a build (hooks/formulas.py typesets a note's formulas in on_files,
# to report bad TeX, and again as its page is written) and kept for the next build under `mkdocs serve`.
# Keyed by TeX, not by note: one formula in many notes is one entry. An LRU of 4096 entries was emptied
# between on_files and the pages from about 1200 notes on, and every formula was typeset twice.
TYPESET = BuildMemo()


def to_mathml(tex: str, display: bool) -> Typeset:
    """`<math>` for `tex`, or the reason it is not TeX that can be typeset."""
    return TYPESET.get((tex, display), lambda: _to_mathml(tex, display))


def _to_mathml(tex: str, display: bool) -> Typeset:
    error = unbalanced_braces(tex)
    if error is None:
        try:
            mathml = _lighter(convert_to_element(tex, display="block" if display else "inline"))
        except Exception as exc:  # latex2mathml raises its own errors, and IndexError etc. on odd input
            error = f"{type(exc).__name__}{': ' + str(exc) if str(exc) else ''}"
        else:
            if unknown := _UNKNOWN_MACRO.search(mathml):
                error = f"unknown macro {unknown.group(1)}"
            elif _MISPLACED_AMPERSAND.search(mathml):
                error = "'&' outside an alignment environment"
            else:
                return Typeset(_with_alttext(mathml, tex))
    return Typeset("", error)


def error_html(source: str, display: bool, error: str) -> str:
    """The formula's source, shown where the math would be, in the error style of kb.css."""
    classes = "kb-math-error kb-math-error--display" if display else "kb-math-error"
    title = html.escape(f"수식을 그릴 수 없습니다: {error}")
    return f'<span class="{classes}" title="{title}">{html.escape(source, quote=False)}</span>'


def _lighter(math: Element) -> str:
    """latex2mathml's `<math>` as it renders in HTML, with less to send and parse: no `xmlns` (HTML puts
    `<math>` in the MathML namespace), no `display="inline"` (the default), no `<mrow>` around one child."""
    del math.attrib["xmlns"]
    if math.attrib.get("display") == "inline":
        del math.attrib["display"]
    _unwrap_single_rows(math)
    return unescape(tostring(math, encoding="unicode"))  # what latex2mathml's convert() does


def _unwrap_single_rows(element: Element) -> None:
    for index, child in enumerate(element):
        # An `<mrow>` around an operator stays: in `{-}` it is what keeps TeX's spacing of an ordinary.
        while (
            child.tag == "mrow"
            and len(child) == 1
            and not child.attrib
            and not (child.text or child[0].tail)
            and not _embellished_operator(child[0])
        ):
            only = child[0]
            only.tail = child.tail
            element[index] = child = only
        _unwrap_single_rows(child)


def _embellished_operator(element: Element) -> bool:
    if element.tag == "mo":
        return True
    return element.tag in _EMBELLISHING and len(element) > 0 and _embellished_operator(element[0])


def _with_alttext(mathml: str, tex: str) -> str:
    # The TeX stays with the math: screen readers without MathML support read it, and a reader can copy it.
    return f'<math alttext="{html.escape(tex)}"{mathml.removeprefix("<math")}'


def typeset(formula: Formula) -> Typeset:
    """What goes in the page for `formula`: MathML, or its source (delimiters too) in the error style."""
    if formula.problem is None:
        done = to_mathml(formula.tex, formula.display)
        if done.error is None:
            return done
        error = done.error
    else:
        error = formula.problem
    return Typeset(error_html(formula.source, formula.display, error), error)


def formula_problems(formulas: list[Formula] | tuple[Formula, ...], path: str, raw: str) -> list[Problem]:
    """A warning for each formula that cannot be typeset, at its line in `raw`, the file as written."""
    problems, cursor = [], 0
    for formula in formulas:
        error = typeset(formula).error
        found = raw.find(formula.source, cursor)
        if found >= 0:
            cursor = found + len(formula.source)
        if error is None:
            continue
        line = raw.count("\n", 0, found) + 1 if found >= 0 else formula.line
        shown = formula.source if len(formula.source) <= 60 else formula.source[:57] + "..."
        problems.append(
            Problem(path, line, f"formula {shown} cannot be typeset ({error})", "shown as its source")
        )
    return problems
