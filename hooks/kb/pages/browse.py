"""Ways to browse notes besides the note list: by category, and a timeline by year and month.

Markdown with relative links to the notes' source files, so a strict build checks every link.
"""

from __future__ import annotations

from collections.abc import Iterable

from hooks.kb.pages.listing import escape_markdown, newest_first, note_link
from hooks.kb.posts.note import Note

CATEGORIES = "categories.md"
TIMELINE = "timeline.md"
NO_CATEGORY = "분류 없음"
NO_DATE = "날짜 없음"


def _item(note: Note, page_path: str, day: str) -> str:
    link = note_link(note, page_path)
    return f"- {day}[{escape_markdown(note.title)}](<{link}>)"


def _day(note: Note) -> str:
    return f"{note.date.strftime('%Y-%m-%d')} · " if note.date else ""


def render_categories(notes: Iterable[Note], page_path: str = CATEGORIES) -> str:
    """One section per category (most notes first, then by name), its notes newest first."""
    by_category: dict[str, list[Note]] = {}
    for note in sorted(notes, key=newest_first):
        for category in note.categories or (NO_CATEGORY,):
            by_category.setdefault(category, []).append(note)
    named = sorted(
        (c for c in by_category if c != NO_CATEGORY), key=lambda c: (-len(by_category[c]), c.casefold())
    )
    order = named + ([NO_CATEGORY] if NO_CATEGORY in by_category else [])
    lines = [
        "---",
        "title: 분류",
        "---",
        "",
        "# 분류",
        "",
        f"노트를 글쓴이가 붙인 분류 {len(named)}개로 모았습니다. 한 노트가 여러 분류에 들 수 있습니다.",
        "",
    ]
    for category in order:  # the heading is the name alone, so its anchor stays when notes are added
        lines += [f"## {escape_markdown(category)}", "", f"노트 {len(by_category[category])}개", ""]
        lines += [_item(note, page_path, _day(note)) for note in by_category[category]] + [""]
    return "\n".join(lines)


def render_timeline(notes: Iterable[Note], page_path: str = TIMELINE) -> str:
    """Notes by year and month, newest first; notes without a date at the end."""
    ordered = sorted(notes, key=newest_first)
    lines = ["---", "title: 타임라인", "---", "", "# 타임라인", "", "노트를 쓴 날짜순으로 모았습니다.", ""]
    year = month = None
    undated = [n for n in ordered if n.date is None]
    for note in (n for n in ordered if n.date is not None):
        if note.date.year != year:
            year, month = note.date.year, None
            lines += ["", f"## {year}년", ""]
        if note.date.month != month:
            month = note.date.month
            lines += ["", f"### {year}년 {month}월", ""]
        lines.append(_item(note, page_path, f"{note.date.day}일 · "))
    if undated:
        lines += ["", f"## {NO_DATE}", ""] + [_item(n, page_path, "") for n in undated]
    lines.append("")
    return "\n".join(lines)
