"""Cache: what the steps computed, kept in `.cache/build/` beside the docs folder for the next build.

A `mkdocs build`, a restarted `mkdocs serve` and the Pages workflow find there the notes read, their
concepts and formulas, Kiwi's nouns, each page's rendered Markdown and the steps after it, keyed by what
they were made of (hooks/kb/machinery/cache.py). A build that ends well keeps what it stored; after one
that asked for every page, what it did not ask for is dropped. A failed build stores nothing.

Two costs of every page are kept here. Rendering its Markdown (Python-Markdown: about 5 ms a note): the
page's `render` takes MkDocs' result from the cache when the page's final Markdown, its place and the
site's configuration are the same and every file its links looked up still resolves as it did; the
warnings the render logged are logged again. And the theme's templates (3 to 8 ms a page, most of it the
navigation, which lists every page): a page whose HTML, metadata, place, neighbours, navigation and
configuration are the same gets the HTML the templates wrote before (hooks/kb/machinery/templates.py),
so a restarted `mkdocs serve` writes its pages without rendering them.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

from mkdocs.plugins import event_priority

from hooks.kb.machinery.cache import STORE
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.machinery.recorded import recording
from hooks.kb.machinery.templates import Unstable, kept_template_class, page_inputs, site_inputs

FOLDER = Path(".cache") / "build"  # beside the docs folder
_full: list[bool] = [False]  # this build populated every page (not a `serve --dirty` rebuild)
# A page's Markdown rendered: (HTML, table of contents, title, anchors, links to anchors, what it did).
_RENDERED = BuildMemo("rendered", reads_config=True, in_memory=False)
# A page's HTML as the theme's templates wrote it (compressed: a tenth of its size).
_WRITTEN = BuildMemo("page-html", reads_config=True, in_memory=False)
_build: dict = {}  # this build's navigation, then what every page's HTML shares (`site_inputs`)


def cache_folder(config) -> Path:
    return Path(config.docs_dir).resolve().parent / FOLDER


@event_priority(100)  # before any step asks the cache
def on_config(config):
    STORE.open(cache_folder(config))
    text = ""
    if config.config_file_path and Path(config.config_file_path).is_file():
        text = Path(config.config_file_path).read_text(encoding="utf-8")
    settings = (config.use_directory_urls, tuple(map(str, config.markdown_extensions)))
    STORE.set_config(text, settings)
    _full[0] = False


@event_priority(200)  # before hooks/notes.py guards the render: a render that fails is not kept
def on_page_markdown(markdown, page, config, files):
    page.render = _KeptRender(page, page.render)
    return markdown


class _KeptRender:
    """A page's `render`, taken from the cache when the same Markdown was rendered at the same place."""

    def __init__(self, page, render) -> None:
        self.page, self.render = page, render

    def __call__(self, config, files) -> None:
        page, computed = self.page, []
        key = (
            page.file.src_uri,
            page.file.url,
            page.markdown,
            logging.getLogger("mkdocs").getEffectiveLevel(),
        )
        kept = _RENDERED.get(
            key,
            lambda: computed.append(1) or self._rendered(config, files),
            valid=lambda r: r[-1].still_resolves(files),
        )
        content, toc, title, anchors, links, done = kept
        if not computed:
            done.replay()
        page.content, page.toc, page._title_from_render, page.present_anchor_ids = (
            content,
            toc,
            title,
            set(anchors),
        )
        if links is not None:
            page.links_to_anchors = {files.src_uris[src]: dict(found) for src, found in links.items()}

    def _rendered(self, config, files) -> tuple:
        page = self.page
        with recording(files) as (looked_up, done):
            self.render(config, looked_up)
        links = page.links_to_anchors
        links = {file.src_uri: dict(found) for file, found in links.items()} if links is not None else None
        return (
            page.content,
            page.toc,
            page._title_from_render,
            frozenset(page.present_anchor_ids),
            links,
            done,
        )


@event_priority(-1000)  # after every step has made the navigation
def on_nav(nav, config, files):
    _build["nav"] = nav
    return nav


@event_priority(-1000)  # after every page is populated and every title settled (hooks/serve.py's too)
def on_env(env, config, files):
    _full[0] = all(f.page is not None and f.page.content is not None for f in files.documentation_pages())
    nav = _build.pop("nav", None)
    _build["site"] = site_inputs(config, nav) if nav is not None and STORE.active else None
    env.template_class = _KeptTemplate  # every template loaded from here on: the pages'
    return env


def _written(name: str, context, render) -> str:
    site = _build.get("site")
    if site is None:
        return render()
    try:
        key = (site, page_inputs(name, context))
    except Unstable:  # metadata with no stable form: rendered, not kept
        return render()
    kept = _WRITTEN.get(key, lambda: zlib.compress(render().encode("utf-8", "surrogatepass"), 1))
    return zlib.decompress(kept).decode("utf-8", "surrogatepass")


_KeptTemplate = kept_template_class(_written)


@event_priority(-1000)  # after every step that stores results
def on_post_build(config):
    STORE.commit(prune=_full[0])
    _build.clear()


def on_build_error(error):
    STORE.rollback()
    _build.clear()


def on_shutdown():
    STORE.close()
