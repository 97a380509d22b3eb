"""Workers: page steps computed ahead in forked processes, taken only for the same input.

Pure tier: `digest` and `Prefetch.step` (hit, miss, replayed warnings). Process tier: `Workers` over plain
items in real forked processes (who takes what, a worker that dies, one that hangs). Site tier: the same
docs tree built with and without workers gives the same site, byte for byte, and the same log.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hooks.kb.machinery.workers import PREFETCH, Prefetch, Workers, digest, processes_to_use
from tests.bench.corpus import note_files
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import ROOT, build_docs, site_pages, write_tree


def test_digest_tells_where_parts_end():
    assert digest(("ab", "c")) != digest(("a", "bc"))
    assert digest("x") == digest(("x",))
    assert digest(("x", None)) != digest(("x", "None!"))


def test_step_computes_when_nothing_was_computed_ahead():
    prefetch = Prefetch()
    assert prefetch.step("double", "a.md", "21", lambda: 42) == 42
    assert not prefetch.taken and not prefetch.missed


def _computed_ahead(prefetch: Prefetch, name: str, page: str, key, compute):
    """What a worker does: compute with recording on; the result as the build would receive it."""
    prefetch.recording = {}
    try:
        prefetch.step(name, page, key, compute)
    finally:
        recorded, prefetch.recording = prefetch.recording, None
    prefetch.results[page] = recorded


def test_step_takes_the_result_for_the_same_input_and_only_once():
    prefetch = Prefetch()
    _computed_ahead(prefetch, "double", "a.md", "21", lambda: "ahead")
    calls = []
    assert prefetch.step("double", "a.md", "21", lambda: calls.append(1) or "again") == "ahead"
    assert calls == [] and prefetch.taken["double"] == 1
    assert prefetch.step("double", "a.md", "21", lambda: "again") == "again"  # taken once, then gone


def test_step_computes_again_for_another_input():
    prefetch = Prefetch()
    _computed_ahead(prefetch, "double", "a.md", "21", lambda: "ahead")
    assert prefetch.step("double", "a.md", "22", lambda: "now") == "now"
    assert prefetch.missed["double"] == 1 and not prefetch.taken


def test_a_taken_steps_warnings_are_shown_once_in_the_build(caplog):
    from hooks.kb.machinery.workers import _CAPTURE

    prefetch = Prefetch()
    logger = logging.getLogger("mkdocs.plugins.test_workers")
    logging.root.addHandler(_CAPTURE)  # a worker's capture (its other handlers are gone there)
    try:
        _computed_ahead(prefetch, "warn", "a.md", "k", lambda: logger.warning("bad link in %s", "a.md"))
    finally:
        logging.root.removeHandler(_CAPTURE)
    assert caplog.messages.count("bad link in a.md") == 1  # caplog sees the worker side too; then:
    caplog.clear()
    prefetch.step("warn", "a.md", "k", lambda: pytest.fail("computed again"))
    assert caplog.messages == ["bad link in a.md"]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("1", (1, True)), ("3", (3, True)), ("0", (1, True)), ("many", (1, True))],
)
def test_kb_jobs(setting, expected):
    assert processes_to_use(setting) == expected


def test_kb_jobs_unset_is_one_per_usable_core():
    assert processes_to_use(None) == (len(os.sched_getaffinity(0)), False)


def _square(prefetch: Prefetch, item: int) -> None:
    prefetch.step("square", str(item), str(item), lambda: item * item)


def _run_build(items, prefetch: Prefetch, run, wait: float = 120.0) -> tuple[list[int], list[int]]:
    """The build's side: each item in order, claimed; (the build's own items, the workers' items)."""
    workers = Workers(items, str, run, prefetch)
    workers.WAIT = wait
    workers.start(2)
    own, taken = [], []
    try:
        for index, item in enumerate(items):
            time.sleep(0.002)  # the build's own work on the item: the worker gets to take some
            if workers.claim(index):
                own.append(item)
            elif str(item) in prefetch.results:
                result = prefetch.step("square", str(item), str(item), lambda: pytest.fail("computed"))
                assert result == item**2
                taken.append(item)
            else:
                own.append(item)  # not coming: the build computes it
    finally:
        workers.stop()
    return own, taken


