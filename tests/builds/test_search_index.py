"""What the search index holds: Korean nouns, synonym tokens, the document of each page (hooks/kb/search/)."""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.search import documents
from hooks.kb.search.documents import analyse, hidden_nouns, korean_words
from hooks.kb.search.korean import KoreanAnalyzer, nouns_of
from hooks.kb.search.pagefind_index import StagedPages, staged_for, staged_path
from hooks.kb.search.synonyms import Synonyms, query_key
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import ROOT, build_docs, example_config, example_registry, site_pages, write_tree

CONCEPTS = load_concepts(example_registry())
SYNONYMS = Synonyms(CONCEPTS)


def page_document(*args, **options) -> str:
    """The document Pagefind indexes, Korean composed again (it is written decomposed: see below)."""
    return unicodedata.normalize("NFC", documents.page_document(*args, **options))


@pytest.fixture(scope="module")
def analyzer() -> KoreanAnalyzer:
    return KoreanAnalyzer()


@pytest.mark.parametrize(
    ("morphemes", "nouns"),
    [
        ([("파라미터", "NNG"), ("의", "JKG")], ("파라미터",)),
        ([("기울기", "NNG"), ("소실", "NNG"), ("을", "JKO")], ("기울기", "소실", "기울기소실")),
        ([("판별", "NNG"), ("자", "XSN"), ("와", "JC")], ("판별자",)),
        ([("합성곱 신경망", "NNP"), ("에서", "JKB")], ("합성곱", "신경망", "합성곱신경망")),
        ([("학습", "NNG"), ("하", "XSV"), ("는", "ETM")], ("학습",)),
        ([("CNN", "SL"), ("은", "JX")], ("cnn",)),
        ([("줄이", "VV"), ("는", "ETM")], ()),
    ],
)
def test_nouns_of_an_analysed_word(morphemes, nouns):
    assert nouns_of(morphemes) == nouns


@pytest.mark.parametrize(
    ("word", "expected"),
    [("파라미터의", {"파라미터"}), ("기울기소실을", {"기울기", "소실"}), ("판별자와", {"판별자"})],
)
def test_kiwi_finds_the_nouns_of_korean_words(analyzer, word, expected):
    assert expected <= set(analyzer.noun_parts([word])[word])


def test_hidden_nouns_are_those_no_word_of_the_text_starts_with(analyzer):
    text = "파라미터의 수, 기울기소실을 본다. 파라미터 갯수"
    nouns = analyzer.noun_parts(korean_words([text]))
    hidden = hidden_nouns(text, nouns)
    assert "소실" in hidden  # a query for 소실 reaches 기울기소실을 only through it
    assert "기울기" not in hidden and "파라미터" not in hidden  # the index finds a word by its start


def test_query_keys_ignore_case_spaces_and_hyphens():
    assert query_key("Long Short-Term Memory") == query_key("long shortterm memory") == "longshorttermmemory"
    assert query_key("기울기 소실") == "기울기소실"


def _names(known: dict) -> dict[str, int]:
    """The group of each name, as the search box makes it from the groups' words (kb-search.js `named`)."""
    names: dict[str, int] = {}
    for number, group in enumerate(known["groups"]):
        for word in group["words"]:
            names.setdefault(query_key(word), number)
    return names


def test_the_search_box_learns_every_synonym_group():
    known = SYNONYMS.browser_map()
    known["names"] = _names(known)
    gan = known["groups"][known["names"]["판별자"]]
    assert known["names"]["discriminator"] == known["names"]["판별자"] and gan["page"] == "concepts/gan/"
    assert known["groups"][known["names"]["합성곱신경망"]]["page"] == "concepts/cnn/"
    markov = known["groups"][known["names"]["마르코프"]]  # a glossary group: no page
    assert markov["page"] is None and "markov" in markov["words"]
    assert len({g["token"] for g in known["groups"]}) == len(known["groups"])


