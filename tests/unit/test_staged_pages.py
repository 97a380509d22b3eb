"""The staging folder of page documents that Pagefind indexes: one per site for the life of the process."""

from __future__ import annotations

import tempfile

from hooks.kb.search import pagefind_index


def test_a_site_has_one_staging_folder_however_many_builds_ask_for_it(tmp_path, monkeypatch):
    """Each build of `mkdocs serve` asks for its site's folder twice; a folder made at each ask stayed in
    the temporary folder until the server stopped (left there for good if it was killed)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(pagefind_index, "_STAGED", {})
    site = tmp_path / "site"
    first = pagefind_index.staged_for(site)
    for _ in range(3):
        assert pagefind_index.staged_for(site) is first
    assert [path.name for path in temp.iterdir()] == [first.root.name]
    other = pagefind_index.staged_for(tmp_path / "other-site")
    assert other is not first and len(list(temp.iterdir())) == 2
