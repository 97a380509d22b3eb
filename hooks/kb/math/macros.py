r"""The macros a page's formulas define (`\newcommand{\R}{\mathbb{R}}`, `\def\vx{\mathbf{x}}`,
`\DeclareMathOperator{\tr}{tr}`), and a formula with those macros written out.

On its own page a note's formulas share MathJax's state, so a macro defined at the top serves every
formula after it (mathml.py typesets them so). A formula quoted elsewhere, without the formula that defined
its macros, is given them written out: `\R^n` becomes `\mathbb{R}^n`, as TeX expands it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hooks.kb.math.rewrites import closing_brace
from hooks.kb.math.tex import find_formulas

DEFINES = re.compile(r"\\(?:def|newcommand|renewcommand|providecommand|DeclareMathOperator)(?![A-Za-z])")
_NEWCOMMAND = re.compile(
    r"\\(?:renew|provide|new)command\*?\s*(?:\{\s*(?P<braced>\\[A-Za-z]+)\s*\}|(?P<bare>\\[A-Za-z]+))"
    r"\s*(?:\[(?P<args>\d)\])?\s*(?P<default>\[)?"
)
_DEF = re.compile(r"\\def\s*(?P<name>\\[A-Za-z]+)(?P<params>(?:#\d)*)\s*(?=\{)")
_OPERATOR = re.compile(r"\\DeclareMathOperator(?P<star>\*?)\s*(?:\{\s*(?P<braced>\\[A-Za-z]+)\s*\}|(?P<bare>\\[A-Za-z]+))\s*(?=\{)")
_CONTROL_WORD = re.compile(r"\\[A-Za-z]+")
_ENDS_IN_CONTROL_WORD = re.compile(r"\\[A-Za-z]+$")
_ROUNDS = 10  # a macro that uses another is written out again; a macro that uses itself stops here

Macros = dict[str, tuple[int, str]]  # `\name` -> (arguments, body with #1...)


def macro_definitions(formulas: Iterable[str]) -> Macros:
    r"""The macros defined in these formulas' TeX, in order (a later definition wins, as in TeX). One with
    an optional argument (`\newcommand{\x}[2][0]{...}`) is left out: it is left to the page that defines it."""
    macros: Macros = {}
    for tex in formulas:
        if not DEFINES.search(tex):
            continue
        for match in _NEWCOMMAND.finditer(tex):
            body = _group(tex, match.end())
            if body is not None and not match.group("default"):
                macros[match.group("braced") or match.group("bare")] = (int(match.group("args") or 0), body[0])
        for match in _DEF.finditer(tex):
            body = _group(tex, match.end())
            if body is not None:
                macros[match.group("name")] = (len(match.group("params")) // 2, body[0])
        for match in _OPERATOR.finditer(tex):
            body = _group(tex, match.end())
            if body is not None:
                macros[match.group("braced") or match.group("bare")] = (0, f"\\operatorname{match.group('star')}{{{body[0]}}}")
    return macros


def written_out(text: str, macros: Macros) -> str:
    """`text` (Markdown) with the macros its formulas use written out, but those it defines itself (the page's
    typesetting gives it those)."""
    formulas = [(start, end, f) for start, end, f in find_formulas(text) if f is not None]
    own = macro_definitions(f.tex for _, _, f in formulas)
    needed = {name: macro for name, macro in macros.items() if name not in own}
    out, pos = [], 0
    for start, end, formula in formulas:
        if any(name in formula.source for name in needed):
            out += [text[pos:start], expand_macros(formula.source, needed)]
            pos = end
    return "".join(out) + text[pos:] if out else text


def expand_macros(tex: str, macros: Macros) -> str:
    """`tex` with each use of these macros written out, arguments put in place of `#1`..."""
    for _ in range(_ROUNDS):
        changed = _expand_once(tex, macros)
        if changed == tex:
            break
        tex = changed
    return tex


def _expand_once(tex: str, macros: Macros) -> str:
    out, pos = [], 0
    for match in _CONTROL_WORD.finditer(tex):
        if match.start() < pos or match.group(0) not in macros:
            continue
        count, body = macros[match.group(0)]
        end, arguments = match.end(), []
        for _ in range(count):
            argument = _argument(tex, end)
            if argument is None:
                break
            arguments.append(argument[0])
            end = argument[1]
        if len(arguments) < count:
            continue  # not a use TeX could expand either: left as written
        for n, argument in enumerate(arguments, 1):
            body = body.replace(f"#{n}", argument)
        before = tex[pos : match.start()]
        if body[:1].isalpha() and _ENDS_IN_CONTROL_WORD.search(before):
            body = " " + body  # `\alpha\x` with `\x` = `a`: `\alpha a`, not `\alphaa`
        if tex[end : end + 1].isalpha() and _ENDS_IN_CONTROL_WORD.search(body):
            body += " "  # `\x y` with `\x` = `\beta`: the space TeX ate after `\x` is needed after `\beta`
        out += [before, body]
        pos = end
    return "".join(out) + tex[pos:] if out else tex


def _argument(tex: str, at: int) -> tuple[str, int] | None:
    """An undelimited argument at `at`: a braced group (its braces dropped), or one token."""
    while at < len(tex) and tex[at] in " \t\n":
        at += 1
    if at >= len(tex) or tex[at] == "}":
        return None
    if tex[at] == "{":
        return _group(tex, at)
    word = _CONTROL_WORD.match(tex, at)
    if word:
        return word.group(0), word.end()
    size = 2 if tex[at] == "\\" and at + 1 < len(tex) else 1
    return tex[at : at + size], at + size


def _group(tex: str, at: int) -> tuple[str, int] | None:
    """The inside of the braced group opening at `at` (spaces before it skipped), and the index after it."""
    while at < len(tex) and tex[at] in " \t\n":
        at += 1
    if at >= len(tex) or tex[at] != "{":
        return None
    end = closing_brace(tex, at + 1)
    return None if end < 0 else (tex[at + 1 : end], end + 1)