def test_a_section_gets_the_token_of_each_name_it_holds_however_spelled():
    lstm = SYNONYMS.of_page("concepts/lstm/").token
    gate = SYNONYMS.groups[_names(SYNONYMS.browser_map())["gate"]].token  # the glossary's [게이트, gate]
    assert SYNONYMS.tokens_in("LSTM은 게이트를 둔다. Long Short-Term Memory의 약자") == [lstm, gate, lstm]
    assert SYNONYMS.tokens_in("CNNs와 합성곱신경망") == [SYNONYMS.of_page("concepts/cnn/").token] * 2
    assert SYNONYMS.tokens_in("아무 개념도 없는 글") == []


def test_a_note_document_holds_its_sections_then_hidden_words(analyzer):
    sections = [
        {"location": "notes/a/", "title": "노트 A", "text": "<p>기울기소실을 본다</p>"},
        {"location": "notes/a/#lstm", "title": "LSTM", "text": "<p>forget·input 게이트, Discriminator</p>"},
    ]
    nouns = analyse(analyzer, {"notes/a/": sections})
    html = page_document("notes/a/", sections, nouns, SYNONYMS, note=True)
    assert "<h1>노트 A</h1>" in html and '<h2 id="lstm">LSTM</h2>' in html
    vanishing = SYNONYMS.of_page("concepts/vanishing-gradient/").token  # 기울기소실 is one of its names
    assert f'<div id="kbw-0w">소실 {vanishing}</div>' in html
    gan, lstm = SYNONYMS.of_page("concepts/gan/").token, SYNONYMS.of_page("concepts/lstm/").token
    gate = SYNONYMS.groups[_names(SYNONYMS.browser_map())["게이트"]].token  # a glossary word
    assert f'<div id="kbw-1h" data-pagefind-weight="6">{lstm}</div>' in html  # named in the heading
    assert f'<div id="kbw-1w">{gate} {gan}</div>' in html
    assert "forget · input" in html  # a middle dot between words: each word is found
    listing = page_document("notes/", sections, nouns, SYNONYMS, note=False)
    assert lstm not in listing and "소실" in listing  # the site's lists: nouns, no tokens
    assert '<div data-pagefind-weight="0.25"><p>기울기소실을' in listing  # and below the notes they list
    assert html.count("data-pagefind-weight") == 1  # a note's text weighs 1


def test_a_concept_document_is_its_summary_and_names_ranked_by_its_token(analyzer):
    sections = [
        {"location": "concepts/gan/", "title": "GAN · 생성적 적대 신경망", "text": "<p>생성자와 VAE와 달리</p>"},
        {"location": "concepts/gan/#note-a", "title": "note a", "text": "<p>a passage quoted</p>"},
    ]
    html = page_document("concepts/gan/", sections, {}, SYNONYMS, note=False)
    assert "note a" not in html and "passage" not in html  # quotes: the note has them
    token = SYNONYMS.of_page("concepts/gan/").token
    assert f'<div id="kbw-0" data-pagefind-weight="10">{token}</div>' in html
    hidden = html.split('id="kbw-0w"')[1]
    assert "Discriminator" in hidden
    # The token of a glossary word of its summary (생성자 is no concept's name), not of another concept's
    # name (VAE): for those, that concept's page and the notes are the answers.
    generator = SYNONYMS.groups[_names(SYNONYMS.browser_map())["생성자"]].token
    assert generator in hidden and SYNONYMS.of_page("concepts/vae/").token not in html
    assert '<div data-pagefind-weight="2"><p>생성자와' in html  # a summary of what the notes say


def test_a_concept_page_that_quotes_no_note_weighs_as_a_note(analyzer):
    sections = [{"location": "concepts/dcgan/", "title": "DCGAN · 합성곱 GAN", "text": "<p>생성자와 판별자를</p>"}]
    html = page_document("concepts/dcgan/", sections, {}, SYNONYMS, note=False, definition_only=True)
    token = SYNONYMS.of_page("concepts/dcgan/").token
    assert f'<div id="kbw-0" data-pagefind-weight="10">{token}</div>' in html  # still first for its names
    assert html.count("data-pagefind-weight") == 1


