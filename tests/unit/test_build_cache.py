"""The build cache on disk (hooks/kb/machinery/cache.py) and the memos that use it: a result is found only
for the same input, code and configuration; a cache that is stale, corrupt or locked is never trusted and
never stops a build."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys

import pytest

from hooks.kb.machinery import cache
from hooks.kb.machinery.cache import MISSING, KeptFolders, ResultStore, key_digest, stable_digest
from hooks.kb.machinery.memo import BuildMemo
from tests.helpers.sitebuild import ROOT

_DIGESTS = """
import sys
sys.path.insert(0, sys.argv[1])
from hooks.kb.machinery.cache import key_digest, stable_digest
print(stable_digest(({"b", "a", "c"}, {"x": 1, "y": (2, None)}, b"raw", 1.5)).hex())
print(key_digest(("notes/a.md", b"raw", ("x", 1, None, True), {"k": "v"})).hex())
"""


def test_digests_are_the_same_in_another_process_whatever_its_hash_seed():
    here = [
        stable_digest(({"c", "b", "a"}, {"y": (2, None), "x": 1}, b"raw", 1.5)).hex(),
        key_digest(("notes/a.md", b"raw", ("x", 1, None, True), {"k": "v"})).hex(),
    ]
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _DIGESTS, str(ROOT)], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.split() == here


@pytest.mark.parametrize(
    "a, b",
    [
        (("x", "y"), ("xy", "")),  # where one string ends counts
        (("x", b"y"), ("x", "y")),  # bytes are not text
        ((1,), (True,)),
        ((1,), ("1",)),
        ({"a": 1}, {"a": 2}),
    ],
)
def test_different_inputs_have_different_digests(a, b):
    assert key_digest(a) != key_digest(b)
    assert stable_digest(a) != stable_digest(b)


def test_a_key_must_be_plain_values():
    with pytest.raises(ValueError):
        key_digest(("x", object()))
    with pytest.raises(TypeError):
        stable_digest(("x", object()))


@pytest.fixture
def store(tmp_path):
    store = ResultStore()
    store.open(tmp_path / "cache")
    yield store
    store.close()


def reopened(store: ResultStore) -> ResultStore:
    """The same folder in a new process: nothing in memory."""
    folder = store.folder
    store.close()
    store = ResultStore()
    store.open(folder)
    return store


def test_what_a_build_stores_is_found_by_the_next_process(store):
    store.put(b"k", {"html": "<p>안녕</p>"})
    store.commit(prune=True)
    store = reopened(store)
    assert store.get(b"k") == {"html": "<p>안녕</p>"} and store.get(b"other") is MISSING
    store.close()


def test_a_failed_build_stores_nothing(store):
    store.put(b"k", "value")
    store.rollback()
    store = reopened(store)
    assert store.get(b"k") is MISSING
    store.close()


def test_a_full_build_drops_what_it_did_not_ask_for_a_partial_one_keeps_it(store):
    store.put(b"old", 1)
    store.put(b"kept", 2)
    store.commit(prune=True)
    store.open(store.folder)
    assert store.get(b"kept") == 2
    store.commit(prune=False)  # a `serve --dirty` rebuild asks for few results: nothing dropped
    store.open(store.folder)
    assert store.get(b"old") == 1 and store.get(b"kept") == 2
    store.commit(prune=True)
    store.open(store.folder)
    assert store.get(b"kept") == 2
    store.commit(prune=True)  # "old" was not asked for in the build before: gone
    store.open(store.folder)
    assert store.get(b"old") is MISSING


def test_a_value_found_in_memory_is_kept_on_disk_even_if_the_build_that_made_it_failed(store):
    store.put(b"k", "value")
    store.rollback()  # the build that computed it failed: the memo still holds it
    store.open(store.folder)
    store.touch(b"k", "value")
    store.commit(prune=True)
    store = reopened(store)
    assert store.get(b"k") == "value"
    store.close()


def test_a_corrupt_database_is_started_over(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.cache")
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / ResultStore.NAME).write_bytes(b"this is not SQLite" * 100)
    store = ResultStore()
    store.open(folder)
    assert store.active and store.get(b"k") is MISSING
    store.put(b"k", 1)
    store.commit(prune=True)
    store = reopened(store)
    assert store.get(b"k") == 1
    store.close()
    assert "started over" in caplog.text


def test_a_value_that_cannot_be_read_back_is_a_miss(store):
    store.put(b"k", "value")
    store.commit(prune=True)
    folder = store.folder
    store.close()
    with sqlite3.connect(folder / ResultStore.NAME) as db:
        db.execute("UPDATE results SET value = ? WHERE key = ?", (b"\x80\x05garbage", b"k"))
    store.open(folder)
    assert store.get(b"k") is MISSING
    store.close()


def test_a_cache_another_build_holds_is_not_used_and_the_build_goes_on(store, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.cache")
    other = sqlite3.connect(store.folder / ResultStore.NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        store.put(b"k", "value")  # waits a second, then goes on without the cache
        assert not store.active and store.get(b"k") is MISSING
        store.commit(prune=True)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "not used for this build" in caplog.text


def test_a_folder_that_cannot_be_made_means_no_cache(tmp_path):
    (tmp_path / "file").write_text("x")
    store = ResultStore()
    store.open(tmp_path / "file" / "cache")
    assert not store.active and store.get(b"k") is MISSING
    store.put(b"k", 1)
    store.commit(prune=True)


class Shared:
    def __init__(self, name):
        self.name = name


def test_shared_objects_are_stored_by_reference(store):
    old, new = Shared("registry of the build before"), Shared("this build's registry")
    store.put(b"k", {"refers": old, "own": Shared("own")}, shared=(old,))
    store.commit(prune=True)
    store.open(store.folder)
    value = store.get(b"k", shared=(new,))
    assert value["refers"] is new and value["own"].name == "own"


@pytest.fixture
def memo_store(tmp_path, monkeypatch):
    store = ResultStore()
    store.open(tmp_path / "cache")
    monkeypatch.setattr(cache, "STORE", store)
    monkeypatch.setattr("hooks.kb.machinery.memo.STORE", store)
    yield store
    store.close()


def test_a_named_memo_finds_a_result_of_another_process_only_for_the_same_code_and_configuration(memo_store, monkeypatch):
    memo, calls = BuildMemo("test", reads_config=True), []

    def compute(value):
        calls.append(value)
        return value * 2

    memo_store.set_config("site_name: a", ())
    assert memo.get("x", lambda: compute("x")) == "xx"
    memo_store.commit(prune=True)

    memo.clear()  # a new process: nothing in memory
    memo_store.open(memo_store.folder)
    memo_store.set_config("site_name: a", ())
    assert memo.get("x", lambda: compute("x")) == "xx" and calls == ["x"] and memo.hits == 1

    memo.clear()
    memo_store.open(memo_store.folder)
    memo_store.set_config("site_name: b", ())  # mkdocs.yml changed
    memo.get("x", lambda: compute("x"))
    assert calls == ["x", "x"]

    memo.clear()
    memo_store.open(memo_store.folder)
    memo_store.set_config("site_name: b", ())
    monkeypatch.setattr(cache, "_code", b"another version of the hooks")
    monkeypatch.setattr("hooks.kb.machinery.memo.code_digest", lambda: b"another version of the hooks")
    memo.get("x", lambda: compute("x"))
    assert calls == ["x", "x", "x"]


def test_a_memo_in_memory_only_that_reads_the_configuration_misses_when_it_changed(memo_store):
    """Under `mkdocs serve`, mkdocs.yml edited (another slugify) between two builds of the same note."""
    memo, calls = BuildMemo(reads_config=True), []
    memo_store.set_config("site_name: a", ())
    memo.get("x", lambda: calls.append("a") or "a")
    memo.next_build()
    assert memo.get("x", lambda: calls.append("a again") or "a") == "a" and calls == ["a"]
    memo.next_build()
    memo_store.set_config("site_name: b", ())
    assert memo.get("x", lambda: calls.append("b") or "b") == "b" and calls == ["a", "b"]
    memo_store.commit(prune=True)
    assert memo_store._db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 0  # nothing on disk


def test_a_result_that_is_no_longer_valid_is_computed_again(memo_store):
    memo, calls = BuildMemo("test", in_memory=False), []
    memo.get("x", lambda: calls.append(1) or "first")
    assert memo.get("x", lambda: calls.append(2) or "second", valid=lambda v: v != "first") == "second"
    assert memo.get("x", lambda: calls.append(3) or "third", valid=lambda v: True) == "second"
    assert calls == [1, 2]


def test_a_kept_folder_is_copied_back_whole_or_not_at_all(tmp_path):
    store = ResultStore()
    store.open(tmp_path / "cache")
    folders = KeptFolders(store)
    made = tmp_path / "made"
    (made / "fragment").mkdir(parents=True)
    (made / "fragment" / "a.pf_fragment").write_bytes(b"a")
    (made / "entry.json").write_text("{}")
    assert not folders.copy_to("pagefind", b"docs", tmp_path / "out")
    folders.keep("pagefind", b"docs", made)
    assert folders.copy_to("pagefind", b"docs", tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*")) == [
        "entry.json",
        "fragment",
        "fragment/a.pf_fragment",
    ]
    assert not folders.copy_to("pagefind", b"other docs", tmp_path / "out2")
    folders.keep("pagefind", b"other docs", made)  # the newest only: the one before is dropped
    assert not folders.copy_to("pagefind", b"docs", tmp_path / "out3")
    kept = next((tmp_path / "cache" / "folders" / "pagefind").iterdir())
    (kept / ".complete").unlink()  # a folder cut short (the build was killed while copying)
    assert not folders.copy_to("pagefind", b"other docs", tmp_path / "out4")
    store.close()


def test_a_rebuild_writes_nothing_for_values_it_found_in_memory_that_are_stored(store):
    store.put(b"stored", 1)
    store.commit(prune=True)
    store.open(store.folder)
    store.put(b"failed", 2)
    store.rollback()  # a failed rebuild: its value is in memory only
    written: list[str] = []
    store.open(store.folder)
    store._db.set_trace_callback(written.append)
    store.touch(b"stored", 1)
    store.touch(b"failed", 2)
    store.commit(prune=False)  # a `serve --dirty` rebuild
    assert not any(b"stored".hex() in statement for statement in written)
    assert [s for s in written if b"failed".hex() in s and s.startswith("INSERT")]  # stored now
    written.clear()
    store.open(store.folder)
    store.touch(b"stored", 1)
    store.commit(prune=True)  # a full build marks what it used, so that pruning keeps it
    assert [s for s in written if b"stored".hex() in s and s.startswith("UPDATE")]
    store = reopened(store)
    assert store.get(b"stored") == 1 and store.get(b"failed") is MISSING  # not asked for by the full build
    store.close()


def test_storing_a_korean_text_leaves_the_text_as_small_as_it_was(store):
    """Pickled as a string, a text would keep a UTF-8 copy of itself inside (CPython's cache of the form
    it encoded), for as long as the page that holds it lives."""
    html = "<p>합성곱 신경망은 필터를 이미지 위로 움직이며 특징을 뽑습니다.</p>" * 50
    short, english = "짧은 글", "<p>plain ASCII text is stored as it is</p>" * 5
    sizes = [sys.getsizeof(text) for text in (html, english)]
    store.put(b"k", ({"html": html}, [short, english]))
    assert [sys.getsizeof(text) for text in (html, english)] == sizes
    store.commit(prune=True)
    store = reopened(store)
    assert store.get(b"k") == ({"html": html}, [short, english])
    store.close()


def test_a_korean_text_met_twice_in_a_value_is_stored_once_and_read_back_as_one(store):
    """Pickle's own memo keeps one copy of an object the value holds twice (a note's body that is its
    source); a text stored by its UTF-8 bytes is numbered the same way, not written and read twice."""
    html = "<p>합성곱 신경망은 필터를 이미지 위로 움직이며 특징을 뽑습니다.</p>" * 50
    other = "<p>순환 신경망은 은닉 상태를 다음 시점으로 넘깁니다.</p>" * 20
    value = (html, [html, other, {"again": html}], other)
    store.put(b"k", value)
    store.commit(prune=True)
    store = reopened(store)
    found = store.get(b"k")
    assert found == value
    assert found[0] is found[1][0] is found[1][2]["again"] and found[2] is found[1][1]
    assert len(cache._dumps(value, ())) < len(html.encode()) + len(other.encode()) + 200
    store.close()


@pytest.mark.parametrize("step", ["put", "get"])
def test_a_cache_given_up_by_another_thread_meanwhile_is_no_error(store, monkeypatch, step):
    """Search's documents are stored from a thread of their own while the build stores its pages: when one
    thread gives the cache up (another process holds it) while the other pickles or unpickles a value, the
    other goes on without the cache too, where it failed on a connection no longer there."""
    store.put(b"k", "value")
    dumps, loads = cache._dumps, cache._loads

    def given_up_meanwhile(convert):
        def converted(*args):
            store._give_up(sqlite3.OperationalError("database is locked"))  # the other thread
            return convert(*args)

        return converted

    monkeypatch.setattr(cache, "_dumps", given_up_meanwhile(dumps))
    monkeypatch.setattr(cache, "_loads", given_up_meanwhile(loads))
    if step == "put":
        store.put(b"other", "value")
    else:
        store.get(b"k")
    assert not store.active


def test_a_result_found_in_memory_is_found_by_its_key_not_by_a_digest_made_again(memo_store, monkeypatch):
    """Under `mkdocs serve`, every note's result is asked for again at each rebuild: found in memory, its
    key (a note's whole text) is not digested again, and the build cache is still told it is used."""
    memo = BuildMemo("test", reads_config=True)
    text = "노트 본문 " * 2000
    assert memo.get(("notes/a.md", text), lambda: "result") == "result"
    stored = memo_store._db.execute("SELECT key FROM results").fetchone()[0]
    memo.next_build()
    digested, touched = [], []
    monkeypatch.setattr("hooks.kb.machinery.memo.key_digest", lambda key: digested.append(key) or b"other")
    monkeypatch.setattr(memo_store, "touch", lambda key, value, shared=(): touched.append(key))
    assert memo.get(("notes/a.md", text), lambda: "computed again") == "result"
    assert digested == [] and touched == [stored] and memo.hits == 1
    memo.next_build()
    memo_store.set_config("site_name: b", ())  # mkdocs.yml changed: another result
    assert memo.get(("notes/a.md", text), lambda: "computed again") == "computed again"


def test_a_key_holding_a_list_is_found_in_memory_by_its_digest(memo_store):
    memo, calls = BuildMemo("test"), []
    memo.get(["notes/a.md", {"x": 1}], lambda: calls.append(1) or "a")
    memo.next_build()
    assert memo.get(["notes/a.md", {"x": 1}], lambda: calls.append(2) or "b") == "a" and calls == [1]
    assert memo.get(["notes/a.md", {"x": 2}], lambda: calls.append(3) or "c") == "c"
