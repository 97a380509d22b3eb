"""The long lists of a concept page, "다른 노트" and "언급만 한 노트", as raw HTML.

At 1000 notes a list holds hundreds of lines, each with a few links: Python-Markdown parsing them was most
of what a concept page cost to render. As one raw HTML block (the same `<ul>` Markdown made), marked so
that Markdown takes it whole without parsing it (`hooks/kb/pages/html_lists.py`), it passes through
untouched. So the links are written as the browser needs them: each note's final URL, relative to
the concept page's, percent-encoded. Titles show as written (no Markdown in them): `<`, `>` and a bare `&`
escaped, character references kept (as Markdown keeps them), formulas left as written for
hooks/formulas.py to typeset, and a lone `$` or backslash outside them written as a character reference,
so that it never pairs with one on the next line into a formula.
A strict build no longer checks these links; tests/helpers/crawl.py does, over the built site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from hooks.kb.concepts.coverage import NoteCoverage
from hooks.kb.math.tex import outside_formulas
from hooks.kb.pages.html_lists import html_list
from hooks.kb.pages.listing import note_day
from hooks.kb.posts.note import Note

_BARE_AMPERSAND = re.compile(r"&(?!#?\w+;)")


def page_url(page_path: str, directory_urls: bool = True) -> str:
    """The site-relative URL MkDocs gives the page `page_path` (`concepts/lstm.md` -> `concepts/lstm/`)."""
    return File(page_path, None, "", directory_urls).url


def note_href(note: Note, from_url: str, directory_urls: bool = True, anchor: str | None = None) -> str:
    """The note's final URL, relative to the page at site-relative `from_url`, percent-encoded."""
    target = note.url if directory_urls else note.url + "index.html"
    href = _quote(get_relative_url(target, from_url))
    return f"{href}#{_quote(anchor)}" if anchor else href


@lru_cache(maxsize=65536)
def _quote(text: str) -> str:
    return quote(text)


def notes_with_passages_html(
    covered: Iterable[NoteCoverage], from_url: str, directory_urls: bool = True
) -> str:
    """Older notes, one line each: title and date, then a link to each of the note's passages."""
    items = []
    for one in covered:
        href = note_href(one.note, from_url, directory_urls)
        links = ", ".join(
            f'<a href="{href}#{_quote(p.anchor)}">{shown(p.trail[-1])}</a>'
            if p.anchor
            else f'<a href="{href}">{shown(p.trail[-1])}</a>'
            for p in one.passages
        )
        items.append(_note_link(one.note, href) + " — " + links)
    return html_list(items)


def notes_html(notes: Iterable[Note], from_url: str, directory_urls: bool = True) -> str:
    """Notes one line each: title (a link) and date."""
    return html_list(_note_link(note, note_href(note, from_url, directory_urls)) for note in notes)


def _note_link(note: Note, href: str) -> str:
    return f'<a href="{href}">{shown(note.title)}</a> · {note_day(note)}'


def shown(text: str) -> str:
    """A title or heading as HTML that shows it as written, its formulas as written for the formulas step
    (which reads the page's Markdown, raw HTML included) to typeset."""
    return outside_formulas(text, _html_text)


def _html_text(text: str) -> str:
    text = _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("$", "&#36;").replace("\\", "&#92;")
