"""Keys (`++ctrl+c++`, `++enter++`), as a note kept in an MkDocs Material site showed them, and never in a C
or C++ note's prose.

pymdownx.keys reads any `++x++` whose parts are key names, and a single letter or digit is one: `++i++ 는
오류` (pre- and post-increment in a note's prose) was the key I, `a++b++c` "a", the key B, "c". Listed in
mkdocs.yml after it, its pattern reads a combination (`++ctrl+c++`, `++shift+a++`) or one key of a longer name
(`++enter++`, `++f5++`, `++page-up++`), never one letter or digit alone; pymdownx.keys still checks each part
against its key names, so `++ab++` stays text as before.
"""

from __future__ import annotations

import re

from markdown.extensions import Extension

# pymdownx.keys' own pattern (`RE_KBD`) with one part of at least two characters, or two parts and more
NAMED_KEYS = r"\+{2}([\w\-]{2,}|[\w\-]+(?:\+[\w\-]+)+)\+{2}"


class NamedKeys(Extension):
    """pymdownx.keys' inline pattern, reading a combination or a named key only (listed after it)."""

    def extendMarkdown(self, md) -> None:
        if "keys" in md.inlinePatterns:
            md.inlinePatterns["keys"].compiled_re = re.compile(NAMED_KEYS, re.DOTALL | re.UNICODE)


def makeExtension(**kwargs) -> NamedKeys:  # noqa: N802 - Python-Markdown's name for it
    return NamedKeys(**kwargs)
