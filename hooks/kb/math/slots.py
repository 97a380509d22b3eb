r"""Keep Markdown away from formulas: set each aside as an inert slot, put it back into the HTML.

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

from hooks.kb.math.tex import Formula, map_formulas

_OPEN, _CLOSE = "\ue000", "\ue001"
_SLOT = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
# What putting back must look at: comments, <code>/<pre> tags (inside them a slot is source), tags with a
# slot in an attribute, and slots. Other tags are skipped by the regex engine, not by a Python callback.
_PIECE = re.compile(
    f"<!--.*?-->|<(/?)((?i:code|pre))(?![\\w-])[^>]*>|</?[A-Za-z][\\w-]*\\b[^>{_OPEN}]*{_OPEN}[^>]*>"
    f"|{_OPEN}(\\d+){_CLOSE}",
    re.S,
)
_MARK = re.compile(r"<!--kb-math:(\d+)-->.*?<!--/kb-math-->", re.S)
_ATX_WITH_SLOT = re.compile(
    f"^(?P<lead>[ \\t]{{0,3}}#{{1,6}}[ \\t]+)(?P<text>[^\\n{_OPEN}]*{_OPEN}.*?)(?P<tail>[ \\t]+#+)?[ \\t]*$",
    re.M,
)
# A setext heading's text line with a slot: the first line of a block, underlined with `=` or `-`.
_SETEXT_WITH_SLOT = re.compile(
    f"(?:\\A|(?<=\\n\\n))(?P<text>[ \\t]{{0,3}}[^\\s#>][^\\n{_OPEN}]*{_OPEN}[^\\n]*?)[ \\t]*"
    f"(?=\\n[ \\t]{{0,3}}(?:=+|-+)[ \\t]*(?:\\n|\\Z))"
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)")

Slugify = Callable[[str, str], str]


@dataclass(frozen=True)
class SetAside:
    markdown: str  # the Markdown with a slot in place of each formula
    formulas: tuple[Formula, ...]

    def put_back(self, page_html: str, render: Callable[[Formula], str]) -> str:
        """Slots in page HTML as `render(formula)` in text, source in code, plain TeX in tags."""
        if _OPEN not in page_html:
            return page_html
        depth = 0  # how many <code>/<pre> elements we are inside

        def swap(match: re.Match) -> str:
            nonlocal depth
            if match.group(3) is not None:
                formula = self.formulas[int(match.group(3))]
                return html.escape(formula.source, quote=False) if depth else render(formula)
            if match.group(2) is not None:
                depth = max(0, depth + (-1 if match.group(1) else 1))
            piece = match.group(0)
            return self.plain(piece, escape=True) if _OPEN in piece else piece

        return _PIECE.sub(swap, page_html)

    def mark(self, page_html: str) -> str:
        """Slots as `<!--kb-math:N-->TeX<!--/kb-math-->`: what the search index reads (the TeX, no tag soup)."""
        number = {id(formula): n for n, formula in enumerate(self.formulas)}

        def marked(formula: Formula) -> str:
            return f"<!--kb-math:{number[id(formula)]}-->{html.escape(formula.tex)}<!--/kb-math-->"

        return self.put_back(page_html, marked)

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


def retitle(items, aside: SetAside) -> None:
    """Table-of-contents items (MkDocs `AnchorLink`s) with their slots as plain TeX."""
    for item in items:
        item.title = aside.plain(item.title, escape=True)
        retitle(item.children, aside)
