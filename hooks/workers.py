"""Workers: the pages' Markdown, sanitizing, concept links and search entries computed on every core.

MkDocs renders pages on one core. At the first page of a build with enough pages to render, worker
processes are forked (`hooks/kb/machinery/workers.py`); each takes pages from the end of the list and runs their
events up to their HTML, as the build does, while the build goes on from the start. The steps marked
with `PREFETCH.step` (rendering here, sanitizing, links, search entries) then take a worker's result when
their input is the same. For rendering, every page becomes a `_Page` in `on_nav`, once MkDocs has made
the pages (and given them the navigation's titles): the same object, whose `render` is such a step. A
page the build renders itself is sent, finished, to a worker, which makes its search entries while the
build writes pages.

`KB_JOBS` sets the number of processes (1: no workers); by default one per usable core, and only when
at least `MIN_PAGES` pages are to be rendered (so not for a `mkdocs serve --dirty` edit).
"""

from __future__ import annotations

import logging
import os

from mkdocs.commands.build import _populate_page
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from hooks.kb.machinery.rendered import LOOKUPS
from hooks.kb.machinery.workers import PREFETCH, Workers, processes_to_use

MIN_PAGES = 64  # fewer pages than this render faster than a fork and its messages cost
log = logging.getLogger("mkdocs.plugins.workers")
_build: dict = {}  # this build's workers and its pages' places in their list


class _Page(Page):
    """A page whose Markdown a worker may have rendered already: the same Markdown, the same result."""

    def render(self, config, files):
        content, toc, title, anchors, links, looked_up = PREFETCH.step(
            "render", self.file.src_uri, self.markdown, lambda: _render(self, config, files)
        )
        self.content, self.toc, self.present_anchor_ids = content, toc, anchors
        LOOKUPS.by_page[self.file.src_uri] = looked_up  # what hooks/serve.py checks before rendering it again
        self._title_from_render = title
        if links is not None:
            self.links_to_anchors = {files.src_uris[src]: found for src, found in links.items()}


def _render(page: _Page, config, files) -> tuple:
    with LOOKUPS.recording() as looked_up:
        Page.render(page, config, files)
    links = page.links_to_anchors
    links = {file.src_uri: found for file, found in links.items()} if links is not None else None
    return page.content, page.toc, page._title_from_render, page.present_anchor_ids, links, tuple(looked_up)


def on_config(config):
    _stop()
    PREFETCH.reset()


@event_priority(-100)  # after awesome-pages and every other step has made the navigation
def on_nav(nav, config, files):
    """MkDocs made a page for every file while it made the navigation (with the titles the navigation
    gives); each becomes a `_Page`: the same object, whose `render` is a step."""
    for file in files.documentation_pages():
        if type(file.page) is Page:  # a plugin's own kind of page renders as it does
            file.page.__class__ = _Page
    return nav


@event_priority(100)  # before any other step reads the page
def on_pre_page(page, config, files):
    if PREFETCH.recording is not None:  # in a worker
        return page
    if "pages" not in _build:
        _start(config, files)
    workers, index = _build.get("workers"), _build["pages"].get(page.file.src_uri)
    if workers is not None and index is not None and workers.claim(index):
        _build["own"].add(index)
    return page


@event_priority(-200)  # after every step that changes the page's HTML
def on_page_content(html, page, config, files):
    """A page the build rendered itself: a worker makes its search entries (PREFETCH.tasks) meanwhile."""
    workers, index = _build.get("workers"), _build.get("pages", {}).get(page.file.src_uri)
    if workers is not None and index in _build["own"] and PREFETCH.recording is None:
        # meta copied: it is sent later, by a thread, while the build goes on with the page
        state = {"content": html, "toc": page.toc, "title": page.title, "meta": dict(page.meta)}
        workers.ask(index, state)
    return html


def on_env(env, config, files):
    if _build.get("workers") is not None:
        _build["workers"].done_asking()
    return env


def on_build_error(error):
    _stop()


def on_post_build(config):
    if _build.get("workers") is not None:
        log.debug(
            "Steps taken from workers: %s; computed again: %s", dict(PREFETCH.taken), dict(PREFETCH.missed)
        )
    _stop()
    PREFETCH.results.clear()  # the counts stay until the next build, for whoever wants them


def _start(config, files) -> None:
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    _build["pages"] = {page.file.src_uri: i for i, page in enumerate(pages)}
    jobs, forced = processes_to_use(os.environ.get("KB_JOBS"))
    to_render = sum(p.file.is_modified() for p in pages)
    if jobs < 2 or (not forced and to_render < MIN_PAGES):
        log.debug("Pages rendered in one process: %d to render, %d processes allowed", to_render, jobs)
        return
    log.debug("Pages rendered by %d processes: %d to render", jobs, to_render)
    workers = Workers(
        pages, lambda page: page.file.src_uri, lambda page: _populate(page, config, files), PREFETCH
    )
    workers.start(jobs)
    _build["workers"], _build["own"] = workers, set()


def _populate(page, config, files) -> None:
    """In a worker: a page's events up to its finished HTML, by MkDocs' own `_populate_page`, so the
    worker runs exactly the build's sequence. `dirty`: a page not modified since the site was written
    is skipped, as `mkdocs serve --dirty` skips it (after a clean, every page is modified)."""
    _populate_page(page, config, files, dirty=True)


def _stop() -> None:
    workers = _build.pop("workers", None)
    if workers is not None:
        workers.stop()
    _build.clear()
