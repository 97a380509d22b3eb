"""kramdown's abbreviations: `*[ReLU]: Rectified Linear Unit` on a line of its own defines an abbreviation, and
every `ReLU` in the post's text shows as `<abbr title="Rectified Linear Unit">ReLU</abbr>`: the title on hover.

Python-Markdown's `abbr` extension reads the same definitions, but finds an abbreviation only between Unicode
word boundaries, so `ReLU는`, `CNN을` (a Korean particle right after the word, as Korean is written) kept no
title. kramdown looks only for ASCII letters, digits and `_` around it (Ruby's `\\w`), so on the blog they had
one; here too: the extension's tree processor is given kramdown's boundaries, all else is the library's.

Listed in mkdocs.yml as `hooks.kb.posts.abbreviations`.
"""

from __future__ import annotations

import re

from markdown.extensions.abbr import AbbrExtension, AbbrTreeprocessor

# kramdown's `(?=(?:\W|^)abbr(?!\w))` with Ruby's ASCII `\w`
_BEFORE, _AFTER = r"(?<![A-Za-z0-9_])", r"(?![A-Za-z0-9_])"


def abbreviation_pattern(names) -> re.Pattern:
    """Any of `names`, longest first, not inside an ASCII word: `ReLU` in `ReLU는`, not in `ReLUs`."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(_BEFORE + "(?:" + "|".join(map(re.escape, ordered)) + ")" + _AFTER)


class _KramdownBoundaries(AbbrTreeprocessor):
    def run(self, root):
        if not self.abbrs:
            return
        self.RE = abbreviation_pattern(self.abbrs)
        self.iter_element(root)


class KramdownAbbreviations(AbbrExtension):
    def extendMarkdown(self, md):
        super().extendMarkdown(md)
        md.treeprocessors.register(_KramdownBoundaries(md, self.abbrs), "abbr", 7)


def makeExtension(**kwargs):  # noqa: N802 - the name Python-Markdown loads an extension by
    return KramdownAbbreviations(**kwargs)
