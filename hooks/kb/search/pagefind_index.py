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

Under `mkdocs serve` the index is written beside the next steps (`index_later`): the edited page is served
as soon as the build ends, and search follows a moment later, when Pagefind's new folder takes the old
one's place. The next build waits for it before it writes documents again.
"""

from __future__ import annotations

import atexit
import gzip
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cbor2

from hooks.kb.machinery.cache import FOLDERS, MISSING, stable_digest
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.search.documents import analyse, page_document
from hooks.kb.search.korean import KiwiHung, KoreanAnalyzer
from hooks.kb.search.synonyms import Synonyms

OUTPUT = "pagefind"  # in the site
ENTRY = "pagefind-entry.json"  # in OUTPUT: the index's own list of its files, written last
SCRIPT = "pagefind.js"  # in OUTPUT: Pagefind's script; the search box fetches its gzipped copy (SCRIPT + ".gz")
_META_SIGNATURE = b"pagefind_dcd"  # the start of a metadata file, unzipped, before its CBOR
log = logging.getLogger("mkdocs.plugins.search_ko")
# Pagefind's ready-made search interfaces and its worker: the site has its own search box (kb-search.js),
# which runs Pagefind in the page; a reader never loads these.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js")  # fmt: skip


# The line of the search box's script that names the files Pagefind's script asks for after its entry.
_FILES_LINE = re.compile(r"^(\s*var PAGEFIND_FILES = ).*;$", re.MULTILINE)


def pagefind_seconds(pages: int) -> float:
    """How long Pagefind's program may run before it is taken as hung and ended: more than ten times what it
    took on a loaded 2-core machine (1188 pages, 1000 notes: 9-10 s), and never less than five minutes.
    A run that hung once (under load: its threads asleep, no CPU for twenty minutes) would otherwise hold a
    `mkdocs build` for ever, and under `mkdocs serve` every later edit, whose build waits for it."""
    return max(300.0, 0.12 * pages)


def is_indexed(site_dir: str | Path) -> bool:
    """`site_dir` holds a search index (the folder of one is moved in whole, with its entry)."""
    return (Path(site_dir) / OUTPUT / ENTRY).is_file()


def first_files(site_dir: str | Path) -> list[str]:
    """The files of the index in `site_dir` that Pagefind's script asks for once it has read its entry
    (`pagefind-entry.json`): the index's metadata and the WebAssembly, as the entry names them; none when
    the index holds several languages (the page's language picks one)."""
    entry = json.loads((Path(site_dir) / OUTPUT / ENTRY).read_text(encoding="utf-8"))
    languages = list(entry["languages"].values())
    if len(languages) != 1:
        return []
    return [f"pagefind.{languages[0]['hash']}.pf_meta", f"wasm.{languages[0].get('wasm') or 'unknown'}.pagefind"]


def chunks_of(site_dir: str | Path, words: set[str]) -> dict[str, list[str]]:
    """{word: the index chunks Pagefind asks for to search it (`index/<name>.pf_index`)} for the `words`
    (the synonym tokens), worked out as Pagefind's `request_indexes` does from the chunks' word ranges its
    metadata lists, so that the search box can ask for them with the synonym groups, before Pagefind has
    its metadata. A range's ends are cut short (`kbsyn10x` to `kbsyn111`), so a word may need two chunks."""
    ranges = _chunk_ranges(Path(site_dir) / OUTPUT)
    return {word: chunks for word in words if (chunks := _requested(word, ranges))}


def _requested(term: str, ranges: list[tuple[str, str, str]]) -> list[str]:
    """The chunks Pagefind 1.5.2 asks for a one-word query (pagefind_web's `request_indexes`): those whose
    range holds the word, else those whose range holds it compared as far as each end goes."""
    strict = [name for low, high, name in ranges if low <= term <= high]
    if strict:
        return strict
    return [
        name for low, high, name in ranges
        if term[: len(low)] >= low[: len(term)] and term[: len(high)] <= high[: len(term)]
    ]  # fmt: skip


def _chunk_ranges(output: Path) -> list[tuple[str, str, str]]:
    """(first word, last word, name) of each index chunk in Pagefind's metadata: gzipped, its signature,
    then CBOR, [version, pages, index chunks, ...]."""
    metas = list(output.glob("pagefind.*.pf_meta"))
    if len(metas) != 1:  # several languages: the page's language picks one
        return []
    data = gzip.decompress(metas[0].read_bytes())
    if not data.startswith(_META_SIGNATURE):
        return []
    chunks = cbor2.loads(data[len(_META_SIGNATURE) :])[2]
    return [(low, high, name) for low, high, name in chunks]


def name_first_files(script: Path, files: list[str] | None) -> None:
    """Write `files` into the search box's script (its `var PAGEFIND_FILES = [...];` line), which asks for
    them as a reader opens the box, at once with Pagefind's entry and script: Pagefind's own requests
    would wait for the entry first. None: no index is written yet, the box waits for it. The script in
    the site only: written again at each build."""
    text = script.read_text(encoding="utf-8")
    named = _FILES_LINE.sub(lambda m: m.group(1) + json.dumps(files) + ";", text, count=1)
    if named != text:
        script.write_text(named, encoding="utf-8")


def gzipped_copy(path: Path) -> None:
    """`<path>.gz` beside `path`, which the search box fetches and unpacks: Pagefind keeps its files gzipped,
    so a static server that compresses nothing sends them small, but not its script (45.6 KB, 12.9 KB
    gzipped: 26 ms of a 10 Mbit/s link before the first results) nor our synonyms. No time stamp in it: the
    same file at every build."""
    path.with_name(f"{path.name}.gz").write_bytes(gzip.compress(path.read_bytes(), 9, mtime=0))


def staged_path(url: str) -> str:
    """Where the document of the page at `url` is staged; Pagefind makes the URL back from it."""
    return url if url.endswith(".html") else f"{url}index.html"


_FOLDER_PREFIX = "kb-search-"
_OWNED_FOLDER = re.compile(rf"{_FOLDER_PREFIX}(\d+)-")  # the process that made it, by its id


def is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: nothing sent, only asked whether the process is there
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True


def remove_orphans(temp: Path) -> list[Path]:
    """Remove the staging folders in `temp` whose process has ended without removing its own (a build or
    server ended by SIGTERM or SIGKILL runs no exit handler: 162 of them, 88 MB, had gathered in /tmp).
    Returns those removed."""
    removed = []
    for path in temp.glob(f"{_FOLDER_PREFIX}*"):
        owner = _OWNED_FOLDER.match(path.name)
        if owner and path.is_dir() and not is_running(int(owner.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


class StagedPages:
    """The folder of page documents Pagefind indexes, kept for the life of the process: made when Pagefind
    is first to read it (a build whose index the cache holds makes none), in the temporary folder, named
    with the process's id so that a later build can remove it if the process was killed."""

    def __init__(self) -> None:
        self._root: Path | None = None
        self.indexing: threading.Thread | None = None
        # Every page's document, and those in the folder: written only when Pagefind is to read them (not
        # when the build cache has the index of the same documents).
        self.documents: dict[str, str] = {}
        self._in_folder: dict[str, str] = {}
        # The search sections of pages whose documents were not made (Kiwi's process failed): made with the
        # next build's, which under `mkdocs serve --dirty` holds only the pages it rendered again.
        self.unmade: dict[str, list[dict]] = {}

    def wait(self) -> None:
        """Until the index being written beside the build (`index_later`) is in place."""
        if self.indexing is not None:
            self.indexing.join()
            self.indexing = None

    def index_later(
        self, site_dir: str | Path, then: Callable[[int], None], first: Callable[[], None], failed: Callable[[], None]
    ) -> None:
        """`first()`, then `then(self.index(site_dir))`, in a thread of its own; a failure is logged,
        `failed()` is called (with the last index still in place, if there is one), and the server goes on."""

        def run() -> None:
            try:
                first()
                then(self.index(site_dir))
            except (OSError, subprocess.SubprocessError, ValueError, RuntimeError) as error:  # RuntimeError: Kiwi
                shown = "search shows the last build's pages" if is_indexed(site_dir) else "search is unavailable"
                log.warning("The search index was not updated: %s — %s until an edit is indexed", error, shown)
                failed()

        self.wait()
        self.indexing = threading.Thread(target=run, name="kb-pagefind")
        self.indexing.start()

    def write(self, url: str, document: str) -> None:
        self.documents[url] = document

    def remove(self, url: str) -> None:
        self.documents.pop(url, None)

    @property
    def root(self) -> Path:
        if self._root is None:
            remove_orphans(Path(tempfile.gettempdir()))
            self._root = Path(tempfile.mkdtemp(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-"))
            atexit.register(shutil.rmtree, self._root, True)
        return self._root

    def _to_folder(self) -> None:
        """The folder Pagefind reads made to hold `documents`: those changed written, those gone removed."""
        for url in self._in_folder.keys() - self.documents.keys():
            (self.root / staged_path(url)).unlink(missing_ok=True)
            del self._in_folder[url]
        for url, document in self.documents.items():
            if self._in_folder.get(url) != document:
                path = self.root / staged_path(url)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(document, encoding="utf-8")
                self._in_folder[url] = document

    def update(
        self, pages: dict[str, list[dict]], indexed: set[str], urls: set[str], notes: set[str],
        synonyms: Synonyms, definitions: set[str],
    ) -> Unwritten:
        """Write the documents the build cache holds of `pages` ({URL: search sections}, what this build
        indexed); remove those of pages `indexed` but excluded from search, and of pages no longer among
        the site's `urls`. `notes`: the URLs of pages made from notes; `definitions`: of concept pages that
        quote no note. Returns the pages whose documents are still to be made (`write_unwritten`), with
        those a build before failed to make."""
        pages = {**{url: sections for url, sections in self.unmade.items() if url not in indexed}, **pages}
        self.unmade = {}
        groups = repr(synonyms.groups)
        keys = {url: (url, sections, groups, url in notes, url in definitions) for url, sections in pages.items()}
        documents = {url: DOCUMENTS.find(key) for url, key in keys.items()}
        for url in indexed - pages.keys():
            self.remove(url)
        for url, document in documents.items():
            if document is not MISSING:
                self.write(url, document)
        self.keep_only(urls)
        missing = {url: pages[url] for url, document in documents.items() if document is MISSING and url in urls}
        return Unwritten(missing, {url: keys[url] for url in missing}, notes, definitions, synonyms)

    def write_unwritten(self, unwritten: Unwritten, analyzer: KoreanAnalyzer) -> None:
        """Make and write the documents `update` did not find: Kiwi reads their Korean words first (a
        second or more when it must load). Under `mkdocs serve`, beside the server (`index_later`)."""
        if not unwritten.pages:
            return
        self.unmade = dict(unwritten.pages)  # until they are made: a failure leaves them to the next build
        try:
            nouns, whole = analyse(analyzer, unwritten.pages), True
        except KiwiHung as error:  # searched without the nouns now, made whole by the next build
            log.warning(
                "%s: %d pages are searched by their words as written, not by the nouns inside them"
                " (파라미터의 finds 파라미터 again once the next build has Kiwi read them)", error, len(unwritten.pages),
            )  # fmt: skip
            nouns, whole = {}, False
        for url, sections in unwritten.pages.items():
            note, definition = url in unwritten.notes, url in unwritten.definitions
            document = page_document(url, sections, nouns, unwritten.synonyms, note, definition)
            self.write(url, DOCUMENTS.keep(unwritten.keys[url], document) if whole else document)
        if whole:
            self.unmade = {}

    def keep_only(self, urls: set[str]) -> None:
        """Remove the documents of pages not in `urls` (a note deleted since the last build)."""
        for url in self.documents.keys() - urls:
            del self.documents[url]

    def index(self, site_dir: str | Path) -> int:
        """Index the staged pages with Pagefind into `site_dir/pagefind/`, replacing what was there (a new
        folder takes the old one's place once written). Returns the number of pages indexed."""
        output = Path(site_dir) / OUTPUT
        written, old = output.with_name(f"{OUTPUT}.new"), output.with_name(f"{OUTPUT}.old")
        shutil.rmtree(written, ignore_errors=True)
        from pagefind.service import get_executable  # its service's modules (asyncio...): only to index

        program = get_executable()
        if program is None:
            raise FileNotFoundError("Pagefind's program is missing: `pip install 'pagefind[bin]'`")
        staged = stable_digest(self.documents)  # the same documents: the index Pagefind made of them before
        if not FOLDERS.copy_to(OUTPUT, staged, written):
            self._to_folder()
            command = [str(program), "--site", str(self.root), "--output-path", str(written), "--force-language", "ko"]
            subprocess.run([*command, "--silent"], check=True, capture_output=True, timeout=pagefind_seconds(len(self.documents)))
            for name in _UNUSED:
                (written / name).unlink(missing_ok=True)
            gzipped_copy(written / SCRIPT)
            FOLDERS.keep(OUTPUT, staged, written)
        elif not (written / f"{SCRIPT}.gz").is_file():  # an index an older build kept has none
            gzipped_copy(written / SCRIPT)
        shutil.rmtree(old, ignore_errors=True)
        if output.exists():
            output.rename(old)
        written.rename(output)
        shutil.rmtree(old, ignore_errors=True)
        entry = json.loads((output / ENTRY).read_text(encoding="utf-8"))
        return sum(language["page_count"] for language in entry["languages"].values())


@dataclass(frozen=True)
class Unwritten:
    """The pages whose search documents the build cache did not hold, and what making them needs."""

    pages: dict[str, list[dict]]  # {URL: search sections}
    keys: dict[str, tuple]  # {URL: the document's key in DOCUMENTS}
    notes: set[str]
    definitions: set[str]
    synonyms: Synonyms


_STAGED: dict[str, StagedPages] = {}
# A page's document, by its URL, its search sections and the synonym groups (its nouns follow from its words).
DOCUMENTS = BuildMemo("search-documents", in_memory=False)


def staged_for(site_dir: str | Path) -> StagedPages:
    """The staging folder of the site written to `site_dir`, kept between the builds of `mkdocs serve`."""
    key = str(Path(site_dir).resolve())
    if key not in _STAGED:
        _STAGED[key] = StagedPages()
    return _STAGED[key]


def finish_indexing() -> None:
    """Until every index being written beside a server is in place (`mkdocs serve` stops)."""
    for staged in _STAGED.values():
        staged.wait()
