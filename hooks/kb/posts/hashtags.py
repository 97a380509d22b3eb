"""A line of Obsidian tags (`#RNN #LSTM #인공지능`) is the note's tags, not a heading.

Obsidian notes keep their tags as `#tag` words, often a line of them at the top or the bottom of the note.
Obsidian shows them as tags; GitHub and Jekyll's GFM show the line as text (a heading needs a space after
`#`); Python-Markdown alone reads `#RNN #LSTM` as a heading, "RNN #LSTM", the biggest line on the page.
A line of nothing but such tags is taken out of the text and its tags join the note's own (the tag pages
list the note under them); indented four spaces it is code, and stays. A tag is Obsidian's: letters of any script, digits, `_`, `-` and `/` (nested
tags), not digits alone, so `#1` and `#2024` lines stay text. Tags inside a sentence stay as written.
"""

from __future__ import annotations

import re

from hooks.kb.posts.report import Problem

_TAG_LINE = re.compile(r"^ {0,3}#[\w/-]*[^\W\d_][\w/-]*(?:[ \t]+#[\w/-]*[^\W\d_][\w/-]*)*[ \t]*$", re.M)
_ONE_TAG = re.compile(r"#([\w/-]*[^\W\d_][\w/-]*)")


def tag_lines(text: str, path: str, line_of) -> tuple[str, tuple[str, ...], list[Problem]]:
    """`text` (code and formulas set aside) without its lines of tags, which keep their line ends so
    that every other line keeps its number; the tags, in the order written; a note of each line."""
    if "#" not in text:
        return text, (), []
    tags: list[str] = []
    problems: list[Problem] = []

    def take(m: re.Match) -> str:
        found = _ONE_TAG.findall(m.group(0))
        tags.extend(found)
        problems.append(
            Problem(
                path,
                line_of(m.start()),
                f"a line of Obsidian tags '{m.group(0).strip()}'",
                "read as the note's tags, not as a heading",
                "info",
            )
        )
        return ""

    text = _TAG_LINE.sub(take, text)
    return text, tuple(dict.fromkeys(tags)), problems
