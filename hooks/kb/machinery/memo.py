"""Results kept from one build to the next: in the process (`mkdocs serve`), and on disk (`.cache/build/`).

A hook module outlives a build under `mkdocs serve`: a `BuildMemo` kept at module level remembers what a
pure function gave for each key during the last build. `next_build()` (in `on_config`) forgets whatever
the last build did not ask for, so deleted or edited notes do not pile up. Keys must hold everything the
result depends on (a note's path and bytes, the files it may refer to, the concept registry's text).

A memo with a `name` also keeps its results in the build cache (`cache.STORE`), so a new process (a
`mkdocs build`, a restarted `mkdocs serve`, the Pages workflow) finds them: the key is then digested
with the name, the code's digest and, for a memo that `reads_config`, the site configuration's (a memo
without a name that `reads_config` is kept in memory by the configuration's digest and the key). Its keys
must be plain values (strings, bytes, numbers, tuples; `cache.key_digest`): a set, whose order differs
from process to process, would give a key that misses.
`in_memory=False` keeps results on disk only: a page's step results, which a `mkdocs serve --dirty`
rebuild asks for again only when the page changed, and then with another input.

A single build never gets a hit from another note: keys start with the note's path.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from hooks.kb.machinery.cache import MISSING, STORE, code_digest, key_digest

T = TypeVar("T")
_ALL: weakref.WeakSet[BuildMemo] = weakref.WeakSet()


def forget_everything() -> None:
    """Empty every memo, and drop what the build cache was given in this build: the next build computes
    everything, as a fresh `mkdocs build` does (benchmarks)."""
    for memo in _ALL:
        memo.clear()
    STORE.rollback()


class BuildMemo(Generic[T]):
    def __init__(
        self, name: str | None = None, *, reads_config: bool = False, in_memory: bool = True
    ) -> None:
        self.name, self.reads_config, self.in_memory = name, reads_config, in_memory
        # in memory: the key's digest in the build cache, if made, and the result
        self._last: dict[Hashable, tuple[bytes | None, T]] = {}
        self._this: dict[Hashable, tuple[bytes | None, T]] = {}
        self.hits = 0
        _ALL.add(self)

    def next_build(self) -> None:
        """Keep what the build just finished used; forget the rest."""
        self._last, self._this = (self._this or self._last), {}
        self.hits = 0

    def clear(self) -> None:
        self._last, self._this, self.hits = {}, {}, 0

    def get(
        self,
        key: Hashable,
        compute: Callable[[], T],
        shared: tuple = (),
        valid: Callable[[T], bool] | None = None,
    ) -> T:
        """`compute()`, or what it gave for the same key. `shared`: objects of this build the result may refer
        to, stored on disk by reference (the key must hold what they are made of). `valid(result)`: whether
        a result found is still right (what the key cannot hold: the files it looked up); if not, computed."""
        key = _Key(self, key)
        found = self._find(key, shared, valid)
        return found if found is not MISSING else self._keep(key, compute(), shared)

    def find(self, key: Hashable, shared: tuple = (), valid: Callable[[T], bool] | None = None) -> T | object:
        """What was kept for `key` (and is `valid`), or MISSING."""
        return self._find(_Key(self, key), shared, valid)

    def keep(self, key: Hashable, value: T, shared: tuple = ()) -> T:
        """Keep `value` as the result for `key`; returns it."""
        return self._keep(_Key(self, key), value, shared)

    def _find(self, key: _Key, shared: tuple, valid: Callable[[T], bool] | None) -> T | object:
        if key.memory in self._this:
            return self._this[key.memory][1]
        stored, value = self._last.pop(key.memory, (None, MISSING))
        if value is not MISSING and (valid is None or valid(value)):
            if self.name is not None:
                key.known(stored)
                STORE.touch(key.stored, value, shared)
        elif value is MISSING and self.name is not None:
            value = STORE.get(key.stored, shared)
            if value is not MISSING and valid is not None and not valid(value):
                value = MISSING
        else:
            value = MISSING
        if value is not MISSING:
            self.hits += 1
            if self.in_memory:
                self._this[key.memory] = (key.known_stored, value)
        return value

    def _keep(self, key: _Key, value: T, shared: tuple) -> T:
        if self.name is not None:
            STORE.put(key.stored, value, shared)
        if self.in_memory:
            self._this[key.memory] = (key.known_stored, value)
        return value


class _Key:
    """A memo's key as the process's memory finds it, and as the build cache stores it. In memory the key
    itself (with what else the result depends on: the configuration, the code), looked up by Python's hash,
    which a string computes once: the build cache's digest reads the whole key (a thousand notes' text at
    every `mkdocs serve` rebuild), and is made only when the cache is asked."""

    __slots__ = ("memo", "key", "memory", "_stored")

    def __init__(self, memo: BuildMemo, key: Hashable) -> None:
        self.memo, self.key, self._stored = memo, key, None
        config = STORE.config if memo.reads_config else b""
        if memo.name is not None:
            memory = (code_digest(), config, key)
        else:
            memory = (config, key) if memo.reads_config else key
        try:
            hash(memory)
        except TypeError:  # a list or a dict in the key: found by its digest
            memory = self.stored
        self.memory = memory

    @property
    def known_stored(self) -> bytes | None:
        return self._stored

    def known(self, stored: bytes | None) -> None:
        """The digest made for this key before (kept in memory with its result), if it was."""
        if stored is not None:
            self._stored = stored

    @property
    def stored(self) -> bytes:
        if self._stored is None:
            memo, config = self.memo, STORE.config if self.memo.reads_config else b""
            digested = key_digest((memo.name, code_digest(), config, self.key))
            self._stored = (memo.name or "").encode() + b":" + digested
        return self._stored
