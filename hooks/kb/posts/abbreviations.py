"""kramdown's abbreviations: `*[ReLU]: Rectified Linear Unit` on a line of its own defines an abbreviation, and
every `ReLU` in the post's text shows as `<abbr title="Rectified Linear Unit">ReLU</abbr>`: the title on hover.

Python-Markdown's `abbr` extension reads the same definitions, but finds an abbreviation only between Unicode
word boundaries, so `ReLU는`, `CNN을` (a Korean particle right after the word, as Korean is written) kept no
title. kramdown looks only for ASCII letters, digits and `_` around it (Ruby's `\\w`), so on the blog they had
one; here too: the extension's tree processor is given kramdown's boundaries, all else is the library's.

Python-Markdown applies each definition to the whole page, kramdown to the whole post: one and the same on a
note's page. A concept page holds passages of many notes, each with the definitions it uses
(hooks/kb/concepts/borrowed.py): a definition read inside a passage (an element of class `kb-passage`)
titles its words there only, so one note's `*[HTML]` does not title another note's `HTML`.

Listed in mkdocs.yml as `hooks.kb.posts.abbreviations`.
"""

from __future__ import annotations

import re

from markdown.extensions.abbr import AbbrBlockprocessor, AbbrExtension, AbbrTreeprocessor

# kramdown's `(?=(?:\W|^)abbr(?!\w))` with Ruby's ASCII `\w`
_BEFORE, _AFTER = r"(?<![A-Za-z0-9_])", r"(?![A-Za-z0-9_])"
SCOPE_CLASS = "kb-passage"  # a concept page's quoted passage (hooks/kb/concepts/pages.py)


def abbreviation_pattern(names) -> re.Pattern:
    """Any of `names`, longest first, not inside an ASCII word: `ReLU` in `ReLU는`, not in `ReLUs`."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(_BEFORE + "(?:" + "|".join(map(re.escape, ordered)) + ")" + _AFTER)


class _Definitions(AbbrBlockprocessor):
    """The library's reading of `*[ReLU]: ...`, each definition kept with the element it was read in."""

    def __init__(self, parser, abbrs: dict, read: list):
        super().__init__(parser, abbrs)
        self.read = read  # (element, name, title; "" where `*[ReLU]: ""` takes a definition back)

    def run(self, parent, blocks) -> bool:
        block = blocks.pop(0)
        m = self.RE.search(block)
        name, title = (m.group("abbr").strip(), m.group("title").strip()) if m else ("", "")
        if not (name and title):
            blocks.insert(0, block)
            return False
        self.read.append((parent, name, "" if title in ("''", '""') else title))
        if block[m.end() :].strip():
            blocks.insert(0, block[m.end() :].lstrip("\n"))
        if block[: m.start()].strip():
            blocks.insert(0, block[: m.start()].rstrip("\n"))
        return True


class _KramdownBoundaries(AbbrTreeprocessor):
    def __init__(self, md, abbrs: dict, read: list):
        super().__init__(md, abbrs)
        self.glossary, self.read = abbrs, read

    def run(self, root):
        page, passages = dict(self.glossary), {}
        if self.read:
            parents = {child: element for element in root.iter() for child in element}
            for element, name, title in self.read:
                (page if (scope := _passage_of(element, parents)) is None else passages.setdefault(scope, {}))[name] = title
        for passage, own in passages.items():  # first: a passage's own definition wins there over the page's
            self._title(passage, {**page, **own})
        self._title(root, page)
        self.abbrs = self.glossary

    def _title(self, element, abbrs: dict) -> None:
        """Each of `abbrs`' names in `element`'s text titled (a name whose title is "" is left as it is)."""
        if any(abbrs.values()):
            self.abbrs, self.RE = abbrs, abbreviation_pattern(abbrs)
            self.iter_element(element)


def _passage_of(element, parents: dict):
    """The passage `element` is in (itself, or the nearest element above it of class `SCOPE_CLASS`), or None."""
    while element is not None:
        if SCOPE_CLASS in (element.get("class") or "").split():
            return element
        element = parents.get(element)
    return None


class KramdownAbbreviations(AbbrExtension):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.read: list = []

    def reset(self):
        super().reset()
        self.read.clear()

    def extendMarkdown(self, md):
        super().extendMarkdown(md)
        md.treeprocessors.register(_KramdownBoundaries(md, self.abbrs, self.read), "abbr", 7)
        md.parser.blockprocessors.register(_Definitions(md.parser, self.abbrs, self.read), "abbr", 16)


def makeExtension(**kwargs):  # noqa: N802 - the name Python-Markdown loads an extension by
    return KramdownAbbreviations(**kwargs)
