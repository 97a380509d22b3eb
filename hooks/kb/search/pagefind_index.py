"""The site's search index, written by Pagefind into `pagefind/`: a chunked static index the browser reads in
pieces (the chunks of the words a query needs, then one fragment per result shown).

Each page's document (`documents.page_document`) is kept in a staging folder, one file per page at the
page's URL (`notes/x/index.html`), and Pagefind's Python API indexes that folder in one call (one call per
page costs a tenth of a second each through its service). The folder outlives a build: under
`mkdocs serve --dirty` only the pages rendered again are written again, and pages that are gone are
removed, so the index follows an edit.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

OUTPUT = "pagefind"  # in the site
# Pagefind's ready-made search interfaces and its worker: the site has its own search box (kb-search.js),
# which runs Pagefind in the page; a reader never loads these.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js")  # fmt: skip


def staged_path(url: str) -> str:
    """Where the document of the page at `url` is staged; Pagefind makes the URL back from it."""
    return url if url.endswith(".html") else f"{url}index.html"


class StagedPages:
    """The folder of page documents Pagefind indexes, kept for the life of the process."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kb-search-"))
        atexit.register(shutil.rmtree, self.root, True)

    def write(self, url: str, document: str) -> None:
        path = self.root / staged_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document, encoding="utf-8")

    def remove(self, url: str) -> None:
        (self.root / staged_path(url)).unlink(missing_ok=True)

    def keep_only(self, urls: set[str]) -> None:
        """Remove the documents of pages not in `urls` (a note deleted since the last build)."""
        wanted = {staged_path(u) for u in urls}
        for path in self.root.rglob("*.html"):
            if path.relative_to(self.root).as_posix() not in wanted:
                path.unlink()

    def index(self, site_dir: str | Path) -> int:
        """Index the staged pages with Pagefind into `site_dir/pagefind/`, replacing what was there.
        Returns the number of pages indexed."""
        output = Path(site_dir) / OUTPUT
        shutil.rmtree(output, ignore_errors=True)  # chunks of the last build would pile up under serve
        # In a thread of its own: the caller may be running an event loop already (a test's browser does).
        with ThreadPoolExecutor(1) as thread:
            count = thread.submit(asyncio.run, _index(self.root, output)).result()
        for name in _UNUSED:
            (output / name).unlink(missing_ok=True)
        return count


def metadata_file(site_dir: str | Path) -> str | None:
    """The name of the index's metadata file (`pagefind.ko_<hash>.pf_meta`), which Pagefind's script asks
    for once it has read `pagefind-entry.json`: the search box asks for it at once."""
    entry = json.loads((Path(site_dir) / OUTPUT / "pagefind-entry.json").read_text(encoding="utf-8"))
    hashes = [language["hash"] for language in entry.get("languages", {}).values()]
    return f"pagefind.{hashes[0]}.pf_meta" if len(hashes) == 1 else None


async def _index(root: Path, output: Path) -> int:
    from pagefind.index import IndexConfig, PagefindIndex  # its service starts only here

    config = IndexConfig(force_language="ko", output_path=str(output))
    async with PagefindIndex(config) as index:
        indexed = await index.add_directory(str(root))
    return indexed["page_count"]
