"""A page's plain-text Korean summary for chat previews and search engines: no Markdown, no TeX, no tags.

From the author's `description` when there is one (Markdown with TeX allowed), else from the first blocks
of text of the rendered page (paragraphs and list items, past the title and the site's own lines), with
formulas left out. Shortened at a word boundary to at most `LIMIT` characters, "…" included.
"""

from __future__ import annotations

import html
import re

import markdown as markdown_lib

from hooks.kb.math.tex import map_formulas

LIMIT = 160
_MIN_FROM_PAGE = 40  # take further blocks until the summary says at least this much
_MATH_MARK = re.compile(r"<!--kb-math:\d+-->.*?<!--/kb-math-->", re.S)
_SKIPPED = re.compile(
    r"<(h[1-6]|pre|script|style|math|svg|figcaption|table)\b.*?</\1>"
    r"|<(p|div|section)\b[^>]*class=\"[^\"]*(?:kb-note-meta|kb-note-concepts|kb-related|admonition-title)"
    r"[^\"]*\"[^>]*>.*?</\2>",
    re.S | re.I,
)
_BLOCK = re.compile(r"<(p|li|dd)\b[^>]*>(.*?)</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"</(?:p|li|h\d|div|dd|dt|tr|td|th)>|<br\s*/?>", re.I)  # ends a run of text
_SPACE = re.compile(r"\s+")


def shorten(text: str, limit: int = LIMIT) -> str:
    """Whitespace collapsed; when longer than `limit`, cut at the last space that fits, with "…"."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.·:;—-") + "…"


def summary_from_markdown(text: str, limit: int = LIMIT) -> str:
    """An author's description as plain text: formulas dropped, Markdown rendered, then tags dropped."""
    without_math = map_formulas(text, lambda formula: "").replace("&#36;", "$")
    rendered = markdown_lib.markdown(without_math)
    return shorten(_text_of(rendered), limit)


def summary_from_html(page_html: str, limit: int = LIMIT) -> str:
    """The first text of a rendered page: paragraphs and list items, not headings, code, math or tables."""
    body = _SKIPPED.sub(" ", _MATH_MARK.sub("", page_html))
    parts: list[str] = []
    for block in _BLOCK.finditer(body):
        inner = block.group(2).split("<ul", 1)[0].split("<ol", 1)[0]  # a list item's own text
        text = _text_of(inner)
        if text:
            parts.append(text if text[-1] in ".!?。" else text + ".")
        if sum(len(p) for p in parts) >= max(_MIN_FROM_PAGE, limit):
            break
        if sum(len(p) for p in parts) >= _MIN_FROM_PAGE and block.group(1).lower() == "p":
            break
    return shorten(" ".join(parts), limit)


def _text_of(fragment: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", _BREAK.sub(" ", fragment)))).strip()
