"""A shields.io badge's text read off its address (hooks/kb/posts/badges.py): the alt text of a badge written
without one, so a link holding only the badge still says where it leads."""

from __future__ import annotations

import pytest

from hooks.kb.posts.badges import badge_text


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("https://img.shields.io/badge/-OPTIM-red", "OPTIM"),  # no label: the message
        ("https://img.shields.io/badge/gradient vector-수식 유도-green", "gradient vector 수식 유도"),
        ("https://img.shields.io/badge/-FCN%20%EA%B7%B9%EB%B3%B5-red", "FCN 극복"),
        ("https://img.shields.io/badge/peer%20session-B1FD8F?style=flat", "peer session"),  # message-color
        ("https://img.shields.io/badge/python--3.9-snake__case_name-blue.svg", "python-3.9 snake_case name"),
        ("https://img.shields.io/github/stars/someone/repo", None),  # a dynamic badge: its text is not in the URL
        ("https://hits.example.com/badge/a-b", None),
        ("https://img.shields.io/badge/red", None),
    ],
)
def test_a_static_badge_says_its_label_and_message(url, text):
    assert badge_text(url) == text
