"""Dendron's front-matter (hooks/kb/posts/dendron.py): dates in milliseconds since 1970, `desc`."""

from __future__ import annotations

import pytest

from hooks.kb.posts.dendron import dendron_front_matter, dendron_variables, is_dendron_note
from hooks.kb.posts.ingest import read_note

DENDRON = """---
id: q3k9x0m2v8b7n1c5z4l6p0o
title: 합성곱 신경망
desc: 'CNN 개념 정리'
updated: 1647760187980
created: 1647755447905
---

필터로 특징을 뽑는다.
"""


@pytest.mark.parametrize(
    ("raw", "dendron"),
    [
        ({"id": "q3k9", "title": "x", "created": 1647755447905}, True),
        ({"id": "q3k9", "updated": "1647760187980"}, True),
        ({"id": "q3k9", "created": "2022-03-20"}, False),  # a blog's date: not Dendron's
        ({"title": "x", "created": 1647755447905}, False),  # no id
        ({"id": 7, "created": 20220320}, False),  # a number, not milliseconds since 1970
    ],
)
def test_a_dendron_note_is_known_by_its_id_and_millisecond_dates(raw, dendron):
    assert is_dendron_note(raw) is dendron


def test_an_empty_desc_is_no_description():
    assert "description" not in dendron_front_matter({"id": "a", "desc": "", "created": 1647755447905})


def test_its_dates_and_desc_are_read_and_nothing_is_said_about_them():
    note, problems = read_note("notes/dendron/ml.dl.cnn.md", DENDRON.encode())
    assert (note.title, note.description) == ("합성곱 신경망", "CNN 개념 정리")
    assert note.date.isoformat() == "2022-03-20T14:50:47.905000+09:00"
    assert note.updated.isoformat() == "2022-03-20T16:09:47.980000+09:00"
    assert not [p for p in problems if "not a valid date" in p.what or "'desc'" in p.what]


def test_its_own_keys_id_created_and_updated_are_read_without_a_word():
    note, problems = read_note("notes/dendron/ml.dl.cnn.md", DENDRON.encode())
    assert note.date.isoformat() == "2022-03-20T14:50:47.905000+09:00"
    assert [p.what for p in problems] == []  # no "'created' means 'date'", no "'id' is private data"


def test_a_notes_front_matter_variables_are_filled_in_as_dendron_shows_them():
    raw = {"id": "abc", "title": "Cnn", "desc": "합성곱\n신경망 정리", "created": 1647760187980, "private": True}
    body = "> {{fm.desc}}\n\n{{ fm.title }}, {{fm.private}}, {{fm.none}}, `{{fm.id}}`?\n"
    assert dendron_variables(body, raw) == "> 합성곱 신경망 정리\n\nCnn, {{fm.private}}, {{fm.none}}, `abc`?\n"
