"""Slide decks kept as notes: Slidev's `slides.md` (a study group's deck of 밑바닥부터 시작하는 딥러닝) and Marp's
(`marp: true`, a seminar's slides written in VS Code).

A deck is one Markdown file, its slides apart by `---` lines, and a slide may open with its own settings
between two of them (`---` / `layout: center` / `class: text-center` / `---`), which Slidev reads and never
shows. Python-Markdown read each such block as a rule and a heading `layout: center`: the settings showed
as the slide's title. In a deck (front-matter naming a `theme` with Slidev's other settings), they go, each
line left empty, and the slides stay apart by a rule; a slide Slidev took from another file (`src:`) is
noted, since only its settings are here. A two-column layout's slot marker (`::right::`) goes too.

Marp writes an image's size and use in its alt text: `![w:300](arch.png)`, `![width:200px height:100px](x.png)`,
`![bg right:40%](x.png)` (the slide's background), `![sepia blur](x.png)` (filters). The page showed each at its
full size with those words as its alt text; here the size is the image's, and the other keywords go, the rest
of the alt text staying. A background is shown as a figure of the page where its slide is.
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


_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\](?P<target>\([^)\n]*\))")
_SIZE = re.compile(r"^(?P<key>w|h|width|height):(?P<value>\d+(?:\.\d+)?)(?:px)?$")
# Marp's other image keywords: background and its placement, and CSS filters (each with an optional `:value`)
_KEYWORD = re.compile(
    r"^(?:bg|left|right|contain|cover|fit|auto|vertical|\d+(?:\.\d+)?%|(?:left|right|w|h|width|height):\S+"
    r"|(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S+)?)$"
)


def marp_images(text: str) -> str:
    """Each image's Marp keywords read from its alt text: `![w:300 구조](x.png)` -> `![구조](x.png){ width="300" }`."""

    def image(m: re.Match) -> str:
        words = m["alt"].split()
        if not any(_KEYWORD.match(word) for word in words):
            return m.group(0)
        sizes = {"w": "width", "h": "height"}
        attrs = [f'{sizes.get(size["key"], size["key"])}="{size["value"]}"' for word in words if (size := _SIZE.match(word))]
        alt = " ".join(word for word in words if not _KEYWORD.match(word))
        return f"![{alt}]{m['target']}" + (f"{{ {' '.join(attrs)} }}" if attrs else "")

    return _IMAGE.sub(image, text) if "![" in text else text


def deck_of(front_matter: dict) -> str:
    """The tool of the slide deck a note is, by its front-matter: "slidev" (`theme:` and Slidev's own settings),
    "marp" (`marp: true`), or "" for a note that is no deck."""
    if "theme" in front_matter and any(key in _SLIDEV_KEYS for key in front_matter):
        return "slidev"
    return "marp" if front_matter.get("marp") is True else ""


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
