"""Korean search in headless Chromium: queries typed into Material's search box find the expected page.

The site is the repository's own docs/ (five notes, the concept pages). Each query is typed as a reader
types it (Korean syllables through the input method), and the expected page must be among the first three
results. Expectations come from reading the notes: `판별자` must find the GAN note, which only ever says
"Discriminator"; `퍼셉트론` the LG Aimers note, which only says "Perceptron".
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from hooks.kb.search.pagefind_index import name_first_files
from tests.helpers.searchbox import open_search, result_pages, search, type_query, wait_answered
from tests.helpers.sitebuild import ROOT, build_docs, site_pages, write_tree

SHOTS = Path(__file__).parent.parent / "screenshots"

GAN_NOTE = "notes/boostcamp-ai-tech-nlp-과정-3주차-노트/"  # 2주차 GAN, CNN, LSTM: the English terms
DAYS_12 = "notes/2022-10-05-boostcamp-12days/"
WEEK2 = "notes/네이버-부스트-캠프-ai-tech-re-week2-5/"
TIL = "notes/2023-08-02-til/"
AIMERS = "notes/2023-01-25-lg-aimers-04-deep-learning/"

# query -> pages that must all be in the top 3
EXPECTED = {
    # a concept's Korean name or alias, with and without particles, glued or spaced: its page
    "합성곱": ["concepts/cnn/"],
    "합성곱 신경망의": ["concepts/cnn/"],
    "컨볼루션": ["concepts/cnn/"],
    "CNN에서": ["concepts/cnn/"],
    "기울기 소실": ["concepts/vanishing-gradient/"],
    "기울기소실": ["concepts/vanishing-gradient/"],
    "기울기 소실은": ["concepts/vanishing-gradient/"],
    "장단기 메모리": ["concepts/lstm/"],
    "LSTM은": ["concepts/lstm/"],
    "역전파를": ["concepts/backpropagation/"],
    "변분 오토인코더": ["concepts/vae/"],
    "오토인코더를": ["concepts/autoencoder/"],
    "트랜스포머의": ["concepts/transformer/"],
    "셀프 어텐션": ["concepts/self-attention/"],
    "배치 정규화": ["concepts/batch-normalization/"],
    "드롭아웃": ["concepts/dropout/"],
    "순환 신경망": ["concepts/rnn/"],
    "스킵 연결": ["concepts/skip-connection/"],
    "위치 인코딩": ["concepts/positional-encoding/"],
    "생성 모델": ["concepts/generative-model/"],
    "자기 회귀 모델은": ["concepts/autoregressive-model/"],
    # Korean terms for what the notes only say in English: the concept page, and the note
    "판별자": ["concepts/gan/", GAN_NOTE],
    # a glossary word (also constructors): the pages whose summaries say it, GAN's (which quotes the notes
    # on the generator) before its variants' (DCGAN, CycleGAN ..., which quote none)
    "생성자": ["concepts/gan/"],
    "퍼셉트론을": ["concepts/perceptron/", AIMERS],
    "역전파": ["concepts/backpropagation/", AIMERS],
    "렐루": ["concepts/relu/", AIMERS],
    # English names: the concept page first, the notes that use them
    "Discriminator": ["concepts/gan/", GAN_NOTE],
    "Convolution": ["concepts/cnn/"],
    "LSTM": ["concepts/lstm/", GAN_NOTE],
    "Gradient Vanishing": ["concepts/vanishing-gradient/"],
    "Skip Connection": ["concepts/skip-connection/"],
    "Vision Transformer": ["concepts/vision-transformer/"],
    "Softmax Loss": [AIMERS],
    "forget gate": ["concepts/lstm/", DAYS_12],
    # mixed Korean and English
    "GRU 게이트": ["concepts/gru/"],
    "Markov 가정": [WEEK2],
    "Data augmentation을": ["concepts/data-augmentation/"],  # its page cites the TIL note
    # words of the notes, with and without particles
    # (파라미터 is a glossary word: the NLP note's section 파라미터 갯수, then the TIL note's mentions)
    "파라미터": [GAN_NOTE, TIL],
    "파라미터의": [GAN_NOTE, TIL],
    "가장자리": [TIL],
    "사후확률": [WEEK2],
    "컨베이너 벨트": [DAYS_12],
    "피어세션": [DAYS_12, WEEK2],
    "학습 회고": [WEEK2],
    "멘토링": [DAYS_12],
}


# A query whose first expected page is a concept's is that concept's name or alias (particles and
# spacing aside), and the page must come first; except these, which are about a concept, not its name.
NOT_NAMES = {"forget gate", "GRU 게이트", "생성자"}  # about a concept, not its name


@pytest.fixture
def search_page(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    open_search(page, base)
    return page, base


def test_korean_english_and_mixed_queries_find_the_expected_page_in_the_top_3(search_page):
    page, base = search_page
    assert len(EXPECTED) >= 30
    missed = {}
    for query, pages in EXPECTED.items():
        type_query(page, query)
        top = result_pages(page, base)[:3]
        named_first = query in NOT_NAMES or not pages[0].startswith("concepts/") or top[:1] == pages[:1]
        if not set(pages) <= set(top) or not named_first:
            missed[query] = top
    assert missed == {}


def test_a_result_shows_the_page_title_and_the_matching_section(search_page):
    page, base = search_page
    type_query(page, "파라미터의")
    first = page.locator("li.md-search-result__item").first
    assert first.locator("h1").inner_text() == "Boostcamp AI tech NLP 과정 3주차 노트"
    sections = first.locator("h2").all_inner_texts()
    assert "파라미터 갯수" in sections
    assert first.locator("mark").count() > 0  # Material's highlighting of the stem the query became
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "search_파라미터의.png"))


def test_a_note_found_by_the_concepts_english_name_does_not_list_the_korean_query_as_missing(search_page):
    page, base = search_page
    type_query(page, "판별자")  # the GAN note only says "Discriminator"
    pages = result_pages(page, base)
    note = page.locator("li.md-search-result__item").nth(pages.index(GAN_NOTE))
    assert note.locator("mark").filter(has_text="Discriminator").count() > 0
    assert note.locator(".md-search-result__terms").count() == 0  # no "포함되지 않은 검색어: 판별자"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "search_판별자.png"))


def test_nothing_of_search_is_fetched_until_the_box_is_focused(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(base + DAYS_12, wait_until="load")
    page.wait_for_timeout(500)
    assert [u for u in asked if "/pagefind/" in u or "/search/" in u or "/workers/" in u] == []
    page.keyboard.press("/")  # Material's shortcut opens the box
    type_query(page, "LSTM")
    assert any(u.endswith("/pagefind/pagefind.js.gz") for u in asked)  # gzipped: 46 -> 13 KB
    assert not any(u.endswith("/pagefind/pagefind.js") for u in asked)  # the plain copy: older browsers
    assert any(u.endswith("/search/synonyms.json.gz") for u in asked)  # gzipped: 36 -> 10 KB at 5000 notes
    assert not any(u.endswith("/search/synonyms.json") for u in asked)  # the plain copy: older browsers
    assert not [u for u in asked if "search_index" in u or "/workers/" in u]  # Material's lunr: gone
    assert result_pages(page, base)[0] == "concepts/lstm/"


@pytest.mark.parametrize(
    "browser_case", ["no DecompressionStream", "a server that marks .gz as compressed", "an index without the packed script"]
)  # fmt: skip
def test_the_synonym_groups_and_pagefinds_script_are_read_whatever_the_browser_and_server(
    shipped_site, serve, page, browser_case, tmp_path
):
    """The box fetches the gzipped groups and Pagefind's gzipped script and unpacks them; a browser that
    cannot reads the plain copies, a server that sends .gz files with Content-Encoding: gzip has the
    browser unpack them first, and an index written before the script was packed has its plain script read."""
    site = shipped_site.site_dir
    if browser_case == "an index without the packed script":
        site = tmp_path / "site"
        shutil.copytree(shipped_site.site_dir, site)
        (site / "pagefind" / "pagefind.js.gz").unlink()
    base = serve(site)
    asked = []
    page.on("request", lambda request: asked.append(urlsplit(request.url).path))
    if browser_case == "no DecompressionStream":
        page.add_init_script("delete window.DecompressionStream")
    elif browser_case == "a server that marks .gz as compressed":
        for name, kind in (("search/synonyms.json", "application/json"), ("pagefind/pagefind.js", "text/javascript")):
            unpacked = (site / name).read_bytes()  # as the browser hands it on, having unpacked it
            page.route(f"**/{name}.gz", functools.partial(_fulfilled, body=unpacked, content_type=kind))
    open_search(page, base + DAYS_12)
    found = search(page, base, "판별자")
    assert found[0] == "concepts/gan/" and GAN_NOTE in found[:3]  # the note says only "Discriminator"
    plain = browser_case == "no DecompressionStream"
    assert [p for p in asked if p.startswith("/search/")] == ["/search/synonyms.json" + ("" if plain else ".gz")]
    scripts = [p for p in asked if p.startswith("/pagefind/pagefind.js")]
    if plain:
        assert scripts == ["/pagefind/pagefind.js"]
    elif browser_case == "an index without the packed script":
        assert scripts == ["/pagefind/pagefind.js.gz", "/pagefind/pagefind.js"]  # 404, then the plain one
    else:
        assert scripts == ["/pagefind/pagefind.js.gz"]


def _fulfilled(route, body: bytes, content_type: str) -> None:
    route.fulfill(body=body, content_type=content_type)


def pagefind_files(urls: list[str]) -> list[str]:
    """The names of the files of Pagefind's index among `urls`, the entry with its cache tag, sorted."""
    parts = [urlsplit(u) for u in urls if "/pagefind/" in urlsplit(u).path]
    return sorted(p.path.rsplit("/", 1)[-1] + (f"?{p.query}" if p.query.startswith("ts=") else "") for p in parts)


