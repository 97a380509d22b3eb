"""A table right under a line of text is a table, as GitHub, goldmark (Hugo) and markdown-it (VuePress) read
it: a GFM table may interrupt a paragraph. Python-Markdown reads a table only as a block of its
own, so a README's `조건별 인버스 구하기` over `| 조건 | 방법 |` and its `|---|---|` row, in a list item or not, ran
into one paragraph of pipes. A blank line is put above such a table.

A Jekyll post keeps its text: kramdown, with its GFM parser too, reads those lines as the paragraph's, and so
did the blog. Lines are added, so this runs once the line numbers of the note's problems are known.
"""

from __future__ import annotations

import re

from hooks.kb.posts.kramdown_escapes import is_jekyll_post

# A delimiter row: cells of dashes, colons for alignment, between pipes (`|---|:--:|`, `--- | ---`).
_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
# A line a table cannot follow without a blank line here: a table row, a box or code token, a fence.
_NOT_TEXT = re.compile(r"^[ \t]*(?:\||\x02|```|~~~|$)")


# A line that opens a block of its own, which ends a table right above it: a quote, a heading, a fence, a list item.
_BLOCK_START = re.compile(r"^[ ]{0,3}(?:>|#{1,6}(?:[ \t]|$)|```|~~~|[-*+][ \t]|\d{1,9}[.)][ \t])")


def tables_under_text(text: str, path: str) -> str:
    """`text` with a blank line above each table whose header row is right under a line of text, and under each
    table a block right below it ends (`| 10^6 |` rows, then `> (단위: 마이크로초)`: GitHub, kramdown and
    markdown-it end the table at the quote, where Python-Markdown took the quote for one more row)."""
    if "|" not in text or "-" not in text:
        return text
    jekyll = is_jekyll_post(path)  # kramdown reads no table right under text: its lines are the paragraph's
    lines = text.split("\n")
    out: list[str] = []
    in_table = False
    for i, line in enumerate(lines):
        header = i < len(lines) - 1 and "|" in line and _DELIMITER.match(lines[i + 1]) and not _DELIMITER.match(line)
        if in_table and "|" not in line and _BLOCK_START.match(line):
            out.append("")  # the table ends where the block begins
            in_table = False
        elif header and not jekyll and i > 0 and not _NOT_TEXT.match(lines[i - 1]):
            out.append("")
        out.append(line)
        in_table = bool(line.strip()) and (in_table or bool(header))
    return "\n".join(out)
