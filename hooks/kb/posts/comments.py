"""HTML comments (`<!-- ... -->`), hidden as every blog's Markdown hid them.

- A comment opening a line (up to three spaces in) is an HTML block in CommonMark (Hugo's goldmark, GitHub,
  markdown-it), one that may interrupt a paragraph or a list item; marked and kramdown pass it through as a
  comment too. A study note comments out the sections still to write right under its last line (`...할 수 있음`
  / `<!-- ## 2.3. Forward probabilities` / `## 2.4. Definition of entropy -->`). Python-Markdown reads such a
  comment as part of the paragraph, and its inline comment is one line long: the page showed `<!-- ## 2.3...`
  as text and made a heading of the next line. The comment's lines are joined into one, the newlines kept after
  it, so it stays a comment and every line after it keeps its number (`comment_lines_joined`).
- Hugo's shortcodes and Hexo's tags inside a comment (`<!-- {{<image src="x.png">}} -->`) are not read: what the
  generator made of them stayed inside the comment, unseen, and a figure there is no missing image to warn about
  (`comments_aside`). NexT's tab markers (`<!-- tab 제목 -->`) are its tags' own and stay to be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.posts.report import Problem

_LINE_COMMENT = re.compile(r"^[ ]{0,3}<!--.*?-->", re.M | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_NEXT_TAB_MARKER = re.compile(r"<!--[ \t]*(?:end)?tab\b")
_TOKEN = re.compile("\x04(\\d+)\x05(\n*)")


def comment_lines_joined(text: str, path: str, line_of: Callable[[int], int]) -> tuple[str, list[Problem]]:
    """Each comment opening a line and running over several: on one line, its newlines after it."""
    if "<!--" not in text:
        return text, []

    def joined(match: re.Match) -> str:
        comment = match.group(0)
        if "\n" not in comment:
            return comment
        return " ".join(line.strip() for line in comment.split("\n")) + "\n" * comment.count("\n")

    return _LINE_COMMENT.sub(joined, text), []


def comments_aside(text: str) -> tuple[str, Callable[[str], str]]:
    """`text` with its comments (NexT's tab markers apart) set aside as tokens, each followed by the newlines
    it held (lines keep their numbers), and the function that puts them back."""
    if "<!--" not in text:
        return text, lambda done: done
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        if _NEXT_TAB_MARKER.match(match.group(0)):
            return match.group(0)
        kept.append(match.group(0))
        return f"\x04{len(kept) - 1}\x05" + "\n" * match.group(0).count("\n")

    text = _COMMENT.sub(keep, text.replace("\x04", "").replace("\x05", ""))

    def restore(done: str) -> str:
        def back(m: re.Match) -> str:
            comment = kept[int(m.group(1))]
            return comment + m.group(2)[comment.count("\n") :]

        return _TOKEN.sub(back, done)

    return text, restore
