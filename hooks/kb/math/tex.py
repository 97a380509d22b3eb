r"""Find the formulas a note writes, the way Jekyll/kramdown + MathJax taught its author to write them.

Accepted forms (see tests/golden/math/ for one file per form):

- `$...$` inline, spaces inside allowed (`$ 2^n -1 $`), on one line;
- `$$...$$` in the middle of a sentence, a list item or a table cell: inline; alone on its line(s),
  after nothing but indentation, list or quote markers: display, blank lines around it or not;
- `\\(...\\)` (kramdown's escaped `\(`) and `\(...\)` inline, `\\[...\\]` display, and `\[...\]` display when alone on its lines
  (elsewhere `\[` is Markdown's escaped bracket, as in `\[1\]`);
- `\$` is a dollar sign, never a delimiter.
- a heading is one line: a formula that opens in an ATX heading ends within the heading's text, even when
  unterminated (then shown as its source up to the closing `#`s), never on the next line.

Prices stay text: an opening `$` glued to a letter or digit before it (`US$5`), a closing `$` followed by a
digit (`$2.00 and $10.00`), or an opening `$` followed by text while its closing `$` follows a space
(`$HOME and $PATH`) do not delimit math. Code is set aside first (`protect_code`).

Inside a formula, the Markdown escapes kramdown-era notes needed are undone (`\_`, `\*`; `\|` in a
table row, where it kept the cell together); everything else is TeX.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.posts.code import protect_code

_HELD = re.compile("\x00(\\d+)\x00")  # a formula held aside by `outside_formulas`
_OPENER = re.compile(r"\\\$|\\\\[(\[]|\\[(\[]|\$\$|\$")
_CLOSER = {"\\\\(": "\\\\)", "\\\\[": "\\\\]", "\\(": "\\)", "\\[": "\\]", "$$": "$$"}
_BLOCK_LEAD = re.compile(r"[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ATX_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)", re.M)
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+)?[ \t]*$", re.M)
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LOOKS_LIKE_TEX = re.compile(r"\\[A-Za-z]{2,}|[_^]\{|\^[\w(]")  # \frac, x_{i}, x^2
_MARKDOWN_ESCAPE = re.compile(r"\\([_*])")
_TABLE_PIPE_ESCAPE = re.compile(r"\\\|")


@dataclass(frozen=True)
class Formula:
    source: str  # exactly as written, delimiters included
    tex: str  # what to typeset: delimiters dropped, Markdown escapes undone, stripped
    display: bool
    line: int  # 1-based, in the text searched
    problem: str | None = None  # set when the formula cannot be typeset as found (unterminated)


def map_formulas(markdown: str, replace: Callable[[Formula], str]) -> str:
    """Replace every formula outside code by `replace(formula)`; `\\$` outside formulas becomes `&#36;`."""
    if "$" not in markdown and "\\" not in markdown:
        return markdown  # every delimiter has one or the other: most headings and many notes have neither
    protected = protect_code(markdown)
    text = protected.text
    tables = _table_rows(text)
    out: list[str] = []
    pos = scan = 0
    line = counted = 0  # newlines before `counted`: counted as the scan goes, not from the start each time
    while (match := _OPENER.search(text, scan)) is not None:
        opener = match.group(0)
        if opener == "\\$":
            out += [text[pos : match.start()], "&#36;"]
            pos = scan = match.end()
            continue
        line += text.count("\n", counted, match.start())
        counted = match.start()
        found = _formula_at(text, match, opener, line in tables)
        if found is None:
            scan = match.end() if opener != "$" else match.start() + 1
            continue
        end, tex, display, problem = found
        source = text[match.start() : end]
        formula = Formula(protected.restore(source), tex, display, line + 1, problem)
        out += [text[pos : match.start()], replace(formula)]
        pos = scan = end
    out.append(text[pos:])
    return protected.restore("".join(out))


def outside_formulas(markdown: str, change: Callable[[str], str]) -> str:
    """`markdown` with `change` applied to the text around its formulas, the formulas kept as written
    (an escaped `\\$` outside them is `&#36;`, as `map_formulas` writes it)."""
    held: list[str] = []

    def hold(formula: Formula) -> str:
        held.append(formula.source)
        return f"\x00{len(held) - 1}\x00"

    changed = change(map_formulas(markdown, hold))
    return _HELD.sub(lambda match: held[int(match.group(1))], changed) if held else changed


def plain_text(markdown: str) -> str:
    """Text for places that cannot hold math (page titles, TOC labels): each formula as its TeX."""
    return map_formulas(markdown, lambda f: f.tex).replace("&#36;", "$")


def normalize_tex(tex: str, in_table_row: bool = False) -> str:
    tex = _MARKDOWN_ESCAPE.sub(r"\1", tex)
    if in_table_row:
        tex = _TABLE_PIPE_ESCAPE.sub("|", tex)
    return tex.strip()


def _formula_at(text: str, match: re.Match, opener: str, in_table_row: bool):
    """(end, tex, display, problem) for the formula opening at `match`, or None if it is not one."""
    start, after = match.start(), match.end()
    line_start = text.rfind("\n", 0, start) + 1
    heading_end = _heading_text_end(text, line_start)
    if opener == "$":
        return _single_dollar(text, start, in_table_row, heading_end)
    alone_before = bool(_BLOCK_LEAD.match(text, line_start, start)) and not in_table_row
    closer = _CLOSER[opener]
    limit = _paragraph_end(text, after) if heading_end is None else heading_end
    close = text.find(closer, after, limit)
    if close < 0:
        if opener == "$$":
            end = _line_end(text, after) if heading_end is None else max(after, heading_end)
            return end, text[after:end].strip(), alone_before, "unterminated $$"
        return None
    end = close + len(closer)
    alone_after = text[end : _line_end(text, end)].strip() == ""
    if opener == "\\[" and not (alone_before and alone_after):
        return None  # Markdown's escaped bracket: `\[1\]`
    inner = text[after:close]
    if not inner.strip():
        return None
    display = opener.endswith("[") or (opener == "$$" and alone_before and alone_after)
    return end, normalize_tex(inner, in_table_row), display, None


def _single_dollar(text: str, start: int, in_table_row: bool, heading_end: int | None):
    after = start + 1
    if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # US$5
    end_of_line = _line_end(text, after) if heading_end is None else max(after, heading_end)
    close = after
    while True:
        close = text.find("$", close, end_of_line)
        if close < 0 or text[close - 1] != "\\":
            break
        close += 1
    if close < 0:
        rest = text[after:end_of_line]
        if rest[:1].strip() and _LOOKS_LIKE_TEX.search(rest):
            return end_of_line, rest.strip(), False, "unterminated $"
        return None
    inner = text[after:close]
    following = text[close + 1 : close + 2]
    if (
        not inner.strip()
        or following == "$"
        or following.isdigit()
        or (not inner[0].isspace() and inner[-1].isspace())
        or (in_table_row and re.search(r"(?<!\\)\|", inner))
    ):
        return None
    return close + 1, normalize_tex(inner, in_table_row), False, None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _heading_text_end(text: str, line_start: int) -> int | None:
    """Where the text of the ATX heading on the line at `line_start` ends (before closing `#`s), or None.

    A heading is one line: a formula in it, even an unterminated one, ends there (and before its `{#id}`)."""
    if text[line_start : line_start + 4].lstrip(" \t")[:1] != "#" or not _ATX_HEADING.match(text, line_start):
        return None
    return _HEADING_TAIL.search(text, line_start).start()


def _paragraph_end(text: str, pos: int) -> int:
    blank = _BLANK_LINE.search(text, pos)
    return len(text) if blank is None else blank.start()


def _table_rows(text: str) -> set[int]:
    """0-based numbers of the lines that are rows of a pipe table (header, delimiter and body)."""
    lines = text.split("\n")
    rows: set[int] = set()
    for number, line in enumerate(lines):
        if number == 0 or "|" not in line or not _DELIMITER_ROW.match(line) or "-" not in line:
            continue
        if "|" not in lines[number - 1]:
            continue
        row = number - 1
        while row < len(lines) and "|" in lines[row] and lines[row].strip():
            rows.add(row)
            row += 1
    return rows
