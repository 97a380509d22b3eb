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
        self._last: dict[Hashable, T] = {}
        self._this: dict[Hashable, T] = {}
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
        key = self._key(key)
        found = self._find(key, shared, valid)
        return found if found is not MISSING else self._keep(key, compute(), shared)

    def find(self, key: Hashable, shared: tuple = (), valid: Callable[[T], bool] | None = None) -> T | object:
        """What was kept for `key` (and is `valid`), or MISSING."""
        return self._find(self._key(key), shared, valid)

    def keep(self, key: Hashable, value: T, shared: tuple = ()) -> T:
        """Keep `value` as the result for `key`; returns it."""
        return self._keep(self._key(key), value, shared)

    def _find(self, key: Hashable, shared: tuple, valid: Callable[[T], bool] | None) -> T | object:
        if key in self._this:
            return self._this[key]
        value = self._last.pop(key, MISSING)
        if value is not MISSING and (valid is None or valid(value)):
            if self.name is not None:
                STORE.touch(key, value, shared)
        elif value is MISSING and self.name is not None:
            value = STORE.get(key, shared)
            if value is not MISSING and valid is not None and not valid(value):
                value = MISSING
        else:
            value = MISSING
        if value is not MISSING:
            self.hits += 1
            if self.in_memory:
                self._this[key] = value
        return value

    def _keep(self, key: Hashable, value: T, shared: tuple) -> T:
        if self.name is not None:
            STORE.put(key, value, shared)
        if self.in_memory:
            self._this[key] = value
        return value

    def _key(self, key: Hashable) -> Hashable:
        if self.name is None:
            return (STORE.config, key) if self.reads_config else key
        config = STORE.config if self.reads_config else b""
        return self.name.encode() + b":" + key_digest((self.name, code_digest(), config, key))
