"""An image's caption written as a line of italics right under it, as Chirpy, Gatsby's and many other blog
themes draw it: `![](3.png)` then `_Algorithm 1: DAGGER_` (or `*그림 1. 구조*`), the two alone in their
paragraph, or closing a paragraph of text (`수식은 다음과 같습니다.` over them).

Chirpy's stylesheet shows an `<em>` right after an image as the figure's caption, centred under it; here it ran
on beside the image as italic text. The pair becomes a figure with that caption, on the same two lines, so
each keeps its line number (the image is still found, or reported, as any other); the text above stays the
paragraph it was, and `html_blocks.figures_apart` puts the blank line between them once line numbers are known.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# A paragraph ending in two lines: an image (with kramdown's or attr_list's attributes), then one emphasis
# alone, `_..._` or `*...*` (not `**bold**`, not `_a_ and _b_`); the paragraph's text lines above them, if any.
_CAPTIONED_IMAGE = re.compile(
    r"(?m:^)(?<![^\n]\n)(?P<text>(?:(?![ \t]|[-*+][ \t]|\d+[.)][ \t]|[>|#<]|!\[)[^\n]+\n)*)"
    r"(?P<image>!\[[^\n]*\]\([^\n]*\)(?:\{:?[^{}\n]*\})*)[ \t]*\n"
    r"(?P<mark>[_*])(?!(?P=mark)|\s)(?P<caption>[^\n]*?)(?<!\s)(?P=mark)[ \t]*(?=\n[ \t]*\n|\n?\Z)"
)

# An underscore between two letters or digits opens and closes no emphasis (GFM, kramdown): part of a word.
_INTRAWORD_UNDERSCORE = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")


def image_captions(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`![](x.png)` over `_설명_` -> a figure captioned `설명`, line for line."""
    if "![" not in text:
        return text, []

    def figure(match: re.Match) -> str:
        caption = match.group("caption")
        mark = match.group("mark")
        inner = _INTRAWORD_UNDERSCORE.sub("", caption) if mark == "_" else caption  # `_Loss_MLE 식_`: one emphasis
        if mark in inner or match.group("image").count("![") != 1:
            return match.group(0)  # `_a_ and _b_`, or two images on the line: no caption of one figure
        return (
            f'{match.group("text")}<figure class="kb-figure" markdown="span">{match.group("image")}\n'
            f'<figcaption markdown="span">{caption}</figcaption></figure>'
        )

    return _CAPTIONED_IMAGE.sub(figure, text), []
