"""What a note page shows around the author's text: the concepts it covers (top), related notes (bottom).

HTML, put into the page after sanitizing (it is the site's own markup). Both blocks carry `kb-no-autolink`
so the concept auto-linker leaves them alone, and `data-search-exclude` so Material's search indexes the
author's text only (a search for "RNN" should not find every note that merely relates to one). `href(src_uri)` gives the URL of a page of the site
(`concepts/cnn.md`, a note's source path) relative to the page the links are put in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from hooks.kb.concepts.index import ConceptIndex
from hooks.kb.concepts.pages import page_path
from hooks.kb.pages.note_page import korean_date
from hooks.kb.posts.note import Note

_NOT_SEARCHED = 'data-search-exclude="true"'  # Material's search skips the element, then drops the attribute
_CATEGORY = re.compile(r'<span class="kb-category">(.*?)</span>')  # made by note_page.note_header
_AFTER_HEADER = re.compile(r"</h1>\s*(?:<p class=\"kb-note-meta\">.*?</p>)?", re.S)


def concepts_line(index: ConceptIndex, note: Note, href: Callable[[str], str]) -> str:
    """`<p>` naming the concepts the note covers, each a link to its page; "" when it covers none."""
    ids = index.concepts_of(note)
    if not ids:
        return ""
    links = " ".join(_concept_link(index, i, href) for i in ids)
    return f'<p class="kb-note-concepts kb-no-autolink" {_NOT_SEARCHED}>이 노트가 다루는 개념: {links}</p>'


def related_section(index: ConceptIndex, note: Note, href: Callable[[str], str]) -> str:
    """A "관련 노트" section: notes sharing a covered concept, with the concepts they share."""
    related = index.related_notes(note)
    if not related:
        return ""
    items = []
    for other in related:
        day = korean_date(other.note.date) if other.note.date else "날짜 없음"
        shared = ", ".join(html.escape(index.registry.get(c).name) for c in other.shared)
        items.append(
            f'<li><a href="{html.escape(href(other.note.src_path))}">{html.escape(other.note.title)}</a>'
            f' <span class="kb-related-meta">{day} · 함께 다룬 개념: {shared}</span></li>'
        )
    return (
        f'<section class="kb-related kb-no-autolink" {_NOT_SEARCHED} aria-labelledby="kb-related-notes">'
        f'<h2 id="kb-related-notes" {_NOT_SEARCHED}>관련 노트</h2>'  # else an empty search entry per note
        f"<ul>{''.join(items)}</ul></section>"
    )


def surroundings(index: ConceptIndex, note: Note) -> tuple:
    """Everything `concepts_line` and `related_section` show of other pages: a note page changes with it."""
    related = tuple(
        (other.note.src_path, other.note.url, other.note.title, other.note.date, other.shared)
        for other in index.related_notes(note)
    )
    return index.concepts_of(note), related


def link_categories(page_html: str, href: Callable[[str], str]) -> str:
    """The categories in the note's metadata line as links to their section of the categories page."""

    def linked(match: re.Match) -> str:
        url = html.escape(href(html.unescape(match.group(1))))
        return f'<a class="kb-category" href="{url}" title="이 분류의 노트">{match.group(1)}</a>'

    return _CATEGORY.sub(linked, page_html)


def place_note_links(page_html: str, top: str, bottom: str) -> str:
    """`top` after the title and its metadata line (or first), `bottom` at the end."""
    if top:
        found = _AFTER_HEADER.search(page_html)
        at = found.end() if found else 0
        page_html = page_html[:at] + "\n" + top + "\n" + page_html[at:]
    return page_html + ("\n" + bottom + "\n" if bottom else "")


def _concept_link(index: ConceptIndex, concept_id: str, href: Callable[[str], str]) -> str:
    concept = index.registry.get(concept_id)
    return (
        f'<a class="kb-concept-chip" href="{html.escape(href(page_path(concept_id)))}" '
        f'title="{html.escape(concept.title)}">{html.escape(concept.name)}</a>'
    )
