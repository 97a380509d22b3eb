"""Benchmark: the project's build against plain MkDocs + Material, at 200, 1000 and 5000 notes.

    python tests/bench/bench.py                 # 200, 1000, 5000 (plain Material up to 1000), serve, edits
    python tests/bench/bench.py --sizes 200 1000 --no-serve
    python tests/bench/bench.py --sizes 200 --serve-modes dirty   # only `make serve`'s edit latency
    python tests/bench/bench.py --plain-max 5000   # plain Material at 5000 too: ~25x its 1000-note cost

"The project" is whatever mkdocs.yml lists (hooks, plugins, theme), loaded as `make build` loads it,
with only docs_dir and site_dir pointed at a generated corpus. "Plain" is MkDocs + Material with no
hooks and no plugins but search: the same notes minus their `search: true` line, which plain Material
would read as its own page setting and crash on. Every build runs in its own process.

- Cold: the project's first build of a corpus, with no build cache (`.cache/build/` beside the docs
  folder is new with the corpus). Warm: a second build of the same notes into a fresh site folder, with
  the cache the first one left.
- Memory, sampled every 20 ms: `tree MB` is the peak of the summed resident memory of the build and every
  process it started; `build MB`, `kiwi MB` and `pagefind MB` the peaks of the build's own process, of
  Kiwi's process (hooks/kb/search/korean.py) and of Pagefind's program, each alone. The tree's peak is
  less than their sum when they do not peak at once.
- Serve: `mkdocs serve --dirty` as `make serve` runs it, on the `--ready-notes` corpus: seconds from the
  process's start to the home page served, with no cache and then restarted (same address) with the cache
  of the first run; then on `--serve-notes` notes, one note edited three times, each once the site is at
  rest (the search index of the edit before written), and how long the change takes to show.

Wall time is noisy on a shared machine, CPU time less so, and ratios inside one run are what to compare.
Corpora live in a temporary folder, never in docs/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from hooks.kb.posts.ingest import read_note  # noqa: E402
from tests.bench.corpus import write_corpus  # noqa: E402
from tests.helpers.sitebuild import ROOT  # noqa: E402

PLAIN_CONFIG = """\
site_name: AI 스터디 노트
docs_dir: docs
site_dir: site
theme:
  name: material
  language: ko
"""

# Runs in the child: build one site and print how many warnings were logged, as JSON.
_BUILD_CHILD = """
import json, logging, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config_file, docs_dir, site_dir = sys.argv[1:4]
class Count(logging.Handler):
    n = 0
    def emit(self, record):
        Count.n += 1
handler = Count(logging.WARNING)
for name in ("mkdocs", "kb"):
    logging.getLogger(name).addHandler(handler)
