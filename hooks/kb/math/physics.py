r"""The physics package's commands, for a blog whose MathJax loaded it (`loader: {load: ['[tex]/physics']}`,
`packages: {'[+]': ['physics']}`) or a note whose formula loads it (`$\require{physics}$`, MathJax 3): `\abs{x}`, `\norm{x}`, `\qty(..)`, `\dv{f}{x}`, `\pdv{f}{x}{y}`, `\bra{x}`,
`\ket{x}`, `\braket{a}{b}`, `\dd{x}`, `\vb{x}`, `\mqty(..)`, `\tr`, `\order{x}`, ... written out as the TeX
MathJax's physics package draws them, where math-core refused them (`\abs`, `\dv`) or drew another package's
meaning (`\braket{a}{b}` as braket's `<a>b`).

Each command reads its own arguments (a star, an optional `[n]`, one or two braced groups, a delimiter after
`\qty`), which `macros.expand_macros` hands it as an `Expander`. A use it does not read is left as written.
"""

from __future__ import annotations

import re

from hooks.kb.math.macros import Expander, paired_delimiter
from hooks.kb.math.rewrites import group_at, skip_spaces

REQUIRES_PHYSICS = re.compile(r"\\require\s*\{\s*physics\s*\}")

_PAIRS = {"(": ("(", ")"), "[": ("[", "]"), "|": ("|", "|"), "{": ("\\{", "\\}")}
_MATRIX = {"(": "pmatrix", "[": "bmatrix", "|": "vmatrix", "{": "matrix"}


def _optional(tex: str, at: int) -> tuple[str | None, int]:
    at = skip_spaces(tex, at)
    if at < len(tex) and tex[at] == "[":
        close = tex.find("]", at)
        if close > 0:
            return tex[at + 1 : close], close + 1
    return None, at


def _star(tex: str, at: int) -> tuple[bool, int]:
    at = skip_spaces(tex, at)
    return (True, at + 1) if tex[at : at + 1] == "*" else (False, at)


def _groups(tex: str, at: int, most: int) -> tuple[list[str], int]:
    found: list[str] = []
    while len(found) < most and (group := group_at(tex, at)) is not None:
        found.append(group[0])
        at = group[1]
    return found, at


def _delimited(tex: str, at: int) -> tuple[str, str, int] | None:
    """`(..)`, `[..]`, `|..|` or `{..}` at `at`: its opening character, its inside and the index after it."""
    at = skip_spaces(tex, at)
    if at >= len(tex) or tex[at] not in _PAIRS:
        return None
    if tex[at] == "{":
        group = group_at(tex, at)
        return None if group is None else ("{", group[0], group[1])
    closing, depth = _PAIRS[tex[at]][1], 0
    for pos in range(at + 1, len(tex)):
        char = tex[pos]
        if tex[pos - 1] == "\\":
            continue
        if char == closing and depth == 0:
            return tex[at], tex[at + 1 : pos], pos + 1
        if char in "({[" and closing != "|":
            depth += 1
        elif char in ")}]" and closing != "|":
            depth -= 1
    return None


def _qty(tex: str, at: int) -> tuple[str, int] | None:
    sized, at = _star(tex, at)
    found = _delimited(tex, at)
    if found is None:
        return None
    opening, inside, end = found
    left, right = _PAIRS[opening]
    return (f"{left}{inside}{right}" if sized else f"\\left{left}{inside}\\right{right}"), end


def _matrix(kind: str | None) -> Expander:
    def expand(tex: str, at: int) -> tuple[str, int] | None:
        found = _delimited(tex, at)
        if found is None:
            return None
        opening, inside, end = found
        name = kind or _MATRIX[opening]
        return f"\\begin{{{name}}}{inside}\\end{{{name}}}", end

    return expand


