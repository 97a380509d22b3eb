"""Time the concept step (hooks/concepts.py on_files) over 1000 notes: copies of the seeds, distinct titles.

Run: `make bench-concepts` (or `.venv/bin/python tests/bench_concepts.py [count]`). Prints seconds.
The note step (hooks/notes.py) runs first and is not timed: only what concept pages add to a build.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import get_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hooks import concepts, notes  # noqa: E402
from hooks.kb import registry  # noqa: E402
from tests.sitebuild import ROOT, site_pages, write_tree  # noqa: E402

BUDGET_SECONDS = 2.0


def seed_copies(count: int) -> dict[str, str]:
    seeds = sorted((ROOT / "docs" / "notes").glob("*.md"))
    copies = {}
    for i in range(count):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        title = f"노트 사본 {i:04}"
        if text.startswith("---"):
            text = re.sub(r"^title:.*$", f'title: "{title}"', text, count=1, flags=re.M)
        else:
            text = f"---\ntitle: {title}\n---\n" + text
        copies[f"notes/copy/{i:04}.md"] = text
    return copies


def main(count: int = 1000) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        docs = write_tree(
            Path(tmp) / "docs",
            {
                **site_pages(),
                "concepts.yml": (ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8"),
                **seed_copies(count),
            },
        )
        config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(Path(tmp) / "site"))
        notes.on_config(config)
        concepts.on_config(config)
        # File.generated() names the running plugin, which MkDocs sets while it dispatches an event.
        config.plugins._current_plugin = "hooks/notes.py"
        files = notes.on_files(get_files(config), config)
        config.plugins._current_plugin = "hooks/concepts.py"
        started, cpu_started = time.perf_counter(), time.process_time()
        files = concepts.on_files(files, config)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        pages = [f for f in files if f.src_uri.startswith("concepts/")]
        cited = sum(p.count('class="kb-passage"') for p in (f.content_string for f in pages))
        print(
            f"{len(registry.REGISTRY.published())} notes -> {len(pages)} concept pages, {cited} passages: "
            f"{elapsed:.2f} s wall, {cpu:.2f} s CPU (budget {BUDGET_SECONDS:.1f} s; load {_load()})"
        )
        return elapsed


def _load() -> str:
    """Other builds on the machine slow the wall-clock number: say how busy it was."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


if __name__ == "__main__":
    seconds = main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    sys.exit(0 if seconds < BUDGET_SECONDS else 1)
