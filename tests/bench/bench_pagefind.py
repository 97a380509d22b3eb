"""What one Pagefind search costs in the browser, by the pages it scores: the part of a key's time the search
box cannot cut.

    python tests/bench/bench_pagefind.py                 # 500 to 4000 pages
    python tests/bench/bench_pagefind.py --pages 1000 4000 --runs 25

For each size, writes that many small pages (200-800 made-up words each, as Pagefind reads them) in which one
word is in every page: once (`once`), or five times (`five`: a token written at each mention, as
hooks/kb/search/documents.py writes a synonym group's), indexes them with Pagefind's program (the binary of `pagefind[bin]`), and in
headless Chromium runs Pagefind's own search in the page (as the box does: no worker, `pageLength` 0.25)
`--runs` times once the word's index chunk is in. Prints the fastest and the median search, and per 1000
pages. Pagefind 1.5.2 scores each result page by going through the matches of every matched word (Pagefind
pull request #1334, not released, groups them by page first), so a search grows faster than its pages, and
with the matches and the index words (`파라미터`, `파라미터의`, `파라미터를` ... for the prefix `파라`) each page has.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import random
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from pagefind.service import get_executable

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VARIANTS = {"once": "tok", "five": "tok tok tok tok tok"}
FILLER = [f"w{n}x" for n in range(3000)]
PAGE = (
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"></head><body><main data-pagefind-body>'
    '<h1>page {n}</h1><p>{text}</p><div id="kbw-0w">{hidden}</div></main></body></html>'
)
SEARCH = """async ([term, runs]) => {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({ noWorker: true, ranking: { pageLength: 0.25 } });
  let found = await pagefind.search(term);  // the word's index chunk in
  const ms = [];
  for (let n = 0; n < runs; n++) {
    const start = performance.now();
    found = await pagefind.search(term);
    ms.push(performance.now() - start);
  }
  return { ms, pages: found.results.length, matches: found.results.reduce((n, r) => n + r.words.length, 0) };
}"""


def write_site(root: Path, pages: int, hidden: str) -> Path:
    rng = random.Random(pages)
    for n in range(pages):
        text = " ".join(rng.choices(FILLER, k=200 + (n * 37) % 600))
        path = root / f"p{n}" / "index.html"
        path.parent.mkdir(parents=True)
        path.write_text(PAGE.format(n=n, text=text, hidden=hidden), encoding="utf-8")
    command = [str(get_executable()), "--site", str(root), "--force-language", "ko", "--silent"]
    subprocess.run(command, check=True, capture_output=True)
    return root


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


def measure(browser, site: Path, runs: int) -> dict:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/p0/")
        result = page.evaluate(SEARCH, ["tok", runs])
        page.close()
        return result
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="kb-bench-pagefind-") as work, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for variant, hidden in VARIANTS.items():
            for pages in args.pages:
                site = write_site(Path(work) / f"{variant}-{pages}", pages, hidden)
                result = measure(browser, site, args.runs)
                fastest, median = min(result["ms"]), statistics.median(result["ms"])
                print(
                    f"{variant:<6} {pages:5} pages: `tok` found in {result['pages']} pages, {result['matches']}"
                    f" matches; a search {fastest:6.1f} ms fastest, {median:6.1f} ms median;"
                    f" {1000 * fastest / pages:5.1f} ms per 1000 pages"
                )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
