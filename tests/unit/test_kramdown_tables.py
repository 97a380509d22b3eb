"""kramdown's tables without a header line (hooks/kb/posts/kramdown_tables.py): in a Jekyll post a run of `|`
lines is a table of body rows, line for line; a table with its delimiter line, and other notes, are left."""

from __future__ import annotations

import markdown
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


def test_rows_first_under_the_front_matter_are_a_table_too():
    # an al-folio paper note opens with its paper's card: the blank line under the front-matter starts the text
    text = "\n| **제목** | [Mirage](https://arxiv.org/abs/2603.21687v3) |\n| **일련번호** | [2603.21687v3] |\n\n---\n"
    out, problems = headless_tables(text, POST, _lines(text))
    assert out.split("\n")[1].startswith('<table markdown="1"><tbody markdown="1"><tr markdown="1">')
    assert out.count("\n") == text.count("\n") and [p.line for p in problems] == [2]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (POST, "| 기호 | 뜻 |\n|---|---|\n| w | 가중치 |\n"),
        (POST, "문단\n| a | b |\n"),  # the text's first line is no blank line: not a block of its own  # a table with a header: Markdown's own
        (POST, "문단 바로 뒤\n| a | b |\n"),  # not a block of its own
        ("notes/obsidian/역전파.md", "| a | b |\n"),  # not kramdown's
    ],
)
def test_other_pipes_are_left(path, text):
    assert headless_tables(text, path, _lines(text)) == (text, [])


# A post's table whose delimiter line has a cell more than its header (`| Driving | celeb-1 | celeb-2 |` over
# `| -- | -- |  -- |-- |`): kramdown draws it, as wide as its widest line; Python-Markdown showed the lines as a
# paragraph of pipes, and the images in its cells in a row.
@pytest.mark.parametrize(
    ("table", "header", "delimiter"),
    [
        (
            "| Driving | celeb-1 | celeb-2 | \n| -- | -- |  -- |-- |\n| ![a](a.gif) | ![b](b.jpg) | ![c](c.jpg) | \n",
            "| Driving | celeb-1 | celeb-2 |  |",
            "| -- | -- |  -- |-- |",
        ),
        (
            "| 모델 | 장점 | 단점 |\n|---|---|\n| RNN | 순서 | 기울기 소실 |\n",
            "| 모델 | 장점 | 단점 |",
            "|---|---| --- |",
        ),
        (  # a body row wider than both: kramdown draws its last cell too, where Python-Markdown would drop it
            "| 모델 | 장점\n|--- | ---\n| RNN | 순서 | 기울기 소실 |\n",
            "| 모델 | 장점 |  |",
            "|--- | --- | --- |",
        ),
    ],
    ids=["delimiter-wider", "header-wider", "row-wider"],
)
def test_a_table_whose_lines_differ_in_cells_is_as_wide_as_its_widest_line(table, header, delimiter):
    text = "비교\n\n" + table + "\n다음 문단\n"
    out, problems = headless_tables(text, POST, _lines(text))
    assert out.count("\n") == text.count("\n")
    assert out.split("\n")[2:4] == [header, delimiter]
    html = markdown.markdown(out, extensions=["tables"])
    assert "<table>" in html and "|" not in html
    assert "기울기 소실" not in table or "기울기 소실</td>" in html
    assert [(p.line, p.level) for p in problems] == [(3, "info")]
    assert known(problems[0])


def test_a_table_whose_lines_agree_is_left():
    text = "| 기호 | 뜻 |\n|---|---|\n| w | 가중치 |\n| `a|b` | 코드 속 막대 |\n"
    assert headless_tables(text, POST, _lines(text)) == (text, [])
