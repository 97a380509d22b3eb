"""Results kept from one build to the next, so `mkdocs serve` redoes only the notes that changed.

A hook module outlives a build under `mkdocs serve`: a `BuildMemo` kept at module level remembers what a
pure function gave for each key during the last build. `next_build()` (in `on_config`) forgets whatever
the last build did not ask for, so deleted or edited notes do not pile up. Keys must hold everything the
result depends on (a note's path and bytes, the files it may refer to, the concept registry's text).

A single build never gets a hit from another note: keys start with the note's path.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
_ALL: weakref.WeakSet[BuildMemo] = weakref.WeakSet()


def forget_everything() -> None:
    """Empty every memo: the next build computes everything, as a fresh `mkdocs build` does (benchmarks)."""
    for memo in _ALL:
        memo.clear()


class BuildMemo(Generic[T]):
    def __init__(self) -> None:
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

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key in self._this:
            return self._this[key]
        if key in self._last:
            self.hits += 1
            value = self._last.pop(key)
        else:
            value = compute()
        self._this[key] = value
        return value
