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
from collections.abc import Iterable

from mkdocs_callouts.utils import CalloutParser

from hooks.kb.posts.lists import unquoted
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


def box_body(lines: Iterable[str], indent: str = "") -> str:
    """A Material box's body: each line four spaces in from `indent` (the box's own), a blank one left empty."""
    return "\n".join(f"{indent}    {line}" if line.strip() else "" for line in lines)


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


# Just the Docs' callouts: an attribute list naming a callout class over the quote or paragraph it styles
# (`{: .note }`, `{: .warning-title }` whose block's first line is the title). The theme's own site and most
# blogs on it configure these five; the blog drew a coloured, titled box (Material's kind of that colour).
_JTD_CALLOUT = re.compile(
    r"(?:\A|(?<=\n\n))[ \t]*\{:[ \t]*\.(?P<kind>note|warning|important|highlight|new)(?P<titled>-title)?[ \t]*\}[ \t]*\n"
    r"(?P<block>(?:[ ]{0,3}\S[^\n]*(?:\n|\Z))+)",
    re.M,
)
_JTD_KINDS = {
    "note": "note",
    "warning": "warning",
    "important": "important",
    "highlight": "tip",
    "new": "success",
}
_JTD_TITLES = {"highlight": "핵심", "new": "새 내용"}


def just_the_docs_callouts(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    """`{: .note }` over a quote or a paragraph -> that block in a Material box of its kind, as Just the Docs
    drew it; `{: .note-title }` takes the block's first line as the box's title. Each line stays where it
    was: the attribute list's line becomes the box's first line (or a blank one, when titled)."""
    if "{:" not in text:
        return text, []
    problems: list[Problem] = []

    def callout(m: re.Match) -> str:
        lines = [unquoted(line) for line in m["block"].rstrip("\n").split("\n")]
        if lines[0].lstrip().startswith(("#", "|", "```", "!!!", "<")):  # not a quote or a paragraph
            return m.group(0)
        kind, box = m["kind"], _JTD_KINDS[m["kind"]]
        problems.append(
            Problem(path, line_of(m.start()), f"Just the Docs callout '{{: .{kind}{m['titled'] or ''} }}'",
                    f"shown as a '{box}' box", "info")
        )  # fmt: skip
        head = f'!!! {box} "{_JTD_TITLES.get(kind) or TITLES[box]}"'
        if m["titled"] and len(lines) > 1:  # the attribute list's line is left blank, the title's is the head
            head, lines = f'\n!!! {box} "{lines[0].strip()}"', lines[1:]
        return head + "\n" + box_body(lines) + ("\n" if m["block"].endswith("\n") else "")

    return _JTD_CALLOUT.sub(callout, text), problems
