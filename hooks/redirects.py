"""Redirects: each concept's Korean and English names as URLs leading to its stable `concepts/<id>/`.

Written into the site in `on_post_build`: they are not pages (no theme, not in the sitemap or search).
A real page or folder already at that place is never overwritten. The HTML is `hooks/kb/concepts/redirects.py`'s.
"""

from __future__ import annotations

import logging
from pathlib import Path

from hooks.generated import site_slugify
from hooks.kb.concepts.redirects import REDIRECT_MARK, concept_redirects, redirect_html
from hooks.kb.posts import registry

log = logging.getLogger("mkdocs.plugins.redirects")
# The redirects the last build wrote in each site folder: `mkdocs serve --dirty` keeps the folder, and a
# name that is no longer a concept's must not lead anywhere.
_written: dict[str, set[Path]] = {}


def on_post_build(config):
    index = registry.REGISTRY.concepts
    written: set[Path] = set()
    slugify = site_slugify(config)
    concepts_dir = Path(config.site_dir) / "concepts"
    for redirect in concept_redirects(index.registry, slugify) if index is not None else ():
        folder = concepts_dir / redirect.slug
        ours = _text_if_redirect(folder / "index.html")
        if folder.exists() and ours is None:
            log.info(
                "concepts/%s/ is a page of its own: no redirect to %s", redirect.slug, redirect.concept.id
            )
            continue
        html = redirect_html(redirect, config.site_url or "/", config.use_directory_urls)
        written.add(folder / "index.html")
        if ours != html:  # the same file from the build before (`mkdocs serve --dirty`) is left as it is
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "index.html").write_text(html, encoding="utf-8")
    site = str(Path(config.site_dir).resolve())
    for path in _written.get(site, set()) - written:
        if _text_if_redirect(path) is not None:
            path.unlink()
            if not any(path.parent.iterdir()):
                path.parent.rmdir()
    _written[site] = written


def _text_if_redirect(path: Path) -> str | None:
    """The file's text if it is one of ours from an earlier build (`mkdocs serve --dirty` keeps the site
    folder), else None."""
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    return text if REDIRECT_MARK in text[:300] else None
