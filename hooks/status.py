"""Status: the "노트 상태" page, made last, from every problem the earlier steps reported.

Its lists of problems are HTML put in after the theme's template (`on_post_page`), once every note has
been rendered and its links checked (hooks/kb/pages/status.py says why). The build then ends with a
short summary of the notes' warnings pointing to the page (every one with `-v`).
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from hooks.generated import add_generated_page
from hooks.kb.concepts.candidates import candidates_markdown
from hooks.kb.pages.status import StatusPage, render_status
from hooks.kb.posts import registry
from hooks.kb.posts.report import log_summary

STATUS_PAGE = "status.md"
_page: StatusPage | None = None
_builds = itertools.count()  # the page shows what each build found: it is rendered again every build
_serving = False  # under `mkdocs serve`, which serves the page at the site's address


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_shutdown():
    global _serving
    _serving = False  # MkDocs keeps a hook module for the life of the process: a later build is no server's


def on_files(files, config):
    global _page
    candidates = candidates_markdown(registry.REGISTRY, STATUS_PAGE)
    page = render_status(registry.REGISTRY, candidates)
    added = add_generated_page(files, config, STATUS_PAGE, page.markdown, shows=next(_builds))
    _page = page if added else None
    return files


@event_priority(60)  # before hooks/sanitize.py, which strips the comments that mark where the lists go
def on_page_content(html, page, config, files):
    if page.file.src_uri != STATUS_PAGE or _page is None:
        return html
    return _page.mark(html)


def on_post_page(output, page, config):
    if page.file.src_uri != STATUS_PAGE or _page is None:
        return output
    files = _files[0] if _files else None

    def href(src_path: str) -> str | None:
        file = files.get_file_from_path(src_path) if files is not None else None
        return get_relative_url(file.url, page.file.url) if file is not None else None

    return _page.fill(output, href, registry.REGISTRY)


_files: list = []


@event_priority(-100)  # after every other step has its files
def on_env(env, config, files):
    _files[:] = [files]
    return env


def on_post_build(config):
    _files.clear()
    log_summary(status_address(config.site_url or "", config.site_dir, _serving))


def status_address(site_url: str, site_dir: str, serving: bool) -> str:
    """Where the reader of the build's log finds the page: its address under `mkdocs serve` and on a
    published site; after a local `mkdocs build` (the site's address is this machine's, which nothing
    serves then) the file the build wrote."""
    host = urlsplit(site_url).hostname
    if serving or host not in ("127.0.0.1", "localhost", None):
        return site_url + "status/"
    page = os.path.join(site_dir, "status", "index.html")
    relative = os.path.relpath(page)
    return relative if not relative.startswith("..") else page
