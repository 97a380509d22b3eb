"""Links: in note pages, the first mention of a concept per section links to its page; the concepts the
note covers are listed at the top and related notes (sharing a concept) at the bottom; the note's
categories link to their section of the categories page.

Runs in `on_page_content` after hooks/sanitize.py (so our links are trusted markup added after nh3) and
after hooks/formulas.py has marked formulas (so TeX is never linked). The work is in
`hooks/kb/links/autolink.py` and `hooks/kb/links/note_links.py`.
"""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from hooks.generated import page_shows, site_slugify
from hooks.guard import note_step
from hooks.kb.concepts.pages import page_path
from hooks.kb.links.autolink import ConceptTarget, link_concepts
from hooks.kb.links.note_links import (
    concepts_line,
    link_categories,
    place_note_links,
    related_section,
    surroundings,
)
from hooks.kb.machinery.cache import key_digest, stable_digest
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.pages.browse import CATEGORIES
from hooks.kb.posts import registry

# A note page's HTML with its links, by its HTML, its URL and everything the links read of the site.
_LINKED = BuildMemo("linked", reads_config=True, in_memory=False)
_site: list[bytes] = [b""]  # this build's digest of what the links read besides the page


def on_nav(nav, config, files):
    index = registry.REGISTRY.concepts
    for note in registry.REGISTRY.published() if index is not None else ():
        page_shows(note.src_path, lambda note=note: surroundings(index, note))
    _site[0] = _what_links_read(index, files)
    return nav


def _what_links_read(index, files) -> bytes:
    """The concepts and who covers them (a note's concepts, its related notes: their titles, dates and
    URLs), and every page's URL: what a note page's links are made of besides its own HTML."""
    pages = tuple((f.src_uri, f.url) for f in files.documentation_pages())
    if index is None:
        return stable_digest(pages)
    notes = {n.note.src_path: n.note for c in index.coverages.values() for n in c.notes}
    shown = tuple((p, n.url, n.title, str(n.date)) for p, n in sorted(notes.items()))
    covering = tuple((c, tuple(n.note.src_path for n in v.notes)) for c, v in index.coverages.items())
    # marshal's digest (dicts in their order, made the same way from the same notes): 5x faster here
    return key_digest((repr(index.registry), covering, index.covered, index.rank, shown, pages))


@note_step("the links step")
def on_page_content(html, page, config, files):
    if registry.REGISTRY.get(page.file.src_uri) is None:
        return html
    return _LINKED.get((html, page.file.src_uri, page.url, _site[0]), lambda: _linked(html, page, config, files))


def _linked(html, page, config, files) -> str:
    note, index = registry.REGISTRY.get(page.file.src_uri), registry.REGISTRY.concepts

    def href(src_uri: str) -> str | None:
        target = files.src_uris.get(src_uri)  # a site path already: no path normalizing
        return get_relative_url(target.url, page.url) if target is not None else None

    if note.categories and href(CATEGORIES):
        slugify = site_slugify(config)
        html = link_categories(html, lambda name: f"{href(CATEGORIES)}#{slugify(name, '-')}")
    if index is None or not index.registry.concepts:
        return html

    def concept_target(concept_id: str) -> ConceptTarget | None:
        url = href(page_path(concept_id))
        return ConceptTarget(url, index.registry.get(concept_id).title) if url else None

    html = link_concepts(html, index.matcher, concept_target, index.acronyms_of(note))
    return place_note_links(html, concepts_line(index, note, href), related_section(index, note, href))
