"""A table right under a line of text: a table where GFM reads one (GitHub, Hugo, VuePress), text in a Jekyll
post, where kramdown read the lines as the paragraph's."""

from __future__ import annotations

import pytest

from hooks.kb.posts.gfm_tables import tables_under_text

UNDER_TEXT = "활성화 함수 비교\n| 함수 | 범위 |\n|---|---|\n| tanh | (-1, 1) |\n"
IN_ITEM = "* 조건별 인버스\n    | 조건 | 방법 |\n    |---|---|\n    | a | b |\n"


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("notes/week02.md", UNDER_TEXT, "활성화 함수 비교\n\n| 함수 | 범위 |\n|---|---|\n| tanh | (-1, 1) |\n"),
        ("notes/week02.md", IN_ITEM, "* 조건별 인버스\n\n    | 조건 | 방법 |\n    |---|---|\n    | a | b |\n"),
        ("notes/blog/_posts/2021-01-01-x.md", UNDER_TEXT, UNDER_TEXT),  # kramdown: the paragraph's lines
        ("notes/week02.md", "\n| 함수 | 범위 |\n|---|---|\n", "\n| 함수 | 범위 |\n|---|---|\n"),  # apart already
        ("notes/week02.md", "| a | b |\n|---|---|\n| c | d |\n", "| a | b |\n|---|---|\n| c | d |\n"),
        ("notes/week02.md", "제목\n---\n본문\n", "제목\n---\n본문\n"),  # a setext heading: no pipe, no table
    ],
)
def test_a_table_under_a_line_of_text(path, text, expected):
    assert tables_under_text(text, path) == expected


def test_a_block_right_under_a_table_ends_it_as_github_and_kramdown_end_it():
    table = "| N | 기본 |\n| --- | --- |\n| 10^4 | 98 |\n"
    assert tables_under_text(table + "> (단위: 마이크로초)\n", "notes/a.md") == table + "\n> (단위: 마이크로초)\n"
    assert tables_under_text(table + "- 항목\n", "notes/_posts/2024-01-01-a.md") == table + "\n- 항목\n"
    assert tables_under_text(table + "그냥 글\n", "notes/a.md") == table + "그냥 글\n"  # a row, as GFM reads it
