r"""The macros a page's formulas define (`\newcommand{\R}{\mathbb{R}}`, `\def\vx{\mathbf{x}}`,
`\DeclareMathOperator{\tr}{tr}`, mathtools' `\DeclarePairedDelimiter{\abs}{\lvert}{\rvert}`), and a formula
with those macros written out.

On its own page a note's formulas share MathJax's state, so a macro defined at the top serves every
formula after it (mathml.py typesets them so). A formula quoted elsewhere, without the formula that defined
its macros, is given them written out: `\R^n` becomes `\mathbb{R}^n`, as TeX expands it. A paired delimiter,
which math-core does not know, is written out on its own page too (`\abs{x}` as `\lvert x\rvert`, `\abs*{x}`
grown to fit, `\abs[\big]{x}` at that size: mathtools' forms, which MathJax autoloads), and its declaration
is dropped (rewrites.py).

A macro is `(arguments, body)`, or an `Expander`: a command that reads its own arguments (a star, an
optional argument), as a paired delimiter and the physics package's commands (physics.py) do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hooks.kb.math.rewrites import argument_at, group_at, paired_delimiters, skip_spaces
from hooks.kb.math.tex import find_formulas

DEFINES = re.compile(
    r"\\(?:def|newcommand|renewcommand|providecommand|DeclareMathOperator|DeclarePairedDelimiter)(?![A-Za-z])"
)
_NEWCOMMAND = re.compile(
    r"\\(?:renew|provide|new)command\*?\s*(?:\{\s*(?P<braced>\\[A-Za-z]+)\s*\}|(?P<bare>\\[A-Za-z]+))"
    r"\s*(?:\[(?P<args>\d)\])?\s*(?P<default>\[)?"
)
_DEF = re.compile(r"\\def\s*(?P<name>\\[A-Za-z]+)(?P<params>(?:#\d)*)\s*(?=\{)")
_OPERATOR = re.compile(r"\\DeclareMathOperator(?P<star>\*?)\s*(?:\{\s*(?P<braced>\\[A-Za-z]+)\s*\}|(?P<bare>\\[A-Za-z]+))\s*(?=\{)")
_CONTROL_WORD = re.compile(r"\\[A-Za-z]+")
_ENDS_IN_CONTROL_WORD = re.compile(r"\\[A-Za-z]+$")
_ROUNDS = 10  # a macro that uses another is written out again; a macro that uses itself stops here

# Reads a command's arguments in `tex` from `at` (just after its name): what it stands for and the index
# after what it read, or None for a use it does not read (left as written).
Expander = Callable[[str, int], "tuple[str, int] | None"]
Macros = dict[str, "tuple[int, str] | Expander"]  # `\name` -> (arguments, body with #1...), or an Expander


def paired_delimiter(left: str, right: str, grows_unstarred: bool = False) -> Expander:
    r"""mathtools' paired delimiter: `\abs{x}` the pair at the letters' size, `\abs*{x}` grown to fit
    (`\left`/`\right`), `\abs[\big]{x}` at that size. The physics package's `\abs` and `\norm` grow
    unless starred (`grows_unstarred`)."""

    def expand(tex: str, at: int) -> tuple[str, int] | None:
        at = skip_spaces(tex, at)
        starred = tex[at : at + 1] == "*"
        at = skip_spaces(tex, at + starred)
        size = ""
        if tex[at : at + 1] == "[" and (close := tex.find("]", at)) > 0:
            size, at = tex[at + 1 : close].strip(), close + 1
        argument = group_at(tex, at)
        if argument is None:
            return None
        inside, end = argument
        if size:
            return f"{size}l{left} {inside} {size}r{right}", end
        if starred != grows_unstarred:
            return f"\\left{left} {inside} \\right{right}", end
        return f"{left} {inside} {right}", end

    return expand


def macro_definitions(formulas: Iterable[str]) -> Macros:
    r"""The macros defined in these formulas' TeX, in order (a later definition wins, as in TeX). One with
    an optional argument (`\newcommand{\x}[2][0]{...}`) is left out: it is left to the page that defines it."""
    macros: Macros = {}
    for tex in formulas:
        if not DEFINES.search(tex):
            continue
        for match in _NEWCOMMAND.finditer(tex):
            body = group_at(tex, match.end())
            if body is not None and not match.group("default"):
                macros[match.group("braced") or match.group("bare")] = (int(match.group("args") or 0), body[0])
        for match in _DEF.finditer(tex):
            body = group_at(tex, match.end())
            if body is not None:
                macros[match.group("name")] = (len(match.group("params")) // 2, body[0])
        for match in _OPERATOR.finditer(tex):
            body = group_at(tex, match.end())
            if body is not None:
                macros[match.group("braced") or match.group("bare")] = (0, f"\\operatorname{match.group('star')}{{{body[0]}}}")
        for declared in paired_delimiters(tex):
            macros[declared.name] = paired_delimiter(declared.left, declared.right)
    return macros


def written_out(text: str, macros: Macros) -> str:
    """`text` (Markdown) with the macros its formulas use written out, but those it defines itself (the page's
    typesetting gives it those), except the paired delimiters it declares, which math-core does not know."""
    formulas = [(start, end, f) for start, end, f in find_formulas(text) if f is not None]
    own = macro_definitions(f.tex for _, _, f in formulas)
    needed = {name: macro for name, macro in macros.items() if name not in own}
    needed |= {name: macro for name, macro in own.items() if callable(macro)}
    out, pos = [], 0
    for start, end, formula in formulas:
        if any(name in formula.source for name in needed):
            out += [text[pos:start], _expanded_around_declarations(formula.source, needed)]
            pos = end
    return "".join(out) + text[pos:] if out else text


def _expanded_around_declarations(tex: str, macros: Macros) -> str:
    """`expand_macros` on `tex` but its paired-delimiter declarations, kept as written: the name a declaration
    gives (`\\DeclarePairedDelimiter\\abs{\\lvert}{\\rvert}`) is no use of it."""
    out, pos = [], 0
    for declared in paired_delimiters(tex) if "\\DeclarePairedDelimiter" in tex else ():
        out += [expand_macros(tex[pos : declared.start], macros), tex[declared.start : declared.end]]
        pos = declared.end
    return "".join(out) + expand_macros(tex[pos:], macros)


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
        macro = macros[match.group(0)]
        if callable(macro):
            expanded = macro(tex, match.end())
            if expanded is None:
                continue
            body, end = expanded
            out += [tex[pos : match.start()], _spaced(tex[pos : match.start()], body, tex[end : end + 1])]
            pos = end
            continue
        count, body = macro
        end, arguments = match.end(), []
        for _ in range(count):
            argument = argument_at(tex, end)
            if argument is None:
                break
            arguments.append(argument[0])
            end = argument[1]
        if len(arguments) < count:
            continue  # not a use TeX could expand either: left as written
        for n, argument in enumerate(arguments, 1):
            body = body.replace(f"#{n}", argument)
        before = tex[pos : match.start()]
        out += [before, _spaced(before, body, tex[end : end + 1])]
        pos = end
    return "".join(out) + tex[pos:] if out else tex


def _spaced(before: str, body: str, after: str) -> str:
    if body[:1].isalpha() and _ENDS_IN_CONTROL_WORD.search(before):
        body = " " + body  # `\alpha\x` with `\x` = `a`: `\alpha a`, not `\alphaa`
    if after.isalpha() and _ENDS_IN_CONTROL_WORD.search(body):
        body += " "  # `\x y` with `\x` = `\beta`: the space TeX ate after `\x` is needed after `\beta`
    return body
