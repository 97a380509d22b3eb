"""Problems found in notes, and how they reach the author.

Policy (README "What fails the build"): a note is a student's raw post, so its problems never stop
the build. They are repaired, listed on the "노트 상태" page, and logged as
`WARNING -  notes/<file>:<line>: <what> — <done>` through the logger `kb.notes`, outside MkDocs' own
logger tree, so `--strict` keeps failing on the site's own defects (config, hand-written pages) only.

The console shows every problem with `mkdocs build -v` (or `serve -v`); otherwise the build ends with one
line per file with warnings, or a total when there are many, pointing to the 노트 상태 page
(`summary_lines`). Front-matter keys that only set the post's look on its blog are not logged per note:
with -v the build ends with one line naming each and how many files set it (`look_keys_line`). A problem
is logged once: the same one again (a page rendered twice, a check MkDocs runs again) is dropped, and so
is one reported on a generated page that quotes a note (a concept page) when the note itself has it
already.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Literal

# "look": a front-matter key that only sets how the post looked on its blog; told once for the whole site
# (`look_keys`), never note by note.
Level = Literal["info", "warning", "look"]

NOTE_LOGGER_NAME = "kb.notes"


@dataclass(frozen=True)
class Problem:
    """Something in a note that was wrong or non-standard, and what was done about it."""

    path: str  # docs-relative, forward slashes: "notes/2022-10-05-x.md"
    line: int  # 1-based line in the source file; 0 when the problem concerns the whole file
    what: str
    done: str
    level: Level = "warning"
    key: str = ""  # the front-matter key the problem is about, if any: `look_keys` counts a "look" one by it

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
        handler.addFilter(_verbose_only)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


class _Log:
    """What was logged in this build, so nothing is logged twice and the summary can count it."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.seen: set[tuple[str, int, str]] = set()
        self.notes_say: set[str] = set()  # what notes' problems say

    def reset(self) -> None:
        self.__init__()


LOGGED = _Log()
NOTES_DIR = "notes/"


def log_problem(problem: Problem) -> bool:
    """Log `problem` once; False when it was a repeat (not logged). Warnings are WARNING records, repairs
    of known blog conventions INFO records: the console shows them with -v (`verbose_only`)."""
    key = (problem.path, problem.line, problem.what)
    quoted = not problem.path.startswith(NOTES_DIR) and problem.what in LOGGED.notes_say
    if key in LOGGED.seen or quoted:
        return False
    LOGGED.seen.add(key)
    LOGGED.problems.append(problem)
    if problem.level == "look":
        return True  # told once for the site, in the summary (`log_summary`)
    if problem.path.startswith(NOTES_DIR):
        LOGGED.notes_say.add(problem.what)
    level = logging.WARNING if problem.level == "warning" else logging.INFO
    logger = note_logger()
    if _heard(logger, level):
        logger.log(level, "%s", problem, extra={"kb_detail": True})
    return True


def _heard(logger: logging.Logger, level: int) -> bool:
    """Whether a record would reach anyone: with -v, or a handler besides the console's (which shows a
    problem with -v only), such as a test's. Thousands of problems are logged at every build of a large
    blog, and making records no one reads was a tenth of a `mkdocs serve` rebuild."""
    if not logger.isEnabledFor(level):
        return False
    if verbose():
        return True
    current: logging.Logger | None = logger
    while current is not None:
        if any(not isinstance(h.formatter, _MkDocsStyle) and level >= h.level for h in current.handlers):
            return True
        current = current.parent if current.propagate else None
    return False


_MKDOCS_LOGGER = logging.getLogger("mkdocs")


def verbose() -> bool:
    """`mkdocs build -v` / `serve -v` set MkDocs' logger to DEBUG."""
    return _MKDOCS_LOGGER.isEnabledFor(logging.DEBUG)


def _verbose_only(record: logging.LogRecord) -> bool:
    """The console shows each problem with -v only; the summary always."""
    return not getattr(record, "kb_detail", False) or verbose()


SUMMARY_NOTES = 20  # more files with warnings than this: one line with the totals


def summary_lines(problems: list[Problem], status_url: str) -> list[str]:
    """The end of a build without -v: per file with warnings, its first one by line and how many more; a total
    when there are more than `SUMMARY_NOTES` such files."""
    by_path: dict[str, list[Problem]] = {}
    for problem in problems:
        if problem.level == "warning":
            by_path.setdefault(problem.path, []).append(problem)
    if not by_path:
        return []
    where = f"the 노트 상태 page ({status_url})"
    total = sum(len(found) for found in by_path.values())
    if len(by_path) > SUMMARY_NOTES:
        return [
            f"{_count(len(by_path), 'file')} with {_count(total, 'problem')}, repaired: {where} lists them "
            "by note; `mkdocs build -v` prints each one"
        ]
    lines = []
    for path, found in by_path.items():
        first = min(found, key=lambda problem: problem.line or 0)  # the lowest line, whenever it was reported
        at = f"at line {first.line}" if first.line else "in the file"
        count = f"{len(found)} problems, the first" if len(found) > 1 else "1 problem,"
        lines.append(f"{path}: {count} {at}: {first.what} — {first.done}")
    lines.append(
        f"{_count(len(by_path), 'file')} with {_count(total, 'problem')}, repaired: {where}; "
        "`mkdocs build -v` prints each one"
    )
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("s" if n != 1 else "")


def look_keys(problems: list[Problem]) -> dict[str, list[str]]:
    """Front-matter keys that only set a post's look on its blog -> the files that set them, most set first."""
    by_key: dict[str, set[str]] = {}
    for problem in problems:
        if problem.level == "look":
            by_key.setdefault(problem.key, set()).add(problem.path)
    return {key: sorted(paths) for key, paths in sorted(by_key.items(), key=lambda kv: (-len(kv[1]), kv[0]))}


def look_keys_line(by_key: dict[str, list[str]], status_url: str) -> str:
    """One line for the whole site: each key and how many files set it."""
    counts = ", ".join(f"{key} ({len(paths)})" for key, paths in by_key.items())
    return (
        f"front-matter keys that only set how a blog shows its posts, ignored (files that set each): {counts}; "
        f"the 노트 상태 page ({status_url}) lists the files"
    )


def log_summary(status_url: str) -> None:
    logger = note_logger()
    if (by_key := look_keys(LOGGED.problems)) and _heard(logger, logging.INFO):  # with -v, as other repairs
        logger.info("%s", look_keys_line(by_key, status_url), extra={"kb_detail": True})
    if verbose():
        return
    for line in summary_lines(LOGGED.problems, status_url):
        note_logger().warning("%s", line)
