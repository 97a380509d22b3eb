r"""Keep Markdown away from formulas: set each aside as an inert slot, put it back into the HTML; and hold
a note's formulas aside while it is read (`hold_formulas`), so no rewrite of its Markdown reaches them.

A slot is two private-use characters around a number: Markdown has no syntax for them, so `_`, `*`,
`|` or `\` inside a formula can no longer become emphasis, table cells or escapes. Putting back is
HTML-aware: in text a slot becomes the typeset formula, inside `<code>`/`<pre>` (code Markdown found
that `protect_code` did not, such as indented blocks) its source, and inside a tag or comment (an
`alt` or `title` attribute) its plain TeX. Headings with formulas get an explicit id slugged from the
TeX, so neither the anchor nor the table of contents carries slot characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hooks.kb.math.readable import marked
from hooks.kb.math.tex import Formula, find_formulas, map_formulas

_OPEN, _CLOSE = "\ue000", "\ue001"
_SLOT = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
# What putting back must look at besides slots: where <code>/<pre> elements open and close, and comments.
_CODE_TAG = re.compile(r"<(/?)(?i:code|pre)(?![\w-])[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MARK = re.compile(r"<!--kb-math:(\d+)-->.*?<!--/kb-math-->", re.S)
_ATX_WITH_SLOT = re.compile(
    f"^(?P<lead>[ \\t]{{0,3}}(?:>[ \\t]?)*[ \\t]{{0,3}}#{{1,6}}[ \\t]+)(?P<text>[^\\n{_OPEN}]*{_OPEN}.*?)(?P<tail>[ \\t]+#+)?[ \\t]*$",
    re.M,
)
# A setext heading's text line with a slot: the first line of a block, underlined with `=` or `-`.
_SETEXT_WITH_SLOT = re.compile(
    f"(?:\\A|(?<=\\n\\n))(?P<text>[ \\t]{{0,3}}[^\\s#>][^\\n{_OPEN}]*{_OPEN}[^\\n]*?)[ \\t]*"
    f"(?=\\n[ \\t]{{0,3}}(?:=+|-+)[ \\t]*(?:\\n|\\Z))"
)
_UNDERLINE = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*(?:\n|\Z)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)")

Slugify = Callable[[str, str], str]
# A held formula's token in text whose formulas are held (`hold_formulas`): its number among the formulas.
HELD_TOKEN = re.compile("\ue002(\\d+)\ue003")
_HELD = re.compile(HELD_TOKEN.pattern + "((?:\n[^\n\ue004]*\ue004)*)")
# In text whose formulas are held (`hold_formulas`): the character a held formula's last line ends with,
# for rewrites that look at what follows a formula (a kramdown attribute list after `$$...$$`).
HELD_FORMULA_END = "[\ue003\ue004]"


@dataclass(frozen=True)
class SetAside:
    markdown: str  # the Markdown with a slot in place of each formula
    formulas: tuple[Formula, ...]

    def put_back(self, page_html: str, render: Callable[[Formula], str]) -> str:
        """Slots in page HTML as `render(formula)` in text, source in code, plain TeX in tags."""
        return self._put_back(page_html, lambda number: render(self.formulas[number]))

    def _put_back(self, page_html: str, render: Callable[[int], str]) -> str:
        if _OPEN not in page_html:
            return page_html
        # Where code starts and ends (inside it a slot is source), and the comments (a slot there is TeX).
        code = [(m.start(), -1 if m.group(1) else 1) for m in _CODE_TAG.finditer(page_html)]
        comments = [(m.start(), m.end()) for m in _COMMENT.finditer(page_html)] if "<!--" in page_html else []
        out: list[str] = []
        pos = seen = depth = 0
        for match in _SLOT.finditer(page_html):
            at, number = match.start(), int(match.group(1))
            while seen < len(code) and code[seen][0] < at:
                depth = max(0, depth + code[seen][1])
                seen += 1
            formula = self.formulas[number]
            if page_html.rfind("<", 0, at) > page_html.rfind(">", 0, at) or any(
                a < at < b for a, b in comments
            ):
                shown = html.escape(formula.tex)  # in a tag's attribute or a comment
            elif depth:
                shown = html.escape(formula.source, quote=False)
            else:
                shown = render(number)
            out += [page_html[pos:at], shown]
            pos = match.end()
        out.append(page_html[pos:])
        return "".join(out)

    def mark(self, page_html: str) -> str:
        """Slots as `<!--kb-math:N-->text<!--/kb-math-->`: what the search index reads, no tag soup: the
        formula as a result may show it, and the words to find it by (hooks/kb/math/readable.py)."""

        def mark_of(number: int) -> str:
            return f"<!--kb-math:{number}-->{marked(self.formulas[number])}<!--/kb-math-->"

        return self._put_back(page_html, mark_of)

    def typeset_marks(self, page_html: str, shown: Sequence[str]) -> str:
        """The marks left by `mark` as `shown[N]` for formula N, in the finished page."""
        return _MARK.sub(lambda m: shown[int(m.group(1))], page_html)

    def plain(self, text: str, escape: bool = False) -> str:
        """`text` with each slot as its formula's TeX (HTML-escaped with `escape`)."""

        def tex(match: re.Match) -> str:
            source = self.formulas[int(match.group(1))].tex
            return html.escape(source) if escape else source

        return _SLOT.sub(tex, text)


