"""What a step did besides its result, recorded so that a result taken from the cache does it again.

A page's Markdown rendered by MkDocs logs warnings (a link to no page) and looks files up (the page a link
leads to, for its URL). `recording(files)` records both while a step runs; `Recorded.replay(files)` looks
the same files up again, true when each still resolves as it did (else the result is stale), and logs the
same records, through the same loggers and their filters, so `--strict` counts them as before.

Knows nothing of notes.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field


def _resolved(file) -> tuple[str | None, bool | None]:
    if file is None:
        return None, None
    inclusion = getattr(file, "inclusion", None)
    return getattr(file, "url", None), inclusion.is_excluded() if inclusion is not None else None


@dataclass
class Recorded:
    """The log records a step made (logger, level, message) and the files it looked up, with what each
    resolved to (URL, excluded from the site)."""

    records: list[tuple[str, int, str]] = field(default_factory=list)
    lookups: list[tuple[str, str | None, bool | None]] = field(default_factory=list)

    def still_resolves(self, files) -> bool:
        """Every file looked up resolves as it did (looked up again: whoever records lookups sees them)."""
        return all(
            _resolved(files.get_file_from_path(path)) == (url, excluded)
            for path, url, excluded in self.lookups
        )

    def replay(self) -> None:
        for name, level, message in self.records:
            logging.getLogger(name).log(level, "%s", message)


class _LookupRecorder:
    """`files`, with each `get_file_from_path` recorded."""

    def __init__(self, files, lookups: list) -> None:
        self._files, self._lookups = files, lookups

    def get_file_from_path(self, path: str):
        file = self._files.get_file_from_path(path)
        self._lookups.append((path, *_resolved(file)))
        return file

    def __getattr__(self, name: str):
        return getattr(self._files, name)


@contextlib.contextmanager
def recording(files) -> Iterator[tuple[object, Recorded]]:
    """(files to hand the step, what it did): every log record made in this thread meanwhile, and every
    file the step looks up through the files it was handed."""
    done = Recorded()
    thread = threading.get_ident()
    make_record = logging.getLogRecordFactory()

    def recorded(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if threading.get_ident() == thread:
            done.records.append((record.name, record.levelno, record.getMessage()))
        return record

    logging.setLogRecordFactory(recorded)
    try:
        yield _LookupRecorder(files, done.lookups), done
    finally:
        logging.setLogRecordFactory(make_record)
