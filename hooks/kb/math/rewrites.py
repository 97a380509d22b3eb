r"""TeX that MathJax 3 (or KaTeX) accepts and math-core refuses, rewritten into TeX math-core typesets the
same way: a small table, each entry tested in tests/unit/test_math_rewrites.py against what MathJax draws.

`ALIASES` are macros math-core lacks (`\sdot`, `\pmb`, `\mbox`, gensymb's `\celsius`, upgreek's `\upalpha`,
`\strut`, `\varinjlim`, ...): given to math-core as definitions.
`rewrite` applies the structural rewrites, each only when its trigger occurs in the TeX, so most formulas
pass through untouched:

- environments math-core does not know, as their nearest equivalent: `split` -> `aligned`,
  `alignat{n}` -> `align`, `alignedat{n}` -> `aligned`, `flalign` -> `align`, `eqnarray` -> `array{rcl}`,
  `smallmatrix` -> `matrix`, `pmatrix*[r]` -> `pmatrix`, `multlined` -> `gathered`;
- `\newcommand`/`\renewcommand` (which MathJax lets redefine anything) and `\DeclareMathOperator` as `\def`;
  mathtools' `\DeclarePairedDelimiter{\abs}{\lvert}{\rvert}` dropped (its uses are written out: macros.py);
- `\operatorname{head_i}` (math inside): `\mathrm{head_i}` (`\operatorname*`: `\mathop{\mathrm{..}}`);
- `\mathop{..}` with scripts (`\mathop{\rm argmin}\limits_{w}`, `\mathop{\arg\min}_x` in display math), whose
  scripts MathJax sets under and over it where `\limits` asks or the math is display (math-core refuses
  `\limits` after `\mathop` and sets its scripts beside it): `\mathop{\underset{w}{..}}`; `\nolimits` dropped;
  a hyphen between letters (`\operatorname{Multi-Head}`) is a hyphen in the name, as in amsmath and
  MathJax, not a minus sign (math-core draws `−`): U+2010;
- `_`, `^` and `#` in text (`\text{learning_rate}`, `\mbox{#(class)}`, literal in MathJax's text mode) escaped; the space after an
  escaped symbol in text (`\text{\# input}`, which math-core ate) kept; math in text (`\text{if $x>0$}`,
  which MathJax typesets as math and math-core refuses) between two pieces of text (`\text{if }{x>0}\text{}`);
- `<` and `>` as delimiters (`\left< x \right>`, `\big<`), MathJax's angle brackets: `\langle`, `\rangle`;
- a `\\` that ends the last row is dropped (MathJax makes no empty row of it, math-core does);
- the spacing after a row break (`\\[6pt]`, math-core drew `[6pt]` as text): a plain `\\`, the rows
  as MathJax draws them without the extra space; a bracket holding no dimension stays;
- display math whose top level has `\\` (rows MathJax 3 shows on one line, KaTeX and LaTeX as rows):
  `gathered`; a display `\tag` outside an environment: `equation*`; `\label` outside a numbered
  environment and `\tag` in inline math are dropped, as MathJax shows them (no number); a `\tag` after a
  numbered environment (`\begin{align}..\end{align} \tag{11}`): dropped inline, one number for the whole
  in display math, as MathJax draws it;
- amscd's `CD` (which MathJax autoloads): an array, objects with the horizontal arrows between them
  (`\\xrightarrow[below]{above}`) and rows of vertical arrows (`\\Big\\downarrow`, labels beside);
- mhchem's `\\ce{..}` (which MathJax autoloads) in the forms `hooks/kb/math/chemistry.py` reads whole;
- mathtools' `cases*` (and `dcases*`, `rcases*`): the starred environment's second column is text, with
  `$..$` for math in it; as `cases` with that column in `\text{}` and its math outside;
- `\color{#f00}` (math-core knows names only): a named color, its hex put back after typesetting; a name
  outside dvips' (`\color{navy}`, `\color{green}`) is CSS's, as MathJax gives it to CSS (mathml.py);
- `\definecolor{first}{RGB}{10, 199, 139}` (MathJax's color extension, which it autoloads; `rgb`, `HTML` and
  `gray` too): gone, and `\textcolor{first}`/`\color{first}` after it in the formula that color's hex, where
  math-core refused the formula; a definition MathJax kept for the page's later formulas is not carried over;
- a backslash ending a line (`& = f(x) \\\` then a new line: a row break, then `\` and the line break), TeX's
  control space, which MathJax draws as a space and math-core refused: `\ `;
- options math-core does not take (`\bbox[yellow]`, `\smash[t]`), `\require{..}`, `\unicode{x2764}`,
  `\verb|..|`.
- the size switches MathJax and KaTeX take in math (`$\Large P(X=x) = ...$`, `\large{...}`, `\tiny` ...
  `\Huge`), which math-core refuses: dropped, the formula at the page's size;
- TeX's infix `\above` with its rule's thickness (`{1 \above{1pt} 1 + e^{-x}}`, which KaTeX and MathJax
  draw, and Slidev's notes write): `\over`, the rule at its usual thickness (`\atop` for a zero one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from hooks.kb.math.chemistry import reaction

ALIASES: dict[str, str] = {
    "sdot": r"\cdot",
    "smallsetminus": r"\setminus",
    "pmb": r"\boldsymbol{#1}",
    "mathbfit": r"\boldsymbol{#1}",
    "dotsb": r"\cdots",
    "dotsm": r"\cdots",
    "dotsi": r"\cdots",
    "dotsc": r"\ldots",
    "dotso": r"\ldots",
    "mathellipsis": r"\ldots",
    "intop": r"\int",
    "smallint": r"\int",
    "mit": r"\it",
    "mbox": r"\text{#1}",
    "textnormal": r"\textrm{#1}",
    "textup": r"\textrm{#1}",
    "textmd": r"\textrm{#1}",
    "mathnormal": r"\mathit{#1}",
    "rlap": "{#1}",
    "llap": "{#1}",
    "clap": "{#1}",
    "mathrlap": "{#1}",
    "mathllap": "{#1}",
    "mathclap": "{#1}",
    "smash": "{#1}",
    "substack": r"\begin{subarray}{c}#1\end{subarray}",
    "centernot": r"\not",
    "colorbox": "{#2}",
    "fcolorbox": r"\boxed{#3}",
    "bbox": "{#1}",
    "cssId": "{#2}",
    "class": "{#2}",
    "style": "{#2}",
    "href": "{#2}",
    "cancelto": r"{\cancel{#2}}^{#1}",  # the value it cancels to at the top right, as MathJax sets it
    # gensymb, which MathJax autoloads (math-core knows \degree)
    "celsius": "\u00b0\\mathrm{C}",
    "ohm": r"\Omega",
    "micro": r"\mu",
    "perthousand": "\u2030",
    # MathJax's base: a strut is an invisible parenthesis; a rule keeps its width and height, not its ink
    "strut": r"\vphantom{(}",
    "rule": r"{\hspace{#1}\vphantom{#2}}",
    # amssymb's small and thick variants MathJax draws as the plain symbol's character
    "centerdot": r"\cdot",
    "thicksim": r"\sim",
    "thickapprox": r"\approx",
    "shortmid": r"\mid",
    "nshortmid": r"\nmid",
    "shortparallel": r"\parallel",
    "nshortparallel": r"\nparallel",
    "smallsmile": r"\smile",
    "smallfrown": r"\frown",
    "varpropto": r"\propto",
    # MathJax's base: boxes of text, and the logos as their letters
    "framebox": r"\boxed{\text{#1}}",
    "hbox": r"\text{#1}",
    "TeX": r"\text{TeX}",
    "LaTeX": r"\text{LaTeX}",
    # MathJax 3.2's upright alphabets
    "mathup": r"\mathrm{#1}",
    "mathbfup": r"\mathbf{#1}",
    "mathsfup": r"\mathsf{#1}",
    # amsmath's limits drawn with an arrow or a bar (math-core knows \injlim and \projlim)
    "varinjlim": r"\mathop{\underrightarrow{\lim}}",
    "varprojlim": r"\mathop{\underleftarrow{\lim}}",
    "varliminf": r"\mathop{\underline{\lim}}",
    "varlimsup": r"\mathop{\overline{\lim}}",
}
# upgreek, which MathJax autoloads: \upalpha, \Upgamma, ... as upright letters
_GREEK = (
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi"
    " rho varrho sigma varsigma tau upsilon phi varphi chi psi omega"
)
_CAPITAL_GREEK = "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega"
ALIASES.update({f"up{name}": rf"\mathrm{{\{name}}}" for name in _GREEK.split()})
ALIASES.update({f"Up{name.lower()}": rf"\mathrm{{\{name}}}" for name in _CAPITAL_GREEK.split()})

# Environments math-core lacks, by name (with their argument, if any), and what stands in for them.
_ENVIRONMENT = re.compile(
    r"\\(?P<side>begin|end)\{(?P<name>split|alignat\*?|alignedat|flalign\*?|eqnarray\*?|smallmatrix"
    r"|[pbBvV]?matrix\*|multlined)\}(?P<arg>(?:\{\d+\})?(?:\[[a-z]\])?)"
)
_ENVIRONMENT_AS = {
    "split": "aligned",
    "alignat": "align",
    "alignat*": "align*",
    "alignedat": "aligned",
    "flalign": "align",
    "flalign*": "align*",
    "eqnarray": "array",
    "eqnarray*": "array",
    "smallmatrix": "matrix",
    "multlined": "gathered",
}
_DEFINITION = re.compile(r"\\(?:re)?newcommand\s*\{?\s*(?P<name>\\[A-Za-z]+)\s*\}?\s*(?:\[(?P<args>\d)\])?")
_OPERATOR = re.compile(r"\\DeclareMathOperator(?P<star>\*?)\s*\{?\s*(?P<name>\\[A-Za-z]+)\s*\}?\s*\{")
_PAIRED_DELIMITER = re.compile(r"\\DeclarePairedDelimiter\s*(?:\{\s*(?P<braced>\\[A-Za-z]+)\s*\}|(?P<bare>\\[A-Za-z]+))")
_OPERATORNAME = re.compile(r"\\operatorname(?P<star>\*?)\s*\{")
_MATHOP = re.compile(r"\\mathop(?![A-Za-z])")
_LIMITS = re.compile(r"\s*\\(?P<no>no)?limits(?![A-Za-z])")
_SCRIPT = re.compile(r"\s*(?P<mark>[_^])")
_TOKEN = re.compile(r"\s*(?:\\[A-Za-z]+|\\.|[^\s{}])")
_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")  # `Multi-Head` in an operator's name
_MATH_MARK = re.compile(r"[_^]|\\[A-Za-z]")  # what math-core cannot read as an operator's name
_TEXT = re.compile(r"\\(?:text|textrm|textbf|textit|texttt|textsf|mbox)\s*\{")
# control symbols math-core drops the space after in text (TeX and MathJax keep it)
_SYMBOLS_IN_TEXT = frozenset(("\\#", "\\$", "\\%", "\\&", "\\{", "\\}", "\\_"))
_CONTROL_LINE_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\(?=\r?\n)")  # an odd run of backslashes before a line break
_OPTION = re.compile(r"\\(?P<name>bbox|smash)\[[^\]]*\]")
_REQUIRE = re.compile(r"\\require\{[^}]*\}")
_UNICODE = re.compile(r"\\unicode\{\s*(?:x(?P<hex>[0-9A-Fa-f]+)|(?P<dec>\d+))\s*\}")
_VERB = re.compile(r"\\verb(?P<d>[^A-Za-z\s])(?P<text>.*?)(?P=d)")
_TAG = re.compile(r"\\tag\*?\s*\{[^{}]*\}")
_LABEL = re.compile(r"\\label\s*\{[^{}]*\}")
# The environments amsmath numbers (each but its starred form)
NUMBERED_ENVIRONMENTS = "equation|align|gather|multline|alignat|flalign|eqnarray"
_NUMBERED = re.compile(rf"\\begin\{{(?:{NUMBERED_ENVIRONMENTS})\*?\}}")
# MathJax makes no empty last row; the `\\` is a whole one (`\\\ ` is a row break, then a control space)
_LAST_ROW_BREAK = re.compile(r"(?<!\\)(?P<before>(?:\\\\)*)\\\\(?:\s*\[[^\]]*\])?\s*(?=\\end\{|\Z)")
# `\\[6pt]`: MathJax reads the bracket after `\\` (spaces between allowed) as the space under the row
_ROW_SPACING = re.compile(
    r"\\\\\*?\s*\[\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*(?:pt|pc|in|bp|cm|mm|dd|cc|sp|ex|em|mu|px)\s*\]"
)
_TOP_LEVEL = re.compile(r"\\(?:begin|end)\{[^{}]*\}|\\left\b|\\right\b|\\\\|\\.|[{}&]")
_CD = re.compile(r"\\begin\{CD\}(?P<body>.*?)\\end\{CD\}", re.S)
# amscd's arrows: @>a>b> right, @<a<b< left (a above, b below), @VaVbV down, @AaAbA up (a left, b right),
# @= and @| double lines, @. no arrow
_CD_ARROW = re.compile(
    r"@(?:(?P<h>[<>])(?P<h1>[^<>]*)[<>](?P<h2>[^<>]*)[<>]|(?P<v>[VA])(?P<v1>[^VA]*)[VA](?P<v2>[^VA]*)[VA]"
    r"|(?P<eq>=)|(?P<bar>\|)|(?P<none>\.))"
)
_CE = re.compile(r"\\ce\s*\{")
_SIZES = ("\\tiny", "\\Tiny", "\\scriptsize", "\\small", "\\normalsize", "\\large", "\\Large", "\\LARGE", "\\huge", "\\Huge")
_SIZE = re.compile("(?:" + "|".join(map(re.escape, _SIZES)) + r")(?![A-Za-z])\s*")
_ABOVE = re.compile(
    r"\\above\s*(?:\{\s*(?P<braced>[-+]?(?:\d+\.?\d*|\.\d+))\s*[a-z]{2}\s*\}"
    r"|(?P<bare>[-+]?(?:\d+\.?\d*|\.\d+))\s*(?:pt|em|ex|mm|cm|in|pc|px|mu|bp|dd|cc|sp)(?![a-zA-Z]))"
)
_STARRED_CASES = re.compile(r"\\begin\{(?P<name>d?r?cases)\*\}(?P<body>.*?)\\end\{(?P=name)\*\}", re.S)
# `\left<`, `\bigr>`: MathJax reads `<` and `>` after a sizing command as the angle brackets
_ANGLE = re.compile(r"\\(?P<size>left|right|middle|[bB]igg?[lrm]?)\s*(?P<side>[<>])")
_DEFINE_COLOR = re.compile(
    r"\\definecolor\s*\{\s*(?P<name>[A-Za-z][\w-]*)\s*\}\s*\{\s*(?P<model>RGB|rgb|HTML|gray)\s*\}\s*\{(?P<spec>[^{}]*)\}"
)
_USED_COLOR = re.compile(r"\\(?P<cmd>color|textcolor)\s*\{\s*(?P<name>[A-Za-z][\w-]*)\s*\}")
HEX_COLOR = re.compile(r"\\(?P<cmd>color|textcolor)\s*\{\s*#(?P<hex>[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\s*\}")


def rewrite(tex: str, display: bool) -> str:
    """`tex` as math-core should see it to draw what MathJax draws (see the module's docstring)."""
    for triggers, change in _REWRITES:
        if any(trigger in tex for trigger in triggers):
            tex = change(tex, display)
    return tex


def _environments(tex: str, display: bool) -> str:
    def replace(match: re.Match) -> str:
        name, side = match.group("name"), match.group("side")
        new = _ENVIRONMENT_AS.get(name, name.rstrip("*"))
        if new == "array" and side == "begin":
            return r"\begin{array}{rcl}"
        return f"\\{side}{{{new}}}"

    changed = _ENVIRONMENT.sub(replace, tex)
    if "eqnarray" in tex:  # an array numbers no row
        changed = re.sub(r"\\(?:nonumber|notag)\b", "", changed)
    return changed


def _definitions(tex: str, display: bool) -> str:
    def define(match: re.Match) -> str:
        count = int(match.group("args") or 0)
        return "\\def" + match.group("name") + "".join(f"#{n}" for n in range(1, count + 1))

    tex = _DEFINITION.sub(define, tex)

    def operator(match: re.Match, argument: str) -> str:
        return f"\\def{match.group('name')}{{\\operatorname{match.group('star')}{{{argument}}}}}"

    tex = with_arguments(tex, _OPERATOR, operator)
    if "\\DeclarePairedDelimiter" in tex:
        tex = _paired_delimiters_dropped(tex)
    return tex


class PairedDeclaration(NamedTuple):
    start: int
    end: int  # after its second delimiter
    name: str  # `\\abs`
    left: str
    right: str


def paired_delimiters(tex: str) -> list[PairedDeclaration]:
    """`tex`'s `\\DeclarePairedDelimiter` declarations, each with its name and two delimiters (a group or one
    token each); one missing a delimiter is none."""
    found = []
    for match in _PAIRED_DELIMITER.finditer(tex):
        left = argument_at(tex, match.end())
        right = argument_at(tex, left[1]) if left else None
        if left and right:
            found.append(PairedDeclaration(match.start(), right[1], match["braced"] or match["bare"], left[0], right[0]))
    return found


def _paired_delimiters_dropped(tex: str) -> str:
    out, pos = [], 0
    for declared in paired_delimiters(tex):
        out.append(tex[pos : declared.start])
        pos = declared.end
    return "".join(out) + tex[pos:] if out else tex


def _math_in_operatorname(tex: str, display: bool) -> str:
    def plain(match: re.Match, argument: str) -> str | None:
        argument = _HYPHEN.sub("\u2010", argument)
        if not _MATH_MARK.search(argument):
            return match.group(0) + argument + "}"
        return f"\\mathop{{\\mathrm{{{argument}}}}}" if match.group("star") else f"\\mathrm{{{argument}}}"

    return with_arguments(tex, _OPERATORNAME, plain)


def _mathop_limits(tex: str, display: bool) -> str:
    out, pos = [], 0
    for match in _MATHOP.finditer(tex):
        base = argument_at(tex, match.end()) if match.start() >= pos else None
        if base is None:
            continue
        end, limits = base[1], None
        while spec := _LIMITS.match(tex, end):
            limits, end = spec.group("no") is None, spec.end()
        scripts: dict[str, str] = {}
        while (mark := _SCRIPT.match(tex, end)) and mark.group("mark") not in scripts:
            script = argument_at(tex, mark.end())
            if script is None:
                break
            scripts[mark.group("mark")], end = script
        if scripts and (limits or (limits is None and display)):
            inner = base[0]
            if "^" in scripts:
                inner = f"\\overset{{{scripts['^']}}}{{{inner}}}"
            if "_" in scripts:
                inner = f"\\underset{{{scripts['_']}}}{{{inner}}}"
            new = f"\\mathop{{{inner}}}"
        else:
            new = f"\\mathop{{{base[0]}}}" + "".join(f"{mark}{{{script}}}" for mark, script in scripts.items())
        out += [tex[pos : match.start()], new]
        pos = end
    return "".join(out) + tex[pos:] if out else tex


def skip_spaces(tex: str, at: int) -> int:
    while at < len(tex) and tex[at].isspace():
        at += 1
    return at


def argument_at(tex: str, at: int) -> tuple[str, int] | None:
    """The argument TeX reads at `at` (spaces before it skipped): a braced group's inside, or one token; and
    the index after it. None at a closing brace or the end."""
    at = skip_spaces(tex, at)
    if tex[at : at + 1] == "{":
        return group_at(tex, at)
    token = _TOKEN.match(tex, at)
    return (token.group(0), token.end()) if token else None


def group_at(tex: str, at: int) -> tuple[str, int] | None:
    """The inside of the braced group opening at `at` (spaces before it skipped), and the index after it."""
    at = skip_spaces(tex, at)
    if tex[at : at + 1] != "{":
        return None
    end = closing_brace(tex, at + 1)
    return None if end < 0 else (tex[at + 1 : end], end + 1)


def _scripts_in_text(tex: str, display: bool) -> str:
    def escaped(match: re.Match, argument: str) -> str:
        pieces = re.split(r"(\$[^$]*\$|\\.)", argument)  # math inside text and escapes stay
        for i in range(1, len(pieces) - 1, 2):  # `\# input`: the space after a control symbol is kept
            if pieces[i] in _SYMBOLS_IN_TEXT and pieces[i + 1][:1].isspace():
                pieces[i] += "{}"
            elif pieces[i].startswith("$") and len(pieces[i]) > 1:  # math in text: the text closed around it
                pieces[i] = "}{" + pieces[i][1:-1] + "}" + match.group(0)
        return (
            match.group(0)
            + "".join(
                piece if i % 2 else piece.replace("_", r"\_").replace("^", r"\textasciicircum{}").replace("#", r"\#{}")
                for i, piece in enumerate(pieces)
            )
            + "}"
        )

    return with_arguments(tex, _TEXT, escaped)


def _defined_colors(tex: str, display: bool) -> str:
    colors: dict[str, str] = {}

    def define(match: re.Match) -> str:
        value = _color_hex(match["model"], match["spec"])
        if value is None:
            return match.group(0)
        colors[match["name"]] = value
        return ""

    tex = _DEFINE_COLOR.sub(define, tex)
    if not colors:
        return tex
    return _USED_COLOR.sub(
        lambda m: f"\\{m['cmd']}{{#{colors[m['name']]}}}" if m["name"] in colors else m.group(0), tex
    )


def _color_hex(model: str, spec: str) -> str | None:
    """`RGB` `10, 199, 139`, `rgb` `0.1,0.8,0.5`, `HTML` `0AC78B`, `gray` `0.5` -> `0AC78B` (xcolor's models)."""
    if model == "HTML":
        return spec.strip().upper() if re.fullmatch(r"[0-9A-Fa-f]{6}", spec.strip()) else None
    try:
        parts = [float(part) for part in spec.split(",")]
    except ValueError:
        return None
    if model == "gray":
        parts *= 3
    scale = 1 if model == "RGB" else 255
    if len(parts) != 3 or not all(0 <= part * scale <= 255 for part in parts):
        return None
    return "".join(f"{round(part * scale):02X}" for part in parts)


def _angle_brackets(tex: str, display: bool) -> str:
    return _ANGLE.sub(lambda m: f"\\{m['size']}\\{'langle' if m['side'] == '<' else 'rangle'} ", tex)


def with_arguments(tex: str, command: re.Pattern, replace: Callable[[re.Match, str], str | None]) -> str:
    """`tex` with each match of `command` (which ends with the `{` of its argument) and its argument replaced
    by `replace(match, argument)`; None leaves them as they are."""
    out, pos = [], 0
    for match in command.finditer(tex):
        close = closing_brace(tex, match.end())
        if match.start() < pos or close < 0:
            continue
        new = replace(match, tex[match.end() : close])
        if new is not None:
            out += [tex[pos : match.start()], new]
            pos = close + 1
    return "".join(out) + tex[pos:] if out else tex


def _rows_and_tags(tex: str, display: bool) -> str:
    if "\\\\" in tex:
        tex = _LAST_ROW_BREAK.sub(r"\g<before>", _ROW_SPACING.sub(lambda match: "\\\\", tex))
    numbered = bool(_NUMBERED.search(tex))
    if numbered:
        return _tagged_whole(tex, display)
    if not display:
        return _LABEL.sub("", _TAG.sub("", tex))
    tags = _TAG.findall(tex)
    tex = _LABEL.sub("", _TAG.sub("", tex)) if tags or "\\label" in tex else tex
    tex = rows_gathered(tex)
    if tags:
        tex = f"\\begin{{equation*}}{tex}{tags[-1]}\\end{{equation*}}"
    return tex


def _tagged_whole(tex: str, display: bool) -> str:
    """`tex`, holding a numbered environment, with a `\\tag` after it (outside every environment: `$\\begin{align}
    .. \\end{align} \\tag{11}$`, a proof numbering its steps by hand) as MathJax draws it: no number in inline
    math, in display math one number for the whole (`equation*` around it). math-core refused the formula."""
    depth, outside = 0, []
    for match in re.finditer(rf"\\(?P<side>begin|end)\{{[^{{}}]*\}}|{_TAG.pattern}", tex):
        if match.group("side"):
            depth += 1 if match.group("side") == "begin" else -1
        elif depth == 0:
            outside.append(match)
    if not outside:
        return tex
    for match in reversed(outside):
        tex = tex[: match.start()] + tex[match.end() :]
    return f"\\begin{{equation*}}{tex}{outside[-1].group(0)}\\end{{equation*}}" if display else tex


def rows_gathered(tex: str) -> str:
    """`tex` with its rows at the top level (`a \\\\ b`: `\\\\` outside every group, environment and
    \\left...\\right pair) held in one `gathered`, drawn as rows under one number; else as it is."""
    if "\\\\" in tex and len(top_level_split(tex, "\\\\")) > 1:
        return f"\\begin{{gathered}}{tex}\\end{{gathered}}"
    return tex


def _control_line_breaks(tex: str, display: bool) -> str:
    return _CONTROL_LINE_BREAK.sub(r"\1\\ ", tex)


def _options(tex: str, display: bool) -> str:
    tex = _OPTION.sub(lambda match: "\\" + match.group("name"), tex)
    tex = _REQUIRE.sub("", tex)
    tex = _UNICODE.sub(lambda m: chr(int(m.group("hex"), 16) if m.group("hex") else int(m.group("dec"))), tex)
    return _VERB.sub(lambda m: r"\texttt{" + re.sub(r"([\\{}_^#$%&~])", r"\\\1", m.group("text")) + "}", tex)


def _sizes(tex: str, display: bool) -> str:
    return _SIZE.sub("", tex)


def _above(tex: str, display: bool) -> str:
    def fraction(match: re.Match) -> str:
        thickness = float(match.group("braced") or match.group("bare"))
        return r"\atop " if thickness == 0 else r"\over "

    return _ABOVE.sub(fraction, tex)


def _starred_cases(tex: str, display: bool) -> str:
    def replace(match: re.Match) -> str:
        rows = "\\\\".join(map(_text_column, top_level_split(match.group("body"), "\\\\")))
        return f"\\begin{{{match.group('name')}}}{rows}\\end{{{match.group('name')}}}"

    return _STARRED_CASES.sub(replace, tex)


def _commutative_diagrams(tex: str, display: bool) -> str:
    return _CD.sub(lambda match: _cd_array(match.group("body")), tex)


def _cd_array(body: str) -> str:
    """amscd's `CD` as an array: objects in the even columns with the horizontal arrows between them, and
    rows of vertical arrows under the objects, as MathJax's amscd lays them out."""
    rows = []
    for row in top_level_split(body, "\\\\"):
        arrows = list(_CD_ARROW.finditer(row))
        if not row.strip() and not arrows:
            continue
        vertical = (
            arrows
            and not _CD_ARROW.sub("", row).strip()
            and all(arrow.group("h") is None and arrow.group("eq") is None for arrow in arrows)
        )
        if vertical:
            cells = []
            for arrow in arrows:
                cells += [_cd_vertical(arrow), ""]
            rows.append(cells[:-1])
            continue
        cells, pos = [], 0
        for arrow in arrows:
            cells += [row[pos : arrow.start()].strip(), _cd_horizontal(arrow)]
            pos = arrow.end()
        rows.append([*cells, row[pos:].strip()])
    width = max((len(cells) for cells in rows), default=1)
    lines = " \\\\ ".join(" & ".join(cells + [""] * (width - len(cells))) for cells in rows)
    return f"\\begin{{array}}{{{'c' * width}}}{lines}\\end{{array}}"


def _cd_horizontal(arrow: re.Match) -> str:
    if arrow.group("h") is None:  # @= (and a stray vertical one, drawn as MathJax would not)
        return r"\xlongequal{}" if arrow.group("eq") else ""
    command = r"\xrightarrow" if arrow.group("h") == ">" else r"\xleftarrow"
    below = arrow.group("h2").strip()
    return command + (f"[{below}]" if below else "") + "{" + arrow.group("h1").strip() + "}"


def _cd_vertical(arrow: re.Match) -> str:
    if arrow.group("bar"):
        return r"\Big\Vert"
    if arrow.group("v") is None:  # @.
        return ""
    left, right = arrow.group("v1").strip(), arrow.group("v2").strip()
    sign = r"\Big\downarrow" if arrow.group("v") == "V" else r"\Big\uparrow"
    return (
        (f"{{\\scriptstyle {left}}}" if left else "") + sign + (f"{{\\scriptstyle {right}}}" if right else "")
    )


def _chemistry(tex: str, display: bool) -> str:
    return with_arguments(tex, _CE, lambda match, argument: _grouped(reaction(argument)))


def _grouped(tex: str | None) -> str | None:
    return None if tex is None else "{" + tex + "}"


def _text_column(row: str) -> str:
    """A row of `cases*`: its second column as text, `$..$` in it as math (`if $x>0$`: `\text{if }x>0`)."""
    columns = top_level_split(row, "&")
    if len(columns) < 2:
        return row
    pieces = re.split(r"(?<!\\)\$", "&".join(columns[1:]).strip())
    return f"{columns[0]}& " + "".join(
        piece if i % 2 or not piece.strip() else f"\\text{{{piece}}}" for i, piece in enumerate(pieces)
    )


def top_level_split(tex: str, separator: str) -> list[str]:
    """`tex` split at each `separator` (`\\\\` or `&`) outside every group, environment and \\left...\\right
    pair."""
    parts, depth, start = [], 0, 0
    for match in _TOP_LEVEL.finditer(tex):
        token = match.group(0)
        if token in ("{", "\\left") or token.startswith("\\begin"):
            depth += 1
        elif token in ("}", "\\right") or token.startswith("\\end"):
            depth = max(0, depth - 1)
        elif token == separator and depth == 0:
            parts.append(tex[start : match.start()])
            start = match.end()
    parts.append(tex[start:])
    return parts


def closing_brace(tex: str, pos: int) -> int:
    """The index of the `}` closing the group that opened just before `pos`, or -1."""
    depth = 1
    while pos < len(tex):
        char = tex[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return -1


_REWRITES: tuple[tuple[tuple[str, ...], Callable[[str, bool], str]], ...] = (
    (("\\\n", "\\\r\n"), _control_line_breaks),  # first: a row break before it is read as one
    (("\\begin",), _environments),
    (("command", "\\DeclareMathOperator", "\\DeclarePairedDelimiter"), _definitions),
    (("\\operatorname",), _math_in_operatorname),
    (("\\mathop",), _mathop_limits),  # after \operatorname*, which may become \mathop
    (("\\text", "\\mbox"), _scripts_in_text),
    (("\\definecolor",), _defined_colors),
    (("<", ">"), _angle_brackets),
    (("\\tag", "\\label", "\\\\"), _rows_and_tags),
    (("cases*",), _starred_cases),
    (("{CD}",), _commutative_diagrams),
    (("\\ce",), _chemistry),
    (("\\bbox[", "\\smash[", "\\require", "\\unicode", "\\verb"), _options),
    (("\\above",), _above),
    (_SIZES, _sizes),
)
