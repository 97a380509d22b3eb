"""kramdown's attribute list on an image, in a note GitHub shows: its text, as GitHub shows it.

`![모델](model.png)` over `{: width="50%"}` (or `![모델](model.png){: width="50%"}`): kramdown, in a Jekyll blog or a
GitHub Pages site, sizes the image; GitHub's own Markdown, which a study repository's README and notes are read
in, shows the `{: ...}` as text under the image, at its own size. A note GitHub shows (no front-matter, no
`_config.yml` in its folders, not under a `_posts/`) keeps that text here too, and its author is told: on GitHub
and here, `<img src="model.png" width="50%">` sizes an image."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import PurePosixPath

from hooks.kb.posts.kramdown_escapes import is_jekyll_post
from hooks.kb.posts.report import Problem

_CONFIGS = ("_config.yml", "_config.yaml")  # a Jekyll or GitHub Pages site's
# An image, then on its line or the next an attribute list (several in a row, as kramdown merges them)
_IMAGE_IAL = re.compile(
    r"(?P<image>!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^\n]*?\))(?P<gap>[ \t]*(?:\n[ \t]*)?)"
    r"(?P<ial>\{:[^{}\n]*\}(?:[ \t]*\{:[^{}\n]*\})*)"
)


def shown_by_github(path: str, has_front_matter: bool, files: Collection[str]) -> bool:
    """Whether the note at docs-relative `path` is one GitHub shows, not kramdown: no front-matter, not a Jekyll
    post, no `_config.yml` (a Jekyll or GitHub Pages site) in its folder or one above it among `files`."""
    if has_front_matter or is_jekyll_post(path):
        return False
    return not any(str(folder / name) in files for folder in PurePosixPath(path).parents for name in _CONFIGS)


def image_ials_as_text(text: str, path: str, line_of: Callable[[int], int]) -> tuple[str, list[Problem]]:
    """Each attribute list on an image shown as its text (`&#123;` keeps Python-Markdown's attr_list off it)."""
    if "{:" not in text:
        return text, []
    problems: list[Problem] = []

    def as_text(m: re.Match) -> str:
        ial = m["ial"]
        problems.append(
            Problem(
                path,
                line_of(m.start("ial")),
                f"kramdown attribute list '{ial}' on an image is text on GitHub, which shows the image at its size",
                "shown as text, as on GitHub; an img tag's width sizes an image there and here",
            )
        )
        return m["image"] + m["gap"] + ial.replace("{", "&#123;")

    return _IMAGE_IAL.sub(as_text, text), problems
