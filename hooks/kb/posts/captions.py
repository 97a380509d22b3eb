"""An image's caption written as a line of italics right under it, as Chirpy, Gatsby's and many other blog
themes draw it: `![](3.png)` then `_Algorithm 1: DAGGER_` (or `*그림 1. 구조*`), the two alone in their
paragraph.

Chirpy's stylesheet shows an `<em>` right after an image as the figure's caption, centred under it; here it ran
on beside the image as italic text. The pair becomes a figure with that caption, on the same two lines, so
each keeps its line number (the image is still found, or reported, as any other).
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# A paragraph of two lines: an image (with kramdown's or attr_list's attributes), then one emphasis alone,
# `_..._` or `*...*` (not `**bold**`, not `_a_ and _b_`).
_CAPTIONED_IMAGE = re.compile(
    r"(?:\A|(?<=\n\n))(?P<image>!\[[^\n]*\]\([^\n]*\)(?:\{:?[^{}\n]*\})*)[ \t]*\n"
    r"(?P<mark>[_*])(?!(?P=mark)|\s)(?P<caption>[^\n]*?)(?<!\s)(?P=mark)[ \t]*(?=\n[ \t]*\n|\n?\Z)"
)


def image_captions(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`![](x.png)` over `_설명_` -> a figure captioned `설명`, line for line."""
    if "![" not in text:
        return text, []

    def figure(match: re.Match) -> str:
        caption = match.group("caption")
        if match.group("mark") in caption or match.group("image").count("![") != 1:
            return match.group(0)  # `_a_ and _b_`, or two images on the line: no caption of one figure
        return (
            f'<figure class="kb-figure" markdown="span">{match.group("image")}\n'
            f'<figcaption markdown="span">{caption}</figcaption></figure>'
        )

    return _CAPTIONED_IMAGE.sub(figure, text), []
