"""Lists of links the site writes as HTML into a generated page's Markdown, handed to Python-Markdown whole.

A concept page's long lists ("다른 노트", "언급만 한 노트": `hooks/kb/concepts/lists.py`) are raw HTML in
its Markdown, hundreds of items at 1000 notes. Python-Markdown finds where a raw HTML block ends by
parsing it tag by tag (`html.parser`), and that was two thirds of what rendering the concept pages cost.
`html_list` writes such a list between two comment lines; this Markdown extension (listed in mkdocs.yml as
`hooks.kb.pages.html_lists`) puts each marked list into Markdown's store of raw HTML as it is, which is
what Markdown's own HTML block step does with it, unparsed: the page's HTML is the same. It runs after
fenced code is set aside, so a fence that shows the markers keeps them. The steps before Markdown (the
formulas step: a formula in a listed title) still see the list in the page's Markdown.

Only what `html_list` writes is taken: the markers, then `<ul>`, then one `<li>` a line holding text and
`<a href="...">` links only, then `</ul>`, after a blank line. Anything else between markers (a note that
wrote them itself, a title with a stray `<`) is left to Markdown, which reads it as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

START, END = "<!--kb-html-list-->", "<!--/kb-html-list-->"
_ITEM = re.compile(r'<li>(?:[^<\n]|<a href="[^"<>\n]*">|</a>)*</li>')


def html_list(items: Iterable[str]) -> str:
    """A `<ul>` of `items` (HTML: text and `<a href>` links), marked to pass through Markdown whole."""
    return "\n".join([START, "<ul>", *(f"<li>{item}</li>" for item in items), "</ul>", END])


def stashed_lists(lines: list[str], store: Callable[[str], str]) -> list[str]:
    """`lines` (of Markdown) with each marked list as `store(its HTML)`, a paragraph of its own."""
    if START not in lines:
        return lines
    out: list[str] = []
    at = 0
    while at < len(lines):
        end = _list_end(lines, at) if lines[at] == START and (not out or out[-1] == "") else None
        if end is None:
            out.append(lines[at])
            at += 1
        else:
            # stored with its line's end, as Markdown's HTML block step stores a block
            out += [store("\n".join(lines[at + 1 : end]) + "\n"), ""]
            at = end + 1
    return out


def _list_end(lines: list[str], start: int) -> int | None:
    """The index of the end marker of the list marked at `start`, if what it marks is a list `html_list` writes."""
    if start + 1 >= len(lines) or lines[start + 1] != "<ul>":
        return None
    at = start + 2
    while at < len(lines) and lines[at] != "</ul>":
        if not _ITEM.fullmatch(lines[at]):
            return None
        at += 1
    return at + 1 if at + 1 < len(lines) and lines[at + 1] == END else None


class _StashedLists(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return stashed_lists(lines, self.md.htmlStash.store)


class HtmlLists(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        # After fenced code (25) is set aside, before raw HTML blocks are parsed (20).
        md.preprocessors.register(_StashedLists(md), "kb_html_lists", 22)


def makeExtension(**kwargs):  # noqa: N802 - the name Python-Markdown loads an extension by
    return HtmlLists(**kwargs)
