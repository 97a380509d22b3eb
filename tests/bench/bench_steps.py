"""Time each step of the pipeline that works over all notes (each hook's `on_files`, in the order of
mkdocs.yml) over N notes made from the seeds.

Run: `make bench-steps` (or `.venv/bin/python tests/bench/bench_steps.py [count] [--repeat R]`). Prints, per
step, the best wall and CPU seconds of R runs (the machine is shared: the best run is the one least
disturbed) and its budget. Exits 1 when a step with a budget is over it.

- notes: every post read, decoded, its front-matter and body normalized, URLs given (issue: under 2 s);
- concepts: passages found in every note and the concept pages rendered (under 2 s);
- formulas: the TeX of every note scanned for what cannot be typeset (typesetting itself is per page);
- the others: generated pages (categories, timeline, concept map, status, ...), related notes.
The notes come from tests/bench/corpus.py: distinct titles and dates, each seed's front-matter form kept.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import get_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from hooks.kb.machinery.memo import forget_everything  # noqa: E402
from hooks.kb.posts import registry  # noqa: E402
from hooks.kb.posts.report import note_logger  # noqa: E402
from tests.bench.corpus import note_files  # noqa: E402
from tests.helpers.sitebuild import ROOT, example_registry, site_pages, write_tree  # noqa: E402

BUDGETS = {"notes": 2.0, "concepts": 2.0}  # seconds for 1000 notes, from the issues


def steps(config) -> list[tuple[str, object]]:
    """(name, hook module) of every hook in mkdocs.yml that has an on_files, in pipeline order."""
    return [(Path(path).stem, module) for path, module in config.hooks.items() if hasattr(module, "on_files")]


def run_once(config) -> dict[str, tuple[float, float]]:
    """One cold pass of every step's on_files, in pipeline order: {step: (wall, cpu)}."""
    forget_everything()  # nothing kept from the run before, as in a fresh `mkdocs build`
    for module in config.hooks.values():
        if hasattr(module, "on_config"):
            module.on_config(config)
    files = get_files(config)
    timings = {}
    for name, module in steps(config):
        # File.generated() names the running plugin, which MkDocs sets while it dispatches an event.
        config.plugins._current_plugin = f"hooks/{name}.py"
        wall, cpu = time.perf_counter(), time.process_time()
        files = module.on_files(files, config)
        timings[name] = (time.perf_counter() - wall, time.process_time() - cpu)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for handler in note_logger().handlers:  # the warnings are formatted and written, but not shown
        handler.setStream(open(os.devnull, "w"))  # noqa: SIM115 - for the life of the script
    with tempfile.TemporaryDirectory() as tmp:
        files = {**site_pages(), **note_files(args.count)}
        files["concepts.yml"] = example_registry()
        docs = write_tree(Path(tmp) / "docs", files)
        config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(Path(tmp) / "site"))
        runs = [run_once(config) for _ in range(args.repeat)]
    published = len(registry.REGISTRY.published())
    print(f"{args.count} notes ({published} published), best of {args.repeat} runs, load {_load()}")
    over = False
    for name in runs[0]:
        budget = BUDGETS.get(name)
        wall = min(r[name][0] for r in runs)
        cpu = min(r[name][1] for r in runs)
        verdict = ""
        if budget is not None:
            over |= wall > budget
            verdict = f"  budget {budget:.1f} s: {'OVER' if wall > budget else 'ok'}"
        print(f"  {name:<9} {wall:6.2f} s wall  {cpu:6.2f} s CPU{verdict}")
    return 1 if over else 0


def _load() -> str:
    """Other work on the machine slows the wall-clock numbers: say how busy it was."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
