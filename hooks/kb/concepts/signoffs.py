"""A blog's sign-off: the closing block its posts end with word for word (`💡 수정 필요한 내용은 댓글이나 메일로
알려주시면 감사하겠습니다!💡` in a code block, "읽어주셔서 감사합니다"). It belongs to the blog, not to what a
section says: a concept page quoting a note's last section would end each quote with it. The note's page keeps
it; the concept step reads the note with its sign-off blanked (line numbers kept, so anchors and lines stay).

A note's ending is its last fenced code block when the note ends with one, else its last paragraph (the lines
after the last blank line). An ending is the blog's sign-off when at least `MIN_NOTES` notes of the blog
(`blog_root`: the folder above `_posts/`, else the note's folder) end with it, it has words, and its section says
something before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.posts.blog_urls import blog_root

MIN_NOTES = 3
_FENCE_LINE = re.compile(r"^[ ]{0,3}(?P<mark>`{3,}|~{3,})(?P<rest>[^\n]*)$", re.M)
_WORDS = re.compile(r"\w{2,}")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t][^\n]*)?$", re.M)
_TAG = re.compile(r"<[^<>]*>")  # `<br>`: spacing, no words
# Each note's ending, found again only when its text changes (a served site's rebuild)
ENDINGS: BuildMemo[tuple[int, str] | None] = BuildMemo()


def ending_start(body: str) -> int | None:
    """Where the note's ending (see the module) starts in `body` (an index at a line's start), or None for a
    note with nothing in it."""
    end = len(body.rstrip())
    if not end:
        return None
    last_line = body.rfind("\n", 0, end) + 1
    opener = _fence_opening(body, last_line, end)
    if opener is not None:
        return opener
    start = last_line  # back over the last paragraph's lines, to the blank line above it
    while start:
        above = body.rfind("\n", 0, start - 1) + 1
        if not body[above : start - 1].strip():
            return start
        start = above
    return start


def _fence_opening(body: str, last_line: int, end: int) -> int | None:
    """When the note's last line (at `last_line`) closes a fenced block, where the block's opening line starts."""
    closing = _FENCE_LINE.match(body, last_line, end)
    if closing is None or closing["rest"].strip():
        return None
    opened, mark = None, ""
    for fence in _FENCE_LINE.finditer(body, 0, end):
        if opened is None:
            opened, mark = fence.start(), fence["mark"]
        elif fence["mark"][0] == mark[0] and len(fence["mark"]) >= len(mark) and not fence["rest"].strip():
            if fence.start() == last_line:
                return opened
            opened = None
    return None


def _ending(body: str) -> tuple[int, str] | None:
    """Where the note's ending starts, and its text (each line stripped, blank ones left out); None when the
    ending is all its section says (`## LSTM` then `게이트 설명`: what the section says, however many notes say it)."""
    start = ending_start(body)
    if start is None:
        return None
    section = max((m.end() for m in _HEADING.finditer(body, 0, start)), default=0)  # after the last heading
    if not _WORDS.search(_TAG.sub("", body[section:start])):
        return None
    return start, "\n".join(line.strip() for line in body[start:].split("\n") if line.strip())


def signoff_starts(notes: Iterable[tuple[str, str]]) -> dict[str, int]:
    """For each note (docs path, body) that ends with its blog's sign-off, where in its body it starts."""
    endings: dict[str, tuple[int, str]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for path, body in notes:
        found = ENDINGS.get((path, body), lambda body=body: _ending(body))
        if found is not None and _WORDS.search(_TAG.sub("", found[1])):
            endings[path] = found
            counts[(blog_root(path), found[1])] += 1
    return {
        path: start
        for path, (start, text) in endings.items()
        if counts[(blog_root(path), text)] >= MIN_NOTES
    }


def without_signoff(body: str, start: int | None) -> str:
    """`body` with everything from `start` on blank lines (the note's line numbers kept)."""
    if start is None:
        return body
    return body[:start] + "\n" * body.count("\n", start)


def signoffs_blanked(notes: Iterable[tuple[str, str]]) -> Mapping[str, str]:
    """The bodies of the notes that end with their blog's sign-off, that sign-off blanked, by docs path."""
    notes = list(notes)
    starts = signoff_starts(notes)
    return {path: without_signoff(body, starts[path]) for path, body in notes if path in starts}


def next_build() -> None:
    """Under `mkdocs serve`: keep what the last build asked for, forget the rest (`BuildMemo.next_build`)."""
    ENDINGS.next_build()
