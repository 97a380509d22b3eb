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


def on_post_build(config):
    index = registry.REGISTRY.concepts
    if index is None:
        return
    slugify = site_slugify(config)
    concepts_dir = Path(config.site_dir) / "concepts"
    for redirect in concept_redirects(index.registry, slugify):
        folder = concepts_dir / redirect.slug
        if folder.exists() and not _is_redirect(folder / "index.html"):
            log.info(
                "concepts/%s/ is a page of its own: no redirect to %s", redirect.slug, redirect.concept.id
            )
            continue
        folder.mkdir(parents=True, exist_ok=True)
        canonical = (config.site_url or "/") + f"concepts/{redirect.concept.id}/"
        (folder / "index.html").write_text(redirect_html(redirect, canonical), encoding="utf-8")


def _is_redirect(path: Path) -> bool:
    """One of ours from an earlier build (`mkdocs serve --dirty` keeps the site folder)."""
    return path.is_file() and REDIRECT_MARK in path.read_text(encoding="utf-8")[:300]