def test_the_build_and_a_worker_share_the_items_each_once():
    prefetch = Prefetch()
    items = list(range(300))
    own, taken = _run_build(items, prefetch, lambda item: _square(prefetch, item))
    assert taken, "the worker took none"
    assert sorted(own + taken) == items
    # The build from the start, the worker from the end.
    assert own == items[: len(own)] and taken == items[len(own) :]


def test_a_worker_that_dies_leaves_its_items_to_the_build():
    prefetch = Prefetch()
    items = list(range(50))
    started = time.monotonic()
    own, taken = _run_build(items, prefetch, lambda item: os._exit(3), wait=60)
    assert time.monotonic() - started < 30  # no waiting on the dead worker
    assert sorted(own) == items and taken == []


def test_a_worker_that_hangs_is_stopped_and_the_build_goes_on(caplog):
    prefetch = Prefetch()
    items = list(range(20))
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.workers"):
        own, taken = _run_build(items, prefetch, lambda item: time.sleep(100), wait=0.5)
    assert sorted(own) == items and taken == []
    assert any("A worker gave nothing for" in message for message in caplog.messages)


def test_the_builds_own_items_are_finished_by_a_worker_when_asked():
    """Tasks run on the state the build sends; a state that cannot be sent is left to the build."""
    prefetch = Prefetch()
    items = [type("Item", (), {"name": str(i)})() for i in range(40)]
    prefetch.tasks["shout"] = lambda item: prefetch.step(
        "shout", item.name, item.text, lambda: item.text.upper()
    )
    workers = Workers(items, lambda item: item.name, lambda item: time.sleep(0.5), prefetch)
    workers.start(2)
    try:
        assert workers.claim(0) and workers.claim(1)  # the worker is busy with the last item meanwhile
        workers.ask(0, {"text": "hello"})
        workers.ask(1, {"text": "bye", "unpicklable": lambda: None})
        for index in range(2, len(items)):
            workers.claim(index)
        workers.done_asking()
        with workers.changed:
            assert workers.changed.wait_for(lambda: workers.finished, timeout=20)
    finally:
        workers.stop()
    assert prefetch.step("shout", "0", "hello", lambda: pytest.fail("computed again")) == "HELLO"
    assert prefetch.step("shout", "1", "bye", lambda: "computed") == "computed"


_ORPHAN = """
import os, signal, sys, time
sys.path.insert(0, {root!r})
from hooks.kb.machinery.workers import Prefetch, Workers
work = Workers._work
Workers._work = lambda self, *args: time.sleep({late}) or work(self, *args)  # a worker slow to start
workers = Workers(list(range(1000)), str, lambda item: time.sleep({page}), Prefetch())
workers.start(2)
print(workers.processes[0].pid, flush=True)
if {late}:
    os.kill(os.getpid(), signal.SIGKILL)  # before the worker has even started
time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its parent's reaping is left


@pytest.mark.parametrize(
    ("how", "late"),
    [(signal.SIGTERM, 0), (signal.SIGKILL, 0), (None, 1)],
    ids=["term", "kill", "before-start"],
)
def test_workers_end_when_the_build_is_killed(tmp_path, how, late):
    """Killed, the build cleans nothing up: its workers must not live on (holding `mkdocs serve`'s port)."""
    script = tmp_path / "orphan.py"
    script.write_text(_ORPHAN.format(root=str(ROOT), late=late, page=30 if late else 0.2))
    with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True) as build:
        worker = int(build.stdout.readline())
        assert _alive(worker)
        if how is not None:
            build.send_signal(how)
        build.wait(10)
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)


def test_ctrl_c_while_forking_is_raised_once_the_workers_are_started():
    from hooks.kb.machinery.workers import _ctrl_c_after

    reached = False
    with pytest.raises(KeyboardInterrupt), _ctrl_c_after():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.1)  # the handler has run by now: it only noted the key
        reached = True
    assert reached


