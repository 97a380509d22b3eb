"""What a shields.io badge says, for the `<img>` that shows it without alt text.

Study blogs link their posts and assignments with badges: `<a href="..."><img src="https://img.shields.io/badge/
-OPTIM-red"/></a>` (a daily log's link to the lecture note). With no `alt`, a reader whose browser does not load
the picture (offline, blocked, a screen reader) gets a link with nothing in it. A static badge's address spells
its text: `/badge/<label>-<message>-<color>` (or `<message>-<color>`), `--` a dash, `__` an underscore and `_`
a space in each part; that text is the badge's alt text.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_HOSTS = frozenset({"img.shields.io", "shields.io"})


def badge_text(url: str) -> str | None:
    """The text of the static shields.io badge at `url` (`https://img.shields.io/badge/-FCN 극복-red` is
    "FCN 극복"), or None for any other address."""
    parts = urlsplit(url.strip())
    if parts.netloc.lower() not in _HOSTS or not parts.path.startswith("/badge/"):
        return None
    path = unquote(parts.path[len("/badge/") :])
    path = re.sub(r"\.(?:svg|png)$", "", path)
    pieces = [_spelled(piece) for piece in re.split(r"(?<!-)-(?!-)", path)]
    if len(pieces) < 2:
        return None
    shown = [piece.strip() for piece in pieces[:-1] if piece.strip()]  # the last piece is the color
    return " ".join(shown) or None


def _spelled(piece: str) -> str:
    return piece.replace("--", "\0").replace("__", "\1").replace("_", " ").replace("\0", "-").replace("\1", "_")
