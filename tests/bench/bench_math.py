"""How much math adds to a build: 1000 notes generated from the seeds, built with and without
hooks/formulas.py in one run. Run: `make bench-math` or `.venv/bin/python tests/bench/bench_math.py [notes] [repeat]`.

The two builds alternate `repeat` times (3 by default) and each keeps its best wall and CPU time: the
machine is shared, and the best run is the one least disturbed. Every timed build is cold: the memos that
`mkdocs serve` keeps between builds (hooks/kb/machinery/memo.py) are emptied and the build cache (`.cache/`) removed
first, or the second and later builds would reuse the first's work, the formula scans of the builds with math included.

Reading a post holds its formulas aside before any rewrite (`hold_formulas`, in hooks/kb/posts/ingest.py),
in both builds: that part is timed alone over the same notes and counted with the formulas step.
The budget: math adds at most 2% to the build's CPU time.

Each copy of a seed gets its own formulas (`+ k` appended to each), so the per-build cache of typeset
formulas cannot make the copies free: every formula of the corpus is typeset.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from mkdocs.config import load_config  # noqa: E402

from hooks.kb.machinery.cache import STORE  # noqa: E402
from hooks.kb.machinery.memo import forget_everything  # noqa: E402
from hooks.kb.math.slots import hold_formulas  # noqa: E402
from hooks.kb.math.tex import map_formulas  # noqa: E402
from hooks.kb.posts import ingest  # noqa: E402
from hooks.kb.posts.report import note_logger  # noqa: E402
from tests.bench.corpus import note_files  # noqa: E402
from tests.helpers.sitebuild import ROOT, build_docs, example_registry, site_pages, write_tree  # noqa: E402

# The whole pipeline of mkdocs.yml, with and without its formulas step.
WITH_MATH = list(load_config(str(ROOT / "mkdocs.yml")).hooks)
WITHOUT_MATH = [hook for hook in WITH_MATH if hook != "hooks/formulas.py"]


def corpus(count: int) -> tuple[dict[str, str], int]:
    """The benchmark corpus (distinct titles and dates), each note's formulas made its own."""
    notes, formulas = {}, 0
    for k, (path, text) in enumerate(note_files(count).items()):
        made: list[int] = []

        def own(formula, k=k, made=made):
            made.append(1)
            close = "$$" if formula.source.startswith("$$") else "$"
            opening = formula.source[: len(close)] if formula.source.startswith("$") else "$"
            return f"{opening}{formula.tex} + {k}{close}"

        notes[path] = map_formulas(text, own)
        formulas += len(made)
    notes["concepts.yml"] = example_registry()
    return notes, formulas


def cold(docs: Path) -> None:
    """Nothing kept from the build before, as in a fresh `mkdocs build` with no build cache: the hooks'
    BuildMemos (ingest, passages, formula scans, MathML) and the build cache beside the docs folder."""
    forget_everything()
    STORE.close()  # an open database would outlive its file
    shutil.rmtree(docs.parent / ".cache", ignore_errors=True)


def timed_build(docs: Path, site: Path, hooks: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one cold build."""
    cold(docs)
    wall, cpu = time.perf_counter(), time.process_time()
    build_docs(docs, site, strict=False, hooks=hooks)
    return time.perf_counter() - wall, time.process_time() - cpu


def holding_seconds(notes: dict[str, str], repeat: int) -> float:
    """CPU seconds `hold_formulas` takes over every note's text, best of `repeat`."""
    texts = [text for path, text in notes.items() if path.endswith(".md")]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            hold_formulas(text)
        best = min(best, time.process_time() - start)
    return best


class Timed:
    """Wraps functions to add up the CPU seconds their thread spends in them (thread time: Kiwi loads in a
    thread of its own at the start of the build, and process time would count its work too)."""

    def __init__(self):
        self.seconds = 0.0

    def wrap(self, function):
        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.thread_time() - start

        return timed


def share_in_one_build(docs: Path, site: Path) -> tuple[float, float]:
    """(CPU seconds in math, CPU seconds of the whole build) of one cold build in one process: the
    formulas step's event handlers and the holding of formulas while notes are read, timed inside the same
    build, so the ratio does not depend on how busy the shared machine is."""
    timed = Timed()
    config = load_config(str(ROOT / "mkdocs.yml"))  # loads the hook module once: MkDocs caches it by path
    module = config.hooks["hooks/formulas.py"]
    originals = {name: getattr(module, name) for name in dir(module) if name.startswith("on_")}
    held = ingest.hold_formulas
    try:
        for name, function in originals.items():
            setattr(module, name, timed.wrap(function))
        ingest.hold_formulas = timed.wrap(held)
        cold(docs)
        start = time.process_time()
        build_docs(docs, site, strict=False, hooks=WITH_MATH)
        return timed.seconds, time.process_time() - start
    finally:
        for name, function in originals.items():
            setattr(module, name, function)
        ingest.hold_formulas = held


def main(count: int = 1000, repeat: int = 3) -> float:
    notes, formulas = corpus(count)
    for handler in note_logger().handlers:  # the notes' warnings are formatted and written, not shown
        handler.setStream(open(os.devnull, "w"))  # noqa: SIM115 - for the life of the script
    runs: dict[str, list[tuple[float, float]]] = {"without": [], "with": []}
    with tempfile.TemporaryDirectory() as tmp:
        docs = write_tree(Path(tmp) / "docs", {**site_pages(), **notes})
        timed_build(docs, Path(tmp) / "warm", WITHOUT_MATH)  # imports and the theme's templates, for both
        for _ in range(repeat):
            runs["without"].append(timed_build(docs, Path(tmp) / "without", WITHOUT_MATH))
            runs["with"].append(timed_build(docs, Path(tmp) / "with", WITH_MATH))
        shares = [share_in_one_build(docs, Path(tmp) / "share") for _ in range(repeat)]
    best = {name: (min(r[0] for r in rs), min(r[1] for r in rs)) for name, rs in runs.items()}
    print(f"{count} notes, {formulas} formulas, best of {repeat} alternating builds each")
    print(f"without hooks/formulas.py: {best['without'][0]:6.2f} s wall {best['without'][1]:6.2f} s CPU")
    print(f"with hooks/formulas.py:    {best['with'][0]:6.2f} s wall {best['with'][1]:6.2f} s CPU")
    holding = holding_seconds(notes, repeat)
    wall, cpu = (best["with"][i] / best["without"][i] for i in (0, 1))
    print(f"ratio: {wall:.3f} wall (+{(wall - 1) * 100:.1f}%), {cpu:.3f} CPU (+{(cpu - 1) * 100:.1f}%)")
    base = best["without"][1] - holding
    total = (best["with"][1] - base) / base
    print(f"formulas held aside while reading the notes: {holding * 1000:.0f} ms CPU (in both builds)")
    print(f"math in all (formulas step + holding), from the two builds: +{total * 100:.1f}% CPU")
    math, whole = min(shares)
    inside = math / (whole - math)
    print(
        f"timed inside one build (one process, best of {repeat}): math {math:.2f} s of {whole:.2f} s CPU,"
        f" +{inside * 100:.1f}% over the build without it; budget +2%"
    )
    return 1 + inside


if __name__ == "__main__":
    ratio = main(*(int(a) for a in sys.argv[1:3]))
    sys.exit(0 if ratio <= 1.02 else 1)
