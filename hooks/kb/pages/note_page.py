"""What every note page shows above the author's text: title, date, categories, author."""

from __future__ import annotations

import html

from hooks.kb.pages.listing import escape_markdown
from hooks.kb.posts.note import Note


def korean_date(moment) -> str:
    return f"{moment.year}년 {moment.month}월 {moment.day}일"


def note_header(note: Note, page_path: str) -> str:
    """Markdown put before the body: the title as the page's only h1, then a line of metadata.
    (Tags are shown by Material's tags plugin from the page metadata.)"""
    parts: list[str] = []
    if note.date:
        parts.append(f'<time datetime="{note.date.isoformat()}">{korean_date(note.date)}</time>')
    if note.updated and (not note.date or note.updated.date() != note.date.date()):
        parts.append(f'수정 <time datetime="{note.updated.isoformat()}">{korean_date(note.updated)}</time>')
    if note.categories:
        names = ", ".join(f'<span class="kb-category">{html.escape(c)}</span>' for c in note.categories)
        parts.append(f"분류 {names}")
    if note.author:
        parts.append(f"글쓴이 {html.escape(note.author)}")
    meta = f'<p class="kb-note-meta">{" · ".join(parts)}</p>\n\n' if parts else ""
    return f"# {escape_markdown(note.title)}\n\n{meta}"
