"""Slide decks kept as notes: Slidev's `slides.md` (a study group's deck of 밑바닥부터 시작하는 딥러닝).

A deck is one Markdown file, its slides apart by `---` lines, and a slide may open with its own settings
between two of them (`---` / `layout: center` / `class: text-center` / `---`), which Slidev reads and never
shows. Python-Markdown read each such block as a rule and a heading `layout: center`: the settings showed
as the slide's title. In a deck (front-matter naming a `theme` with Slidev's other settings), they go, each
line left empty, and the slides stay apart by a rule; a slide Slidev took from another file (`src:`) is
noted, since only its settings are here. A two-column layout's slot marker (`::right::`) goes too.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# Settings only Slidev's headmatter has (with `theme`, which other tools name too)
_SLIDEV_KEYS = frozenset(
    {"highlighter", "drawings", "transition", "mdc", "colorSchema", "aspectRatio", "canvasWidth", "routerMode"}
)
_SLIDE_SETTINGS = re.compile(
    r"^(?P<open>---[ \t]*\n)(?P<settings>(?:[A-Za-z][\w-]*:[^\n]*\n(?:[ \t]+[^\n]*\n)*)+)---[ \t]*$", re.M
)
_SOURCE = re.compile(r"^src:\s*(?P<src>\S+)", re.M)
_SLOT = re.compile(r"^::[\w-]+::[ \t]*$", re.M)  # `::right::`: where a two-column layout's right column starts


def is_slidev_deck(front_matter: dict) -> bool:
    """Whether a note's front-matter is a Slidev deck's headmatter (`theme:` and Slidev's own settings)."""
    return "theme" in front_matter and any(key in _SLIDEV_KEYS for key in front_matter)


def slide_settings(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """Each slide's settings block, between two `---` lines, as empty lines under the slide's `---` rule; a
    layout's slot marker (`::right::`) as an empty line."""
    problems: list[Problem] = []

    def blank(block: re.Match) -> str:
        source = _SOURCE.search(block["settings"])
        if source:
            problems.append(
                Problem(
                    path,
                    line_of(block.start()),
                    f"a Slidev slide taken from '{source['src']}'",
                    "not shown: only its settings are in this file",
                    "info",
                )
            )
        return block["open"] + "\n" * block["settings"].count("\n")

    return _SLOT.sub("", _SLIDE_SETTINGS.sub(blank, text)), problems
