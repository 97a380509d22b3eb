"""`make serve` rebuilds with --dirty: only edited pages are rendered again. What must stay whole."""

from __future__ import annotations

import json
import os
import time

from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.sitebuild import ROOT, site_pages, write_tree


def _serve_build(docs, site):
    """One rebuild as `mkdocs serve --dirty` does it: a fresh config, plugins kept across builds."""
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)


def test_dirty_rebuild_keeps_every_note_in_search_and_in_the_note_list(tmp_path):
    notes = {f"notes/n{i}.md": f"---\ntitle: 노트 {i}\ntags: [t{i}]\n---\n본문 {i}\n" for i in range(6)}
    docs = write_tree(tmp_path / "docs", {**site_pages(), **notes})
    site = tmp_path / "site"
    _serve_build(docs, site)
    edited = docs / "notes" / "n3.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nkbedited\n", encoding="utf-8")
    later = time.time() + 5  # mtimes decide what a dirty build renders
    os.utime(edited, (later, later))
    _serve_build(docs, site)

    assert "kbedited" in (site / "notes" / "노트-3" / "index.html").read_text(encoding="utf-8")
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {f"notes/노트-{i}/" for i in range(6)} <= indexed
    listing = (site / "notes" / "index.html").read_text(encoding="utf-8")
    assert all(f"노트 {i}" in listing for i in range(6))
