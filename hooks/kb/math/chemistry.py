r"""mhchem's `\ce{..}` (which MathJax autoloads, and math-core does not know) as plain TeX, for the forms study
notes write: formulas with their counts, charges and states, coefficients, hydrates, isotopes, bonds, `+`,
gas and precipitate marks, and the reaction arrows with what is written over and under them.

`\ce{2H2 + O2 -> 2H2O}`: `2\,\mathrm{H_{2}} + \mathrm{O_{2}} \longrightarrow 2\,\mathrm{H_{2}O}`.

`reaction` gives None for a `\ce` it does not read whole; it is then left as written, so it is shown as an
error with its source and warned about, never drawn half right.
"""

from __future__ import annotations

import re

_ARROW = re.compile(
    r"(?P<arrow><=>>|<<=>|<=>|<-->|<->|->|<-)(?:\[(?P<above>[^\[\]]*)\])?(?:\[(?P<below>[^\[\]]*)\])?$"
)
# each arrow alone, and with text over or under it
_ARROWS = {
    "->": (r"\longrightarrow", r"\xrightarrow"),
    "<-": (r"\longleftarrow", r"\xleftarrow"),
    "<->": (r"\longleftrightarrow", r"\xleftrightarrow"),
    "<-->": (r"\longleftrightarrow", r"\xleftrightarrow"),
    "<=>": (r"\rightleftharpoons", r"\xrightleftharpoons"),
    "<=>>": (r"\rightleftharpoons", r"\xrightleftharpoons"),
    "<<=>": (r"\rightleftharpoons", r"\xrightleftharpoons"),
}
_COEFFICIENT = re.compile(r"(?P<n>\d+/\d+|\d*\.\d+|\d+|[a-z])(?=[A-Z(\[^]|$)")
_PART = re.compile(
    r"(?P<element>[A-Z][a-z]?)|(?P<count>\d+)|(?P<state>\((?:aq|s|l|g|sol|cr)\)$)|(?P<group>[()\[\]])"
    r"|\^(?P<charge>\{[^{}]*\}|\d*[+-]|[+-]?\d+)|(?P<trailing>\d*[+-]+)$"
    r"|_(?P<sub>\{[^{}]*\}|[a-z0-9])|(?P<bond>[-=#](?=[A-Z(\[]))|(?P<dot>[*.·])"
)
_TOKEN = re.compile(r"\$[^$]*\$|(?:[^\s\[$]|\[[^\]]*\])+")  # split at spaces, but not inside [..] or $..$
_BONDS = {"-": "{-}", "=": "{=}", "#": r"{\equiv}"}


def reaction(text: str) -> str | None:
    """A `\\ce` argument as TeX, or None where it holds what this reading does not cover."""
    done = []
    for token in _TOKEN.findall(text):
        if token.startswith("$") or re.fullmatch(r"\\[A-Za-z]+", token):  # math, or a TeX command
            done.append(token.strip("$"))
        elif token in ("+", "^", "v"):  # a plus, a gas given off, a precipitate
            done.append({"+": "+", "^": r"\uparrow", "v": r"\downarrow"}[token])
        elif (arrow := _ARROW.match(token)) is not None:
            alone, labelled = _ARROWS[arrow.group("arrow")]
            above, below = arrow.group("above"), arrow.group("below")
            if not above and not below:
                done.append(alone)
            else:
                over = _label(above) if above else ""
                done.append(labelled + (f"[{_label(below)}]" if below else "") + f"{{{over}}}")
        elif (species := _species(token)) is not None:
            done.append(species)
        else:
            return None
    return " ".join(done) if done else None


def _label(text: str) -> str:
    """What is written over or under an arrow: chemistry where it reads as such (`H2O`), else text (and
    always text in braces: `->[{가열}]`)."""
    braced = text.startswith("{") and text.endswith("}")
    chemistry = None if braced else reaction(text)
    if chemistry is not None:
        return chemistry
    return r"\text{" + re.sub(r"([{}\\])", r"\\\1", text[1:-1] if braced else text) + "}"


def _species(token: str) -> str | None:
    """One formula with its coefficient (`2H2O`, `1/2O2`, `CuSO4*5H2O`, `Fe^{3+}`, `NaCl(aq)`), or None."""
    lead, pos = "", 0
    coefficient = _COEFFICIENT.match(token)
    if coefficient is not None:
        number = coefficient.group("n")
        if "/" in number:
            top, bottom = number.split("/")
            number = rf"\tfrac{{{top}}}{{{bottom}}}"
        lead, pos = number, coefficient.end()
        if pos == len(token):
            return lead
        lead += r"\,"
    out = []
    while pos < len(token):
        part = _PART.match(token, pos)
        if part is None:
            return None
        kind, value = part.lastgroup, part.group(part.lastgroup)
        if kind in ("element", "group", "state"):
            out.append(value)
        elif kind == "count":
            out.append(value if out and out[-1] == r"\cdot " else f"_{{{value}}}")  # 5 in CuSO4*5H2O
        elif kind in ("charge", "sub"):
            out.append(("^" if kind == "charge" else "_") + f"{{{value.strip('{}')}}}")
        elif kind == "trailing":
            count = re.match(r"\d*", value).group(0)
            out.append((f"_{{{count}}}" if count else "") + f"^{{{value[len(count) :]}}}")
        elif kind == "bond":
            out.append(_BONDS[value])
        else:  # a hydrate's dot
            out.append(r"\cdot ")
        pos = part.end()
    return lead + r"\mathrm{" + "".join(out) + "}"
