"""Notes kept as an MkDocs site: what of their Markdown is told about rather than drawn.

Most of an MkDocs Material page is read by the same extensions here (mkdocs.yml: admonition, details, tabbed,
keys, caret, mark, emoji, attr_list, arithmatex's delimiters by the formula step). Its includes are not:
pymdownx.snippets' `--8<-- "file"` and markdown-include's `{!file!}` put another file's text into the page, a
file of the site's own folders, named from a base path the site's mkdocs.yml set. Here a note is read alone, so
each include line stays as written, and is listed with its line on the 노트 상태 page, for the author to paste
the text in: the reader would otherwise see a marker with nothing said about it.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# `--8<-- "abbreviations.md"` (also `;--8<--`, a commented-out one: nothing to tell), or markdown-include's
# `{!include/objectList.md!}`, alone on its line
_INCLUDE = re.compile(r"""^[ \t]*(?:(?P<scissors>-{1,}8<-{1,})[ \t]+(?P<q>["']?)(?P<file>[^"'\n]+?)(?P=q)|\{!(?P<md>[^!\n]+)!\})[ \t]*$""", re.M)


def site_includes(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """Each `--8<-- "file"` or `{!file!}` line, left as written, listed as an include not read here."""
    if "8<" not in text and "{!" not in text:
        return text, []
    problems = [
        Problem(
            path,
            line_of(m.start()),
            f"an MkDocs include '{m.group(0).strip()}'",
            "shown as written: the file it put in the page is not read here; paste its text into the note",
        )
        for m in _INCLUDE.finditer(text)
    ]
    return text, problems