def test_pagefinds_files_are_asked_for_at_once_when_the_box_is_focused_and_fetched_once(shipped_site, serve, browser):
    """Pagefind's script asks for its entry, then for the index's metadata and its WebAssembly, whose names
    the entry gives: the build writes those names into the box's script, which preloads all of them as the
    box is focused, without waiting for the entry (held here until they are asked for), and Pagefind's own
    requests take the preloads. (A fresh browser context: with the files in its cache, a preload and a
    fetch would each be a hit.)"""
    context = browser.new_context(locale="ko-KR")
    page = context.new_page()
    try:
        base = serve(shipped_site.site_dir)
        asked, held = [], []
        page.on("request", lambda request: asked.append(request.url))
        hold = lambda route: held.append(route)  # noqa: E731 - the same handler is removed below
        page.route("**/pagefind/pagefind-entry.json*", hold)
        open_search(page, base + DAYS_12)
        entry = json.loads((shipped_site.site_dir / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
        meta = f"pagefind.{entry['languages']['ko']['hash']}.pf_meta"
        for _ in range(50):
            if {meta, "wasm.unknown.pagefind"} <= set(pagefind_files(asked)):
                break
            page.wait_for_timeout(100)
        assert {meta, "wasm.unknown.pagefind", "pagefind.js.gz"} <= set(pagefind_files(asked))
        assert len(held) == 1  # the entry, not answered yet: nothing waited for it
        for route in held:
            route.continue_()
        page.unroute("**/pagefind/pagefind-entry.json*", hold)
        type_query(page, "LSTM")
        preloaded = pagefind_files(page.locator("link[rel=preload][as=fetch]").evaluate_all("ls => ls.map(l => l.href)"))
        entries = [name for name in pagefind_files(asked) if name.startswith("pagefind-entry.json")]
        assert len(entries) == 1 and entries[0].startswith("pagefind-entry.json?ts=") and entries[0] in preloaded
        fetched = [name for name in pagefind_files(asked) if name.endswith((".pf_meta", ".pagefind"))]
        assert fetched == sorted([meta, "wasm.unknown.pagefind"]) and set(fetched) <= set(preloaded)
        assert result_pages(page, base)[0] == "concepts/lstm/"
    finally:
        context.close()


def test_a_concepts_name_shows_its_page_while_pagefind_is_still_loading(shipped_site, serve, browser):
    """The synonym groups come in before Pagefind's script, WebAssembly and metadata (and the query's index
    and fragments after them): a query that names a concept shows the concept's page from them at once,
    titled and with its opening words, the query's names marked; the line above the list still says search
    is starting, and the list is not marked answered. Pagefind's whole answer then takes its place, the
    concept page first, the notes after it. (Pagefind's script is held back here until the early result
    shows; without it, nothing shows before Pagefind.) The index chunk of the concept's token, which the
    groups name, is asked for then too, not after Pagefind's metadata, and fetched once."""
    context = browser.new_context(locale="ko-KR")
    page = context.new_page()
    try:
        base = serve(shipped_site.site_dir)
        groups = json.loads((shipped_site.site_dir / "search" / "synonyms.json").read_text(encoding="utf-8"))
        chunks = next(g["chunks"] for g in groups["groups"] if g["page"] == "concepts/lstm/")
        asked = []
        page.on("request", lambda request: asked.append(urlsplit(request.url).path))
        held = []
        hold = lambda route: held.append(route)  # noqa: E731 - the same handler is removed below
        page.route("**/pagefind/pagefind.js.gz", hold)
        open_search(page, base + DAYS_12)
        for char in "장단기 메모리를":
            page.keyboard.insert_text(char)
            page.locator("input.md-search__input").dispatch_event("keyup", {"key": "Process", "keyCode": 229})
        page.wait_for_selector("li.md-search-result__item", timeout=10_000)
        assert held, "Pagefind's script was not asked for"
        assert result_pages(page, base) == ["concepts/lstm/"]
        item = page.locator("li.md-search-result__item").first
        early_title = item.locator("h1").inner_text()
        assert early_title == "LSTM · 장단기 메모리"
        opening = item.locator("p").inner_html()  # a name of several words marked whole, however it is spaced
        assert "<mark>장단기 메모리</mark>" in opening and "<mark>Long Short-Term Memory</mark>" in opening
        assert page.locator(".md-search-result__meta").inner_text() == "검색 초기화"
        assert page.locator(".md-search-result").get_attribute("data-kb-answered") is None
        preloaded = [f"/pagefind/index/{chunk}.pf_index" for chunk in chunks]
        # The preload is added with the early result; its request event may reach this side a moment later.
        for _ in range(100):
            if set(preloaded) <= set(asked):
                break
            page.wait_for_timeout(50)
        assert set(preloaded) <= set(asked)  # while Pagefind's script is held back
        for route in held:
            route.continue_()
        page.unroute("**/pagefind/pagefind.js.gz", hold)
        wait_answered(page)
        pages = result_pages(page, base)
        assert pages[0] == "concepts/lstm/" and len(pages) > 1
        assert page.locator("li.md-search-result__item h1").first.inner_text() == early_title  # as Pagefind shows it
        assert page.locator(".md-search-result__meta").inner_text() != "검색 초기화"
        # Pagefind asked for no other chunk, and its own requests took the preloads.
        assert [p for p in asked if p.startswith("/pagefind/index/")] == preloaded
    finally:
        context.close()


def test_search_works_under_a_sub_path_and_opens_the_section_with_the_words_highlighted(
    shipped_site, serve, page, tmp_path
):
    root = tmp_path / "pages"
    root.mkdir()
    (root / "repo").symlink_to(shipped_site.site_dir)  # as GitHub Pages serves a project: /repo/
    base = serve(root) + "repo/"
    open_search(page, base)
    type_query(page, "파라미터의")
    assert result_pages(page, base)[0] == GAN_NOTE
    section = page.locator("li.md-search-result__item").first.locator("a.md-search-result__link").nth(1)
    href = section.get_attribute("href")
    assert "/repo/notes/" in href and "#" in href and "h=" in href
    section.click()
    page.wait_for_url("**/repo/notes/**")
    marks = page.locator(".md-content mark[data-md-highlight]")
    marks.first.wait_for()
    assert "파라미터" in marks.first.inner_text()


def test_a_syllable_typed_after_other_words_is_searched_once_the_reader_pauses(search_page):
    """`Markov 가`, on the way to `Markov 가정`: the one syllable, a whole word in most notes, would cost the
    key a search of most pages; the other words are answered at once, and the syllable once the reader
    pauses (then the pages without it say so)."""
    page, base = search_page
    missing = page.locator(".md-search-result__terms")
    type_query(page, "Markov 가")
    assert WEEK2 in result_pages(page, base)[:3] and missing.count() == 0
    page.wait_for_function(
        "() => [...document.querySelectorAll('.md-search-result__terms del')].some(d => d.textContent === '가')",
        timeout=5000,
    )
    assert WEEK2 in result_pages(page, base)[:3]


def test_each_step_of_an_answer_is_timed_for_the_browsers_performance_panel(search_page):
    """Where a key's milliseconds go (the search benchmark reads them): Pagefind's search, with its own
    scoring time and the pages it scored, then the first results' fragments, then drawing the list. A glossary
    word is searched twice (its group's token and the word as typed), side by side."""
    page, _ = search_page
    # The word committed at once (typed a syllable at a time, `파라미` already searched the group's token: a
    # Korean name being typed), so that this one answer searches both.
    type_query(page, "")
    page.keyboard.insert_text("파라미터")
    page.locator("input.md-search__input").dispatch_event("keyup", {"key": "Process", "keyCode": 229})
    wait_answered(page)
    steps = page.evaluate(
        """() => performance.getEntriesByType("measure")
                 .filter(m => m.name.startsWith("kb-search ") && m.startTime >= window.__kbSearch.typedAt)
                 .map(m => ({ step: m.name.slice(10), start: m.startTime, end: m.startTime + m.duration,
                              detail: m.detail }))"""
    )
    searches = [s for s in steps if s["step"] == "pagefind"]
    terms = sorted(s["detail"]["terms"] for s in searches)
    assert len(terms) == 2 and re.fullmatch(r"kbsyn\d+x", terms[0]) and terms[1] == "파라미터"
    assert all(s["detail"]["pages"] > 0 and 0 <= s["detail"]["scoring"] <= s["end"] - s["start"] + 1 for s in searches)
    (fragments,) = [s for s in steps if s["step"] == "fragments"]
    draws = [s for s in steps if s["step"] == "draw"]
    assert fragments["detail"] == {"query": "파라미터", "pages": 5}
    assert max(s["end"] for s in searches) <= fragments["start"] <= fragments["end"] <= draws[-1]["start"]
    assert draws[-1]["detail"] == {"query": "파라미터"}


def test_the_keyboard_moves_through_results_as_in_material(search_page):
    page, base = search_page
    type_query(page, "합성곱")
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    assert "concepts/cnn/" in first
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("s")  # open again, then Enter opens the best result
    page.keyboard.press("Enter")
    page.wait_for_url("**/concepts/cnn/**")


def test_search_on_a_phone(shipped_site, serve, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ko-KR", has_touch=True)
    page = context.new_page()
    try:
        base = serve(shipped_site.site_dir)
        page.goto(base + DAYS_12, wait_until="load")
        page.locator("label.md-header__button[for=__search]").click()
        page.locator("input.md-search__input").wait_for(state="visible")
        type_query(page, "판별자")
        # Material slides the panel in (a transform transition of .md-search__inner); while it slides,
        # Chromium maps the boxes through a fractional translation in single precision and a result
        # 390 px wide measures 389.99999 or 390.0000012. The reader sees the panel at rest.
        page.wait_for_function(
            "document.querySelector('.md-search__inner').getAnimations({subtree: true}).length === 0"
        )
        first = page.locator("li.md-search-result__item").first
        assert first.is_visible() and first.bounding_box()["width"] <= 390
        assert result_pages(page, base)[0] == "concepts/gan/"
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "search_phone.png"))
    finally:
        context.close()


TEX = re.compile(r"\\[a-zA-Z]+|\$")  # a TeX command, or a formula's delimiter


def excerpts(page, number: int) -> list[str]:
    """The excerpts the result list shows under its `number`th page."""
    return page.locator("li.md-search-result__item").nth(number).locator("p").all_inner_texts()


@pytest.fixture(scope="module")
def formulas_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("formulas")
    docs = write_tree(root / "docs", site_pages())
    shutil.copy(ROOT / "tests" / "fixtures" / "search_formulas.md", docs / "notes" / "search_formulas.md")
    return build_docs(docs, root / "site", strict=False)  # its figure is missing: a warning


def test_a_result_shows_a_notes_sentences_with_its_formulas_readable_not_its_tex(formulas_site, serve, page):
    base = serve(formulas_site.site_dir)
    open_search(page, base)
    # `softmax` is only in a displayed formula: found, and the excerpt is the sentences around it.
    type_query(page, "softmax")
    assert result_pages(page, base) == ["notes/2024-03-12-week-3-attention과-vae-정리/"]
    shown = " ".join(excerpts(page, 0))
    assert "입력 X에 대해 쿼리 행렬 W_q ∈ R^(d×d_k) 를 곱해서 쿼리를 만든다." in shown
    assert not TEX.search(shown) and "softmax" not in shown and "이미지 없음" not in shown
    type_query(page, "sigma")  # `\sigma` in an inline formula, shown as σ
    assert len(result_pages(page, base)) == 1 and "σ⊙ε" in " ".join(excerpts(page, 0))
    type_query(page, "손실")
    shown = " ".join(excerpts(page, 0))
    assert "손실은 … 로 쓴다" in shown and not TEX.search(shown)


def test_a_shipped_notes_formulas_and_missing_figures_stay_out_of_its_excerpts(search_page):
    page, base = search_page
    type_query(page, "Bayes")
    shown = " ".join(excerpts(page, result_pages(page, base).index(DAYS_12)))
    assert "Bayes' rule" in shown and not TEX.search(shown)
    type_query(page, "LSTM 구조")  # the alt text of a figure the note lost
    shown = " ".join(" ".join(excerpts(page, n)) for n in range(len(result_pages(page, base))))
    assert "이미지 없음" not in shown


@pytest.mark.parametrize(
    ("state", "said"),
    [
        ("indexing", "검색 색인을 만드는 중입니다. 잠시 후 결과를 보여 드립니다."),
        ("unavailable", "검색 색인을 만들지 못해 지금은 검색할 수 없습니다. 노트를 저장하면 다시 만듭니다."),
    ],
)
def test_until_a_first_serve_has_its_index_the_box_says_why_then_searches(
    shipped_site, serve, page, tmp_path, state, said
):
    """A first `mkdocs serve` answers before its search index is written (hooks/search.py): its box script
    names no file of the index, and the synonym groups' file says `indexing`, or `unavailable` when Pagefind
    failed (tests/builds/test_dirty_serve.py checks the server writes them). The box says which in Korean,
    asks for none of Pagefind's files (each would answer 404, and the box would stay broken), logs no error,
    and answers the query typed meanwhile once an index is in place (for `unavailable`, an edit's build)."""
    site = tmp_path / "site"
    shutil.copytree(shipped_site.site_dir, site)
    index, synonyms = tmp_path / "pagefind", {}
    (site / "pagefind").rename(index)
    for name in ("synonyms.json", "synonyms.json.gz"):
        synonyms[name] = (site / "search" / name).read_bytes()
    waiting = f'{{"groups":[],"{state}":true}}'
    (site / "search" / "synonyms.json").write_text(waiting, encoding="utf-8")
    (site / "search" / "synonyms.json.gz").write_bytes(gzip.compress(waiting.encode()))
    name_first_files(site / "assets" / "javascripts" / "kb-search.js", None)
    base = serve(site)
    errors, asked = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: asked.append(urlsplit(request.url).path))
    open_search(page, base + DAYS_12)
    page.keyboard.type("LSTM")
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('색인')")
    assert meta.inner_text() == said
    page.wait_for_timeout(1500)  # the box asks again each second
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"search-{state}.png"))
    assert meta.inner_text() == said
    assert not [path for path in asked if "/pagefind/" in path]
    assert asked.count("/search/synonyms.json.gz") >= 2

    index.rename(site / "pagefind")  # the index in place, then the groups' file that says so
    for name, content in synonyms.items():
        (site / "search" / name).write_bytes(content)
    wait_answered(page)
    assert result_pages(page, base)[0] == "concepts/lstm/"
    assert errors == []


