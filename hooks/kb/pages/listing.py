"""The note list page: every published note, newest first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from posixpath import relpath
from urllib.parse import quote

from hooks.kb.math.tex import outside_formulas
from hooks.kb.posts.note import Note

# Brackets are escaped, so parentheses can never form a link; escaping them would write `\(`,
# which is TeX's inline-math delimiter. `$` is left to hooks/formulas.py unless asked: a formula in
# a title is typeset wherever the title appears, and prices stay text there.
# `<` is written as `&lt;`: Python-Markdown has no `\<` escape and would show the backslash.
_MD_SPECIAL = "\\`*_{}[]>#+!|"
_KEEP_MATH = str.maketrans({"<": "&lt;", **{c: "\\" + c for c in _MD_SPECIAL}})
_NO_MATH = str.maketrans({"<": "&lt;", **{c: "\\" + c for c in _MD_SPECIAL + "$"}})


def escape_markdown(text: str, math: bool = True) -> str:
    """Text as Markdown that shows it literally; its formulas are left as written for hooks/formulas.py to
    typeset, unless `math=False`, which keeps `$...$` from being typeset."""
    if not math:
        return text.translate(_NO_MATH)
    return outside_formulas(text, lambda around: around.translate(_KEEP_MATH))


def newest_first(note: Note) -> tuple:
    """Sort key: dated notes newest first, then undated ones; by title in reading order, then file, on the
    same day."""
    return (note.date is None, -(note.date.timestamp() if note.date else 0), reading_order(note.title), note.src_path)


_NUMBER = re.compile(r"(\d+)")


def reading_order(title: str) -> tuple:
    """Sort key: a title's numbers as numbers, its letters without case or spaces: `Day 2` before `Day 10`,
    `Day6` between `Day 5` and `Day 7` (a study repository's days and weeks carry no date)."""
    parts = _NUMBER.split("".join(title.casefold().split()))
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))


def note_day(note: Note) -> str:
    """`2022-10-05`, or 날짜 없음 for a note with no date anywhere."""
    return note.date.strftime("%Y-%m-%d") if note.date else "날짜 없음"


# What ends or breaks a path inside `(<...>)`: `?` starts a query, `#` a fragment, `%` an escape MkDocs decodes.
_URL_BREAKING = re.compile(r'[\s?#%<>"\\]')


def note_link(note: Note, from_page: str) -> str:
    """A Markdown link target to the note's source file, relative to the page `from_page`, percent-encoded:
    a file named as its title (`04. 벡터가 뭐예요?.md`, `C# 정리.md`) would otherwise end its path at `?` or
    `#` and lead nowhere. Korean letters stay as written: MkDocs reads the path decoded either way."""
    path = _relative(note.src_path, from_page.rsplit("/", 1)[0] if "/" in from_page else ".")
    return _URL_BREAKING.sub(lambda m: quote(m[0]), path)


@lru_cache(maxsize=65536)  # the lists of every build link the same notes; relpath reads the working folder
def _relative(path: str, start: str) -> str:
    return relpath(path, start=start)


def render_note_list(notes: Iterable[Note], page_path: str = "notes/index.md") -> str:
    """Every note, newest first, each with its day; the undated ones after them under a heading of their own (a
    study repository's notes carry no date: "날짜 없음 ·" had opened every line of its list)."""
    ordered = sorted(notes, key=newest_first)
    lines = ["# 노트 목록", "", f"모두 {len(ordered)}개의 노트가 있습니다.", ""]
    undated = [note for note in ordered if note.date is None]
    for note in ordered[: len(ordered) - len(undated)]:
        lines.append(f"- {note_day(note)} · [{escape_markdown(note.title)}](<{note_link(note, page_path)}>)")
    if undated:
        lines += ["", f"## 날짜 없음 ({len(undated)})", ""] if len(undated) < len(ordered) else []
        lines += [f"- [{escape_markdown(note.title)}](<{note_link(note, page_path)}>)" for note in undated]
    return "\n".join(lines) + "\n"
