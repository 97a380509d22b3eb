"""Raw HTML blocks in a post, rewritten so they show as the blog's theme showed them.

Each function takes text whose code has been set aside, keeps the line count and reports what it changed
(`body` has the Markdown forms; these are the HTML ones).
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# --- Markdown inside <details> --------------------------------------------------------------------
# `<details><summary>코드 보기</summary><div markdown="1">`: kramdown renders the inner block's Markdown, and
# GitHub a `<details>`' Markdown after a blank line. Python-Markdown (md_in_html) reads Markdown only in an
# element with `markdown` whose parents have it too.
_DETAILS_OPEN = re.compile(r"^[ ]{0,3}<details\b(?P<attrs>[^>]*)>", re.M | re.I)
_DETAILS_TAG = re.compile(r"<(?P<close>/?)details\b[^>]*>", re.I)
_MARKDOWN_ATTR = re.compile(r"""\smarkdown\s*=\s*["']?(?:1|block)\b""", re.I)
_INDENTED_TAG = re.compile(r"^[ \t]+(?=</?[A-Za-z])", re.M)


def markdown_in_details(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<details>` holding a `markdown="1"` block or blank-line-separated Markdown gets `markdown="1"`
    itself, its tag lines unindented (four spaces would make them code), so its Markdown is rendered."""
    if "<details" not in text.lower():
        return text, []
    problems: list[Problem] = []
    out, done = [], 0
    for opened in _DETAILS_OPEN.finditer(text):
        if opened.start() < done or re.search(r"\smarkdown\s*=", opened["attrs"], re.I):
            continue
        end = _closing(text, opened.end())
        inner = text[opened.end() : end]
        if not (_MARKDOWN_ATTR.search(inner) or "\n\n" in inner.strip("\n")):
            continue
        problems.append(
            Problem(
                path,
                line_of(opened.start()),
                "<details> holding Markdown",
                "its Markdown is rendered inside it, as on the blog",
                "info",
            )
        )
        tag = opened.group(0)
        out += [text[done : opened.start()], tag[:-1] + ' markdown="1">', _INDENTED_TAG.sub("", inner)]
        done = end
    return "".join(out) + text[done:], problems


def _closing(text: str, start: int) -> int:
    """Where the `<details>` opened just before `start` ends (its `</details>` included), or the text's end."""
    depth = 1
    for tag in _DETAILS_TAG.finditer(text, start):
        depth += -1 if tag["close"] else 1
        if depth == 0:
            return tag.end()
    return len(text)