def test_the_built_index_holds_the_pages_and_their_hidden_words(shipped_site):
    site = shipped_site.site_dir
    pages = indexed_pages(site)
    notes = [p for p in pages.values() if p.url.startswith("notes/") and p.url != "notes/"]
    assert len(notes) >= 5
    gan_note = pages["notes/boostcamp-ai-tech-nlp-과정-3주차-노트/"]
    assert SYNONYMS.of_page("concepts/gan/").token in gan_note.hidden  # it says "GAN", "Discriminator"
    assert SYNONYMS.of_page("concepts/cnn/").token in pages["concepts/cnn/"].hidden
    assert not any(w.startswith("kbsyn") for w in gan_note.visible.split())
    assert "관련 노트" not in " ".join(" ".join(p.words) for p in notes)  # the site's link lines: excluded
    assert not (site / "search" / "search_index.json").exists()  # Material's lunr index: not written
    assert not list((site / "assets" / "javascripts").glob("workers/*"))  # nor its worker
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    synonyms = json.loads((site / "search" / "synonyms.json").read_text(encoding="utf-8"))
    # The copy the search box fetches, gzipped as Pagefind's files are: small from any static server.
    packed = (site / "search" / "synonyms.json.gz").read_bytes()
    assert json.loads(gzip.decompress(packed)) == synonyms and len(packed) < len(json.dumps(synonyms)) / 2
    cnn = synonyms["groups"][_names(synonyms)["합성곱"]]
    assert cnn["page"] == "concepts/cnn/"
    # Each concept's page as its result shows it, for the box to show before Pagefind is in: every concept
    # group has its page's title and opening words; a glossary group (no page) has neither.
    assert cnn["title"].startswith("CNN") and "합성곱" in cnn["text"] and len(cnn["text"].split()) <= 32
    assert all(("title" in g) == (g["page"] is not None) for g in synonyms["groups"])
    # Each concept's token with the index chunks Pagefind reads to search it, one of them holding it, which
    # the box asks for before Pagefind's metadata (which lists the chunks) is in.
    for group in (g for g in synonyms["groups"] if g["page"]):
        chunks = [gzip.decompress((site / "pagefind" / "index" / f"{c}.pf_index").read_bytes()) for c in group["chunks"]]
        assert any(bytes([0x60 + len(group["token"])]) + group["token"].encode() in c for c in chunks), group["token"]
    assert len(packed) < 30_000  # 10 KB of names, 14 KB of 168 titles and openings (24 KB in all)
    # Only the groups: the box makes the map of names itself (it was 40% of the file, fetched on the first search).
    assert set(synonyms) == {"groups"}
    assert (site / "pagefind" / "pagefind.js").exists() and not (site / "pagefind" / "pagefind-ui.js").exists()
    # Pagefind's script gzipped beside it, as its other files are: what the box fetches (46 -> 13 KB).
    script = (site / "pagefind" / "pagefind.js").read_bytes()
    packed = (site / "pagefind" / "pagefind.js.gz").read_bytes()
    assert gzip.decompress(packed) == script and len(packed) < len(script) / 3


def test_korean_words_are_indexed_in_chunks_a_query_fetches_one_of(tmp_path):
    """Pagefind cuts its index into chunks of about 20000 word places, and a query fetches the chunk of its
    word; written as composed syllables, every Korean word of a site landed in one chunk however large
    (1.5 MB at 5000 notes). 120 pages of 500 Korean words: several chunks, none near the whole."""
    staged = StagedPages()
    syllables = [chr(c) for c in range(0xAC00, 0xD7A4, 7)]
    rng = random.Random(5)
    for n in range(120):
        words = " ".join("".join(rng.choice(syllables) for _ in range(3)) for _ in range(500))
        sections = [{"location": f"notes/n{n}/", "title": f"노트 {n}", "text": f"<p>{words}</p>"}]
        staged.write(f"notes/n{n}/", documents.page_document(f"notes/n{n}/", sections, {}, SYNONYMS, note=True))
    staged.index(tmp_path)
    chunks = sorted(p.stat().st_size for p in (tmp_path / "pagefind" / "index").glob("*.pf_index"))
    assert len(chunks) >= 3 and chunks[-1] < sum(chunks) / 2
    assert "notes/n7/" in indexed_pages(tmp_path) and indexed_pages(tmp_path)["notes/n7/"].title == "노트 7"


