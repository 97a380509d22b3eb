"""`make serve` rebuilds with --dirty: only edited pages are rendered again. What must stay whole."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import threading
import time

from mkdocs.commands.build import build

from hooks.kb.search.pagefind_index import first_files, staged_for
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import example_config, example_registry, site_pages, write_tree


def _serve_build(docs, site):
    """One rebuild as `mkdocs serve --dirty` does it: a fresh config, plugins kept across builds."""
    config = example_config(docs_dir=str(docs), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        build(config, dirty=True)
        staged_for(site).wait()  # under serve the search index is written beside the server
    finally:
        config.plugins.on_shutdown()


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
    indexed = indexed_pages(site)
    assert {f"notes/노트-{i}/" for i in range(6)} <= indexed.keys()
    assert "kbedited" in indexed["notes/노트-3/"].visible  # the index follows the edit
    listing = (site / "notes" / "index.html").read_text(encoding="utf-8")
    assert all(f"노트 {i}" in listing for i in range(6))


def _edit(path, text):
    path.write_text(text, encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))


def _written(site, *urls):
    return {url: (site / url / "index.html").stat().st_mtime_ns for url in urls}


LSTM_NOTE = "---\ntitle: 같은 제목\n---\n## LSTM\n\nLSTM은 게이트로 기억을 조절한다.\n"
CNN_NOTE = "---\ntitle: 합성곱 정리\n---\n## CNN\n\nCNN은 필터를 민다.\n"


def test_dirty_rebuild_renders_again_only_the_generated_pages_that_changed(tmp_path):
    concepts = example_registry()
    notes = {
        "notes/b.md": LSTM_NOTE,
        "notes/c.md": CNN_NOTE,
        "notes/d.md": "---\ntitle: 같은 제목\n---\n글\n",
    }
    docs = write_tree(tmp_path / "docs", {**site_pages(), "concepts.yml": concepts, **notes})
    site = tmp_path / "site"
    _serve_build(docs, site)
    # (status/ is written every build: it shows what the build found while it rendered the pages)
    pages = ("concepts/lstm/", "concepts/cnn/", "concepts/map/", "categories/", "timeline/", "notes/")
    before = _written(site, *pages)

    _edit(docs / "notes" / "b.md", LSTM_NOTE + "\n셀 상태가 kbedited 흐른다.\n")
    _serve_build(docs, site)
    after = _written(site, *pages)
    assert "kbedited" in (site / "concepts" / "lstm" / "index.html").read_text(encoding="utf-8")
    assert after["concepts/lstm/"] != before["concepts/lstm/"]  # it quotes the edited passage
    unchanged = [url for url in pages if url != "concepts/lstm/" and after[url] == before[url]]
    assert unchanged == [url for url in pages if url != "concepts/lstm/"]

    # A new note takes the URL of b.md (same title, first in file order): b.md moves to 같은-제목-2/.
    # The LSTM page's Markdown is the same, but its link to b.md must follow the move.
    _edit(docs / "notes" / "a.md", "---\ntitle: 같은 제목\n---\n새 노트\n")
    _serve_build(docs, site)
    lstm = (site / "concepts" / "lstm" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../notes/같은-제목-2/' in lstm and 'href="../../notes/같은-제목/' not in lstm


def test_dirty_rebuilds_keep_each_page_once_in_the_search_index_and_drop_deleted_notes(tmp_path):
    concepts = example_registry()
    notes = {"notes/b.md": LSTM_NOTE, "notes/c.md": CNN_NOTE}
    docs = write_tree(tmp_path / "docs", {**site_pages(), "concepts.yml": concepts, **notes})
    site = tmp_path / "site"
    _serve_build(docs, site)
    first = indexed_pages(site)
    metas = {_box_names(site)[0]}
    for n in range(2):  # each edit renders the note, the LSTM page and the lists again
        _edit(docs / "notes" / "b.md", LSTM_NOTE + f"\n편집 {n}\n")
        _serve_build(docs, site)
        # The files of each new index, asked for as the search box opens (their names change with the index).
        names = _box_names(site)
        assert names == first_files(site) and all((site / "pagefind" / name).is_file() for name in names)
        metas.add(names[0])
    assert len(metas) == 3
    # Each concept page's title and opening words, which the box shows before Pagefind is in, are still
    # there for the pages the edits did not render again (CNN's, and the 160 others).
    groups = json.loads((site / "search" / "synonyms.json").read_text(encoding="utf-8"))["groups"]
    assert all(g.get("title") for g in groups if g["page"]) and any(g["page"] == "concepts/cnn/" for g in groups)
    now = indexed_pages(site)
    assert now.keys() == first.keys()
    assert "편집 1" in now["notes/같은-제목/"].visible and "편집 0" not in now["notes/같은-제목/"].visible
    (docs / "notes" / "c.md").unlink()
    _serve_build(docs, site)
    assert "notes/합성곱-정리/" in now and "notes/합성곱-정리/" not in indexed_pages(site)


def _box_names(site) -> list[str]:
    """The files of the index the search box's script in `site` asks for at once."""
    script = (site / "assets" / "javascripts" / "kb-search.js").read_text(encoding="utf-8")
    return json.loads(re.search(r"var PAGEFIND_FILES = (.*);", script).group(1))


