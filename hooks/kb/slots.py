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
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.code import protect_code
from hooks.kb.tex import Formula, find_formulas, map_formulas, plain_text

_OPEN, _CLOSE = "\ue000", "\ue001"
_SLOT = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_PIECE = re.compile(f"<!--.*?-->|<(/?)([A-Za-z][\\w-]*)\\b[^>]*>|{_OPEN}(\\d+){_CLOSE}", re.S)
_MARK = re.compile(r"<!--kb-math:(\d+)-->.*?<!--/kb-math-->", re.S)
_ATX = re.compile(r"^(?P<lead>[ \t]{0,3}#{1,6}[ \t]+)(?P<text>.*?)(?P<tail>[ \t]+#+)?[ \t]*$", re.M)

Slugify = Callable[[str, str], str]


@dataclass(frozen=True)
class SetAside:
    markdown: str  # the Markdown with a slot in place of each formula
    formulas: tuple[Formula, ...]

    def put_back(self, page_html: str, render: Callable[[Formula], str]) -> str:
        """Slots in page HTML as `render(formula)` in text, source in code, plain TeX in tags."""
        depth = 0  # how many <code>/<pre> elements we are inside

        def swap(match: re.Match) -> str:
            nonlocal depth
            if match.group(3) is not None:
                formula = self.formulas[int(match.group(3))]
                return html.escape(formula.source, quote=False) if depth else render(formula)
            if (match.group(2) or "").lower() in ("code", "pre"):
                depth = max(0, depth + (-1 if match.group(1) else 1))
            return self.plain(match.group(0), escape=True)

        return _PIECE.sub(swap, page_html)

    def mark(self, page_html: str) -> str:
        """Slots as `<!--kb-math:N-->TeX<!--/kb-math-->`: what the search index reads (the TeX, no tag soup)."""
        number = {id(formula): n for n, formula in enumerate(self.formulas)}

        def marked(formula: Formula) -> str:
            return f"<!--kb-math:{number[id(formula)]}-->{html.escape(formula.tex)}<!--/kb-math-->"

        return self.put_back(page_html, marked)

    def typeset_marks(self, page_html: str, render: Callable[[Formula], str]) -> str:
        """The marks left by `mark` as `render(formula)`, in the finished page."""
        return _MARK.sub(lambda m: render(self.formulas[int(m.group(1))]), page_html)

    def plain(self, text: str, escape: bool = False) -> str:
        """`text` with each slot as its formula's TeX (HTML-escaped with `escape`)."""

        def tex(match: re.Match) -> str:
            source = self.formulas[int(match.group(1))].tex
            return html.escape(source) if escape else source

        return _SLOT.sub(tex, text)


def set_aside(markdown: str, slugify: Slugify | None = None) -> SetAside:
    markdown = markdown.replace(_OPEN, "").replace(_CLOSE, "")
    if slugify is not None:
        markdown = heading_ids(markdown, slugify)
    formulas: list[Formula] = []

    def slot(formula: Formula) -> str:
        formulas.append(formula)
        return f"{_OPEN}{len(formulas) - 1}{_CLOSE}"

    return SetAside(map_formulas(markdown, slot), tuple(formulas))


def heading_ids(markdown: str, slugify: Slugify) -> str:
    """Give each ATX heading with a formula `{#id}` slugged from its plain text (unless it has attributes)."""
    protected = protect_code(markdown)

    def with_id(match: re.Match) -> str:
        text = protected.restore(match.group("text"))
        if text.rstrip().endswith("}") and "{" in text or not find_formulas(text):
            return match.group(0)
        slug = slugify(plain_text(text).strip(), "-")
        return f"{match.group(0).rstrip()} {{#{slug}}}" if slug else match.group(0)

    return protected.restore(_ATX.sub(with_id, protected.text))


def retitle(items, aside: SetAside) -> None:
    """Table-of-contents items (MkDocs `AnchorLink`s) with their slots as plain TeX."""
    for item in items:
        item.title = aside.plain(item.title, escape=True)
        retitle(item.children, aside)
