"""A page's HTML cut into search sections, as Material's search plugin cuts it, several times faster.

Material's search plugin feeds every page's HTML to a `html.parser.HTMLParser` subclass (`Parser` in
`material/plugins/search/plugin.py`) that splits it into sections at headings with an id and keeps the
text with a few tags (`<p>`, `<code>`, lists...). At 1000 notes that parse is a fifth of the build: the
pure-Python tokenizer calls back for each of ~300,000 tags, and every callback scans the open elements.

`sections(html)` gives the same sections (same title, text, id and element, so the same index entries)
from one regular expression over the markup and a count of the open tags. It reads the markup that
Python-Markdown, nh3 and our steps write: tags with quoted or plain attributes, character references,
plain comments (the formula markers `<!--kb-math:0-->`). Anything else (`<script>` or `<style>`, whose
content is raw text; `<!DOCTYPE`, CDATA, a comment holding `--`, a `<` that opens no tag) sends the page
to Material's own parser, so the result is always Material's.

Material's parser compares elements by tag name alone (`Element.__eq__`), so "the heading is open" and
"an excluded element is open" are questions about tag names; this module keeps them as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape, unescape

from material.plugins.search.plugin import Element, Parser, SearchIndex, Section, void

_KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ALWAYS_SKIPPED = ("object", "script", "style")
_META = ("title", "tags", "search")  # what `create_entry_for_section` reads of a page's meta
# Markup this module does not read the way HTMLParser does: handed to Material's parser.
_RAW_TEXT = re.compile(r"<(?:script|style)\b|<\?|<!(?!--)", re.I)
# Text, a tag or a comment; `bad` is a `<` that starts none of them (the page goes to Material's parser).
_TOKEN = re.compile(
    r"""(?P<text>[^<]+)
    | </(?P<end>[a-zA-Z][-.a-zA-Z0-9:_]*)\s*>
    | <(?P<start>[a-zA-Z][-.a-zA-Z0-9:_]*)
        (?P<attrs>(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)
        \s*(?P<selfclosing>/)?>
    | <!--(?!>|->)(?:(?!--).)*-->  # a comment every version of html.parser ends at its first -->
    | (?P<bad><)""",
    re.S | re.X,
)
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


class _Unread(Exception):
    """Markup outside what `_Sections` reads: Material's parser takes the page."""


def sections(html: str) -> list[Section]:
    """Material's search sections of `html`, in order (its `Parser(...).data`)."""
    if not _RAW_TEXT.search(html):
        try:
            return _Sections().feed(html)
        except _Unread:
            pass
    parser = Parser()
    parser.feed(html)
    parser.close()
    return parser.data


_SECOND_SECTION = re.compile(r"<h[2-6]\s[^>]*\bid\s*=", re.I)


def first_section(html: str) -> str:
    """`html` up to its first h2-h6 with an id: what gives the page's own index entries (its title and
    the text before that heading), and nothing of the sections after it."""
    heading = _SECOND_SECTION.search(html)
    return html[: heading.start()] if heading else html


def _attributes(source: str) -> dict[str, str | None]:
    attrs: dict[str, str | None] = {}
    for match in _ATTR.finditer(source):
        value = match.group(2)
        if value is None:
            value = match.group(3) if match.group(3) is not None else match.group(4)
        if value and "&" in value:
            value = unescape(value)
        attrs[match.group(1).lower()] = value
    return attrs


class _Sections:
    """Material's `Parser` callbacks, over tag names: `open` counts the open elements by tag, and
    `skipping` says whether one of them is skipped (Material asks `skip.intersection(context)`)."""

    def __init__(self) -> None:
        self.context: list[tuple[str, dict]] = []
        self.open: dict[str, int] = {}
        self.skip: set[str] = set(_ALWAYS_SKIPPED)
        self.skipping = False
        self.section: Section | None = None
        self.data: list[Section] = []

    def feed(self, html: str) -> list[Section]:
        for token in _TOKEN.finditer(html):
            kind = token.lastgroup
            if kind == "text":
                text = token.group("text")
                self.text(unescape(text) if "&" in text else text)
            elif kind == "end":
                self.end(token.group("end").lower())
            elif kind == "bad":
                raise _Unread
            elif kind is not None:  # a start tag (its last group is `attrs` or `selfclosing`)
                tag = token.group("start").lower()
                attrs = token.group("attrs")
                self.start(tag, _attributes(attrs) if attrs else {})
                if token.group("selfclosing"):
                    self.end(tag)
        return self.data

    def _update_skipping(self) -> None:
        open_ = self.open
        self.skipping = any(open_.get(tag) for tag in self.skip)

    def start(self, tag: str, attrs: dict) -> None:
        if tag in void:
            return
        self.context.append((tag, attrs))
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in _HEADINGS and "id" in attrs:
            depth = len(self.context)
            if tag != "h1" and not self.data:
                self.section = Section(Element("hx"), depth)
                self.data.append(self.section)
            self.section = Section(Element(tag, attrs), depth)
            if self.data:
                self.section.id = attrs["id"]
            self.data.append(self.section)
        if self.section is None:
            self.section = Section(Element("hx"))
            self.data.append(self.section)
        if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
            self.skip.add(tag)
            self.skipping = True
            return
        if tag in self.skip:
            self.skipping = True
        elif tag in _KEEP and not self.skipping:
            section = self.section
            (section.title if self.open.get(section.el.tag) else section.text).append(f"<{tag}>")

    def end(self, tag: str) -> None:
        context = self.context
        if not context or context[-1][0] != tag:
            return
        depth = len(context)
        if self.section.depth > depth:
            for section in reversed(self.data):
                if section.depth <= depth:
                    self.section.depth = float("inf")
                    self.section = section
                    break
        context.pop()
        self.open[tag] -= 1
        if tag in self.skip:
            if tag not in _ALWAYS_SKIPPED:
                self.skip.discard(tag)
            self._update_skipping()
            return
        if tag in _KEEP and not self.skipping:
            section = self.section
            data = section.title if self.open.get(section.el.tag) else section.text
            index = data.index(f"<{tag}>")
            if all(data[i].isspace() for i in range(index + 1, len(data))):
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def text(self, data: str) -> None:
        if self.skipping:
            return
        open_ = self.open
        in_pre = open_.get("pre")
        if not in_pre:
            data = " " if data.isspace() else data.replace("\n", " ")
        if self.section is None:
            self.section = Section(Element("hx"))
            self.data.append(self.section)
        section = self.section
        if open_.get(section.el.tag):
            if not any(tag == "a" and attrs.get("class") == "headerlink" for tag, attrs in self.context):
                section.title.append(escape(data, quote=False))
        elif data.isspace():
            if not section.text or not section.text[-1].isspace() or in_pre:
                section.text.append(data)
        else:
            section.text.append(escape(data, quote=False))


class SectionIndex(SearchIndex):
    """Material's search index object, in its place in Material's search plugin: each page cut into
    sections by `sections` instead of Material's `Parser`, and kept by page (`by_page`, Material's
    entries: `location`, `title`, `text`) for the site's own index (hooks/kb/search/pagefind_index.py).
    Material's lunr index is not made: `generate_search_index` gives an empty one.
    """

    def __init__(
        self,
        first_section_only: Callable[[str], bool] | None = None,
        kept: Callable | None = None,
        **config,
    ):
        super().__init__(**config)
        self.first_section_only = first_section_only  # by page URL: pages indexed up to their first h2
        # (input, compute) -> compute(), or what it gave before for the same input (a build cache)
        self.kept = kept or (lambda key, compute: compute())
        self.by_page: dict[str, list[dict]] = {}  # page URL -> its sections, for the pages indexed
        self.pages: set[str] = set()  # every page this build indexed, those excluded from search too
        self._made: dict[str, tuple] = {}  # by page URL: what its entries were made from
        self.late: set[str] = set()  # pages whose entries changed after they were first made

    def add_entry_from_context(self, page):
        """The page's entries; nothing if they were made already from the same page (the search step
        makes every page's before the templates, and Material's plugin asks again for each page)."""
        self.pages.add(page.url)
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        meta = page.meta
        first_only = self.first_section_only is not None and self.first_section_only(page.url)
        # Everything the entries are made of: the page's HTML, place, titles, table of contents and meta.
        key = (page.content, page.url, str(page.title), str(page.toc), repr([meta.get(k) for k in _META]), first_only)
        if self._made.get(page.url) == key:
            return
        if page.url in self._made:
            self.late.add(page.url)
        self._made[page.url] = key
        self.by_page[page.url] = self.kept(key, lambda: self._entries(page, first_only))

    def _entries(self, page, first_only: bool) -> list[dict]:
        """The page's index entries, made by Material's `create_entry_for_section` on a list of their own."""
        content = first_section(page.content) if first_only else page.content
        kept, self.entries = self.entries, []
        try:
            for section in sections(content):
                if not section.is_excluded():
                    self.create_entry_for_section(section, page.toc, page.url, page)
            return self.entries
        finally:
            self.entries = kept

    def generate_search_index(self, prev):
        return "{}"