def test_a_server_stopped_while_its_index_is_written_has_the_index_in_place_before_it_returns(tmp_path):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/b.md": LSTM_NOTE})
    site = tmp_path / "site"
    config = example_config(docs_dir=str(docs), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        build(config, dirty=True)  # returns as Pagefind starts writing the index beside the server
    finally:
        config.plugins.on_shutdown()  # Ctrl-C; then MkDocs deletes the site folder, Pagefind done with it
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (site / "pagefind.new").exists()


def test_the_full_garbage_collection_runs_while_the_server_waits_for_an_edit(tmp_path, monkeypatch):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/a.md": CNN_NOTE})
    site = tmp_path / "site"
    _serve_build(docs, site)  # the hook module is loaded by now
    serve_hook = sys.modules["hooks/serve.py"]
    monkeypatch.setattr(serve_hook, "_IDLE_AFTER", 3.0)
    building, collected = [False], []
    monkeypatch.setattr(serve_hook.gc, "collect", lambda: collected.append(building[0]))
    _serve_build(docs, site)
    time.sleep(3.5)
    assert collected == [False]  # once, after the rebuild, while nothing was building
    collected.clear()
    _serve_build(docs, site)
    building[0] = True  # an edit within the wait: its rebuild puts the collection off until its own end
    _edit(docs / "notes" / "a.md", LSTM_NOTE)
    _serve_build(docs, site)
    building[0] = False
    time.sleep(3.5)
    assert collected == [False]


def test_a_first_serve_writes_its_pages_before_the_index_and_tells_the_box_it_is_coming(tmp_path, monkeypatch):
    """Under `mkdocs serve` the build ends, and the server answers, once the pages are written: the search
    documents' Korean words (Kiwi: a second or more to load) and Pagefind's index are made after, beside
    the server. Until the index is in place the search box is told so (its script names no file of the
    index, the synonym groups' file says `indexing`), and then every page is in the index, as a build's.
    (Kiwi's reading is held here until the build has returned.)"""
    from hooks.kb.search import pagefind_index

    release, made = threading.Event(), []
    analyse = pagefind_index.analyse

    def held(*args, **kwargs):
        made.append(release.wait(20))
        return analyse(*args, **kwargs)

    monkeypatch.setattr(pagefind_index, "analyse", held)
    notes = {f"notes/n{i}.md": f"---\ntitle: 노트 {i}\n---\n합성곱신경망을 배운 {i}번째 날\n" for i in range(3)}
    concepts = example_registry()
    docs = write_tree(tmp_path / "docs", {**site_pages(), "concepts.yml": concepts, **notes})
    site = tmp_path / "site"
    config = example_config(docs_dir=str(docs), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        build(config, dirty=True)
        assert (site / "notes" / "노트-1" / "index.html").is_file()
        assert not (site / "pagefind").exists()
        assert json.loads((site / "search" / "synonyms.json").read_bytes()) == {"groups": [], "indexing": True}
        script = (site / "assets" / "javascripts" / "kb-search.js").read_text(encoding="utf-8")
        assert "var PAGEFIND_FILES = null;" in script
        release.set()
        staged_for(site).wait()
    finally:
        config.plugins.on_shutdown()
    assert made == [True]
    indexed = indexed_pages(site)
    assert {f"notes/노트-{i}/" for i in range(3)} <= indexed.keys()
    assert "신경망" in indexed["notes/노트-1/"].hidden  # Kiwi's nouns
    synonyms = json.loads((site / "search" / "synonyms.json").read_bytes())
    assert "indexing" not in synonyms and "concepts/cnn/" in {group["page"] for group in synonyms["groups"]}
    script = (site / "assets" / "javascripts" / "kb-search.js").read_text(encoding="utf-8")
    assert f"var PAGEFIND_FILES = {json.dumps(first_files(site))};" in script


def test_when_pagefind_fails_on_a_first_serve_the_box_is_told_search_is_unavailable_until_an_index(
    tmp_path, monkeypatch, caplog
):
    """A first `mkdocs serve` whose Pagefind run fails has no index to show: the synonym groups' file says
    `unavailable` (not `indexing`, which the box would wait on forever), and the next edit's build, whose
    run succeeds, writes the index and the groups as any build does."""
    import subprocess

    from hooks.kb.search.pagefind_index import StagedPages

    index = StagedPages.index

    def failing(self, site_dir):
        raise subprocess.CalledProcessError(1, ["pagefind"])

    monkeypatch.setattr(StagedPages, "index", failing)
    concepts = example_registry()
    note = "---\ntitle: 노트\n---\n합성곱신경망을 배운 날\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "concepts.yml": concepts, "notes/n.md": note})
    site = tmp_path / "site"
    _serve_build(docs, site)
    assert json.loads((site / "search" / "synonyms.json").read_bytes()) == {"groups": [], "unavailable": True}
    assert "search is unavailable until an edit is indexed" in caplog.text
    assert "var PAGEFIND_FILES = null;" in (site / "assets" / "javascripts" / "kb-search.js").read_text(encoding="utf-8")

    monkeypatch.setattr(StagedPages, "index", index)
    _edit(docs / "notes" / "n.md", note + "\n고친 문단\n")
    _serve_build(docs, site)
    synonyms = json.loads((site / "search" / "synonyms.json").read_bytes())
    assert "unavailable" not in synonyms and "indexing" not in synonyms and synonyms["groups"]
    assert "notes/노트/" in indexed_pages(site)
    script = (site / "assets" / "javascripts" / "kb-search.js").read_text(encoding="utf-8")
    assert f"var PAGEFIND_FILES = {json.dumps(first_files(site))};" in script


def test_an_edits_new_korean_words_are_read_by_the_kept_kiwi_and_searchable(tmp_path, monkeypatch):
    """Under `mkdocs serve` Kiwi's process stays between builds; a word first written in an edit gets its
    nouns (what a query reaches inside it) in the index that follows the edit."""
    from hooks.kb.search import korean

    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/a.md": "---\ntitle: 편집 노트\n---\n처음 글\n"})
    site = tmp_path / "site"
    started, start = [], korean.KiwiProcess.start
    monkeypatch.setattr(korean.KiwiProcess, "start", lambda self: started.append(self._process) or start(self))
    config = example_config(docs_dir=str(docs), site_dir=str(site))
    # A server's first start: no word known yet (the hook module outlives the builds of this test run)
    monkeypatch.setattr(config.plugins["hooks/search.py"]._analyzer, "_parts", {})
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        build(config, dirty=True)
        staged_for(site).wait()
        _edit(docs / "notes" / "a.md", "---\ntitle: 편집 노트\n---\n처음 글\n\n역전파알고리즘으로 배운다\n")
        config = example_config(docs_dir=str(docs), site_dir=str(site))
        build(config, dirty=True)
        staged_for(site).wait()
        kiwi = [p for p in started if p is not None]
        assert kiwi and all(p.poll() is None for p in kiwi)  # the process the first build started, still there
    finally:
        config.plugins.on_shutdown()
    assert all(p.poll() is not None for p in kiwi)  # ended with the server
    note = indexed_pages(site)["notes/편집-노트/"]
    assert "알고리즘" in note.hidden, note.hidden  # (역전파 is reached as the start of the word)


def test_pages_whose_documents_kiwi_failed_to_make_are_indexed_with_the_next_edit(tmp_path, monkeypatch):
    """Kiwi's process dies while it reads a first `mkdocs serve`'s words (killed, out of memory): search
    says so, and the next edit's index holds every page, not only those that edit renders again."""
    from hooks.kb.search import korean

    notes = {f"notes/n{i}.md": f"---\ntitle: 노트 {i}\n---\n본문{i}에서 배운다\n" for i in range(3)}
    docs = write_tree(tmp_path / "docs", {**site_pages(), **notes})
    site = tmp_path / "site"
    example_config(docs_dir=str(docs), site_dir=str(site))
    monkeypatch.setattr(sys.modules["hooks/search.py"]._analyzer, "_parts", {})  # a first start: no word known
    nouns, failed = korean.KiwiProcess.nouns, []

    def dies_once(self, words):
        if not failed:
            failed.append(words)
            raise RuntimeError("Kiwi's process gave no nouns: it ended with code -9")
        return nouns(self, words)

    monkeypatch.setattr(korean.KiwiProcess, "nouns", dies_once)
    _serve_build(docs, site)
    assert failed and json.loads((site / "search" / "synonyms.json").read_text(encoding="utf-8"))["unavailable"]
    _edit(docs / "notes" / "n1.md", "---\ntitle: 노트 1\n---\n본문1에서 고쳐 배운다\n")
    _serve_build(docs, site)
    assert {f"notes/노트-{i}/" for i in range(3)} <= indexed_pages(site).keys()


def test_a_restarted_serve_finds_every_document_the_first_made_after_its_commit(tmp_path, monkeypatch):
    """A first `mkdocs serve` makes its search documents beside the server, after the build cache's commit
    (Kiwi answers late): they are kept all the same, and a restarted server starts no Kiwi and indexes
    every page from the cache."""
    from hooks.kb.machinery import cache
    from hooks.kb.machinery.memo import forget_everything
    from hooks.kb.search import korean, pagefind_index

    notes = {f"notes/n{i}.md": f"---\ntitle: 노트 {i}\n---\n본문{i}에서 배운다\n" for i in range(3)}
    docs = write_tree(tmp_path / "docs", {**site_pages(), **notes})
    site = tmp_path / "site"
    example_config(docs_dir=str(docs), site_dir=str(site))
    analyzer = sys.modules["hooks/search.py"]._analyzer
    monkeypatch.setattr(analyzer, "_parts", {})  # a first start: no word known
    nouns, commit, order = korean.KiwiProcess.nouns, cache.ResultStore.commit, []

    def late(self, words):
        time.sleep(1.0)  # the build's end (its commit) comes first
        order.append("nouns")
        return nouns(self, words)

    monkeypatch.setattr(korean.KiwiProcess, "nouns", late)
    monkeypatch.setattr(cache.ResultStore, "commit", lambda self, prune: order.append("commit") or commit(self, prune))
    _serve_build(docs, site)
    assert order[:2] == ["commit", "nouns"]
    # A new process: nothing in memory, a new staging folder, a new site folder (MkDocs serves from a new one)
    shutil.rmtree(site)
    forget_everything()
    monkeypatch.setattr(analyzer, "_parts", {})
    monkeypatch.delitem(pagefind_index._STAGED, str(site.resolve()))

    def no_kiwi(self):
        raise AssertionError("Kiwi started although the cache has every document")

    monkeypatch.setattr(korean.KiwiProcess, "start", no_kiwi)
    _serve_build(docs, site)
    assert {f"notes/노트-{i}/" for i in range(3)} <= indexed_pages(site).keys()


def test_a_folder_of_notes_that_becomes_an_obsidian_vault_is_shown_as_a_fresh_build_shows_it(tmp_path):
    """The vault a note is in is looked for once a folder in each build: `.obsidian/` copied in while the
    site is served, the notes of that folder show each line on its own, as a fresh build shows them."""
    from tests.helpers.sitebuild import build_docs

    note = "---\ntitle: 금고 노트\n---\n첫 줄\n둘째 줄\n"
    notes = {"notes/v/a.md": note, "notes/v/b.md": note.replace("금고", "두 번째")}
    docs = write_tree(tmp_path / "docs", {**site_pages(), **notes})
    site = tmp_path / "site"
    _serve_build(docs, site)
    page = site / "notes" / "금고-노트" / "index.html"
    assert "첫 줄<br" not in page.read_text(encoding="utf-8")
    (docs / "notes/v/.obsidian").mkdir()
    (docs / "notes/v/.obsidian/app.json").write_text("{}", encoding="utf-8")
    _serve_build(docs, site)
    served = page.read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    build_docs(_copied(docs, tmp_path / "fresh-docs"), fresh, strict=False)
    assert "첫 줄<br" in served
    assert served == (fresh / "notes" / "금고-노트" / "index.html").read_text(encoding="utf-8")


def _copied(docs, to):
    shutil.copytree(docs, to)
    return to


def test_a_pagefind_run_that_hangs_is_ended_and_the_server_goes_on(tmp_path, monkeypatch, caplog):
    """Pagefind's program that never ends (once seen under load: its threads asleep) is ended after its time
    limit: the server says search is unavailable instead of waiting for ever, and the next edit, whose
    build waits for the run before, is shown and indexed."""
    from hooks.kb.search import pagefind_index

    hanging = tmp_path / "pagefind-hangs"
    hanging.write_text("#!/bin/sh\nexec sleep 60\n", encoding="utf-8")
    hanging.chmod(0o755)
    monkeypatch.setattr(pagefind_index, "pagefind_seconds", lambda pages: 1.0, raising=False)
    import pagefind.service

    real = pagefind.service.get_executable
    monkeypatch.setattr(pagefind.service, "get_executable", lambda: hanging)
    note = "---\ntitle: 노트\n---\n합성곱신경망을 배운 날\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/n.md": note})
    site = tmp_path / "site"
    started = time.perf_counter()
    _serve_build(docs, site)
    assert time.perf_counter() - started < 30  # not the 60 s the program sleeps
    assert json.loads((site / "search" / "synonyms.json").read_bytes()) == {"groups": [], "unavailable": True}
    assert "timed out" in caplog.text

    monkeypatch.setattr(pagefind.service, "get_executable", real)
    _edit(docs / "notes" / "n.md", note + "\n고친 문단\n")
    _serve_build(docs, site)
    assert "고친 문단" in (site / "notes" / "노트" / "index.html").read_text(encoding="utf-8")
    assert "notes/노트/" in indexed_pages(site)


