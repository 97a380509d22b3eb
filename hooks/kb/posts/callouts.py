"""Obsidian callouts and GitHub alerts (`> [!NOTE]`, `> [!tip]- 접힌 제목`) are Material's boxes, as the notes'
own tools show them: Obsidian draws a box with an icon and a title, GitHub (a TIL repository's README and
notes) an alert; Python-Markdown alone would print "[!NOTE]" at the head of a plain quote.

mkdocs-callouts does the conversion (types and Obsidian's aliases, `-`/`+` folding, titles, callouts
nested in quotes and in each other), line for line. A callout written without a title gets its type's
name in Korean (Material would title it "Note" in English), and `[!IMPORTANT]` stays 중요, where the
library would name it after the box it borrows.
"""

from __future__ import annotations

import re

from mkdocs_callouts.utils import CalloutParser

from hooks.kb.posts.report import Problem

# The library's own pattern of a callout's first line, as it reads it.
_FIRST_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:> ?)+ *)\[!(?P<kind>[^\]|]*?)[ \t]*(?:\|[^\]]*)?\](?P<fold>[-+]?)(?P<title>.*)$",
    re.M,
)
TITLES = {
    "note": "참고", "abstract": "요약", "summary": "요약", "tldr": "요약", "info": "정보", "todo": "할 일",
    "tip": "팁", "hint": "팁", "important": "중요", "success": "성공", "check": "확인", "done": "완료",
    "question": "질문", "help": "도움말", "faq": "자주 묻는 질문", "warning": "주의", "attention": "주의",
    "caution": "경고", "failure": "실패", "fail": "실패", "missing": "빠짐", "danger": "위험",
    "error": "오류", "bug": "버그", "example": "예시", "quote": "인용", "cite": "인용",
}  # fmt: skip


def material_kind(kind: str) -> str:
    """The Material box a kind of callout is drawn as: Obsidian's aliases by mkdocs-callouts' table
    (`faq` -> question, `caution` -> warning, `important` -> tip), any other kind as itself."""
    return next((box for box, aliases in CalloutParser.aliases.items() if kind in aliases), kind)


def callouts_as_boxes(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    """`> [!NOTE]` quotes -> `!!! note "참고"` boxes, each line where it was."""
    if "[!" not in text:
        return text, []
    problems: list[Problem] = []

    def titled(m: re.Match) -> str:
        kind = m["kind"].strip().lower()
        if not kind:
            return m.group(0)
        box = material_kind(kind)
        problems.append(
            Problem(path, line_of(m.start()), f"callout '[!{m['kind']}]'", f"shown as a '{box}' box", "info")
        )
        if m["title"].strip() or kind not in TITLES:
            return m.group(0)
        return f"{m['lead']}[!{m['kind']}]{m['fold']} {TITLES[kind]}"

    marked = _FIRST_LINE.sub(titled, text)
    if not problems:
        return text, []
    return CalloutParser(breakless_lists=False).parse(marked), problems
