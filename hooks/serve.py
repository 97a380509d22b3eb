"""Serve: under `mkdocs serve --dirty` (`make serve`), each rebuild shows what a fresh build would.

MkDocs' --dirty renders only the pages whose source file is newer than their HTML. Everything else went
stale: the navigation of a rendered page named the pages it did not render `None`, a note's related
notes, the tags page and the lists kept the last build's, a deleted note stayed served. Here a page is
rendered again when anything it is made of changed (hooks/kb/machinery/rendered.py): its source, what
the steps declare it shows (`page_shows`), the site's configuration, theme and navigation, and the files
its links resolved to. A page that is not rendered again lends the navigation and the tags its title
and metadata from the build that wrote it; if the navigation itself changed, every page is rendered.
The files of pages that are gone are deleted.

Also: the theme's templates stay compiled between builds, and between processes (`.cache/jinja/`). MkDocs
makes a new Jinja environment for every build, Material's search plugin three more; compiling Material's
templates again was about 0.4 s of a rebuild at 1000 notes, and a quarter of a second of `make serve`'s
start.
"""

from __future__ import annotations

import gc
import logging
import os
import threading

import jinja2
from mkdocs.commands.build import _populate_page
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from hooks.generated import PAGE_INPUTS
from hooks.kb.machinery.rendered import LOOKUPS, Written, WrittenSite, digest, now
from hooks.kb.machinery.templates import folder_contents, navigation

log = logging.getLogger("mkdocs.plugins.serve")
_SITES: dict[str, WrittenSite] = {}  # by site folder: what the builds of this process wrote there
_build: dict = {}  # this build: its site, versions, whether every page renders, its files


class _KeptBytecode(jinja2.BytecodeCache):
    """Compiled templates kept in memory, keyed by template and checked against its source, so an edited
    template (`overrides/main.html`) is compiled again; and in `.cache/jinja/` beside the docs folder, so
    that a new process (`make serve` started again, a build) does not compile Material's templates again
    (a quarter of a second). Jinja checks what it reads there: a file of another Python, of another source
    or cut short is compiled again."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self.folder: str | None = None

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is None and self.folder is not None:
            try:
                with open(os.path.join(self.folder, bucket.key), "rb") as f:
                    code = f.read()
            except OSError:
                code = None
        if code is not None:
            bucket.bytecode_from_string(code)  # dropped by Jinja if the source's checksum changed

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code[bucket.key] = bucket.bytecode_to_string()
        if self.folder is not None:
            path = os.path.join(self.folder, bucket.key)
            try:
                os.makedirs(self.folder, exist_ok=True)
                with open(f"{path}.{os.getpid()}", "wb") as f:
                    f.write(code)
                os.replace(f"{path}.{os.getpid()}", path)  # whole, or not at all
            except OSError:
                pass  # no cache folder: compiled again next time


_KEPT = _KeptBytecode()


class _TrackedFile(File):
    """A page file that is "modified" when what its page would render differs from what was written."""

    def is_modified(self) -> bool:
        site, versions = _build["site"], _build["versions"]
        if _build["everything"] or self.src_uri not in versions:
            return True
        return not site.unchanged(self.abs_dest_path, versions[self.src_uri], _build["url_of"])


def on_startup(command, dirty=False):
    PAGE_INPUTS.tracking = command == "serve" and dirty
    if PAGE_INPUTS.tracking:
        logging.getLogger("mkdocs.commands.build").addFilter(_no_dirty_warning)


def _no_dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns at every --dirty rebuild that its navigation and links may be wrong: not so here
    (tests/builds/test_live_serve.py), and a new user would take it for breakage."""
    return not record.getMessage().startswith("A 'dirty' build is being performed")


@event_priority(100)  # before Material's search plugin compiles its language templates in its on_config
def on_config(config):
    _no_collection_now()
    PAGE_INPUTS.clear()
    _build.clear()
    docs_parent = os.path.dirname(os.path.abspath(config.docs_dir))
    _KEPT.folder = os.path.join(docs_parent, ".cache", "jinja", jinja2.__version__)
    theme, make_env = config.theme, config.theme.get_env

    def env_with_kept_templates() -> jinja2.Environment:  # every Jinja environment of the theme: MkDocs'
        env = make_env()  # for the pages, Material's search plugin's for its Korean strings
        env.bytecode_cache = _KEPT
        return env

    theme.get_env = env_with_kept_templates


@event_priority(-90)  # after every step that declares what pages show, and after awesome-pages
def on_nav(nav, config, files):
    if not PAGE_INPUTS.tracking:
        return nav
    site = _SITES.setdefault(os.path.abspath(config.site_dir), WrittenSite())
    pages = files.documentation_pages()
    own = [(f.src_uri, _places(f.page), lambda f=f: f.content_bytes) for f in pages]
    versions = PAGE_INPUTS.versions(own, _site_inputs(config, nav))
    files.get_file_from_path = LOOKUPS.wrap(files.get_file_from_path)  # links resolved while rendering
    url_of = {f.src_uri: f.url for f in files}.get
    _build.update(site=site, versions=versions, everything=False, url_of=url_of, files=files, nav=nav)
    _build["listings"] = set()
    for file in pages:
        file.__class__ = _TrackedFile
    return nav


@event_priority(200)  # before any step reads the page
def on_pre_page(page, config, files):
    if "site" in _build:
        LOOKUPS.begin()  # the files a step links the page to (kb-docs: links, the status page's)
    return page


