"""kramdown's readings, as pure functions: where an abbreviation is found (between ASCII word boundaries, as
kramdown finds it, so a Korean particle right after it does not hide it)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.abbreviations import abbreviation_pattern

PATTERN = abbreviation_pattern(["ReLU", "CNN", "Leaky ReLU"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ReLU는 음수를 0으로 만든다", ["ReLU"]),  # a particle right after it, as Korean is written
        ("CNN을 쓰는 모델", ["CNN"]),
        ("(ReLU), ReLU.", ["ReLU", "ReLU"]),
        ("Leaky ReLU를 쓴다", ["Leaky ReLU"]),  # the longest name first
        ("활성화ReLU", ["ReLU"]),  # Hangul before it is no ASCII word either
        ("ReLUs and PReLU", []),  # inside an English word: not the abbreviation
        ("CNN_model", []),
    ],
)
def test_an_abbreviation_is_found_between_ascii_word_boundaries(text, found):
    assert PATTERN.findall(text) == found
