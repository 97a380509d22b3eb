"""Lists written for GitHub and kramdown (nested at the parent's content column: two spaces under `- `, three
under `1. `) nest on the site as CommonMark nests them: markdown-it-py (CommonMark) on the raw text against
Python-Markdown on `reindent_lists`' rewrite, over generated lists of the shapes study notes use."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from hooks.kb.posts.lists import reindent_lists

COMMONMARK = MarkdownIt("commonmark")
MARKERS = ["- ", "* ", "1. ", "1) "]  # (CommonMark lets only `1.` start a list under text: the site nests `2.` too)


class _Shape(HTMLParser):
    """Each item's depth and whether its list is numbered, each quote's and rule's depth, and item text."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: list[str] = []
        self.shape: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self.shape.append(("li", len(self.lists), self.lists[-1]))
        elif tag in ("blockquote", "hr"):
            self.shape.append((tag, len(self.lists)))

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self.lists.pop()

    def handle_data(self, data):
        if data.strip():
            self.shape.append(("text", data.split()))


def shape(html: str) -> list[tuple]:
    parser = _Shape()
    parser.feed(html)
    merged: list[tuple] = []
    for part in parser.shape:  # a paragraph's lines, split by Markdown or not, are one text
        if part[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + part[1])
        else:
            merged.append(part)
    return merged


@st.composite
def notes(draw) -> str:
    """A list as a student writes it: each item at the content column of an open item (deeper) or at an open
    item's own column (a sibling), some opening a numbered list on their line (`-   1.  text`), with lines of
    text under an item, blank lines, and quotes and rules at an item's column."""
    lines: list[str] = []
    open_items: list[tuple[int, int]] = []  # (indent, content column) of each open item
    for number in range(draw(st.integers(1, 9))):
        kind = draw(st.sampled_from(["item", "item", "item", "text", "blank", "quote", "rule"]))
        if kind == "item" or not open_items:
            level = draw(st.integers(0, len(open_items)))
            indent = open_items[level - 1][1] if level else 0
            if level < len(open_items) and draw(st.booleans()):
                indent = open_items[level][0]  # a sibling of the item open at that level
                level += 1
                del open_items[level - 1 :]
            else:
                del open_items[level:]
            marker = draw(st.sampled_from(MARKERS))
            space = " " * draw(st.integers(1, 3))
            inner = draw(st.sampled_from(["", "", "", "1. ", "- "]))
            lines.append(" " * indent + marker + space + inner + f"항목{number}")
            column = indent + len(marker) + len(space)
            open_items.append((indent, column))
            if inner:
                open_items.append((column, column + len(inner)))
        elif kind == "blank":
            lines.append("")
        else:
            # text under the last item (under a shallower one it would be the last item's, CommonMark's lazy
            # line); a quote or rule under any open item, which closes the items deeper than it
            level = len(open_items) if kind == "text" else draw(st.integers(1, len(open_items)))
            column = open_items[level - 1][1]
            del open_items[level:]
            line = {"text": f"설명{number}", "quote": f"> 인용{number}", "rule": "---"}[kind]
            if lines and not lines[-1].strip() and kind == "text" and column >= 4:
                line = f"문단{number}"  # after a blank line, four spaces or more may be a paragraph of the item
            if kind == "rule" and lines and lines[-1].strip():
                lines.append("")  # right under text, `---` makes the text a heading (setext), as notes don't mean
            lines.append(" " * column + line)
            if kind != "text":
                lines.append("")  # a quote or rule with a blank line after it, as notes write them
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(notes())
def test_lists_nest_as_commonmark_nests_them(text):
    expected = shape(COMMONMARK.render(text))
    got = shape(markdown.markdown(reindent_lists(text), extensions=["sane_lists"]))
    assert got == expected, reindent_lists(text)