# Two notes in the shape of a cohort's study posts (tests/fixtures/search_students/), with the example site's
# concepts: what a student types for them that they write another way.
OPTIM = "notes/2024-03-04-dl-basic-optim/"
TRANSFORMER_NOTE = "notes/2024-03-06-transformer/"


@pytest.fixture(scope="module")
def students_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("students")
    notes = {f"notes/{p.name}": p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "fixtures" / "search_students").glob("*.md")}
    docs = write_tree(root / "docs", {**site_pages(), **notes})
    shutil.copy(ROOT / "tests" / "fixtures" / "example_site" / "concepts.yml", docs / "concepts.yml")
    return build_docs(docs, root / "site")


@pytest.fixture
def students_search(students_site, serve, page):
    base = serve(students_site.site_dir)
    open_search(page, base)
    return page, base


@pytest.mark.parametrize(
    "query, wanted, marked",
    [
        ("transfomer", ["concepts/transformer/", TRANSFORMER_NOTE], "Transformer"),  # one typo from a name
        ("옵티마", [OPTIM], "Optimizer"),  # 옵티마이저 being typed: the note writes only "Optimizer"
        ("그라디언트", [TRANSFORMER_NOTE], "그레디언트"),  # another spelling of gradient, the note's own
    ],
)  # fmt: skip
def test_a_typo_a_spelling_or_a_name_being_typed_finds_the_notes_that_write_it_otherwise(
    students_search, query, wanted, marked
):
    """Found in the top 3 (a concept's page first), the note's own spelling marked in its result."""
    page, base = students_search
    type_query(page, query)
    pages = result_pages(page, base)
    assert set(wanted) <= set(pages[:3]), pages
    assert pages[0] == wanted[0] or not wanted[0].startswith("concepts/")
    note = page.locator("li.md-search-result__item").nth(pages.index(wanted[-1]))
    assert marked in note.locator("mark").all_inner_texts()