build(load_config(config_file, docs_dir=docs_dir, site_dir=site_dir))
print(json.dumps({"warnings": Count.n}))
"""


@dataclass(frozen=True)
class Result:
    variant: str  # "plain", "project" (cold cache) or "warm" (the project again, its cache kept)
    notes: int
    wall_s: float
    cpu_s: float
    peak_mb: float  # the build process's own peak resident memory
    tree_mb: float  # the peak of the build's and its children's resident memory together
    kiwi_mb: float  # the peak of Kiwi's process alone (0: it did not run)
    pagefind_mb: float  # the peak of Pagefind's program alone (0: it did not run)
    site_mb: float
    search_mb: float
    note_page_kb: float  # mean size of one note's HTML page: constant when nothing grows per page
    lists_kb: float  # the note list and the tags page: linear in the notes, never more
    warnings: int


def child_env() -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    env.pop("SITE_URL", None)
    return env


class TreePeak:
    """The peak of the summed resident memory of a process and its descendants, sampled in a thread, and
    the peak of each kind of process alone (`role`: the build's own, Kiwi's, Pagefind's)."""

    EVERY = 0.02
    PAGE = os.sysconf("SC_PAGE_SIZE")

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._done = pid, 0, threading.Event()
        self.roles: dict[str, int] = {}
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        """The tree's peak, in MB (each role's in `role_mb`)."""
        self._done.set()
        self._thread.join()
        return self.peak / 2**20

    def role_mb(self, role: str) -> float:
        return self.roles.get(role, 0) / 2**20

    def role(self, pid: int) -> str:
        """"build" for the measured process, else "kiwi", "pagefind" or "other" by its command line."""
        if pid == self.pid:
            return "build"
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read()
        except OSError:
            return "other"
        if b"hooks.kb.search.korean" in command:
            return "kiwi"
        return "pagefind" if b"pagefind" in command.split(b"\0")[0] else "other"

    def _run(self) -> None:
        while not self._done.wait(self.EVERY):
            self.peak = max(self.peak, self._tree_rss())

    def _tree_rss(self) -> int:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", "rb") as f:
                        stat = f.read()
                except OSError:
                    continue
                parent = int(stat[stat.rindex(b")") + 2 :].split()[1])  # after the name: state, then ppid
                children.setdefault(parent, []).append(int(entry))
        total, todo = 0, [self.pid]
        while todo:
            pid = todo.pop()
            todo.extend(children.get(pid, ()))
            try:
                with open(f"/proc/{pid}/statm", "rb") as f:
                    rss = int(f.read().split()[1]) * self.PAGE
            except OSError:
                continue
            total += rss
            role = self.role(pid)
            self.roles[role] = max(self.roles.get(role, 0), rss)
        return total


@dataclass(frozen=True)
class Run:
    code: int
    wall_s: float
    cpu_s: float  # the child's and its waited-for children's (Pagefind's program)
    peak_mb: float  # the build process's own peak
    tree_mb: float
    kiwi_mb: float
    pagefind_mb: float


def run_measured(args: list[str], log: Path) -> Run:
    """Run a Python child, measured: its wall, CPU and memory (os.wait4, and its process tree sampled)."""
    with log.open("w", encoding="utf-8") as out:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=child_env(), stdout=out, stderr=out)
        tree = TreePeak(child.pid)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        tree_mb = tree.stop()
    child.returncode = os.waitstatus_to_exitcode(status)
    # wait4's ru_maxrss is the largest of the child and its waited-for children (Kiwi's process, Pagefind's
    # program), not the child's own: its own is what the sampling saw of it, or ru_maxrss when it ran
    # alone (too short a run for a sample).
    own = tree.role_mb("build") or usage.ru_maxrss / 1024
    kiwi, pagefind = tree.role_mb("kiwi"), tree.role_mb("pagefind")
    return Run(child.returncode, wall, usage.ru_utime + usage.ru_stime, own, max(tree_mb, own), kiwi, pagefind)


def run_child(args: list[str], log: Path) -> tuple[int, float, float, float]:
    """Run a Python child; (exit code, wall s, CPU s, peak RSS MB) of that child alone (os.wait4)."""
    run = run_measured(args, log)
    return run.code, run.wall_s, run.cpu_s, run.peak_mb


def prepare(
    variant: str, notes: int, work: Path, plain_extra: str = "", distinct: bool = False
) -> tuple[Path, Path, Path, Path]:
    """(docs, site, log, config) of a build of `notes` notes: the corpus written (`distinct`: see
    tests/bench/corpus.py), plain Material's mkdocs.yml too (with `plain_extra` lines)."""
    root = work / f"{variant}-{notes}{'-distinct' if distinct else ''}"
    docs, site, log = root / "docs", root / "site", root / "build.log"
    write_corpus(docs, notes, plain=variant == "plain", distinct=distinct)
    config = ROOT / "mkdocs.yml"
    if variant == "plain":
        config = root / "mkdocs.yml"
        config.write_text(PLAIN_CONFIG + plain_extra, encoding="utf-8")
    return docs, site, log, config


def run_build(variant: str, notes: int, work: Path) -> list[Result]:
    """Build the corpus; the project twice: cold, then warm (its build cache kept, a new site folder)."""
    root = work / f"{variant}-{notes}"
    docs, site, log, config = prepare(variant, notes, work)
    results = [_measured_build(variant, notes, config, docs, site, log)]
    if variant == "project":
        warm = root / "site-warm"
        results.append(_measured_build("warm", notes, config, docs, warm, root / "warm.log"))
        if _differing(site, warm):
            raise SystemExit(
                f"the warm build of {notes} notes differs from the cold one: {_differing(site, warm)[:5]}"
            )
    shutil.rmtree(root)
    return results


def _measured_build(variant: str, notes: int, config: Path, docs: Path, site: Path, log: Path) -> Result:
    run = run_measured(["-c", _BUILD_CHILD, str(config), str(docs), str(site)], log)
    output = log.read_text(encoding="utf-8")
    if run.code != 0:
        raise SystemExit(f"{variant} build of {notes} notes failed:\n{output[-3000:]}")
    warnings = json.loads(output.strip().splitlines()[-1])["warnings"]
    return Result(
        variant,
        notes,
        run.wall_s,
        run.cpu_s,
        run.peak_mb,
        run.tree_mb,
        run.kiwi_mb,
        run.pagefind_mb,
        _size(site) / 1e6,
        (_size(site / "search") + _size(site / "pagefind")) / 1e6,  # Material's index; ours is Pagefind's
        _mean_note_page(site) / 1e3,
        sum(_size(site / page / "index.html") for page in ("notes", "tags")) / 1e3,
        warnings,
    )


