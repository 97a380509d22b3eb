"""A note's outline: where its sections start and end, whatever their shape.

Students mark a topic in many ways: a Markdown heading (`## LSTM`), an HTML heading
(`<h3 data-toc-skip> Transformer </h3>`), a heading inside a blockquote (`>## Attention`), a bold list item (`- **LSTM (...)**` with nested points), a
plain list item (`- RNN의 문제를 해결하기 위해 더 발전된 LSTM 등장` with the gates under it), or a lone
line between blank lines (`Variation Autoencoder`; not right under a figure or table, whose caption it is). `outline()` finds all of them as `Block`s with the
lines each one spans, nested by heading level and list indentation (2 or 4 spaces, kramdown or
Python-Markdown style, lazy continuation lines included). Fenced code and `$$` math blocks are opaque:
nothing inside them starts a block. Each block knows the anchor of the note section it sits in, made
with the site's own slugify, so a link can lead to the exact place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from markdown.extensions.toc import strip_tags, unique

from hooks.kb.math.tex import outside_formulas
from hooks.kb.posts.code import protect_code
from hooks.kb.posts.html_blocks import DIV_TAG, closing_tag
from hooks.kb.posts.wikilinks import EMBED_BOX, EMBED_ITEM_BOX

Kind = Literal["heading", "label", "item"]

_ATX = re.compile(r"^(#{1,6})(?!#)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$")
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b([^>]*)>(.*?)</h\1>\s*$", re.I)
_QUOTED_ATX = re.compile(r"^\s*(?:>\s*)+(#{1,6})(?!#)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$")  # `>## Attention`
_FIGURE = re.compile(r"^\s*(?:!\[|<img\b|<figure\b|<span\b[^>]*kb-missing-image|\|)", re.I)
_HTML_ID = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""", re.I)
_ATTR_LIST = re.compile(r"[ \t]*\{:?([^}]*)\}[ \t]*$")
_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_BLOCK_START = re.compile(r"^\s*(?:>|<[a-zA-Z/]|\||`{3,}|~{3,})")
_BOLD = re.compile(r"^(\*\*|__)(.+?)\1\s*:?\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_UNMARK = re.compile(r"\\(.)|\*\*|__|\*|`+")  # an escaped character, or emphasis and code marks
_EXPLICIT_ID = re.compile(r"#([\w-]+)")


class Block(NamedTuple):  # immutable like a frozen dataclass, and built ~5x faster: a note has many
    kind: Kind
    level: float  # heading 1-6; a lone label line sits half a level under its heading; items 10 + indent
    head: str  # the heading text, or the item's first line without its marker, as written
    start: int  # index of the head line in `Outline.lines`
    end: int  # one past the last line that belongs to the block (trailing blanks and rules left out)
    indent: int = 0  # column of the list marker
    parent: int | None = None
    anchor: str | None = None  # id of the note section this block is in (its own, for a heading)
    bold: bool = False  # an item whose first line is all bold: used as a heading
    title: str = ""  # the head as plain text: no emphasis, links or tags

    @property
    def leaf(self) -> bool:
        """An item with nothing but its first line."""
        return self.end - self.start <= 1


@dataclass(frozen=True)
class Outline:
    lines: tuple[str, ...]
    blocks: tuple[Block, ...]

    def children(self, index: int) -> list[int]:
        return [i for i, b in enumerate(self.blocks) if b.parent == index]


_MARKUP = re.compile(r"[<>*_`\[\]\\&{]")


def plain_text(markdown_text: str) -> str:
    """Roughly what the page shows of one line of Markdown: the text toc makes an anchor from."""
    if not _MARKUP.search(markdown_text):
        return markdown_text.strip()
    text = _ATTR_LIST.sub("", markdown_text)
    text = _LINK.sub(r"\1", text)
    text = strip_tags(text)
    math = "$" in text or "\\(" in text or "\\[" in text
    text = outside_formulas(text, _unmark) if math else _unmark(text)  # a formula's TeX stays as written
    return html.unescape(text).strip()


def without_embeds(body: str) -> str:
    """The note's own text: each box holding another note's embedded text (Obsidian's `![[note]]`) keeps its
    first line, the title linking to that note, and its closing tag; the lines between are blanked, so the
    other note's sections are not read again as this note's (they are quoted, once, from that note), and
    every line keeps its number."""
    if EMBED_BOX not in body and "kb-embed" not in body:
        return body
    text = protect_code(body).text  # a `<div>` in code is no tag; its lines are `body`'s
    lines = body.split("\n")
    for box in EMBED_ITEM_BOX.finditer(text):  # in a list item: its lines indented past the item's text
        first = text.count("\n", 0, box.start()) + 1
        inside = len(box["indent"].expandtabs(4)) + 8
        last = first
        while last < len(lines) and (not lines[last].strip() or _indent(lines[last]) >= inside):
            last += 1
        lines[first:last] = [""] * (last - first)
    start = text.find(EMBED_BOX)
    while start >= 0:
        close = closing_tag(DIV_TAG, text, start + len(EMBED_BOX))  # the box's own (`wikilinks`: balanced)
        if close is None:
            break
        first, last = text.count("\n", 0, start) + 1, text.count("\n", 0, close.start())
        lines[first:last] = [""] * (last - first)
        start = text.find(EMBED_BOX, close.end())
    return "\n".join(lines)


def _unmark(text: str) -> str:
    return _UNMARK.sub(lambda m: m.group(1) or "", text)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


class _Builder:
    def __init__(self, lines: list[str], slugify: Callable[[str, str], str], is_label: Callable[[str], bool]):
        self.lines, self.slugify, self.is_label = lines, slugify, is_label
        self.blocks: list[dict] = []
        self.stack: list[int] = []  # open blocks, outermost first
        self.ids: set[str] = set()
        self.last = -1  # the last line with content (not blank, not a rule): where a closing block ends

    def open(
        self, kind: Kind, level: float, head: str, i: int, indent=0, anchor=None, bold=False, title=None
    ):
        parent = self.stack[-1] if self.stack else None
        if anchor is None and parent is not None:
            anchor = self.blocks[parent]["anchor"]
        self.last = i
        self.blocks.append(
            dict(
                kind=kind,
                level=level,
                head=head,
                start=i,
                last=i,
                indent=indent,
                parent=parent,
                anchor=anchor,
                bold=bold,
                title=title,  # made later from `head` when not given
            )
        )
        self.stack.append(len(self.blocks) - 1)

    def close_while(self, keep_open: Callable[[dict], bool]) -> None:
        while self.stack and not keep_open(self.blocks[self.stack[-1]]):
            self.blocks[self.stack.pop()]["last"] = self.last

    def close_all(self) -> None:
        self.close_while(lambda b: False)

    def close_items_from(self, indent: int) -> None:
        """A line at this indent (not a lazy continuation) ends the items indented as much or more."""
        stack, blocks = self.stack, self.blocks
        while stack and blocks[stack[-1]]["kind"] == "item" and blocks[stack[-1]]["indent"] >= indent:
            blocks[stack.pop()]["last"] = self.last

    def heading_anchor(self, text: str, explicit: str | None, title: str | None = None) -> str:
        anchor = explicit or unique(
            self.slugify(title if title is not None else plain_text(text), "-"), self.ids
        )
        self.ids.add(anchor)
        return anchor

    def heading(self, i: int, level: int, text: str, html_attrs: str | None = None) -> None:
        self.close_while(lambda b: b["kind"] == "heading" and b["level"] < level)
        attr = _ATTR_LIST.search(text)
        explicit = _EXPLICIT_ID.search(attr.group(1)) if attr else None
        title = None
        if html_attrs is not None:  # raw HTML: toc leaves it alone, so it has only an id it was given
            found = _HTML_ID.search(html_attrs)
            anchor = self.heading_anchor(text, found.group(1)) if found else None
        else:
            # An unpadded heading's title is the text its anchor is made from: made once, kept for _freeze.
            title = plain_text(text) if not explicit and text == text.strip() else None
            anchor = self.heading_anchor(text, explicit.group(1) if explicit else None, title)
        self.open("heading", level, text.strip(), i, anchor=anchor, title=title)

    def item(self, i: int, indent: int, head: str) -> None:
        self.close_items_from(indent)
        head = head.strip()
        bold = head[:2] in ("**", "__") and bool(_BOLD.match(head))
        self.open("item", 10 + indent, head.strip(), i, indent=indent, bold=bold)

    def other(self, i: int, lazy: bool, rule: bool = False) -> None:
        if not lazy:
            self.close_items_from(_indent(self.lines[i]))
        if not rule:
            self.last = i

    def label(self, i: int) -> None:
        self.close_while(lambda b: b["kind"] == "heading")
        level = self.blocks[self.stack[-1]]["level"] + 0.5 if self.stack else 0.5
        self.open("label", level, self.lines[i].strip(), i)


_PLAIN_START = re.compile(r"[^\s#<\-*+_=`~$>|0-9]")  # a line starting so is paragraph text


def outline(
    body: str,
    slugify: Callable[[str, str], str],
    is_label: Callable[[str], bool] = lambda text: False,
) -> Outline:
    """Split a note body into nested blocks. `is_label(text)` says whether a lone line names a topic."""
    lines = body.split("\n")
    build = _Builder(lines, slugify, is_label)
    fence: str | None = None
    in_math = False
    previous_blank = True
    count = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if fence or in_math:  # inside code or display math: part of whatever is open
            build.last = i
            if fence and stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
                fence = None
            elif in_math and "$$" in stripped:  # `$$`, `\end{aligned}$$`, `$$ {: .text-center }`
                in_math = False
            previous_blank = False
            continue
        if not stripped:
            previous_blank = True
            continue
        if _PLAIN_START.match(stripped) and (i + 1 == count or lines[i + 1].lstrip()[:1] not in ("=", "-")):
            # paragraph text, most lines of a note: it continues what is open, or ends items after a blank
            if previous_blank:
                indent = _indent(line)
                if indent == 0 and (i + 1 == count or not lines[i + 1].strip()) and _labels(build, lines, i):
                    build.label(i)
                else:
                    build.close_items_from(indent)
            build.last = i
            previous_blank = False
            continue
        if stripped[0] in "-*+" and not _is_rule(stripped) and (m := _ITEM.match(line)):
            spaces = m.group(1)  # most other lines are list items: the fast way to their indent
            build.item(i, len(spaces) if "\t" not in spaces else _indent(spaces), m.group(3) or "")
            previous_blank = False
            continue
        _classify(build, lines, i, previous_blank)
        opened = _FENCE.match(line)
        if opened:
            fence = opened.group(1)
        elif stripped.startswith("$$") and stripped.count("$$") % 2:
            # a `$$` that opens a block: not `$$x$$ {: .text-center }` or `$$\theta$$에 대한 ...`, a formula
            # closed on its own line (kramdown's inline `$$`), after which headings are headings again
            in_math = True
        previous_blank = False
    build.close_all()
    return Outline(tuple(lines), tuple(_freeze(b) for b in build.blocks))


def _classify(build: _Builder, lines: list[str], i: int, previous_blank: bool) -> None:
    line = lines[i]
    first = line.lstrip()[:1]  # most lines start with a letter: skip the regexes that cannot match
    following = lines[i + 1].lstrip()[:1] if i + 1 < len(lines) else ""
    next_blank = not following
    rule = first in "-*_" and len(line) - len(line.lstrip()) < 4 and _is_rule(line)
    if (first in "-*+" or first.isdigit()) and not rule and (m := _ITEM.match(line)):
        build.item(i, _indent(m.group(1)), m.group(3) or "")  # most lines of a note: tried first
    elif first == "#" and (m := _ATX.match(line)) and m.group(2).strip():
        build.heading(i, len(m.group(1)), m.group(2))
    elif first == "<" and (m := _HTML_HEADING.match(line)):
        build.heading(i, int(m.group(1)), plain_text(m.group(3)), html_attrs=m.group(2))
    elif first == ">" and (m := _QUOTED_ATX.match(line)) and m.group(2).strip():
        build.heading(i, len(m.group(1)), m.group(2))
    elif rule:
        build.other(i, lazy=False, rule=True)
    elif following in ("=", "-") and previous_blank and _SETEXT.match(lines[i + 1]) and _setext_text(line):
        build.heading(i, 1 if following == "=" else 2, line.strip())
    elif first == "=" and i > 0 and _SETEXT.match(line) and _setext_text(lines[i - 1]) and build.stack:
        build.last = i  # the underline of a setext heading opened on the line before
    elif previous_blank and (next_blank or first in "*_") and _indent(line) == 0 and _labels(build, lines, i):
        build.label(i)  # a bold line (`**R-CNN**`) is a label even with its text right under it
    else:
        lazy = not previous_blank and not _BLOCK_START.match(line)
        build.other(i, lazy)


def _labels(build: _Builder, lines: list[str], i: int) -> bool:
    """A lone line naming a concept is a label, unless it is the caption of the figure or table above it. A
    bold one with its points listed under it heads them, figure or not (`![..](..)`, then `**Dropout**`, then
    `- 몇몇 뉴런을 0으로`: a note that closes each topic with its figure)."""
    if not build.is_label(lines[i].strip()):
        return False
    above = next((line for line in reversed(lines[max(0, i - 3) : i]) if line.strip()), "")
    return not _FIGURE.match(above) or _heads_a_list(lines, i)


def _heads_a_list(lines: list[str], i: int) -> bool:
    if lines[i].lstrip()[:2] not in ("**", "__"):
        return False
    below = next((line for line in lines[i + 1 : i + 3] if line.strip()), "")
    return bool(_ITEM.match(below))


def _is_rule(line: str) -> bool:
    """`---`, `* * *`, `___`: three or more of one of -*_ and nothing else but spaces."""
    stripped = line.strip(" \t")
    if stripped[1:2] not in ("-", "*", "_", " ", "\t"):
        return False  # `- text`, the common case, has a letter right after the space
    mark = stripped[:1]
    return not stripped.strip(" \t" + mark) and stripped.count(mark) >= 3


def _setext_text(line: str) -> bool:
    return (
        bool(line.strip())
        and _indent(line) < 4
        and not _ITEM.match(line)
        and not _BLOCK_START.match(line)
        and not _ATX.match(line)
        and not _RULE.match(line)
    )


def _freeze(b: dict) -> Block:
    return Block(
        b["kind"],
        b["level"],
        b["head"],
        b["start"],
        b["last"] + 1,
        b["indent"],
        b["parent"],
        b["anchor"],
        b["bold"],
        plain_text(b["head"]) if b["title"] is None else b["title"],
    )
