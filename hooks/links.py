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
from hooks.kb.machinery.workers import PREFETCH
from hooks.kb.pages.browse import CATEGORIES
from hooks.kb.posts import registry


def on_nav(nav, config, files):
    index = registry.REGISTRY.concepts
    for note in registry.REGISTRY.published() if index is not None else ():
        page_shows(note.src_path, lambda note=note: surroundings(index, note))
    return nav


@note_step("the links step")
def on_page_content(html, page, config, files):
    if registry.REGISTRY.get(page.file.src_uri) is None:
        return html
    # The page's links depend only on its HTML and what on_files settled: a worker may have made them.
    return PREFETCH.step("links", page.file.src_uri, html, lambda: _linked(html, page, config, files))


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

    html = link_concepts(html, index.matcher, concept_target)
    return place_note_links(html, concepts_line(index, note, href), related_section(index, note, href))