def _derivative(mark: str) -> Expander:
    def expand(tex: str, at: int) -> tuple[str, int] | None:
        order, at = _optional(tex, at)
        parts, end = _groups(tex, at, 3 if mark == "\\partial" else 2)
        if not parts:
            return mark, at  # `\dv` alone: the d
        power = f"^{{{order}}}" if order else ""
        if len(parts) == 1:  # `\dv{x}`: the operator d/dx
            return f"\\frac{{{mark}{power}}}{{{mark} {parts[0]}{power}}}", end
        if len(parts) == 3:  # `\pdv{f}{x}{y}`: a mixed partial derivative
            return f"\\frac{{{mark}^{{2}} {parts[0]}}}{{{mark} {parts[1]} {mark} {parts[2]}}}", end
        return f"\\frac{{{mark}{power} {parts[0]}}}{{{mark} {parts[1]}{power}}}", end

    return expand


def _fixed(body: str, count: int = 0) -> Expander:
    """A command of `count` braced arguments, written out as `body` with `#1`..."""

    def expand(tex: str, at: int) -> tuple[str, int] | None:
        if count:
            _, at = _star(tex, at)  # `\bra*{x}`: the same, not grown (the letters' size is the common case)
        parts, end = _groups(tex, at, count)
        if len(parts) < count:
            return None
        out = body
        for n, part in enumerate(parts, 1):
            out = out.replace(f"#{n}", part)
        return out, end

    return expand


def _dd(tex: str, at: int) -> tuple[str, int] | None:
    power, at = _optional(tex, at)
    mark = f"\\mathrm{{d}}^{{{power}}}" if power else "\\mathrm{d}"
    group = group_at(tex, at)
    return (f"{mark}{group[0]}", group[1]) if group else (f"{mark} ", at)


def _braket(tex: str, at: int) -> tuple[str, int] | None:
    parts, end = _groups(tex, at, 2)
    if not parts:
        return None
    right = parts[1] if len(parts) == 2 else parts[0]
    return f"\\left\\langle {parts[0]} \\middle\\vert {right} \\right\\rangle", end


def _eval(tex: str, at: int) -> tuple[str, int] | None:
    found = _delimited(tex, at)
    if found is None:
        return None
    _, inside, end = found
    return f"\\left. {inside} \\right\\vert", end


def _operator(name: str) -> Expander:
    return _fixed(f"\\operatorname{{{name}}}")


PHYSICS: dict[str, Expander] = {
    "\\abs": paired_delimiter("\\lvert", "\\rvert", grows_unstarred=True),
    "\\norm": paired_delimiter("\\lVert", "\\rVert", grows_unstarred=True),
    "\\qty": _qty,
    "\\dv": _derivative("\\mathrm{d}"),
    "\\pdv": _derivative("\\partial"),
    "\\dd": _dd,
    "\\bra": _fixed("\\left\\langle #1 \\right\\vert", 1),
    "\\ket": _fixed("\\left\\vert #1 \\right\\rangle", 1),
    "\\braket": _braket,
    "\\expval": _fixed("\\left\\langle #1 \\right\\rangle", 1),
    "\\mel": _fixed("\\left\\langle #1 \\middle\\vert #2 \\middle\\vert #3 \\right\\rangle", 3),
    "\\comm": _fixed("\\left[ #1, #2 \\right]", 2),
    "\\order": _fixed("\\mathcal{O}\\left( #1 \\right)", 1),
    "\\eval": _eval,
    "\\vb": _fixed("\\mathbf{#1}", 1),
    "\\vu": _fixed("\\hat{\\mathbf{#1}}", 1),
    "\\va": _fixed("\\vec{\\mathrm{#1}}", 1),
    "\\vdot": _fixed("\\cdot"),
    "\\cross": _fixed("\\times"),
    "\\grad": _fixed("\\nabla"),
    "\\div": _fixed("\\nabla\\cdot"),  # physics redefines it: the divergence, not ÷
    "\\curl": _fixed("\\nabla\\times"),
    "\\laplacian": _fixed("\\nabla^{2}"),
    "\\mqty": _matrix(None),
    "\\pmqty": _matrix("pmatrix"),
    "\\bmqty": _matrix("bmatrix"),
    "\\vmqty": _matrix("vmatrix"),
    "\\tr": _operator("tr"),
    "\\Tr": _operator("Tr"),
    "\\rank": _operator("rank"),
    "\\erf": _operator("erf"),
    "\\Res": _operator("Res"),
}
