"""A Notion page exported to Markdown: the properties under its title, as Notion shows them.

Notion names each exported page `<title> <32-hex id>.md` and writes a database page's properties as lines of
`Key: Value` between the title and the text (`Created: 2022년 10월 5일 오후 3:12`, `Tags: CNN, 딥러닝`),
which Notion shows one under another. Python-Markdown joined them into one run-on line. Each is a line of its
own here, its name in bold; a `Tags` (`태그`) property's values are the note's tags as well.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

_EXPORT_NAME = re.compile(r"\s[0-9a-f]{32}(?:\.md)?$")
_TITLE_THEN_PROPERTIES = re.compile(r"\A(?P<title>[ ]{0,3}# [^\n]*\n)(?P<blank>[ \t]*\n)(?P<block>(?:[^\n]+\n)+)")
_PROPERTY = re.compile(r"^(?P<key>[^\s:#>*|+`\-][^:\n]{0,29}): (?P<value>\S[^\n]*)$")
_TAG_KEYS = {"tags", "tag", "태그", "tags 1"}


def is_notion_page(path: str) -> bool:
    """Whether a note's file name is a Notion export's: its title, a space, and the page's 32-hex id."""
    return bool(_EXPORT_NAME.search(path.rsplit("/", 1)[-1]))


def notion_properties(text: str, path: str, line_of: LineOf) -> tuple[str, tuple[str, ...], list[Problem]]:
    """(`text` with each property line under the title as a line of its own, the `Tags` values, problems)."""
    found = _TITLE_THEN_PROPERTIES.match(text)
    lines = found["block"].rstrip("\n").split("\n") if found else []
    properties = [_PROPERTY.match(line) for line in lines]
    if len(lines) < 2 or not all(properties):
        return text, (), []
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
    return text[: found.start("block")] + shown + text[found.end("block") :], tags, [problem]
