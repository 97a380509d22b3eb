"""Shortcodes of icons and emoji (`:material-check:`, `:fontawesome-brands-github:`, `:smile:`), as a note kept
in an MkDocs Material site showed them, served from the site itself.

Material's own `to_svg` draws an icon of its theme as inline SVG (a `<span class="twemoji">`, the path read
from the theme's `.icons` folder at build time); for an emoji it would load Twemoji's picture from a CDN. Here
an emoji is its character instead (pymdownx's `to_alt`), which the reader's own fonts draw: nothing is fetched
from another host. Listed in mkdocs.yml as pymdownx.emoji's `emoji_generator`.
"""

from __future__ import annotations

from material.extensions.emoji import to_svg
from pymdownx.emoji import to_alt


def icon_or_character(index, shortname, alias, uc, alt, title, category, options, md):
    """A theme icon (no code point): its inline SVG; an emoji: its character."""
    if not uc:
        return to_svg(index, shortname, alias, uc, alt, title, category, options, md)
    return to_alt(index, shortname, alias, uc, alt, title, category, options, md)
