"""A note's links to drafts become their text (`hooks/kb/posts/unpublished.py`)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.note import Note
from hooks.kb.posts.unpublished import unlink_drafts


@pytest.mark.parametrize(
    "link",
    ["<딥러닝 기초.md>", "딥러닝%20기초.md", "%EB%94%A5%EB%9F%AC%EB%8B%9D%20%EA%B8%B0%EC%B4%88.md"],
)
def test_a_link_to_a_draft_is_its_text_however_its_name_is_written(link):
    body = f"앞 글: [기초]({link})\n"
    note = Note(src_path="notes/til/a.md", title="a", body=body, url="a/", source=body)
    notes, problems = unlink_drafts([note], frozenset({"notes/til/딥러닝 기초.md"}))
    assert notes[0].body == "앞 글: 기초\n"
    assert [p.what for p in problems] == [f"link '{link.strip('<>')}' leads to a page that is not published"]


def test_a_link_to_a_published_note_stays():
    body = "[RNN](rnn.md)\n"
    note = Note(src_path="notes/til/a.md", title="a", body=body, url="a/", source=body)
    notes, problems = unlink_drafts([note], frozenset({"notes/til/딥러닝 기초.md"}))
    assert notes[0].body == body and problems == []
