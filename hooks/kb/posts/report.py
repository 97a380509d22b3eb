"""Problems found in notes, and how they reach the author.

Policy (README "What fails the build"): a note is a student's raw post, so its problems never stop
the build. They are repaired, printed as `WARNING -  notes/<file>:<line>: <what> — <done>`, and listed
on the "노트 상태" page. They go through the logger `kb.notes`, outside MkDocs' own logger tree, so
`--strict` keeps failing on the site's own defects (config, hand-written pages, broken links) only.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Literal

Level = Literal["info", "warning"]

NOTE_LOGGER_NAME = "kb.notes"


@dataclass(frozen=True)
class Problem:
    """Something in a note that was wrong or non-standard, and what was done about it."""

    path: str  # docs-relative, forward slashes: "notes/2022-10-05-x.md"
    line: int  # 1-based line in the source file; 0 when the problem concerns the whole file
    what: str
    done: str
    level: Level = "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.what} — {self.done}"


class _MkDocsStyle(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname:<8}-  {record.getMessage()}"


def note_logger() -> logging.Logger:
    """The logger for note problems, printing in MkDocs' own style (once, however often called)."""
    logger = logging.getLogger(NOTE_LOGGER_NAME)
    if not any(isinstance(h.formatter, _MkDocsStyle) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_MkDocsStyle())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def log_problem(problem: Problem) -> None:
    """Warnings are printed; repairs of known blog conventions only go to the status page (and -v)."""
    level = logging.WARNING if problem.level == "warning" else logging.DEBUG
    note_logger().log(level, "%s", problem)
