"""How much math adds to a build: 1000 notes generated from the seeds, built with and without
hooks/formulas.py in one run. Run: `make bench-math` or `.venv/bin/python tests/bench/bench_math.py [notes] [repeat]`.

The two builds alternate `repeat` times (3 by default) and each keeps its best wall and CPU time: the
machine is shared, and the best run is the one least disturbed. Every timed build is cold: the memos that
`mkdocs serve` keeps between builds (hooks/kb/machinery/memo.py) are emptied first, or the second and later builds
would reuse the first's work, the formula scans of the builds with math included. The issue's budget: math adds at most 10%.

Each copy of a seed gets its own formulas (`+ k` appended to each), so latex2mathml's per-build cache
cannot make the copies free: every formula of the corpus is typeset.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from mkdocs.config import load_config  # noqa: E402

from hooks.kb.machinery.memo import forget_everything  # noqa: E402
from hooks.kb.math.tex import map_formulas  # noqa: E402
from hooks.kb.posts.report import note_logger  # noqa: E402
from tests.bench.corpus import note_files  # noqa: E402
from tests.helpers.sitebuild import ROOT, build_docs, site_pages, write_tree  # noqa: E402

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
    notes["concepts.yml"] = (ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8")
    return notes, formulas


def timed_build(docs: Path, site: Path, hooks: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one cold build: nothing kept from the build before, as in a fresh `mkdocs build`."""
    forget_everything()  # the hooks' BuildMemos (ingest, passages, formula scans, MathML) would make it warm
    wall, cpu = time.perf_counter(), time.process_time()
    build_docs(docs, site, strict=False, hooks=hooks)
    return time.perf_counter() - wall, time.process_time() - cpu


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
    best = {name: (min(r[0] for r in rs), min(r[1] for r in rs)) for name, rs in runs.items()}
    print(f"{count} notes, {formulas} formulas, best of {repeat} alternating builds each")
    print(f"without hooks/formulas.py: {best['without'][0]:6.2f} s wall {best['without'][1]:6.2f} s CPU")
    print(f"with hooks/formulas.py:    {best['with'][0]:6.2f} s wall {best['with'][1]:6.2f} s CPU")
    wall, cpu = (best["with"][i] / best["without"][i] for i in (0, 1))
    print(
        f"ratio: {wall:.3f} wall (+{(wall - 1) * 100:.1f}%), {cpu:.3f} CPU (+{(cpu - 1) * 100:.1f}%); budget +10%"
    )
    return cpu


if __name__ == "__main__":
    ratio = main(*(int(a) for a in sys.argv[1:3]))
    sys.exit(0 if ratio <= 1.10 else 1)
