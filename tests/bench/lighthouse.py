"""Lighthouse on the built site, mobile, as a reader on GitHub Pages meets it: `make lighthouse`.

    python tests/bench/lighthouse.py                      # the home page, a note, a concept page, the map
    python tests/bench/lighthouse.py --pages "" tags/     # other pages (site-relative URLs)

Builds `docs/` strictly (canonical links pointing at the server, as the Pages workflow sets SITE_URL),
serves it gzipped under `/<prefix>/` as Pages serves a project site (tests/helpers/static_server.py), and
runs npm's lighthouse (tests/bench/lighthouse/package.json, installed with the machine's npm) with
Debian's Chromium, once per page, one after another. Prints the four category scores per page and every
audit that cost a point outside performance. Performance is Lighthouse's simulated slow phone: on a busy
machine it moves by a few points from run to run, so `--runs 3` prints the median of three.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.helpers.sitebuild import ROOT  # noqa: E402
from tests.helpers.static_server import SiteServer  # noqa: E402

LIGHTHOUSE = ROOT / "tests" / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"
PAGES = {
    "home": "",
    "note": "notes/2022-10-05-boostcamp-12days/",
    "concept": "concepts/cnn/",
    "map": "concepts/map/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def build(site: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def run_lighthouse(url: str, out: Path) -> dict:
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
    ]  # fmt: skip
    subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
    return json.loads(out.read_text(encoding="utf-8"))


METRICS = {"FCP": "first-contentful-paint", "LCP": "largest-contentful-paint", "TBT": "total-blocking-time"}


def scores(report: dict) -> dict[str, float]:
    """The four scores, and the simulated phone's paint times (s) and blocking time (ms) behind the first."""
    found: dict[str, float] = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    for name, audit in METRICS.items():
        value = report["audits"][audit]["numericValue"]
        found[name] = round(value) if name == "TBT" else round(value / 1000, 1)
    return found


def lost_points(report: dict) -> list[str]:
    """Audits that failed in the categories other than performance (their weight counts)."""
    lost = []
    for category in CATEGORIES[1:]:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                lost.append(f"{category}: {ref['id']} ({audit['title']})")
    return lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pages", nargs="+", help="site-relative URLs (default: home, a note, a concept, the map)"
    )
    parser.add_argument("--prefix", default="/repo/", help="the path the site is served under, as on Pages")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median is printed")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: `make lighthouse` installs it with npm")
    pages = {url or "home": url for url in args.pages} if args.pages else PAGES
    with tempfile.TemporaryDirectory(prefix="kb-lighthouse-") as work:
        site = Path(work) / "site"
        server = SiteServer(site, prefix=args.prefix)
        build(site, server.base)
        rows, lost = [], {}
        with server as base:
            for name, url in pages.items():
                runs = []
                for run in range(args.runs):
                    out = Path(work) / f"{name.strip('/').replace('/', '_')}-{run}.json"
                    report = run_lighthouse(base + quote(url), out)
                    runs.append(scores(report))
                    lost[name] = lost_points(report)
                median = {c: statistics.median(r[c] for r in runs) for c in [*CATEGORIES, *METRICS]}
                rows.append((name, url, median, [r["performance"] for r in runs]))
                print(f"{name}: {median}", file=sys.stderr, flush=True)
    print(f"\nLighthouse {lighthouse_version()}, mobile, served gzipped under {args.prefix}:")
    print(
        f"{'page':<9} {'performance':>11} {'accessibility':>13} {'best practices':>14} {'SEO':>4}"
        f" {'FCP s':>6} {'LCP s':>6} {'TBT ms':>6}  URL"
    )
    for name, url, s, perf_runs in rows:
        runs = (
            f" (performance runs: {', '.join(f'{p:.0f}' for p in perf_runs)})" if len(perf_runs) > 1 else ""
        )
        print(
            f"{name:<9} {s['performance']:>11.0f} {s['accessibility']:>13.0f} {s['best-practices']:>14.0f}"
            f" {s['seo']:>4.0f} {s['FCP']:>6.2f} {s['LCP']:>6.2f} {s['TBT']:>6.0f}  {args.prefix}{url}{runs}"
        )
    for name, audits in lost.items():
        for audit in audits:
            print(f"  {name}: {audit}")
    return 0


def lighthouse_version() -> str:
    package = LIGHTHOUSE.resolve().parent.parent / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


if __name__ == "__main__":
    raise SystemExit(main())
