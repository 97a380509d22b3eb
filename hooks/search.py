"""Search: the pages indexed by Pagefind with the Korean nouns and synonyms a query needs (hooks/kb/search/).

Material's search plugin stays for its search box and its Korean strings; its index object is replaced by
ours (hooks/kb/search/html_sections.py), which cuts each page into the sections a result shows. Each
page's sections and their hidden words (Kiwi's nouns, read in a process of its own: korean.py) become a
small document (documents.py) and Pagefind indexes them into `pagefind/` (pagefind_index.py), in a thread
beside the theme's templates (`mkdocs build`) or beside the server once the pages are written (`mkdocs
serve`); `search/synonyms.json(.gz)` gives the search box the synonym groups. Material's lunr
index, its search worker and lunr's language files are not written: the search box
(overrides/assets/javascripts/kb-search.js) loads nothing until a reader opens it.
"""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

from mkdocs.plugins import event_priority

from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.posts import registry
from hooks.kb.search.documents import opening
from hooks.kb.search.html_sections import SectionIndex
from hooks.kb.search.korean import KoreanAnalyzer
from hooks.kb.search.pagefind_index import (
    chunks_of,
    finish_indexing,
    first_files,
    gzipped_copy,
    is_indexed,
    name_first_files,
    staged_for,
)
from hooks.kb.search.synonyms import Synonyms

log = logging.getLogger("mkdocs.plugins.search_ko")
_analyzer = KoreanAnalyzer()  # its cache of each word's nouns outlives a build
_serving = False  # `mkdocs serve`: the index is written beside the server (pagefind_index.py)
_UNLOADED = ("assets/javascripts/workers/", "assets/javascripts/lunr/")  # Material's search worker, lunr
_BOX_SCRIPT = "kb-search.js"  # the search box (extra_javascript), told the names of the index's first files
_urls: set[str] = set()
# A page's search sections, by everything they are made of (the search plugin's settings: mkdocs.yml).
_SECTIONS = BuildMemo("search-sections", reads_config=True, in_memory=False)


@event_priority(-100)  # after Material's search plugin has made its index object
def on_config(config):
    plugin = config.plugins.get("material/search")
    if getattr(plugin, "search_index", None) is not None:  # None: search is off
        index = SectionIndex(first_section_only=_concept_page, kept=_SECTIONS.get, **plugin.config)
        plugin.search_index = index
        _analyzer.start_if_new()


def on_files(files, config):
    if _section_index(config) is not None:
        for file in [f for f in files if f.src_uri.startswith(_UNLOADED)]:
            files.remove(file)
    return files


@event_priority(-100)  # after Material's tags plugin has filled its listings: every page's HTML is final
def on_env(env, config, files):
    """`mkdocs build`: every page's search entries; their documents are made (Kiwi reads their new words
    in its own process) and Pagefind indexes them while the theme's templates write the pages (at 1000
    notes, seconds of their own on the other core). Under `mkdocs serve` the pages are written first,
    and served, then search follows."""
    _urls.clear()
    # The pages that get a search document. The home page's URL here is './' (its entries': ''): it is left
    # out, as it has always been, the page every reader starts from and which only points to the others.
    _urls.update(file.url for file in files.documentation_pages())
    index = _section_index(config)
    if index is not None and not _serving:
        for file in files:
            if file.page is not None and file.page.content is not None:  # populated in this build
                index.add_entry_from_context(file.page)
        _index(config, index)
    return env


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"
    _analyzer.keep_model = _serving  # Kiwi, once loaded, stays for the next edit's new words


def on_shutdown():
    global _serving
    _serving = False  # MkDocs keeps a hook module for the life of the process: a later build is no server's
    finish_indexing()  # before MkDocs deletes the served folder: Pagefind would make it again to write there
    _analyzer.kiwi.stop()


@event_priority(100)  # before hooks/cache.py drops what the failed build stored
def on_build_error(error):
    """A `mkdocs build` failed while its documents were made and indexed beside the templates: they are
    finished first (Kiwi's process then ends), so that what they store is dropped with the rest, not kept
    after it, and nothing of the build is still running when MkDocs returns."""
    if 0 in _indexing:
        _indexing.pop(0).exception()


@event_priority(-100)  # after Material's search plugin has written its (empty) index
def on_post_build(config):
    index = _section_index(config)
    if index is None:
        return
    (Path(config.site_dir) / "search" / "search_index.json").unlink(missing_ok=True)
    if _serving or index.late:  # late: a page changed after its entries were made (no step does that now)
        staged_for(config.site_dir).wait()
        _index(config, index)
    if 0 in _indexing:
        _indexing.pop(0).result()  # the build ends with its index written, or fails with Pagefind
        _name_first_files(config)


