"""A Velog post saved by a velog-sync script: its header is the post's date and address, not its text.

The GitHub Actions that copy a Velog blog's feed into a repository (`scripts/update_blog.py` and its kin) write
each post without front-matter, as

    # 제목

    📅 2025-11-02T07:40:28.848Z

    🔗 [원문 링크](https://velog.io/@user/slug)

    ---

The title is the first heading, as for any note. The `📅` line is the date Velog showed over the post (its time in UTC, the
day Velog shows Korean readers is Korea's: `2025-10-27T17:00:59Z` is 10월 28일): it is read as the note's date (the site shows it where it shows every note's date, and files the note in the
timeline) and its line left blank, where it was a line of text and the note had no date. The `🔗` line stays
(a link to the post on Velog), and its address is the note's on its blog (`Note.permalinks`): the blog's other
posts link to it by that address (`[선형성](https://velog.io/@user/Ch02-2.-...)`), and those links lead to its
page here (`blog_urls`). A note's own front-matter `date:` or address, if it has one, wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.posts.front_matter import KST, as_datetime
from hooks.kb.posts.report import Problem

_DATE_LINE = re.compile(r"^📅[ \t]*(?P<when>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))[ \t]*$")
_LINK_LINE = re.compile(r"^🔗[ \t]*\[[^\]\n]*\]\((?P<url>https?://velog\.io/@[^)\s]+)\)[ \t]*$")
_TITLE = re.compile(r"^#[ \t]+\S")
_HEAD = 8  # the header's lines: title, date and link, with the blank lines between


def velog_sync_header(text: str, path: str, line_of: Callable[[int], int], fields: dict) -> tuple[str, list[Problem]]:
    """`text` with a velog-sync header's date line blanked, `fields` given its `date` and `address` (unless the
    front-matter set them), and a note of each."""
    if "📅" not in text[:400]:
        return text, []
    lines = text.split("\n")
    written = [(n, line) for n, line in enumerate(lines[:_HEAD]) if line.strip()]
    if len(written) < 3 or not _TITLE.match(written[0][1]):
        return text, []
    (_, _), (date_at, date_line), (link_at, link_line) = written[:3]
    date, link = _DATE_LINE.match(date_line.strip()), _LINK_LINE.match(link_line.strip())
    if date is None or link is None:
        return text, []
    problems: list[Problem] = []
    offset = sum(len(line) + 1 for line in lines[:date_at])
    when = as_datetime(date["when"])
    if "date" not in fields and when is not None:
        fields["date"] = when.astimezone(KST)  # Velog's UTC time, shown to its Korean readers as their day
        lines[date_at] = ""
        what = f"a Velog backup's date line '{date_line.strip()}'"
        problems.append(Problem(path, line_of(offset), what, "read as the note's date", "info"))
    if "address" not in fields:
        fields["address"] = link["url"]
    return "\n".join(lines), problems