def test_a_name_of_several_words_is_highlighted_in_the_result_and_on_the_page_it_opens(students_search):
    """`배치정규화` finds the note that writes only `Batch Normalization`: the result marks those two words (a
    name with a space was never marked), and so does the page its section opens."""
    page, base = students_search
    type_query(page, "배치정규화")
    pages = result_pages(page, base)
    note = page.locator("li.md-search-result__item").nth(pages.index(OPTIM))
    assert "Batch Normalization" in note.locator("mark").all_inner_texts()
    section = note.locator("a.md-search-result__link").filter(has=page.locator("h2", has_text="Batch Normalization"))
    section.click()
    page.wait_for_url("**/notes/**")
    marks = page.locator(".md-content mark[data-md-highlight]")
    marks.first.wait_for()
    assert "Batch Normalization" in marks.all_inner_texts()


def test_a_section_found_by_its_heading_shows_the_word_marked_in_its_heading(students_search):
    """`adam` finds the section `Adam (Adaptive Moment Estimation)`, whose points never say Adam again: the
    heading shows the word marked, as the page's title and the excerpts do."""
    page, base = students_search
    type_query(page, "adam")
    pages = result_pages(page, base)
    note = page.locator("li.md-search-result__item").nth(pages.index(OPTIM))
    heading = note.locator("h2", has_text="Adam (Adaptive Moment Estimation)")
    assert heading.locator("mark").all_inner_texts()[:1] == ["Adam"]
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "search_adam_heading.png"))


def test_a_page_found_by_two_words_shows_the_section_of_each(students_search):
    """`clipping 내적`: the note says clipping under one heading and 내적 under another. Pagefind keeps one
    object per page and writes each result's places into it, so both words' results read the last one's, and
    the section of the other word went unshown."""
    page, base = students_search
    type_query(page, "clipping 내적")
    pages = result_pages(page, base)
    note = page.locator("li.md-search-result__item").nth(pages.index(TRANSFORMER_NOTE))
    headings = note.locator("h2").all_inner_texts()
    assert "학습할 때 주의할 점" in headings and "Self-Attention 계산 순서" in headings
