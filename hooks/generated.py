"""MkDocs glue shared by the hooks (not itself a hook: it has no `on_*`)."""

from __future__ import annotations

import os
import time
from collections.abc import Hashable

from markdown.extensions.toc import slugify as toc_default_slugify
from mkdocs.structure.files import File, Files


def site_slugify(config):
    """The slugify the site's toc makes heading ids with (mkdocs.yml, else toc's own default), so a link's
    `#anchor` is the id of the heading it points at."""
    return config.mdx_configs.get("toc", {}).get("slugify") or toc_default_slugify


def add_generated_page(files, config, path: str, markdown: str, shows: Hashable = ()) -> bool:
    """Add a generated page unless a hand-written one sits at `path` (it wins); True if added.

    `shows`: whatever the page shows besides its Markdown (HTML put in later), so that a change to it
    renders the page again under `mkdocs serve --dirty` (see `GeneratedPage`)."""
    if files.get_file_from_path(path) is not None:
        return False
    page = GeneratedPage.generated(config, path, content=markdown)
    page.version = hash((markdown, shows, _links(files)))
    files.append(page)
    return True


# (site folder, page) -> (version last rendered there, when): what `mkdocs serve --dirty` already wrote.
_RENDERED: dict[tuple[str, str], tuple[int, float]] = {}
_links_of: tuple[Files, int] | None = None


class GeneratedPage(File):
    """A generated page that `mkdocs serve --dirty` renders again only when it changed.

    MkDocs counts every generated file as modified, so each rebuild rendered all ~40 generated pages
    (concept pages, lists, status) again: most of a rebuild at 1000 notes. A page is unchanged when its
    Markdown, what it `shows` besides, and every note's URL (its links) are those it was last rendered
    with, and its HTML was written after that: a rebuild that failed before writing it renders it again.
    """

    version: int = 0

    def is_modified(self) -> bool:
        key = (self.dest_dir, self.src_uri)
        last = _RENDERED.get(key)
        if last is not None and last[0] == self.version and _written_since(self.abs_dest_path, last[1]):
            return False
        _RENDERED[key] = (self.version, time.time())
        return True


def _written_since(path: str, moment: float) -> bool:
    try:
        return os.path.getmtime(path) >= moment - 0.05  # file times can lag the clock by a tick
    except OSError:
        return False


def _links(files: Files) -> int:
    """A version of every hand-written page's URL: a generated page's links follow them."""
    global _links_of
    if _links_of is None or _links_of[0] is not files:
        pages = tuple((f.src_uri, f.url) for f in files.documentation_pages() if f.generated_by is None)
        _links_of = (files, hash(pages))
    return _links_of[1]