FORMULAS_NOTE = "notes/2024-03-12-week-3-attention과-vae-정리/"
TEX = re.compile(r"\\[a-zA-Z]+|\$")  # a TeX command, or a formula's delimiter


@pytest.fixture(scope="module")
def formulas_site(tmp_path_factory):
    """A note in the shape of a study post on attention and VAE: inline and displayed formulas, a formula in a
    heading, a figure that is not there."""
    root = tmp_path_factory.mktemp("formulas")
    docs = write_tree(root / "docs", site_pages())
    shutil.copy(ROOT / "tests" / "fixtures" / "search_formulas.md", docs / "notes" / "search_formulas.md")
    return build_docs(docs, root / "site", strict=False)  # the figure is missing: a warning


def test_what_a_result_shows_of_a_note_is_its_text_with_formulas_readable_not_tex(formulas_site):
    note = indexed_pages(formulas_site.site_dir)[FORMULAS_NOTE]
    assert not TEX.search(note.visible), note.visible
    assert "쿼리 행렬 W_q ∈ R^(d×d_k) 를 곱해서" in note.visible  # a short inline formula, readable
    assert "여기서 √(d_k) 로 나누는 이유는" in note.visible
    assert "손실은 … 로 쓴다" in note.visible  # a long one left out, the sentence whole
    assert "β-VAE." in note.visible.split()  # a heading's formula
    assert "이미지 없음" not in note.visible and "attention 구조" not in note.visible  # the placeholder
    # The words of the formulas left out are found, never shown; TeX's own words are neither.
    assert {"Attention", "softmax", "QK", "log", "KL", "theta", "phi", "sigma"} <= set(note.hidden)
    assert not {"mathbb", "frac", "left", "text"} & {*note.hidden, *note.visible.split()}


def test_the_staged_document_keeps_formula_words_after_the_section_they_belong_to(formulas_site):
    staged = staged_for(formulas_site.site_dir).root / staged_path(FORMULAS_NOTE)
    document = staged.read_text(encoding="utf-8")
    attention = document.split('<h2 id="scaled-dot-product-attention">')[1].split("<h2")[0]
    visible, hidden = attention.split('<div id="kbw-1w">')
    assert "softmax" not in visible and "softmax" in hidden
    assert "\ue005" not in document and "\ue006" not in document


def test_the_shipped_notes_show_no_tex_and_no_placeholder_in_results(shipped_site):
    pages = indexed_pages(shipped_site.site_dir)
    notes = {url: p for url, p in pages.items() if url.startswith("notes/")}
    assert not {url: TEX.findall(p.visible) for url, p in notes.items() if TEX.search(p.visible)}
    assert not [url for url, p in notes.items() if "이미지 없음" in p.visible]
    twelve = notes["notes/2022-10-05-boostcamp-12days/"]
    assert "KL-diviergence … KL-diviergence를" in twelve.visible  # the formula between them: left out
    assert {"data", "theta"} <= set(twelve.hidden)  # `\mathbb{D}(P_{data} \| P_{\theta})`: still found