def _name_first_files(config, indexed: bool = True) -> None:
    """The search box's script in the site told which files of the index to ask for at once (its static
    files are copied before the pages are written, and Pagefind may finish first: called after both).
    `indexed=False`: there is no index yet (a first `mkdocs serve`, whose pages are served before it), and
    the script is told so (null), to wait for it."""
    for script in config.extra_javascript:
        if str(script).endswith(_BOX_SCRIPT) and (Path(config.site_dir) / str(script)).is_file():
            named = first_files(config.site_dir) if indexed else None
            name_first_files(Path(config.site_dir) / str(script), named)


_indexing: dict[int, Future] = {}  # a `mkdocs build`'s index being written beside the templates


def _index(config, index: SectionIndex) -> None:
    site = Path(config.site_dir)
    started = time.perf_counter()
    concepts = registry.REGISTRY.concepts  # read by hooks/concepts.py, errors reported there
    synonyms = _synonyms(concepts.registry if concepts else ConceptRegistry(()))
    staged = staged_for(site)
    staged.wait()  # the index of the build before, if it is still being written
    notes = {note.url for note in registry.REGISTRY.published()}
    definitions = {f"concepts/{i}/" for i, c in concepts.coverages.items() if not c.notes} if concepts else set()
    unwritten = staged.update(index.by_page, index.pages, _urls, notes, synonyms, definitions)
    if unwritten.pages:
        _analyzer.read_cache()  # here: a served build's end drops from the cache what it did not read
    else:
        _analyzer.keep_cache()
    written = time.perf_counter()

    _keep_openings(index, {group.page for group in synonyms.groups if group.page})

    def indexed(count: int) -> None:
        chunks = chunks_of(site, {group.token for group in synonyms.groups})
        _write_synonyms(site, synonyms.browser_map(_openings, chunks))
        log.debug(
            "Search: %d pages written in %.2f s, %d indexed by Pagefind in %.2f s",
            len(index.by_page), written - started, count, time.perf_counter() - written,
        )  # fmt: skip

    if _serving:  # the edited page is served at once; search follows when its documents are made (Kiwi
        # reads the new words) and Pagefind has indexed them
        if not is_indexed(site):  # a first start: no index yet
            _write_synonyms(site, {"groups": [], "indexing": True})
            _name_first_files(config, indexed=False)

        def indexed_beside(count: int) -> None:
            indexed(count)
            _name_first_files(config)

        def not_indexed() -> None:
            if not is_indexed(site):  # no index at all: the box says search is unavailable, not coming
                _write_synonyms(site, {"groups": [], "unavailable": True})

        staged.index_later(site, indexed_beside, partial(staged.write_unwritten, unwritten, _analyzer), not_indexed)
    else:
        if 0 in _indexing:  # a build that failed before its end: its index is done or dropped first
            _indexing.pop(0).exception()
        pool = ThreadPoolExecutor(1, thread_name_prefix="kb-pagefind")

        def index_beside() -> None:  # the templates write the pages meanwhile
            staged.write_unwritten(unwritten, _analyzer)
            indexed(staged.index(site))

        _indexing[0] = pool.submit(index_beside)
        pool.shutdown(wait=False)


def _write_synonyms(site: Path, known: dict) -> None:
    """`search/synonyms.json`, and its gzipped copy, which the box reads: gzipped, as Pagefind keeps its own
    files, a static server that compresses nothing sends it small too (36 -> 10 KB); the plain copy is for
    a browser that cannot unpack it. `{"indexing": true}` while a first `mkdocs serve` makes its index,
    `{"unavailable": true}` when it failed to (until an edit's build makes one)."""
    (site / "search").mkdir(parents=True, exist_ok=True)  # maybe before Material's plugin writes there
    path = site / "search" / "synonyms.json"
    path.write_bytes(json.dumps(known, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    gzipped_copy(path)


# The title and opening words of each concept page, by URL, which the box shows before Pagefind has loaded:
# kept across the builds of `mkdocs serve --dirty`, which index only the pages rendered again.
_openings: dict[str, tuple[str, str]] = {}


def _keep_openings(index: SectionIndex, pages: set[str]) -> None:
    for url in pages & index.by_page.keys():
        if index.by_page[url]:
            _openings[url] = opening(index.by_page[url][0])
    for url in _openings.keys() - pages:
        del _openings[url]


_synonyms_of: list = [None, None]  # the registry (kept by hooks/concepts.py while it is the same), its synonyms


def _synonyms(concepts: ConceptRegistry) -> Synonyms:
    if _synonyms_of[0] is not concepts:
        _synonyms_of[:] = [concepts, Synonyms(concepts)]
    return _synonyms_of[1]


def _section_index(config) -> SectionIndex | None:
    index = getattr(config.plugins.get("material/search"), "search_index", None)
    return index if isinstance(index, SectionIndex) else None


def _concept_page(url: str) -> bool:
    """A concept page is indexed by its title, summary and names; its quotes of the notes are left out
    (hooks/kb/search/documents.py), so they are not even read."""
    concepts = registry.REGISTRY.concepts
    return url.startswith("concepts/") and concepts is not None and url in {
        f"concepts/{c.id}/" for c in concepts.registry.concepts
    }
