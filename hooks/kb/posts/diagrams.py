"""Diagrams a blog drew from text in a fenced block (```` ```mermaid ````, Typora's and Hexo's ```` ```flow ````
and ```` ```sequence ````, ```` ```plantuml ````): this site draws none of them, so each is shown as its
source, as a code block, and the reader of the 노트 상태 page is told, with the line, that an image of the
diagram would show it.

Drawing them needs the diagrams' own scripts in the reader's browser (mermaid's is some megabytes), and no
library that ships one is kept on PyPI: Material loads mermaid's from a CDN, which the site's own parts never
do.
"""

from __future__ import annotations

import re

from hooks.kb.posts.code import FENCE
from hooks.kb.posts.report import Problem

_KINDS = frozenset({"mermaid", "flow", "flowchart", "sequence", "plantuml", "puml", "graphviz"})
_LANGUAGE = re.compile(r"[`~]+[ \t]*(?P<kind>[\w-]+)")


def diagram_fences(text: str, path: str, first_line: int = 1) -> list[Problem]:
    """A problem for each diagram fence of `text` (a body, its first line `first_line` of the file); a fence
    shown inside another code block is that block's text."""
    if "```" not in text and "~~~" not in text:
        return []
    problems = []
    for block in FENCE.finditer(text):
        language = _LANGUAGE.match(block.group(0), len(block["indent"]))
        if language is None or language["kind"].lower() not in _KINDS:
            continue
        problems.append(
            Problem(
                path,
                first_line + text.count("\n", 0, block.start()),
                f"a {language['kind'].lower()} diagram is not drawn here (an image of it would show)",
                "shown as its source",
            )
        )
    return problems