_KIWI_PROCESS_CHILD = """
import json, os, sys, threading, time
from pathlib import Path
from hooks.kb.search import korean
from tests.helpers.sitebuild import build_docs, write_tree

def anonymous_mb():
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("RssAnon:"))
    return int(line.split()[1]) / 1024

def children():
    with open(f"/proc/self/task/{os.getpid()}/children", encoding="ascii") as found:
        return found.read().split()

stalls, running = [], [True]

def tick():  # what else the build's process does meanwhile: a tick every 5 ms, and the longest wait
    last = time.perf_counter()
    while running[0]:
        time.sleep(0.005)
        now = time.perf_counter()
        stalls.append(now - last)
        last = now

before = anonymous_mb()
threading.Thread(target=tick, daemon=True).start()
analyzer = korean.KoreanAnalyzer()
started = time.perf_counter()
nouns = analyzer.noun_parts(["기울기소실을", "파라미터의", "합성곱신경망에서", "판별자와"])
took = time.perf_counter() - started
running[0] = False
tmp = Path(sys.argv[1])
build_docs(write_tree(tmp / "docs", {"index.md": "# 홈\\n", "notes/a.md": "---\\ntitle: 적재\\n---\\n적재시험용단어\\n"}), tmp / "site")
print(json.dumps({
    "before": before, "after": anonymous_mb(), "nouns": nouns["기울기소실을"], "stall": max(stalls), "took": took,
    "kiwi_imported": "kiwipiepy" in sys.modules, "children": children(),
}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the process's memory from /proc")
def test_kiwi_works_in_a_process_of_its_own_which_ends_with_its_analysis(tmp_path):
    """Kiwi holds Python's lock for the whole of its load and analysis (a thread of the build's own stood
    still for 1.1-1.2 s of Kiwi's 1.3 s). In its own process, the build's process goes on meanwhile and
    never holds Kiwi's 330 MB; the process has ended when the words are analysed, and when a build ends."""
    child = subprocess.run(
        [sys.executable, "-c", _KIWI_PROCESS_CHILD, str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=180,
    )  # fmt: skip
    found = json.loads(child.stdout.strip().splitlines()[-1])
    assert found["nouns"] == ["기울기", "소실", "기울기소실"]
    assert not found["kiwi_imported"] and found["children"] == []
    assert found["after"] - found["before"] < 50, found
    # Kiwi's load and first analysis, a second or more: the build's process stood still for nearly all of it
    # when Kiwi was in it, and now goes on (a loaded machine may still pause it now and then)
    assert found["stall"] < found["took"] / 3, found


def test_a_first_build_starts_kiwi_at_once_and_a_build_with_known_words_does_not(tmp_path, monkeypatch):
    """Kiwi's load and first analysis (a second or more) happen beside the build's first steps when the
    build can know no word yet: nothing in the build cache, nothing in the process."""
    from hooks.kb.machinery.cache import STORE
    from hooks.kb.search import korean

    started = []
    monkeypatch.setattr(korean.KiwiProcess, "start", lambda self: started.append(self))
    STORE.open(tmp_path / "cache")
    try:
        korean.KoreanAnalyzer().start_if_new()
        assert len(started) == 1
        STORE.put(korean._cache_key(), {"기울기소실을": ("기울기", "소실", "기울기소실")})
        korean.KoreanAnalyzer().start_if_new()
        known = korean.KoreanAnalyzer()
        known._parts["파라미터의"] = ("파라미터",)
        STORE.rollback()
        known.start_if_new()
        assert len(started) == 1
    finally:
        STORE.close()


def test_a_build_that_fails_while_its_documents_are_made_stores_none_and_leaves_no_kiwi(tmp_path, monkeypatch):
    """`mkdocs build` fails in the templates while Kiwi reads the words beside them: the failed build stores
    nothing in the build cache (not Kiwi's nouns either), and Kiwi's process has ended when MkDocs returns."""
    import os

    from mkdocs.commands import build as mkdocs_build

    from hooks.kb.machinery.cache import STORE
    from hooks.kb.search import korean

    docs = write_tree(tmp_path / "docs", {"index.md": "# 홈\n", "notes/a.md": "---\ntitle: 실패\n---\n기울기소실을 막는다\n"})
    config = example_config(docs_dir=str(docs), site_dir=str(tmp_path / "site"))
    monkeypatch.setattr(sys.modules["hooks/search.py"]._analyzer, "_parts", {})  # a first build: no word known
    asked, nouns = [], korean.KiwiProcess.nouns
    monkeypatch.setattr(korean.KiwiProcess, "nouns", lambda self, words: asked.append(words) or nouns(self, words))

    def fails(*args, **kwargs):
        raise ValueError("a template failed")

    def children() -> set[str]:  # the process's own children (the test run may have others: a browser's)
        if not Path("/proc/self/task").is_dir():  # not Linux
            return set()
        with open(f"/proc/self/task/{os.getpid()}/children", encoding="ascii") as found:
            return set(found.read().split())

    monkeypatch.setattr(mkdocs_build, "_build_page", fails)
    before = children()
    config.plugins.on_startup(command="build", dirty=False)
    try:
        with pytest.raises(ValueError, match="a template failed"):
            mkdocs_build.build(config)
    finally:
        config.plugins.on_shutdown()
    assert asked  # Kiwi was asked beside the templates
    STORE.open(tmp_path / ".cache" / "build")
    try:
        assert not STORE.has(korean._cache_key())
    finally:
        STORE.close()
    assert children() - before == set()  # no Kiwi left


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for Kiwi's process")
@pytest.mark.parametrize("answer", ["", '[["기울기", "소실"'], ids=["none", "cut short"])
def test_a_kiwi_process_that_dies_before_its_whole_answer_is_reported_and_waited_for(tmp_path, monkeypatch, answer):
    """Kiwi's process killed as it answers (out of memory): the build is told Kiwi's process failed, with
    its exit code, not that some JSON was malformed, and the process is waited for (no zombie); the next
    call starts a new one."""
    from hooks.kb.search import korean

    fake = tmp_path / "python"
    fake.write_text(f"#!/bin/sh\nread line\nprintf '%s' '{answer}'\nexit 9\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    kiwi = korean.KiwiProcess()
    with pytest.raises(RuntimeError, match="Kiwi's process gave no nouns: it ended with code 9"):
        kiwi.nouns(["기울기소실을"])
    assert kiwi._process is None


def test_kiwis_process_imports_the_sites_hooks_whatever_the_folder_mkdocs_runs_in(tmp_path, monkeypatch):
    """`mkdocs build -f <site>/mkdocs.yml` run in another project's folder, which has a `hooks` package of
    its own: Kiwi's process still runs this site's code (`python -m` looks in its working folder first)."""
    from hooks.kb.search import korean

    write_tree(tmp_path, {"hooks/__init__.py": "", "hooks/kb/__init__.py": ""})
    monkeypatch.chdir(tmp_path)
    kiwi = korean.KiwiProcess()
    try:
        assert kiwi.nouns(["기울기소실을"]) == [("기울기", "소실", "기울기소실")]
    finally:
        kiwi.stop()


def test_a_build_whose_kiwi_hangs_ends_with_the_pages_searched_by_their_words_as_written(tmp_path, monkeypatch):
    """`mkdocs build` with Kiwi's process answering nothing (a stand-in that sleeps a minute): ended after its
    time limit, the build finishes with every page indexed without the nouns inside its words, and says so."""

    from hooks.kb.search import korean

    def hangs(self):
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(["sleep", "60"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    monkeypatch.setattr(korean, "kiwi_seconds", lambda words: 1.0)
    monkeypatch.setattr(korean.KiwiProcess, "start", hangs)
    word = "".join(random.choice("가나다라마바사아자차카타파하") for _ in range(12))  # in no build cache
    note = f"---\ntitle: 멈춘 날\n---\n합성곱신경망을 배운 날 {word}을\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/n.md": note})
    example_config(docs_dir=str(docs), site_dir=str(tmp_path / "site"))  # the hooks loaded
    monkeypatch.setattr(sys.modules["hooks/search.py"]._analyzer, "_parts", {})  # no word known in the process
    started = time.perf_counter()
    site = build_docs(docs, tmp_path / "site", strict=False)
    assert time.perf_counter() - started < 30  # not the 60 s the stand-in sleeps
    assert "WARNING Kiwi's process gave no nouns in 1 s and was ended:" in site.log
    page = indexed_pages(tmp_path / "site")["notes/멈춘-날/"]
    assert "합성곱신경망을" in page.visible and page.hidden == []
