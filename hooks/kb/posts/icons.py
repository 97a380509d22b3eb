"""Shortcodes of icons and emoji (`:material-check:`, `:fontawesome-brands-github:`, `:smile:`), as a note kept
in an MkDocs Material site showed them, served from the site itself.

Material's own `to_svg` draws an icon of its theme as inline SVG (a `<span class="twemoji">`, the path read
from the theme's `.icons` folder at build time); for an emoji it would load Twemoji's picture from a CDN. Here
an emoji is its character instead (pymdownx's `to_alt`), which the reader's own fonts draw: nothing is fetched
from another host. Listed in mkdocs.yml as pymdownx.emoji's `emoji_generator`.

pymdownx.emoji reads a shortcode anywhere, inside a word or a number too: a ratio `1:100:1000` was "1💯1000",
a slice `a[1:100:2]` "a[1💯2]", `x:x:y` "x❌y". Listed in mkdocs.yml after it (`ShortcodeBoundaries`), a
shortcode is read only where no Latin letter, digit or colon touches it, as GitHub reads one; Korean before
it (`완료:white_check_mark:`) still leaves it a shortcode.
"""

from __future__ import annotations

import re

from markdown.extensions import Extension
from material.extensions.emoji import to_svg
from pymdownx.emoji import to_alt


def icon_or_character(index, shortname, alias, uc, alt, title, category, options, md):
    """A theme icon (no code point): its inline SVG; an emoji: its character."""
    if not uc:
        return to_svg(index, shortname, alias, uc, alt, title, category, options, md)
    return to_alt(index, shortname, alias, uc, alt, title, category, options, md)


# pymdownx.emoji's own pattern (`RE_EMOJI`, its group 1), with no letter, digit or colon on either side
SHORTCODE = r"(?<![A-Za-z0-9:])(:[+\-\w]+:)(?![A-Za-z0-9:])"


class ShortcodeBoundaries(Extension):
    """pymdownx.emoji's inline pattern, reading a shortcode only where it stands apart (listed after it)."""

    def extendMarkdown(self, md) -> None:
        if "emoji" in md.inlinePatterns:
            md.inlinePatterns["emoji"].compiled_re = re.compile(SHORTCODE, re.DOTALL | re.UNICODE)


def makeExtension(**kwargs) -> ShortcodeBoundaries:  # noqa: N802 - Python-Markdown's name for it
    return ShortcodeBoundaries(**kwargs)
