"""The note list page: every published note, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from posixpath import relpath

from hooks.kb.note import Note

# Brackets are escaped, so parentheses can never form a link; escaping them would write `\(`,
# which is TeX's inline-math delimiter.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#+!|$"})


def escape_markdown(text: str) -> str:
    return text.translate(_MD_SPECIAL)


def note_link(note: Note, from_page: str) -> str:
    """A Markdown link target to the note's source file, relative to the page `from_page`."""
    return relpath(note.src_path, start=from_page.rsplit("/", 1)[0] if "/" in from_page else ".")


def render_note_list(notes: Iterable[Note], page_path: str = "notes/index.md") -> str:
    ordered = sorted(notes, key=lambda n: (n.date is None, -(n.date.timestamp() if n.date else 0), n.title))
    lines = ["# 노트 목록", "", f"모두 {len(ordered)}개의 노트가 있습니다.", ""]
    for note in ordered:
        day = note.date.strftime("%Y-%m-%d") if note.date else "날짜 없음"
        link = note_link(note, page_path).replace(" ", "%20")
        lines.append(f"- {day} · [{escape_markdown(note.title)}](<{link}>)")
    return "\n".join(lines) + "\n"
