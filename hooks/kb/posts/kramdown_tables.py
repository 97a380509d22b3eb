r"""A kramdown table without a header line, in a Jekyll post: lines starting with `|` and no `|---|` under the
first, which kramdown draws as a table of body rows (a post boxes its formulas so: `|(1) $x_j = \sum_i y_i
w_{ji}$ <br><br> (2) ...`). Python-Markdown reads a table only under a header and its delimiter line, and
showed these lines as a paragraph opening with a stray `|`.

The rows become an HTML table whose cells Markdown reads (`md_in_html`), one row a line so every later line
keeps its number. Formulas are held aside by then, so a `|` inside one never splits a cell; `\|` is a bar.

A table with its header and delimiter lines is Markdown's own, but kramdown draws it as wide as its widest
line, where Python-Markdown wants the header and the delimiter line of one width (else the lines are a
paragraph of pipes) and drops a row's cells beyond it: the two lines are widened, each on its own line.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.kramdown_escapes import reads_as_kramdown
from hooks.kb.posts.report import Problem

# A run of lines at the margin starting with `|`, a block of its own (blank lines or the text's ends around it;
# the blank line under the front-matter is the text's first line).
_ROWS = re.compile(r"(?:\A|(?<=\A\n)|(?<=\n\n))(?:[ ]{0,3}\|[^\n]*(?:\n|\Z))+(?=\n|\Z)")
_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?[-=]+:?[ \t]*(?:\|[ \t]*:?[-=]*:?[ \t]*)*\|?[ \t]*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_CODE_SPAN = re.compile(r"(`+).+?(?<!`)\1(?!`)")  # a `|` in code splits no cell (Python-Markdown's rule too)


def headless_tables(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """In a Jekyll post, each run of `|` lines with no delimiter line -> an HTML table of those rows."""
    if "|" not in text or not reads_as_kramdown(path):  # marked (Hexo) showed the rows as a paragraph
        return text, []
    problems: list[Problem] = []

    def table(match: re.Match) -> str:
        lines = match.group(0).rstrip("\n").split("\n")
        if len(lines) > 1 and _DELIMITER.match(lines[1]) and not _DELIMITER.match(lines[0]):
            return _widened(match, lines)
        if any(_DELIMITER.match(line) for line in lines):
            return match.group(0)  # a table with a header (or a footer line): Python-Markdown's or kramdown's own
        problems.append(
            Problem(
                path,
                line_of(match.start()),
                "kramdown table without a header line",
                f"shown as a table of {len(lines)} row{'s' if len(lines) > 1 else ''}, as on the blog",
                "info",
            )
        )
        rows = [_row(line) for line in lines]
        rows[0] = '<table markdown="1"><tbody markdown="1">' + rows[0]
        rows[-1] += "</tbody></table>"
        return "\n".join(rows) + match.group(0)[len(match.group(0).rstrip("\n")) :]

    def _widened(match: re.Match, lines: list[str]) -> str:
        widths = [_cells(line) for line in lines]
        wide = max(widths)
        if widths[0] == widths[1] == wide:
            return match.group(0)
        problems.append(
            Problem(
                path,
                line_of(match.start()),
                f"kramdown table whose lines differ in cells ({widths[0]} in its header, {widths[1]} in the line"
                f" under it, {max(widths[2:], default=0)} in its widest row)",
                f"shown as a table of {wide} columns, as on the blog",
                "info",
            )
        )
        lines[0] = _widen(lines[0], wide - widths[0], "")
        lines[1] = _widen(lines[1], wide - widths[1], "---")
        return "\n".join(lines) + match.group(0)[len(match.group(0).rstrip("\n")) :]

    return _ROWS.sub(table, text), problems


def _cells(line: str) -> int:
    inner = _CODE_SPAN.sub("x", line.strip()).removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return len(_CELL_BORDER.split(inner))


def _widen(line: str, more: int, filler: str) -> str:
    if not more:
        return line
    line = line.rstrip()
    if not line.endswith("|") or line.endswith("\\|"):
        line += " |"
    return line + f" {filler} |" * more


def _row(line: str) -> str:
    cells = _CELL_BORDER.split(line.strip().removeprefix("|"))
    if len(cells) > 1 and not cells[-1].strip():
        cells.pop()  # the closing `|`
    return (
        '<tr markdown="1">'
        + "".join(f'<td markdown="span">{cell.strip()}</td>' for cell in cells)
        + "</tr>"
    )
