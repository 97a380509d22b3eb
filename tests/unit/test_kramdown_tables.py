"""kramdown's tables without a header line (hooks/kb/posts/kramdown_tables.py): in a Jekyll post a run of `|`
lines is a table of body rows, line for line; a table with its delimiter line, and other notes, are left."""

from __future__ import annotations

import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.kramdown_tables import headless_tables

POST = "notes/blog/_posts/2024-11-22-backprop.md"


def _lines(text: str):
    return lambda offset: 1 + text.count("\n", 0, offset)


def test_rows_without_a_header_become_a_table_keeping_every_line():
    text = "설명\n\n| 순전파 | 계산 |\n| 역전파 | 미분 \\| 연쇄 |\n\n다음 문단\n"
    out, problems = headless_tables(text, POST, _lines(text))
    assert out.count("\n") == text.count("\n")
    assert out.split("\n")[2] == (
        '<table markdown="1"><tbody markdown="1"><tr markdown="1">'
        '<td markdown="span">순전파</td><td markdown="span">계산</td></tr>'
    )
    assert out.split("\n")[3].endswith('<td markdown="span">미분 \\| 연쇄</td></tr></tbody></table>')
    assert [(p.line, p.level) for p in problems] == [(3, "info")]
    assert known(problems[0])  # said in Korean on the 노트 상태 page


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (POST, "| 기호 | 뜻 |\n|---|---|\n| w | 가중치 |\n"),  # a table with a header: Markdown's own
        (POST, "문단 바로 뒤\n| a | b |\n"),  # not a block of its own
        ("notes/obsidian/역전파.md", "| a | b |\n"),  # not kramdown's
    ],
)
def test_other_pipes_are_left(path, text):
    assert headless_tables(text, path, _lines(text)) == (text, [])
