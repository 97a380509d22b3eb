"""How much math adds to a build: 1000 notes generated from the seeds, built with and without
hooks/formulas.py in one run. Run: `.venv/bin/python tests/bench_math.py [notes]`.

Each copy of a seed gets its own formulas (`+ k` appended to each), so latex2mathml's per-build cache
cannot make the copies free: every formula of the corpus is typeset.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hooks.kb.mathml import to_mathml  # noqa: E402
from hooks.kb.tex import map_formulas  # noqa: E402
from tests.sitebuild import ROOT, build_docs, site_pages, write_tree  # noqa: E402

WITH_MATH = ["hooks/notes.py", "hooks/formulas.py"]
WITHOUT_MATH = ["hooks/notes.py"]


def corpus(count: int) -> tuple[dict[str, str], int]:
    seeds = sorted((ROOT / "docs" / "notes").glob("*.md"))
    notes, formulas = {}, 0
    for k in range(count):
        seed = seeds[k % len(seeds)]
        made: list[int] = []

        def own(formula, k=k, made=made):
            made.append(1)
            close = "$$" if formula.source.startswith("$$") else "$"
            opening = formula.source[: len(close)] if formula.source.startswith("$") else "$"
            return f"{opening}{formula.tex} + {k}{close}"

        notes[f"notes/{k // 100:02}/{k:04}_{seed.name}"] = map_formulas(seed.read_text(encoding="utf-8"), own)
        formulas += len(made)
    return notes, formulas


def timed_build(docs: Path, site: Path, hooks: list[str]) -> float:
    start = time.perf_counter()
    build_docs(docs, site, strict=False, hooks=hooks)
    return time.perf_counter() - start


def main(count: int = 1000) -> None:
    notes, formulas = corpus(count)
    with tempfile.TemporaryDirectory() as tmp:
        docs = write_tree(Path(tmp) / "docs", {**site_pages(), **notes})
        timed_build(docs, Path(tmp) / "warm", WITHOUT_MATH)  # imports and the theme's templates, for both
        without = timed_build(docs, Path(tmp) / "without", WITHOUT_MATH)
        to_mathml.cache_clear()  # every formula is typeset in the timed build
        with_math = timed_build(docs, Path(tmp) / "with", WITH_MATH)
    print(f"{count} notes, {formulas} formulas")
    print(f"without hooks/formulas.py: {without:.2f} s")
    print(f"with hooks/formulas.py:    {with_math:.2f} s")
    print(f"ratio: {with_math / without:.3f} (+{(with_math / without - 1) * 100:.1f}%)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