def _docs(tmp_path: Path, notes: dict[str, str]) -> Path:
    files = {**site_pages(), **notes}
    files["concepts.yml"] = (ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8")
    return write_tree(tmp_path / "docs", files)


def _tree(site: Path) -> dict[str, bytes]:
    files = (p for p in sorted(site.rglob("*")) if p.is_file() and p.relative_to(site).parts[0] != "pagefind")
    return {str(p.relative_to(site)): p.read_bytes() for p in files}


def _build(monkeypatch, docs: Path, site: Path, jobs: str, strict: bool = False):
    monkeypatch.setenv("KB_JOBS", jobs)
    built = build_docs(docs, site, strict=strict)
    lines = [line for line in built.log.splitlines() if "Documentation built in" not in line]
    return built, lines, dict(PREFETCH.taken)


def test_a_site_built_with_workers_is_the_site_built_without(tmp_path, monkeypatch):
    docs = _docs(tmp_path, note_files(40))
    _, serial_log, serial_taken = _build(monkeypatch, docs, tmp_path / "serial", "1")
    _, parallel_log, parallel_taken = _build(monkeypatch, docs, tmp_path / "parallel", "2")
    assert serial_taken == {}
    assert parallel_taken.get("render", 0) > 0 and parallel_taken.get("search", 0) > 0
    serial, parallel = _tree(tmp_path / "serial"), _tree(tmp_path / "parallel")
    assert serial.keys() == parallel.keys()
    assert [name for name in serial if serial[name] != parallel[name]] == []
    # Pagefind's files are its own (how its threads number the pages): what they hold is the same.
    assert indexed_pages(tmp_path / "serial") == indexed_pages(tmp_path / "parallel")
    assert len(indexed_pages(tmp_path / "serial")) > 40
    assert parallel_log == serial_log  # every warning once, in the same order


def _taken_pages(monkeypatch, step_name: str) -> set[str]:
    """The pages whose `step_name` result the build takes from a worker, as the build runs."""
    pages: set[str] = set()
    step = Prefetch.step

    def watched(self, name, page_key, key, compute):
        before = self.taken[name]
        result = step(self, name, page_key, key, compute)
        if name == step_name and self.taken[name] > before:
            pages.add(page_key)
        return result

    monkeypatch.setattr(Prefetch, "step", watched)
    return pages


def test_a_broken_link_in_a_note_a_worker_rendered_is_reported_once(tmp_path, monkeypatch):
    """MkDocs' warning about a link, logged in a worker, is replayed in the build, where it becomes the
    note's problem: listed once, and no reason to stop a strict build."""
    notes = {
        f"notes/2024-01-{day:02}-link.md": f"# 링크 노트 {day}\n\n[없는 노트](missing-{day}.md)\n"
        for day in range(1, 29)
    }
    docs = _docs(tmp_path, notes)
    monkeypatch.setenv("KB_JOBS", "2")
    claim = Workers.claim
    # A slow build: the worker takes most pages.
    monkeypatch.setattr(Workers, "claim", lambda self, index: time.sleep(0.05) or claim(self, index))
    rendered_ahead = _taken_pages(monkeypatch, "render")
    site = build_docs(docs, tmp_path / "site", strict=True)
    assert set(notes) & rendered_ahead, "no note was rendered by the worker"
    status = site.html("status/")
    for day in range(1, 29):
        logged = [m for m in site.log.splitlines() if f"link-{day:02}" in m or f"missing-{day}.md'" in m]
        assert len(logged) == 1 and f"-link.md:3: link 'missing-{day}.md'" in logged[0]
        assert status.count(f"missing-{day}.md") == 1


def test_titles_the_navigation_gives_are_kept(tmp_path, monkeypatch, caplog):
    """Pages become workers' pages after MkDocs made them for the navigation, titles included."""
    pages = {name: text for name, text in site_pages().items() if not name.endswith(".pages")}
    docs = write_tree(tmp_path / "docs", {**pages, **note_files(3)})  # no .pages: the nav is mkdocs.yml's
    nav = [{"처음": "index.md"}, {"태그 모음": "tags.md"}]
    for jobs in ("1", "2"):
        monkeypatch.setenv("KB_JOBS", jobs)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs"):
            built = build_docs(docs, tmp_path / f"site{jobs}", strict=False, nav=nav)
        assert "<title>태그 모음 - " in built.html("tags/")
        assert any('are not included in the "nav" configuration' in m for m in caplog.messages)
