"""Heading levels with no gap: `## A` then `#### B` becomes `## A`, `### B`.

Authors skip levels for the look of a size (a blog theme's h4 is smaller): a screen reader's outline and
the table of contents then have holes (Lighthouse's heading-order). Each heading keeps its place in the
nesting the author wrote, one level below the heading it sits under; the page title is the only h1, so
the first level is h2. Works on text whose code is set aside (`hooks.kb.posts.code`), after
`demote_headings`; the line count is unchanged.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import in_html_code
from hooks.kb.posts.kramdown_escapes import reads_as_kramdown
from hooks.kb.posts.report import Problem

# `## A` (Python-Markdown needs no space: `##A` is a heading too), or a setext h2: a line over `---`.
_HEADING = re.compile(
    r"^(?:(?P<hashes>#{2,6})(?!#)(?P<rest>.*)|(?P<setext>[^\n#>|\-*\s][^\n]*\n-+[ \t]*))$", re.M
)


def close_heading_gaps(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    under: list[tuple[int, int]] = []  # (written level, shown level) of the headings we are under
    first_gap: list[int] = []

    def shown(written: int, offset: int) -> int:
        while under and under[-1][0] >= written:
            under.pop()
        level = under[-1][1] + 1 if under else 2
        under.append((written, level))
        if level != written and not first_gap:
            first_gap.append(offset)
        return level

    def rewrite(match: re.Match) -> str:
        if match.group("setext") is not None:
            shown(2, match.start())
            return match.group(0)
        return "#" * shown(len(match.group("hashes")), match.start()) + match.group("rest")

    closed = _HEADING.sub(rewrite, text)
    if not first_gap:
        return text, []
    problem = Problem(
        path,
        line_of(first_gap[0]),
        "heading levels skip (an h2 then an h4, or a first heading below h2)",
        "each heading is shown one level below the heading it sits under",
        "info",
    )
    return closed, [problem]


# --- headings indented one to three spaces --------------------------------------------------------
# CommonMark (GitHub, Obsidian, markdown-it, goldmark) reads `   ### 제목` and `>  ##### 주간 요약` (two spaces
# after the quote's `>`) as headings; Python-Markdown wants the `#` at the line's start, and showed the hashes as
# text. kramdown does too, so a Jekyll post keeps them as its blog showed them; Hexo's marked reads them as headings
# (` ### 2. 튜닝 방법` under a paragraph indented a space, as some posts write). A line in a list is the list's:
# its indentation places it in an item (`reindent_lists`).
_INDENTED_HEADING = re.compile(r"^(?P<quote>(?:[ ]{0,3}>)*)(?P<space>[ ]{1,4})(?=#{1,6}(?:[ \t]|$))")
_LIST_ITEM = re.compile(r"^(?:[ ]{0,3}>)*[ ]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def indented_headings(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    """`   ### 제목` (one to three spaces) and `>  ## 제목` -> `### 제목`, `> ## 제목`, outside lists, but in a Jekyll post."""
    if "#" not in text or reads_as_kramdown(path):
        return text, []
    lines = text.split("\n")
    in_list, blank_before = False, True
    for i, line in enumerate(lines):
        if not line.strip():
            blank_before = True
            continue
        if _LIST_ITEM.match(line):
            in_list = True
        elif blank_before and not line.startswith((" ", "\t")):
            in_list = False  # a block at the margin after a blank line ends any list
        heading = _INDENTED_HEADING.match(line)
        if heading and not in_list:
            quoted, space = heading["quote"], heading["space"]
            if (quoted and len(space) >= 2) or (not quoted and len(space) <= 3):
                lines[i] = quoted + (" " if quoted else "") + line[heading.end() :]
        blank_before = False
    return "\n".join(lines), []


# --- `#6. How many dimensions?`: no space after the hashes ---------------------------------------------
# GFM (GitHub, and Jekyll's kramdown, whose default input is GFM), CommonMark (Hugo's goldmark, markdown-it),
# Obsidian and pandoc need a space or a tab after a heading's `#`s: `#6. How many dimensions?` and `##요약` were
# paragraphs there, hashes and all. Python-Markdown alone reads them as headings (an h1 over the note's own
# sections). The first `#` is written as its entity, so the line is the paragraph the blog showed, in raw HTML
# too. Runs after `hashtags.tag_lines` has taken out the lines of Obsidian tags, on text whose code and
# formulas are set aside.
_GLUED_HASHES = re.compile(r"^(?P<quote>(?:>[ ]?)*)#(?=#{0,5}[^#\s])(?P<line>.*)$", re.M)


def glued_hashes(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    """`#6. 차원 수` and `##요약` (no space after the `#`s) as the text they were on the blog, each noted."""
    if "#" not in text:
        return text, []
    problems: list[Problem] = []
    in_code = in_html_code(text)  # a `#주석` line of code written as HTML (`<pre><code>`) is code, as written

    def as_text(match: re.Match) -> str:
        if in_code(match.start()):
            return match.group(0)
        written = ("#" + match["line"]).strip()
        problems.append(
            Problem(
                path,
                line_of(match.start()),
                f"'{written[:60]}' has no space after its '#'",
                "shown as text, as GitHub, Jekyll and Obsidian show it (a heading needs a space after '#')",
                "info",
            )
        )
        return match["quote"] + "&#35;" + match["line"]

    return _GLUED_HASHES.sub(as_text, text), problems


# `#` (to `######`) alone on its line, in a quote too: no heading text at all
_BARE_HASHES = re.compile(r"^(?P<quote>(?:[ ]{0,3}>[ ]?)*)[ ]{0,3}(?P<hashes>#{1,6})[ \t]*$", re.M)


def bare_hashes(text: str, path: str, line_of) -> tuple[str, list[Problem]]:
    """A line of only `#`s, as its blog showed it. kramdown (and its GFM parser) makes a heading only of text,
    so a Jekyll post's `#` is a paragraph "#"; CommonMark (GitHub, Hugo, Hexo, Obsidian) makes it an empty
    heading, which shows no text: left out, its line kept empty. Python-Markdown made an empty heading of
    both, a bare anchor mark at the top level of the outline. Each noted."""
    if "#" not in text:
        return text, []
    problems: list[Problem] = []
    as_text = reads_as_kramdown(path)

    def rewrite(match: re.Match) -> str:
        done = "shown as text, as kramdown showed it" if as_text else "left out: an empty heading shows nothing"
        what = f"a line of only '{match['hashes']}' is a heading with no text"
        problems.append(Problem(path, line_of(match.start()), what, done, "info"))
        return match["quote"] + ("&#35;" * len(match["hashes"]) if as_text else "")

    return _BARE_HASHES.sub(rewrite, text), problems
