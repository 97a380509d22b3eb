"""The categories page and the timeline: pure rendering, then in a strict build."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from hooks.kb.pages.browse import render_categories, render_timeline
from hooks.kb.pages.listing import render_note_list
from hooks.kb.posts.note import Note

KST = timezone(timedelta(hours=9))


def note(name: str, day: str | None, categories=()) -> Note:
    date = datetime.fromisoformat(day).replace(tzinfo=KST) if day else None
    return Note(
        f"notes/{name}.md", name.upper(), "", f"notes/{name}/", date=date, categories=tuple(categories)
    )


NOTES = [
    note("a", "2023-01-25", ["DNN"]),
    note("b", "2023-08-02", ["boostcamp", "DNN"]),
    note("c", "2022-10-05", ["boostcamp"]),
    note("d", None),
    note("e", "2023-08-20", ["DNN"]),
]


def test_categories_biggest_first_notes_newest_first_uncategorized_last():
    markdown = render_categories(NOTES)
    sections = re.findall(r"^## (.+)$", markdown, re.M)
    assert sections == ["DNN", "boostcamp", "분류 없음"]
    dnn = markdown.split("## DNN")[1].split("##")[0]
    assert "노트 3개" in dnn
    assert re.findall(r"\[(\w)\]", dnn) == ["E", "B", "A"]
    assert "(<notes/b.md>)" in markdown  # relative to categories.md at the docs root


def test_timeline_by_year_then_month_newest_first_undated_last():
    markdown = render_timeline(NOTES)
    headings = re.findall(r"^(##+ .+)$", markdown, re.M)
    assert headings == [
        "## 2023년",
        "### 2023년 8월",
        "### 2023년 1월",
        "## 2022년",
        "### 2022년 10월",
        "## 날짜 없음",
    ]
    assert re.findall(r"^- (\d+일) · \[(\w)\]", markdown, re.M) == [
        ("20일", "E"),
        ("2일", "B"),
        ("25일", "A"),
        ("5일", "C"),
    ]
    assert markdown.rstrip().endswith("[D](<notes/d.md>)")


def test_undated_notes_are_listed_in_the_reading_order_of_their_titles():
    """A study repository's notes carry no date: its days were listed as text sorts them, Day 10 before
    Day 2 and `Day6` after `Day 40`."""
    titles = ["Day 10 - 시각화", "Week 1 - Python", "Day6 - Numpy", "Day 2 - 기초 문법", "day 40 - 행렬 분해", "Day 7"]
    undated = [Note(f"notes/{i}.md", title, "", f"notes/{i}/") for i, title in enumerate(titles)]
    listed = re.findall(r"\[(.+?)\]", render_note_list(undated))
    expected = ["Day 2 - 기초 문법", "Day6 - Numpy", "Day 7", "Day 10 - 시각화", "day 40 - 행렬 분해", "Week 1 - Python"]
    assert listed == expected
    timeline = render_timeline(undated).split("## 날짜 없음")[1]
    assert re.findall(r"\[(.+?)\]", timeline) == expected


def test_the_note_list_gives_each_dated_note_its_day_and_the_undated_ones_a_heading_of_their_own():
    day = datetime(2024, 3, 4, tzinfo=timezone(timedelta(hours=9)))
    dated = Note("notes/a.md", "어텐션 정리", "", "notes/a/", date=day)
    undated = [Note(f"notes/d{i}.md", f"Day {i}", "", f"notes/d{i}/") for i in (2, 1)]
    lines = render_note_list([*undated, dated]).splitlines()
    assert lines[4:] == [
        "- 2024-03-04 · [어텐션 정리](<a.md>)",
        "",
        "## 날짜 없음 (2)",
        "",
        "- [Day 1](<d1.md>)",
        "- [Day 2](<d2.md>)",
    ]
    assert render_note_list(undated).splitlines()[4:] == ["- [Day 1](<d1.md>)", "- [Day 2](<d2.md>)"]  # a repository's all
