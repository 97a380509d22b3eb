"""What `mkdocs serve --dirty` wrote, so that a rebuild writes again exactly the pages that would change.

A page's HTML is made from its own source and from things outside it: the site's configuration and
theme, the navigation (every page's title and URL), the files its links point to, and what steps put on
it from other pages (a note's related notes, a concept page's quotes). A *version* is a digest of all of
these but the navigation and the links, as the steps declare them (`Inputs`); `Written` keeps, per output
file, the version it was written with, the links it resolved and what a later build needs of a page it
does not render again (its title, for the navigation; its metadata, for the tags).

Knows nothing of MkDocs or of notes: hooks/serve.py is the glue.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field


def digest(key: str | tuple) -> bytes:
    """A digest of a string, or of a tuple of strings (and values shown by `repr`)."""
    h = hashlib.blake2b(digest_size=16)
    for part in key if isinstance(key, tuple) else (key,):
        data = (part if isinstance(part, str) else repr(part)).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


class Inputs:
    """What each page shows besides its own source, declared by the step that puts it there.

    `add(page, value)`: `value()` (called only when versions are computed, so a build that does not track
    pages pays nothing) is part of what `page` shows; `page=None`: of what every page shows. A step that
    makes a page's whole Markdown (a generated page, a note's normalized text) declares it with
    `source=True`: the page's file is then not read for its version."""

    def __init__(self) -> None:
        self.tracking = False
        self._by_page: dict[str | None, list[Callable[[], Hashable]]] = {}
        self._sourced: set[str] = set()
        self._digests = _Digests()

    def clear(self) -> None:
        self._by_page.clear()
        self._sourced.clear()
        self._digests.next_build()

    def add(self, page: str | None, value: Callable[[], Hashable], source: bool = False) -> None:
        if self.tracking:
            self._by_page.setdefault(page, []).append(value)
            if source and page is not None:
                self._sourced.add(page)

    def versions(
        self, pages: Iterable[tuple[str, Hashable, Callable[[], bytes]]], site: Hashable
    ) -> dict[str, bytes]:
        """{page: version} for (page, its place, its file's bytes) triples, with `site` and what every
        page shows."""
        of = self._digests.of
        everywhere = digest((of(site), *(of(value()) for value in self._by_page.get(None, ()))))
        versions = {}
        for page, place, read in pages:
            own = b"" if page in self._sourced else read()
            shown = (of(value()) for value in self._by_page.get(page, ()))
            versions[page] = digest((everywhere, repr(place), own.hex(), *shown))
        return versions


def _digest(value: Hashable) -> str:
    """A tuple of strings is digested as it is (a note's text is not copied by `repr`)."""
    return digest(value if isinstance(value, tuple) else repr(value)).hex()


class _Digests:
    """`_digest` of each value, kept from one build to the next for a string or a tuple of strings (a
    note's text: the same at every rebuild but for the note edited, and a dictionary finds it by Python's
    hash, which a string computes once, where the digest reads it whole and encodes it first). Only those:
    values that are equal are then digested alike (`1 == True`, whose `repr`s differ, are not kept)."""

    def __init__(self) -> None:
        self._last: dict[str | tuple[str, ...], str] = {}
        self._this: dict[str | tuple[str, ...], str] = {}

    def next_build(self) -> None:
        self._last, self._this = self._this or self._last, {}

    def of(self, value: Hashable) -> str:
        if not (type(value) is str or (type(value) is tuple and all(type(part) is str for part in value))):
            return _digest(value)
        found = self._this.get(value)
        if found is None:
            found = self._last.pop(value, None) or _digest(value)
            self._this[value] = found
        return found


@dataclass
class Written:
    """An output file as the last build that rendered its page wrote it."""

    version: bytes
    when: float
    title: str | None
    meta: dict
    anchors: frozenset[str] | None
    links: tuple[tuple[str, str | None], ...]  # each path its links looked up, and the URL it had
    always: bool = False  # made from every page (a tags listing): rendered in every build


@dataclass
class WrittenSite:
    """Everything `Written` in one site folder, and what the last build there knew of the whole site."""

    pages: dict[str, Written] = field(default_factory=dict)  # by output file
    outputs: frozenset[str] = frozenset()  # every file the last build put in the folder
    navigation: bytes | None = None

    def unchanged(self, output: str, version: bytes, url_of: Callable[[str], str | None]) -> bool:
        """True if `output` holds what its page would render now: same version, every link resolved
        as before, and the file still the one written then (a failed rebuild may have left another)."""
        last = self.pages.get(output)
        if last is None or last.always or last.version != version:
            return False
        if any(url_of(path) != url for path, url in last.links):
            return False
        return _written_since(output, last.when)

    def remove_stale(self, now: Iterable[str], site_dir: str) -> list[str]:
        """Delete the files the last build wrote that this one did not (a deleted note, a moved URL)."""
        now = frozenset(now)
        removed = []
        for path in sorted(self.outputs - now):
            if _inside(path, site_dir) and os.path.isfile(path):
                os.remove(path)
                removed.append(path)
                _remove_empty_parents(path, site_dir)
            self.pages.pop(path, None)
        self.outputs = now
        return removed


class Lookups:
    """The paths a page's links looked up while it was rendered, and what each resolved to.

    `wrap` the function links are resolved with; render a page inside `recording()`; keep what it found
    in `by_page` (the render may have run in a worker, which sends it back with the HTML)."""

    def __init__(self) -> None:
        self._found: list[tuple[str, str | None]] | None = None
        self._window: list[tuple[str, str | None]] | None = None
        self.by_page: dict[str, tuple[tuple[str, str | None], ...]] = {}

    def wrap(self, get_file: Callable[[str], object]) -> Callable[[str], object]:
        def looked_up(path: str):
            file = get_file(path)
            found = self._found if self._found is not None else self._window
            if found is not None:
                found.append((path, getattr(file, "url", None)))
            return file

        return looked_up

    def begin(self) -> None:
        """A page's steps start: what they look up, besides its rendering, is the page's too."""
        self._window = []

    def end(self, page: str) -> None:
        found, self._window = self._window or [], None
        self.by_page[page] = self.by_page.get(page, ()) + tuple(found)

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[tuple[str, str | None]]]:
        found: list[tuple[str, str | None]] = []
        outer, self._found = self._found, found
        try:
            yield found
        finally:
            self._found = outer


LOOKUPS = Lookups()


def _written_since(path: str, moment: float) -> bool:
    try:
        return os.path.getmtime(path) >= moment - 0.05  # file times can lag the clock by a tick
    except OSError:
        return False


def now() -> float:
    return time.time()


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([os.path.abspath(path), os.path.abspath(folder)]) == os.path.abspath(folder)


def _remove_empty_parents(path: str, site_dir: str) -> None:
    folder = os.path.dirname(path)
    while _inside(folder, site_dir) and os.path.abspath(folder) != os.path.abspath(site_dir):
        try:
            os.rmdir(folder)
        except OSError:
            return
        folder = os.path.dirname(folder)
