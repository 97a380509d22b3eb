"""Search: Material's search index made to find Korean words and concept names (hooks/kb/search/search_index.py).

Before the build, Material's search plugin is given our index (hooks/kb/search/html_sections.py): it cuts pages
into the same sections faster (Material's HTML parser was a fifth of a 1000-note build), keeps each page
once under `mkdocs serve --dirty`, and adds the Korean words when Material writes it. Under --dirty the
index holds every page, merged with the build before; the words of sections that did not change are
kept from then.
"""

from __future__ import annotations

import logging
import time

from mkdocs.plugins import event_priority

from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.machinery.workers import PREFETCH
from hooks.kb.posts import registry
from hooks.kb.search.html_sections import SectionIndex
from hooks.kb.search.korean import KoreanAnalyzer, load_in_background
from hooks.kb.search.search_index import concept_pages, enrich_index

log = logging.getLogger("mkdocs.plugins.search_ko")
_analyzer = KoreanAnalyzer()
_words: BuildMemo[list[str]] = BuildMemo()  # each section's Korean nouns, from the build before


@event_priority(-100)  # after Material's search plugin has made its index
def on_config(config):
    _words.next_build()
    PREFETCH.tasks.pop("search", None)
    plugin = config.plugins.get("material/search")
    if getattr(plugin, "search_index", None) is not None:  # None: search is off
        index = SectionIndex(
            enrich=_enrich, first_section_only=_concept_page, computed_ahead=PREFETCH.step, **plugin.config
        )
        plugin.search_index = index
        PREFETCH.tasks["search"] = index.add_entry_from_context  # a worker makes its pages' entries too
        load_in_background()  # needed at the end of the build


def on_nav(nav, config, files):
    plugin = config.plugins.get("material/search")
    if isinstance(getattr(plugin, "search_index", None), SectionIndex):  # a rebuild drops pages now gone
        plugin.search_index.site_pages = [f.page.url for f in files.documentation_pages() if f.page]
    return nav


def _concept_page(url: str) -> bool:
    """A concept page is indexed by its title, summary and names; its quotes of the notes are left out
    (hooks/kb/search/search_index.py), so they are not even read."""
    concepts = registry.REGISTRY.concepts
    return url.startswith("concepts/") and concepts is not None and url in concept_pages(concepts.registry)


def _enrich(index: dict) -> dict:
    started = time.perf_counter()
    concepts = registry.REGISTRY.concepts  # read by hooks/concepts.py, errors reported there
    enriched = enrich_index(index, concepts.registry if concepts else ConceptRegistry(()), _analyzer, _words)
    log.debug(
        "Korean words added to %d search sections in %.2f s", len(index["docs"]), time.perf_counter() - started
    )
    return enriched
