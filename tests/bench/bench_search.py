"""Benchmark of Korean search on a 1000-note site: index size against plain Material, and time to results.

    python tests/bench/bench_search.py            # 1000 notes (`make bench-search`)
    python tests/bench/bench_search.py --notes 200 --pause 0

Builds the corpus of tests/bench/corpus.py twice, in child processes as tests/bench/bench.py does: once with plain
MkDocs + Material, once with the project. Prints both search index sizes (the project's as written, UTF-8,
and as Material would write it, Hangul escaped as \\uXXXX), and how much of it is the added `words` field
and the worker's concept names. Then serves the project's site on localhost, opens it in headless
Chromium, types queries into the search box as a reader would (a pause between characters) and prints,
for each, the time from the last key-up to the results on screen. Targets (issue #7): index within 1.5x
plain Material's, results within 200 ms.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.bench.bench import _BUILD_CHILD, run_build, run_child  # noqa: E402
from tests.bench.corpus import write_corpus  # noqa: E402
from tests.helpers.searchbox import last_query_ms, open_search, result_pages, type_query  # noqa: E402
from tests.helpers.sitebuild import ROOT  # noqa: E402

QUERIES = [
    "합성곱", "판별자", "기울기 소실", "기울기소실", "파라미터", "파라미터의", "LSTM은", "CNN에서",
    "Discriminator", "Convolution", "역전파를", "트랜스포머의", "셀프 어텐션", "배치 정규화", "피어세션",
    "Softmax Loss", "GRU 게이트", "Markov 가정", "오토인코더를", "forget gate",
]  # fmt: skip
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_project(notes: int, work: Path) -> tuple[Path, float]:
    root = work / f"project-{notes}"
    docs, site, log = root / "docs", root / "site", root / "build.log"
    write_corpus(docs, notes)
    shutil.copy(ROOT / "docs" / "concepts.yml", docs / "concepts.yml")  # the concept pages, as the site has
    code, wall, _, _ = run_child(["-c", _BUILD_CHILD, str(ROOT / "mkdocs.yml"), str(docs), str(site)], log)
    if code != 0:
        raise SystemExit(f"project build failed:\n{log.read_text(encoding='utf-8')[-3000:]}")
    return site, wall


def index_sizes(site: Path) -> dict[str, float]:
    """MB of the index as written, as Material writes JSON (ASCII), gzipped, and of the added parts."""
    raw = (site / "search" / "search_index.json").read_bytes()
    index = json.loads(raw)
    ascii_json = json.dumps(index, separators=(",", ":")).encode()
    words = sum(len(json.dumps(d.get("words", ""), ensure_ascii=False).encode()) + 9 for d in index["docs"])
    concepts = len(json.dumps(index["config"].get("kb_concepts", {}), ensure_ascii=False).encode())
    notes_only = dict(index, docs=[d for d in index["docs"] if not d["location"].startswith("concepts/")])
    notes_only["config"] = {k: v for k, v in index["config"].items() if k != "kb_concepts"}
    return {
        "written": len(raw) / 1e6,
        "as_ascii": len(ascii_json) / 1e6,
        "gzip": len(gzip.compress(raw)) / 1e6,
        "words_field": words / 1e6,
        "concept_names": concepts / 1e6,
        "without_concept_pages": len(
            json.dumps(notes_only, ensure_ascii=False, separators=(",", ":")).encode()
        )
        / 1e6,
    }


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def time_queries(base: str, pause_ms: float, rounds: int) -> tuple[float, list[tuple[str, float, int]]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ko-KR")
        started = time.perf_counter()
        open_search(page, base, timeout_ms=300_000)
        ready = time.perf_counter() - started
        timings = []
        for _ in range(rounds):
            for query in QUERIES:
                type_query(page, query, pause_ms=pause_ms)
                timings.append((query, last_query_ms(page), len(result_pages(page, base))))
        browser.close()
    return ready, timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--pause", type=float, default=120, help="ms between typed characters")
    parser.add_argument("--rounds", type=int, default=2, help="times each query is typed")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kb-bench-search-"))
    try:
        plain = run_build("plain", args.notes, work)
        site, wall = build_project(args.notes, work)
        sizes = index_sizes(site)
        print(f"{args.notes} notes; project build {wall:.1f} s, plain Material {plain.wall_s:.1f} s")
        print(f"search index, plain Material: {plain.search_mb:.2f} MB")
        print(
            f"search index, project: {sizes['written']:.2f} MB as written (UTF-8) = "
            f"{sizes['written'] / plain.search_mb:.2f}x plain; {sizes['as_ascii']:.2f} MB with Hangul escaped"
            f" as Material writes it = {sizes['as_ascii'] / plain.search_mb:.2f}x; gzip {sizes['gzip']:.2f} MB"
        )
        print(
            f"  of which the added words field {sizes['words_field']:.2f} MB,"
            f" the worker's concept names {sizes['concept_names']:.3f} MB;"
            f" {sizes['without_concept_pages']:.2f} MB without the concept pages (plain Material has none)"
        )
        server, base = serve(site)
        try:
            ready, timings = time_queries(base, args.pause, args.rounds)
        finally:
            server.shutdown()
        ms = [t for _, t, _ in timings]
        print(f"\nsearch ready (index fetched, lunr index built in the worker) {ready:.1f} s after page load")
        print(
            f"time from the last key-up to results on screen, {len(ms)} typed queries ({args.pause:.0f} ms apart):"
        )
        for query, t, found in timings[: len(QUERIES)]:
            print(f"  {query:<16} {t:7.1f} ms  {found:>3} pages")
        print(
            f"median {statistics.median(ms):.1f} ms, p90 {statistics.quantiles(ms, n=10)[-1]:.1f} ms,"
            f" max {max(ms):.1f} ms (target: 200 ms)"
        )
        ok = sizes["written"] <= 1.5 * plain.search_mb and max(ms) <= 200
        print("targets met" if ok else "a target missed (the numbers above are the real ones)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
