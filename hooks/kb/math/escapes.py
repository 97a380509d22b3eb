r"""The TeX MathJax was given for a formula's content as written in a note: what the blog's Markdown did to it
before MathJax saw it is done again here (tests/unit/test_math.py, tests/golden/math/).

Formulas the blog's Markdown read as text (`$...$`, `\\(...\\)`, `\\[...\\]`, bare environments) had its
escapes undone: `\\\\` was a line break `\\`, and outside environments `\\` before a letter, brace or spacing
mark was one backslash (`\\frac`, `\\{`, `\\,`). In those, and in `\(...\)` and `\[...\]`, `\_` and `\*`
outside text (`\text{a\_b}` keeps its underscore) are `_` and `*`, and `\[` `\]` anywhere are brackets
(`$A\[l\]$`: `A[l]`; as TeX they would open display math, which MathJax refuses), as the Markdown the author wrote them for
made them; not in `$$...$$`, which kramdown (and GitHub, Typora, Joplin) gave MathJax as written, so there
`\_` is the underscore character MathJax draws (`{ W }_{ xh\_ f }`). `\|` in a table row is `|`; Liquid's
`{% raw %}` tags are dropped (Jekyll ran Liquid first); in a blockquote, the `>` markers of a formula's further
lines are not TeX.
"""

from __future__ import annotations

import re

_LIQUID_RAW = re.compile(r"\{%-?\s*(?:end)?raw\s*-?%\}")
# Markdown's escapes in formulas it read as text, with the environments they sit in.
_MARKDOWN_READ = re.compile(r"\\(?:begin|end)\{[^{}]*\}|\\\\\\\\|\\\\(?=[A-Za-z{},;:!|])")
_TEXT_ESCAPE = re.compile(r"\\(?:text[a-z]*|mbox|operatorname\*?)\s*\{|\\[_*\[\]]|\\[\\{}]|[{}]")
_TABLE_PIPE_ESCAPE = re.compile(r"\\\|")


def normalize_tex(
    tex: str, in_table_row: bool = False, markdown_read: bool = False, quoted: int = 0, as_written: bool = False
) -> str:
    """The TeX MathJax was given for a formula's content as written (see the module's docstring);
    `as_written`: a `$$` formula, whose `\\_` and `\\*` no Markdown touched."""
    if quoted:
        tex = _unquote(tex, quoted)
    if "{%" in tex:
        tex = _LIQUID_RAW.sub("", tex)
    if markdown_read and "\\\\" in tex:
        tex = _undo_markdown_backslashes(tex)
    if not as_written and ("\\_" in tex or "\\*" in tex or "\\[" in tex or "\\]" in tex):
        tex = _undo_escapes_outside_text(tex)
    if in_table_row:
        tex = _TABLE_PIPE_ESCAPE.sub("|", tex)
    tex = tex.strip()
    # a control space ending the formula (`A = \sigma(Z) \ \ `) keeps its space: a bare `\` would swallow
    # what follows it (a rewrite's `\end{gathered}`), where MathJax drew a space
    return tex + " " if (len(tex) - len(tex.rstrip("\\"))) % 2 else tex


def _unquote(tex: str, depth: int) -> str:
    """The lines of a formula in a blockquote `depth` deep without their quote markers."""
    marks = re.compile(rf"(?m)^[ \t]*(?:>[ \t]?){{1,{depth}}}")
    first, _, rest = tex.partition("\n")
    return first + "\n" + marks.sub("", rest) if rest else first


def _undo_markdown_backslashes(tex: str) -> str:
    depth = 0

    def undo(match: re.Match) -> str:
        nonlocal depth
        token = match.group(0)
        if token.startswith("\\begin"):
            depth += 1
        elif token.startswith("\\end"):
            depth = max(0, depth - 1)
        elif token == "\\\\\\\\":
            return "\\\\"
        elif depth == 0:
            return "\\"
        return token

    return _MARKDOWN_READ.sub(undo, tex)


def _undo_escapes_outside_text(tex: str) -> str:
    text_depth: list[bool] = []  # one entry per open brace: whether it opened a text argument

    def undo(match: re.Match) -> str:
        token = match.group(0)
        if token == "}":
            if text_depth:
                text_depth.pop()
        elif token.endswith("{") and token[-2:] != "\\{":
            text_depth.append(token != "{")
        elif token[1] in "[]" or (token[1] in "_*" and not any(text_depth)):
            return token[1]
        return token

    return _TEXT_ESCAPE.sub(undo, tex)