def _differing(a: Path, b: Path) -> list[str]:
    """Files that are not the same in two site folders (one side's only, or other bytes)."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    same = {p for p in files_a & files_b if (a / p).read_bytes() == (b / p).read_bytes()}
    return sorted(str(p) for p in (files_a | files_b) - same)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def _mean_note_page(site: Path) -> float:
    pages = list((site / "notes").glob("*/index.html"))
    return sum(p.stat().st_size for p in pages) / len(pages) if pages else 0.0


# Runs in the child: `mkdocs serve` on the project's mkdocs.yml with docs_dir pointed at the corpus.
# Ctrl-C as in a terminal, also when the bench runs in the background (SIGINT passed on ignored).
_SERVE_CHILD = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from mkdocs.commands.serve import serve
config_file, docs_dir, dev_addr, build_type = sys.argv[1:5]
serve(config_file, livereload=True, build_type=build_type or None, docs_dir=docs_dir, dev_addr=dev_addr)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (OSError, urllib.error.URLError):
        return None


def settled(url: str, quiet: float = 2.0, timeout: float = 300) -> str | None:
    """What `url` answers once it has answered the same for `quiet` seconds: an edit is timed from a
    site at rest (the search index of the edit before written), as an author edits after looking."""
    started = time.perf_counter()
    last, since = fetch(url), time.perf_counter()
    while time.perf_counter() - since < quiet and time.perf_counter() - started < timeout:
        time.sleep(0.1)
        now = fetch(url)
        if now != last:
            last, since = now, time.perf_counter()
    return last


def wait_for(predicate, timeout: float, every: float = 0.05) -> float | None:
    """Seconds until predicate() was true, or None after `timeout` seconds."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if predicate():
            return time.perf_counter() - started
        time.sleep(every)
    return None


@dataclass(frozen=True)
class ServeResult:
    mode: str
    first_build_s: float
    page_s: list[float]  # edit written -> the served note page shows it
    done_s: list[float]  # edit written -> the rebuilt search index has it (the rebuild is over)
    indexed_pages: int  # pages in the search index after the last rebuild (all of them, if correct)


def start_serve(docs: Path, port: int, log) -> subprocess.Popen:
    """`mkdocs serve --dirty` on the project's mkdocs.yml with docs_dir at the corpus, as `make serve` runs it."""
    args = ["-c", _SERVE_CHILD, str(ROOT / "mkdocs.yml"), str(docs), f"127.0.0.1:{port}", "dirty"]
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=child_env(), stdout=log, stderr=log)


