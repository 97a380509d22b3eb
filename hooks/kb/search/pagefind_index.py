"""The site's search index, written by Pagefind into `pagefind/`: a chunked static index the browser reads in
pieces (the chunks of the words a query needs, then one fragment per result shown).

Each page's document (`documents.page_document`) is kept in a staging folder, one file per page at the
page's URL (`notes/x/index.html`), and Pagefind's program (the binary of `pagefind[bin]`, found by its
Python package) indexes that folder in one run. Its Python API's service costs a tenth of a second per
call (one call per page is minutes at 5000 notes), and it ends the service as soon as the service has
answered, which may be before the last file is written (an empty `pagefind-entry.json` under
`mkdocs serve`): the program's run ends when its files are written. The folder outlives a build: under
`mkdocs serve --dirty` only the pages rendered again are written again, and pages that are gone are
removed, so the index follows an edit.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from pagefind.service import get_executable

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
        Returns the number of pages indexed (Pagefind's own count)."""
        output = Path(site_dir) / OUTPUT
        shutil.rmtree(output, ignore_errors=True)  # chunks of the last build would pile up under serve
        program = get_executable()
        if program is None:
            raise FileNotFoundError("Pagefind's program is missing: `pip install 'pagefind[bin]'`")
        command = [str(program), "--site", str(self.root), "--output-path", str(output), "--force-language", "ko"]
        subprocess.run([*command, "--silent"], check=True, capture_output=True)
        for name in _UNUSED:
            (output / name).unlink(missing_ok=True)
        entry = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(language["page_count"] for language in entry["languages"].values())


def metadata_file(site_dir: str | Path) -> str | None:
    """The name of the index's metadata file (`pagefind.ko_<hash>.pf_meta`), which Pagefind's script asks
    for once it has read `pagefind-entry.json`: the search box asks for it at once."""
    entry = json.loads((Path(site_dir) / OUTPUT / "pagefind-entry.json").read_text(encoding="utf-8"))
    hashes = [language["hash"] for language in entry.get("languages", {}).values()]
    return f"pagefind.{hashes[0]}.pf_meta" if len(hashes) == 1 else None


