"""Two kramdown readings, as pure functions: where an abbreviation is found (between ASCII word boundaries,
as kramdown finds it, so a Korean particle right after it does not hide it), and which lines of a normalized
body the normalizer put in (so that a body line names its line in the author's file)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.abbreviations import abbreviation_pattern
from hooks.kb.posts.line_map import added_lines, source_line

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


@pytest.mark.parametrize(
    ("before", "after", "added"),
    [
        ("설명:\n```python\nx = 1\n```\n다음", "설명:\n\n```python\nx = 1\n```\n\n다음", (2, 6)),  # around a fence
        ("> 인용\n> - 항목", "> 인용\n>\n> - 항목", (2,)),  # a quote's list: `>` alone
        ("문단\n- 하나\n  - 둘", "문단\n\n- 하나\n    - 둘", (2,)),  # a list re-indented in place is no new line
        ("문단\n\n본문", "문단\n\n본문", ()),
        ("| a |\n|---|\n<div>x</div>", "| a |\n|---|\n\n<div>x</div>", (3,)),
    ],
)
def test_the_lines_the_normalizer_put_in_are_found(before, after, added):
    assert added_lines(before, after) == added


def test_a_body_line_names_its_line_in_the_file():
    # body line 1 is the file's line 5; lines 2 and 6 were put in
    assert [source_line(5, (2, 6), n) for n in (1, 2, 3, 5, 7)] == [5, 6, 6, 8, 9]