@event_priority(-300)  # after every step that changes the page's HTML
def on_page_content(html, page, config, files):
    if "site" in _build:
        LOOKUPS.end(page.file.src_uri)
    return html


@event_priority(110)  # before Material's tags plugin lists the pages' tags
def on_env(env, config, files):
    if "site" not in _build:
        return env
    site = _build["site"]
    skipped = [f.page for f in files.documentation_pages() if f.page is not None and f.page.markdown is None]
    titles = {page.file.src_uri: site.pages[page.file.abs_dest_path].title for page in skipped}
    navigation = digest(repr(_shown_navigation(_build["nav"].items, titles)))
    if site.navigation is not None and navigation != site.navigation and skipped:
        log.info("The navigation changed: every page is rendered again")
        _build["everything"] = True
        for page in skipped:
            _populate_page(page, config, files)
        skipped = []
    _build["navigation"] = navigation  # the site's once every page is written (on_post_build)
    for page in skipped:
        _lend(page, site.pages[page.file.abs_dest_path], config, files)
    _keep_tags_in_file_order(config, files)
    return env


@event_priority(100)  # before Material's tags plugin replaces its listing directive
def on_page_markdown(markdown, page, config, files):
    tags = config.plugins.get("material/tags")
    if "site" in _build and tags is not None and tags.config.listings_directive in markdown:
        _build["listings"].add(page.file.src_uri)  # lists every page's tags: rendered in every build
    return markdown


@event_priority(-100)
def on_post_page(output, page, config):
    if "site" in _build:
        file = page.file
        _build["site"].pages[file.abs_dest_path] = Written(
            version=_build["versions"].get(file.src_uri, b""),
            when=now(),
            title=page.title,
            meta=dict(page.meta),
            anchors=frozenset(page.present_anchor_ids) if page.present_anchor_ids is not None else None,
            links=LOOKUPS.by_page.pop(file.src_uri, ()),
            always=file.src_uri in _build["listings"],
        )
    return output


def on_post_build(config):
    if "site" in _build:
        _build["site"].navigation = _build.get("navigation")
        outputs = [f.abs_dest_path for f in _build["files"]]
        for path in _build["site"].remove_stale(outputs, config.site_dir):
            log.debug("Removed %s: its page is gone", path)
        _collect_while_idle()
    LOOKUPS.by_page.clear()
    _build.clear()


_IDLE_AFTER = 2.0  # seconds after a rebuild: its page is served, the browser has reloaded it
_collection: list[threading.Timer] = []


def _collect_while_idle() -> None:
    """Python's full garbage collection walks every object the server keeps (every note, page and result
    of the build before): 0.3 s at 1000 notes, and it fell in every other rebuild, on the edit's way to
    the reader. Done while the server waits for the next edit, it leaves a rebuild too little to collect
    in full. A build that starts first puts it off (`_no_collection_now`)."""
    _no_collection_now()
    timer = threading.Timer(_IDLE_AFTER, gc.collect)
    timer.daemon = True  # never keeps a stopped server alive
    timer.start()
    _collection.append(timer)


def _no_collection_now() -> None:
    while _collection:
        _collection.pop().cancel()


def _site_inputs(config, nav) -> tuple:
    """What every page is made of besides its own: configuration, theme, and the navigation's places."""
    config_text = ""
    if config.config_file_path and os.path.isfile(config.config_file_path):
        with open(config.config_file_path, encoding="utf-8") as f:
            config_text = f.read()
    return (
        config_text,
        config.site_url,
        folder_contents(config.theme.custom_dir),
        _shown_navigation(nav.items, None),
    )


def _places(page) -> tuple:
    """The page's URL and its neighbours' (`<link rel="prev">`, `rel="next"`, in every page's head)."""
    neighbours = (page.previous_page, page.next_page) if page is not None else (None, None)
    return (page.url if page else None, *(p.url if p is not None else None for p in neighbours))


def _shown_navigation(items, titles: dict[str, str | None] | None) -> tuple:
    """The navigation's sections, pages and links, with titles when `titles` is given (a page not rendered
    this build takes its title from there). Not the pages' metadata: a page not rendered has none yet."""
    if titles is None:
        return navigation(items, lambda page: None, meta=())
    return navigation(items, lambda page: titles.get(page.file.src_uri, page.title), meta=())


def _lend(page, written: Written, config, files) -> None:
    """A page not rendered again: its title, metadata and anchors as the build that wrote it had them,
    for the navigation, the tags listing and link checks of the pages that are rendered."""
    page.title = written.title
    page.meta = dict(written.meta)
    page.present_anchor_ids = set(written.anchors) if written.anchors is not None else None
    tags = config.plugins.get("material/tags")
    if tags is not None:
        tags.on_page_markdown("", page=page, config=config, files=files)


def _keep_tags_in_file_order(config, files) -> None:
    """Pages lent to the tags plugin were added after the rendered ones: put them back in the order a
    full build adds them (listings keep it among pages of the same title; tags.json keeps it)."""
    tags = config.plugins.get("material/tags")
    mappings = getattr(getattr(tags, "mappings", None), "data", None)
    if not mappings:
        return
    order = {f.url: n for n, f in enumerate(files.documentation_pages())}
    tags.mappings.data = dict(sorted(mappings.items(), key=lambda item: order.get(item[0], len(order))))