def _hanging_kiwi(monkeypatch):
    """Kiwi's process replaced by one that reads nothing and answers nothing for a minute (a hang), with a
    time limit of a second; the real one back with the returned function."""
    import subprocess

    from hooks.kb.search import korean

    start, seconds = korean.KiwiProcess.start, korean.kiwi_seconds

    def hangs(self):
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(["sleep", "60"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    monkeypatch.setattr(korean, "kiwi_seconds", lambda words: 1.0)
    monkeypatch.setattr(korean.KiwiProcess, "start", hangs)

    def real():
        monkeypatch.setattr(korean.KiwiProcess, "start", start)
        monkeypatch.setattr(korean, "kiwi_seconds", seconds)  # Kiwi's own load takes longer than a second

    return real


def test_a_kiwi_that_hangs_is_ended_search_goes_on_without_its_nouns_and_the_next_build_adds_them(
    tmp_path, monkeypatch, caplog
):
    """Kiwi's process that answers nothing is ended after its time limit: the pages are searchable at once by
    their words as written, the server says so, and the next rebuild (no edit needed) has Kiwi read them."""
    notes = {"notes/n.md": "---\ntitle: 노트\n---\n합성곱신경망을 배운 날\n"}
    docs = write_tree(tmp_path / "docs", {**site_pages(), **notes})
    site = tmp_path / "site"
    example_config(docs_dir=str(docs), site_dir=str(site))
    monkeypatch.setattr(sys.modules["hooks/search.py"]._analyzer, "_parts", {})  # a first start: no word known
    real_kiwi = _hanging_kiwi(monkeypatch)
    started = time.perf_counter()
    _serve_build(docs, site)
    assert time.perf_counter() - started < 30  # not the 60 s the stand-in sleeps
    assert "Kiwi's process gave no nouns in 1 s and was ended" in caplog.text
    page = indexed_pages(site)["notes/노트/"]
    assert "합성곱신경망을" in page.visible and "신경망" not in page.hidden

    real_kiwi()
    _serve_build(docs, site)  # nothing edited: the pages searched without nouns are made again
    assert "신경망" in indexed_pages(site)["notes/노트/"].hidden