def set_aside(markdown: str, slugify: Slugify | None = None, first: int = 0) -> SetAside:
    """`markdown` with each formula as a slot numbered from `first` (see `joined`); headings with one get an id."""
    markdown = markdown.replace(_OPEN, "").replace(_CLOSE, "")
    formulas: list[Formula] = []

    def slot(formula: Formula) -> str:
        formulas.append(formula)
        return f"{_OPEN}{first + len(formulas) - 1}{_CLOSE}"

    slotted = map_formulas(markdown, slot)
    if slugify is not None and formulas:
        slotted = heading_ids(slotted, lambda number: formulas[number - first].tex, slugify)
    return SetAside(slotted, tuple(formulas))


def joined(head: SetAside, body: SetAside) -> SetAside:
    """`head`'s Markdown then `body`'s, where `head` was set aside with `first=len(body.formulas)`: a note's
    body is set aside once per build (hooks/formulas.py `on_files`), its page's header each time."""
    return SetAside(head.markdown + body.markdown, body.formulas + head.formulas)


def heading_ids(markdown: str, tex_of: Callable[[int], str], slugify: Slugify) -> str:
    """Slotted `markdown` with each heading (ATX or setext) that holds a slot given `{#id}` slugged from its
    plain text (unless it has attributes). Slotted first, so a formula never runs into the id or past its
    heading."""

    if not _heading_with_slot(markdown):
        return markdown  # most formulas are in no heading: skip the two searches of the whole text

    def plain(text: str) -> str:
        return _SLOT.sub(lambda match: tex_of(int(match.group(1))), text).replace("&#36;", "$")

    def with_id(match: re.Match) -> str:
        text = match.group("text")
        if text.rstrip().endswith("}") and "{" in text:
            return match.group(0)
        slug = slugify(plain(text).strip(), "-")
        return f"{match.group(0).rstrip()} {{#{slug}}}" if slug else match.group(0)

    def setext_with_id(match: re.Match) -> str:
        if _LIST_ITEM.match(match.group("text")):  # `- a $x$` then `---`: a list, not a heading
            return match.group(0)
        return with_id(match)

    return _SETEXT_WITH_SLOT.sub(setext_with_id, _ATX_WITH_SLOT.sub(with_id, markdown))


def _heading_with_slot(markdown: str) -> bool:
    """Whether a line holding a slot may be a heading: it starts with `#`, or the next line underlines it."""
    pos = 0
    while (at := markdown.find(_OPEN, pos)) >= 0:
        start = markdown.rfind("\n", 0, at) + 1
        end = markdown.find("\n", at)
        if markdown[start:at].lstrip(" \t>")[:1] == "#" or (  # a heading, in a quote too
            end >= 0 and _UNDERLINE.match(markdown, end + 1)
        ):
            return True
        if end < 0:
            return False
        pos = end
    return False


@dataclass(frozen=True)
class TocTypeset:
    """What Material's table of contents shows for an item with `typeset` (partials/toc-item.html): its
    title as HTML, here with each formula marked, to be typeset with the page's (`SetAside.typeset_marks`)."""

    title: str


def retitle(items, aside: SetAside) -> None:
    """Table-of-contents items (MkDocs `AnchorLink`s) with their slots as plain TeX in `title` (the labels
    of the navigation for screen readers) and as formulas in `typeset.title` (what the reader sees)."""
    for item in items:
        if _OPEN in item.title:
            item.typeset = TocTypeset(aside.mark(item.title))
            item.title = aside.plain(item.title, escape=True)
        retitle(item.children, aside)


@dataclass(frozen=True)
class Held:
    """A note's text with each formula held aside as a token that keeps its lines: the token on the first
    line, a filler character closing each further line, so line numbers and line structure stay."""

    text: str
    formulas: tuple[str, ...]  # each formula's source, by token number

    def restore(self, text: str) -> str:
        if not self.formulas:
            return text

        def back(match: re.Match) -> str:
            return self.formulas[int(match.group(1))]

        # A line a rewrite parted from its formula's token keeps no filler: nothing of the hold shows.
        return _HELD.sub(back, text).replace("\ue004", "")


def hold_formulas(text: str) -> Held:
    """`text` with its formulas held aside (`Held.restore` puts them back as written), so that rewrites of
    the Markdown around them (lists re-indented, Liquid, kramdown's attributes) cannot touch them."""
    text = text.replace("\ue002", "").replace("\ue003", "").replace("\ue004", "")
    held: list[str] = []
    out: list[str] = []
    pos = 0
    for start, end, formula in find_formulas(text):
        if formula is None:
            continue
        source = text[start:end]
        lines = source.split("\n")
        fillers = "".join("\n" + _lead(rest) + "\ue004" for rest in lines[1:])
        out += [text[pos:start], f"\ue002{len(held)}\ue003{fillers}"]
        held.append(source)
        pos = end
    out.append(text[pos:])
    return Held("".join(out), tuple(held))


def _lead(line: str) -> str:
    """A line's leading spaces and quote markers: what a held formula's further lines keep."""
    return line[: len(line) - len(line.lstrip(" \t>"))]
