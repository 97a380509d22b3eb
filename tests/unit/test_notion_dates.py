"""A Notion database page's date properties, in the English and the Korean Notion's spelling, as dates (KST)."""

from __future__ import annotations

from datetime import datetime

import pytest

from hooks.kb.posts.front_matter import KST
from hooks.kb.posts.notion import property_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jul 11, 2020 2:05 AM", datetime(2020, 7, 11, 2, 5, tzinfo=KST)),
        ("Jul 15, 2020 8:45 PM", datetime(2020, 7, 15, 20, 45, tzinfo=KST)),
        ("Dec 1, 2021 12:30 AM", datetime(2021, 12, 1, 0, 30, tzinfo=KST)),
        ("Dec 1, 2021 12:30 PM", datetime(2021, 12, 1, 12, 30, tzinfo=KST)),
        ("September 3, 2022", datetime(2022, 9, 3, tzinfo=KST)),
        ("2022년 10월 5일 오후 3:12", datetime(2022, 10, 5, 15, 12, tzinfo=KST)),
        ("2022년 10월 5일 오전 12:07", datetime(2022, 10, 5, 0, 7, tzinfo=KST)),
        ("2022년 10월 19일", datetime(2022, 10, 19, tzinfo=KST)),
        ("작성중", None),
        ("Foo 3, 2022", None),
        ("2022년 13월 1일", None),
    ],
)
def test_property_date(value, expected):
    assert property_date(value) == expected


def test_an_authors_date_property_dates_the_page_before_its_creation_time():
    from hooks.kb.posts.ingest import read_note

    page = "# 옵티마이저\n\nCreated: Jul 11, 2020 2:05 AM\nDate: Jul 1, 2020\nLast Edited: Jul 15, 2020 8:45 PM\n\n본문.\n"
    note, _ = read_note("notes/옵티마이저 0123456789abcdef0123456789abcdef.md", page.encode())
    assert (note.date, note.updated) == (datetime(2020, 7, 1, tzinfo=KST), datetime(2020, 7, 15, 20, 45, tzinfo=KST))
