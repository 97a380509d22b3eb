r"""A kramdown table without a header line, in a Jekyll post: lines starting with `|` and no `|---|` under the
first, which kramdown draws as a table of body rows (a post boxes its formulas so: `|(1) $x_j = \sum_i y_i
w_{ji}$ <br><br> (2) ...`). Python-Markdown reads a table only under a header and its delimiter line, and
showed these lines as a paragraph opening with a stray `|`.

The rows become an HTML table whose cells Markdown reads (`md_in_html`), one row a line so every later line
keeps its number. Formulas are held aside by then, so a `|` inside one never splits a cell; `\|` is a bar.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.kramdown_escapes import is_jekyll_post
from hooks.kb.posts.report import Problem

# A run of lines at the margin starting with `|`, a block of its own (blank lines or the text's ends around it).
_ROWS = re.compile(r"(?:\A|(?<=\n\n))(?:[ ]{0,3}\|[^\n]*(?:\n|\Z))+(?=\n|\Z)")
_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?[-=]+:?[ \t]*(?:\|[ \t]*:?[-=]*:?[ \t]*)*\|?[ \t]*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")


def headless_tables(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """In a Jekyll post, each run of `|` lines with no delimiter line -> an HTML table of those rows."""
    if "|" not in text or not is_jekyll_post(path):
        return text, []
    problems: list[Problem] = []

    def table(match: re.Match) -> str:
        lines = match.group(0).rstrip("\n").split("\n")
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

    return _ROWS.sub(table, text), problems


def _row(line: str) -> str:
    cells = _CELL_BORDER.split(line.strip().removeprefix("|"))
    if len(cells) > 1 and not cells[-1].strip():
        cells.pop()  # the closing `|`
    return (
        '<tr markdown="1">'
        + "".join(f'<td markdown="span">{cell.strip()}</td>' for cell in cells)
        + "</tr>"
    )