def stop_serve(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGINT)  # as Ctrl-C: serve removes its temporary site folder
    try:
        child.wait(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def measure_ready(notes: int, work: Path) -> tuple[float, float, float | None]:
    """Seconds from `mkdocs serve`'s start to its home page served: with no build cache, then again with
    the cache the first run left (a restart, or a second `make serve`), on the same address as `make
    serve`'s (the site's URL is in every page). Third: when the first start's search index was in place
    (its pages are served before it)."""
    root = work / f"ready-{notes}"
    docs = write_corpus(root / "docs", notes)
    times = []
    port = free_port()
    for run in ("cold", "warm"):
        with (root / f"serve-{run}.log").open("w", encoding="utf-8") as log:
            started = time.perf_counter()
            child = start_serve(docs, port, log)
            try:
                ready = wait_for(
                    lambda p=port: fetch(f"http://127.0.0.1:{p}/") is not None, timeout=600, every=0.02
                )
                if ready is None:
                    raise SystemExit(f"mkdocs serve did not come up; see {root / f'serve-{run}.log'}")
                times.append(time.perf_counter() - started)
                if run == "cold":
                    synonyms = f"http://127.0.0.1:{port}/search/synonyms.json"
                    indexed = wait_for(lambda u=synonyms: '"indexing"' not in (fetch(u) or '"indexing"'), timeout=600)
                    searchable = None if indexed is None else time.perf_counter() - started
            finally:
                stop_serve(child)
    shutil.rmtree(root, ignore_errors=True)
    return times[0], times[1], searchable


def measure_serve(notes: int, work: Path, mode: str, edits: int = 3) -> ServeResult:
    """Edit one note of a served `notes`-note site and time how long the change takes to show."""
    root = work / f"serve-{mode}-{notes}"
    docs = write_corpus(root / "docs", notes)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (root / "serve.log").open("w", encoding="utf-8")
    args = [
        "-c",
        _SERVE_CHILD,
        str(ROOT / "mkdocs.yml"),
        str(docs),
        f"127.0.0.1:{port}",
        "dirty" if mode == "dirty" else "",
    ]
    child = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=child_env(), stdout=log, stderr=log)
    try:
        first = wait_for(lambda: fetch(base) is not None, timeout=600, every=0.2)
        if first is None:
            raise SystemExit(f"mkdocs serve did not come up; see {root / 'serve.log'}")
        time.sleep(1.0)  # let the file watcher settle after the first build
        note = sorted((docs / "notes").glob("*.md"))[notes // 2]
        url = read_note(f"notes/{note.name}", note.read_bytes())[
            0
        ].url  # the readable URL, from date and title
        page_url = f"{base}{urllib.parse.quote(url)}"  # Hangul in the path: percent-encoded
        index_url = f"{base}pagefind/pagefind-entry.json"  # names the index's files: new for a new index
        # A first start serves its pages before its search index is written (hooks/search.py): at rest once
        # the index is there, not while it still answers 404.
        wait_for(lambda: fetch(index_url) is not None, timeout=600, every=0.2)
        page_s, done_s = [], []
        for edit in range(edits):
            marker = f"kbedit{edit}x{port}"
            before = settled(index_url)  # the rebuild before is over, its search index too
            started = time.perf_counter()
            with note.open("a", encoding="utf-8") as f:
                f.write(f"\n\n{marker}\n")
            shown = wait_for(lambda m=marker: m in (fetch(page_url) or ""), timeout=300)
            done = wait_for(lambda b=before: fetch(index_url) not in (None, b), timeout=300, every=0.1)
            page_s.append(float("nan") if shown is None else shown)
            done_s.append(float("nan") if done is None else time.perf_counter() - started)
            time.sleep(0.5)
        entry = json.loads(fetch(index_url) or '{"languages": {}}')
        indexed = sum(language["page_count"] for language in entry["languages"].values())
    finally:
        stop_serve(child)
        log.close()
    shutil.rmtree(root, ignore_errors=True)
    return ServeResult(mode, first, page_s, done_s, indexed)


def print_builds(results: list[Result]) -> None:
    print(
        f"{'notes':>6} {'build':<8} {'wall s':>7} {'cpu s':>7} {'tree MB':>8} {'build MB':>8} {'kiwi MB':>8}"
        f" {'pagefind MB':>11} {'site MB':>8} {'search MB':>9} {'note KB':>8} {'lists KB':>8} {'warnings':>8}"
    )
    for r in results:
        print(
            f"{r.notes:>6} {r.variant:<8} {r.wall_s:>7.2f} {r.cpu_s:>7.2f} {r.tree_mb:>8.0f} {r.peak_mb:>8.0f}"
            f" {r.kiwi_mb:>8.0f} {r.pagefind_mb:>11.0f} {r.site_mb:>8.1f} {r.search_mb:>9.2f} {r.note_page_kb:>8.1f} {r.lists_kb:>8.0f} {r.warnings:>8}"
        )


def _ratios(a: Result, b: Result) -> str:
    return (
        f"wall {a.wall_s / b.wall_s:.2f}x, cpu {a.cpu_s / b.cpu_s:.2f}x, tree peak {a.tree_mb / b.tree_mb:.2f}x,"
        f" site {a.site_mb / b.site_mb:.2f}x, search {a.search_mb / b.search_mb:.2f}x,"
        f" note page {a.note_page_kb / b.note_page_kb:.2f}x, lists {a.lists_kb / b.lists_kb:.2f}x"
    )


def print_ratios(results: list[Result]) -> None:
    by = {(r.variant, r.notes): r for r in results}
    sizes = sorted({r.notes for r in results})
    print("\nproject (cold cache) / plain, same notes:")
    for n in sizes:
        if ("plain", n) in by:
            print(f"  {n:>5} notes: {_ratios(by['project', n], by['plain', n])}")
    print("\nwarm cache / cold, same notes:")
    for n in sizes:
        if ("warm", n) in by:
            print(f"  {n:>5} notes: {_ratios(by['warm', n], by['project', n])}")
    print("\ngrowth (notes x5 each step; linear is 5x):")
    for variant in ("project", "plain"):
        for small, big in zip(sizes, sizes[1:], strict=False):
            if (variant, small) in by and (variant, big) in by:
                print(f"  {variant:<8} {big}/{small}: {_ratios(by[variant, big], by[variant, small])}")


def targets(results: list[Result], ready: tuple[float, float] | None, served: list[ServeResult]) -> list:
    """(target, measured, met) for each target this run measured."""
    by = {(r.variant, r.notes): r for r in results}
    found = []

    def check(name: str, measured: str, met: bool) -> None:
        found.append((name, measured, met))

    for n, most in ((200, 1.0), (1000, 0.35)):
        if ("plain", n) in by:
            ratio = by["project", n].wall_s / by["plain", n].wall_s
            check(f"{n} notes, cold: at most {most}x plain Material's time", f"{ratio:.2f}x", ratio <= most)
    if ("project", 5000) in by and ("project", 1000) in by:
        ratio = by["project", 5000].wall_s / by["project", 1000].wall_s
        check("5000 notes: at most 5x the 1000-note time", f"{ratio:.2f}x", ratio <= 5)
    for n, most in ((200, 300), (1000, 450)):
        for variant, said in (("project", "cold"), ("warm", "warm")):
            if (variant, n) in by:
                tree = by[variant, n].tree_mb
                check(
                    f"{n} notes, {said}: peak memory at most {most} MB (process tree)",
                    f"{tree:.0f} MB",
                    tree <= most,
                )
    for n in sorted({r.notes for r in results}):
        if ("warm", n) in by:
            ratio = by["warm", n].wall_s / by["project", n].wall_s
            check(f"{n} notes: a warm build at most 0.3x the cold one", f"{ratio:.2f}x", ratio <= 0.3)
    if ("plain", 1000) in by:
        ratio = by["project", 1000].site_mb / by["plain", 1000].site_mb
        check("1000 notes: site at most 0.2x plain Material's", f"{ratio:.2f}x", ratio <= 0.2)
    if ready is not None:
        cold, warm, _ = ready
        check("make serve ready within 2 s (cache warm)", f"{warm:.2f} s", warm <= 2)
        check("make serve ready within 2 s (no cache)", f"{cold:.2f} s", cold <= 2)
    for s in served:
        if s.mode == "dirty":
            worst = max(s.page_s)
            check("an edit shown within 1 s (slowest of the edits)", f"{worst:.2f} s", worst <= 1)
    return found


def print_serve(results: list[ServeResult], notes: int) -> None:
    print(f"\nmkdocs serve, {notes} notes, one note edited:")
    for s in results:
        shown = ", ".join(f"{t:.2f}" for t in s.page_s)
        done = ", ".join(f"{t:.2f}" for t in s.done_s)
        print(
            f"  {s.mode:<6} first build {s.first_build_s:.1f} s; edit shown after {shown} s;"
            f" rebuild over after {done} s; search index then has {s.indexed_pages} pages"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument(
        "--plain-max", type=int, default=1000, help="largest corpus built with plain Material"
    )
    parser.add_argument("--ready-notes", type=int, default=200, help="corpus size for serve's start")
    parser.add_argument("--serve-notes", type=int, default=1000, help="corpus size for the serve edits")
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument(
        "--serve-modes",
        nargs="+",
        default=["dirty"],
        choices=["full", "dirty"],
        help="dirty: `mkdocs serve --dirty`, as `make serve` runs it; full: plain `mkdocs serve`",
    )
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    ready, served = None, []
    try:
        results = []
        for n in sorted(args.sizes):
            for variant in ("plain", "project"):
                if variant == "plain" and n > args.plain_max:
                    continue
                for result in run_build(variant, n, work):
                    results.append(result)
                    print(
                        f"built {n} notes, {result.variant}: {result.wall_s:.1f} s",
                        file=sys.stderr,
                        flush=True,
                    )
        load = os.getloadavg()[0]
        if not args.no_serve:
            ready = measure_ready(args.ready_notes, work)
            served = [measure_serve(args.serve_notes, work, mode) for mode in args.serve_modes]
        print(f"\nbuilds on {os.cpu_count()} cores, load average {load:.1f} after them:")
        print_builds(results)
        print_ratios(results)
        if ready is not None:
            print(
                f"\nmake serve, {args.ready_notes} notes: home page served {ready[0]:.2f} s after the start with no"
            )
            print(f"  build cache, {ready[1]:.2f} s with the cache the first start left")
            searchable = "not within 600 s" if ready[2] is None else f"{ready[2]:.2f} s after the start"
            print(f"  (the first start's search index in place {searchable})")
        if served:
            print_serve(served, args.serve_notes)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\ntargets:")
    found = targets(results, ready, served)
    for name, measured, met in found:
        print(f"  {'met   ' if met else 'MISSED'} {name}: {measured}")
    missed = [name for name, _, met in found if not met]
    if missed:
        print(f"\n{len(missed)} target(s) missed (the numbers above are still the real ones)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
