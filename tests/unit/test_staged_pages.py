"""The staging folder of page documents that Pagefind indexes: one per site for the life of the process,
made only when Pagefind is to read it, and removed by a later build when its process was killed."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from hooks.kb.search import pagefind_index


def _temp(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(pagefind_index, "_STAGED", {})
    return temp


def _ended_process_id() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_site_has_one_staging_folder_however_many_builds_ask_for_it(tmp_path, monkeypatch):
    """Each build of `mkdocs serve` asks for its site's folder twice; a folder made at each ask stayed in
    the temporary folder until the server stopped (left there for good if it was killed)."""
    temp = _temp(tmp_path, monkeypatch)
    site = tmp_path / "site"
    first = pagefind_index.staged_for(site)
    for _ in range(3):
        assert pagefind_index.staged_for(site) is first
    assert list(temp.iterdir()) == []  # nothing for Pagefind to read yet: no folder
    first.write("notes/a/", "<html>a</html>")
    first._to_folder()
    assert [path.name for path in temp.iterdir()] == [first.root.name]
    assert first.root.name.startswith(f"kb-search-{os.getpid()}-")
    assert (first.root / "notes/a/index.html").read_text(encoding="utf-8") == "<html>a</html>"
    other = pagefind_index.staged_for(tmp_path / "other-site")
    assert other is not first and other.root != first.root and len(list(temp.iterdir())) == 2


def test_a_killed_process_s_folder_is_removed_by_the_next_one_to_stage(tmp_path, monkeypatch):
    """A build or server ended by SIGTERM runs no exit handler, so its folder stayed in /tmp for good."""
    temp = _temp(tmp_path, monkeypatch)
    ended = temp / f"kb-search-{_ended_process_id()}-abc123"
    (ended / "notes").mkdir(parents=True)
    (ended / "notes" / "index.html").write_text("x", encoding="utf-8")
    running = temp / f"kb-search-{os.getppid()}-def456"  # a process still running: pytest's parent
    running.mkdir()
    unowned = temp / "kb-search-q1w2e3"  # no process id in the name: not known to be ours to remove
    unowned.mkdir()
    other = temp / "mkdocs_xyz"
    other.mkdir()
    staged = pagefind_index.staged_for(tmp_path / "site")
    assert ended.exists()  # nothing staged yet, nothing swept
    staged.write("notes/a/", "<html>a</html>")
    staged._to_folder()
    assert not ended.exists()
    assert {path.name for path in temp.iterdir()} == {running.name, unowned.name, other.name, staged.root.name}


def test_is_running():
    assert pagefind_index.is_running(os.getpid())
    assert not pagefind_index.is_running(_ended_process_id())
