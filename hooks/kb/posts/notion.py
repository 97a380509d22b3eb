"""A Notion page exported to Markdown: the properties under its title, as Notion shows them.

Notion names each exported page `<title> <32-hex id>.md` and writes a database page's properties as lines of
`Key: Value` between the title and the text (`Created: 2022년 10월 5일 오후 3:12`, `Tags: CNN, 딥러닝`),
which Notion shows one under another. Python-Markdown joined them into one run-on line. Each is a line of its
own here, its name in bold; a `Tags` (`태그`) property's values are the note's tags as well, and its `Created`
(`날짜`, `생성 일시`...) and `Last Edited` (`최종 편집 일시`) dates, in the English or the Korean Notion's spelling
(`Jul 11, 2020 2:05 AM`, `2022년 10월 5일 오후 3:12`), the note's date and update date where its front-matter,
if any, gives none: an undated note is missing from the timeline and sorts last.
"""

from __future__ import annotations

import re
from datetime import datetime

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.front_matter import KST
from hooks.kb.posts.report import Problem

_EXPORT_NAME = re.compile(r"\s[0-9a-f]{32}(?:\.md)?$")
_TITLE_THEN_PROPERTIES = re.compile(r"\A(?P<title>[ ]{0,3}# [^\n]*\n)(?P<blank>[ \t]*\n)(?P<block>(?:[^\n]+\n)+)")
_PROPERTY = re.compile(r"^(?P<key>[^\s:#>*|+`\-][^:\n]{0,29}): (?P<value>\S[^\n]*)$")
_TAG_KEYS = {"tags", "tag", "태그", "tags 1"}
# A database page's date properties as Notion names them in English and Korean (and as students name their own),
# the first present one read: an author's own `Date`/`날짜` before the page's creation time.
DATE_KEYS = ("date", "날짜", "작성일", "작성 일시", "created", "created time", "date created", "생성 일시", "생성일")
UPDATED_KEYS = ("last edited", "last edited time", "updated", "최종 편집 일시", "수정일", "최종 수정일")
_ENGLISH_DATE = re.compile(
    r"(?P<month>[A-Z][a-z]{2})[a-z]*\.? (?P<d>\d{1,2}), (?P<y>\d{4})(?: (?P<H>\d{1,2}):(?P<M>\d{2}) ?(?P<ampm>[AP]M))?$"
)
_KOREAN_DATE = re.compile(
    r"(?P<y>\d{4})년 (?P<m>\d{1,2})월 (?P<d>\d{1,2})일(?: (?P<ampm>오전|오후) (?P<H>\d{1,2}):(?P<M>\d{2}))?$"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_notion_page(path: str) -> bool:
    """Whether a note's file name is a Notion export's: its title, a space, and the page's 32-hex id."""
    return bool(_EXPORT_NAME.search(path.rsplit("/", 1)[-1]))


def notion_properties(
    text: str, path: str, line_of: LineOf
) -> tuple[str, tuple[str, ...], dict[str, str], list[Problem]]:
    """(`text` with each property line under the title as a line of its own, the `Tags` values, the properties
    by lower-cased name, problems)."""
    found = _TITLE_THEN_PROPERTIES.match(text)
    lines = found["block"].rstrip("\n").split("\n") if found else []
    properties = [_PROPERTY.match(line) for line in lines]
    if len(lines) < 2 or not all(properties):
        return text, (), {}, []
    named = {m["key"].strip().lower(): m["value"].strip() for m in properties}
    tags = tuple(
        value.strip()
        for m in properties
        if m["key"].strip().lower() in _TAG_KEYS
        for value in m["value"].split(",")
        if value.strip()
    )
    shown = "\n".join(f"**{m['key'].strip()}**: {m['value'].rstrip()}  " for m in properties) + "\n"
    problem = Problem(
        path, line_of(found.start("block")), "Notion page properties", "shown one per line, as Notion shows them", "info"
    )
    return text[: found.start("block")] + shown + text[found.end("block") :], tags, named, [problem]


def property_date(value: str) -> datetime | None:
    """A Notion date property's value as a date (KST, as Notion shows the author's local time), or None:
    `Jul 11, 2020 2:05 AM`, `July 11, 2020`, `2022년 10월 5일 오후 3:12`, `2022년 10월 19일`."""
    value = value.strip()
    if m := _ENGLISH_DATE.match(value):
        if m["month"] not in _MONTHS:
            return None
        year, month, day = int(m["y"]), _MONTHS.index(m["month"]) + 1, int(m["d"])
        afternoon = m["ampm"] == "PM"
    elif m := _KOREAN_DATE.match(value):
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        afternoon = m["ampm"] == "오후"
    else:
        return None
    hour = int(m["H"]) % 12 + 12 * afternoon if m["H"] else 0  # 12:05 AM is 0:05, 12:05 PM 12:05
    try:
        return datetime(year, month, day, hour, int(m["M"] or 0), tzinfo=KST)
    except ValueError:
        return None
