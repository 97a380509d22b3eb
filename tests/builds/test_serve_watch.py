"""`make serve` is told of an edit by the system's file notification (inotify here), not by MkDocs'
polling every half second (hooks/watch.py): a file written asks for a rebuild, a file read
(every build reads the docs) does not."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import watchdog.observers.polling
from mkdocs.livereload import LiveReloadServer

from tests.helpers.sitebuild import example_config, write_tree


def _hook():
    config = example_config()
    return config, config.plugins["hooks/watch.py"]


def _wants_rebuild(server: LiveReloadServer, within: float = 2.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if server._want_rebuild:
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def served(tmp_path):
    docs = write_tree(tmp_path / "docs", {"index.md": "# 홈\n", "notes/a.md": "# 가\n"})
    config, hook = _hook()
    config.docs_dir = str(docs)
    config.config_file_path = str(write_tree(tmp_path, {"mkdocs.yml": "site_name: 노트\n"}) / "mkdocs.yml")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(config.docs_dir)  # as `mkdocs serve` does before the plugins' on_serve
    server.watch(config.config_file_path)
    server = hook.on_serve(server, config=config, builder=server.builder)
    server.observer.start()
    yield server, Path(docs), Path(config.config_file_path)
    server.observer.stop()
    server.observer.join()
    server.server_close()  # its socket, made though never bound


def test_an_edit_asks_for_a_rebuild_at_once_and_a_read_does_not(served):
    server, docs, _ = served
    assert not isinstance(server.observer, watchdog.observers.polling.PollingObserver)
    (docs / "notes" / "a.md").read_text(encoding="utf-8")  # a build reads every note
    assert not _wants_rebuild(server, within=0.6)  # MkDocs' polling would have looked by now
    with (docs / "notes" / "a.md").open("a", encoding="utf-8") as note:
        note.write("\n내용\n")
    assert _wants_rebuild(server)


def test_a_new_note_and_mkdocs_yml_saved_by_renaming_ask_for_a_rebuild(served):
    server, docs, config_file = served
    (docs / "notes" / "b.md").write_text("# 나\n", encoding="utf-8")
    assert _wants_rebuild(server)
    for round in range(2):  # an editor writes a new file over the old: the watch must outlive it
        server._want_rebuild = False
        time.sleep(0.2)
        config_file.with_suffix(".tmp").write_text(f"site_name: 노트 {round}\n", encoding="utf-8")
        config_file.with_suffix(".tmp").replace(config_file)
        assert _wants_rebuild(server), round
