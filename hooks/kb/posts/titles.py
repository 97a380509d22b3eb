"""A note's title read from its first heading: the heading's text as GitHub, Typora and Obsidian draw it.

A README's or a Typora note's first heading carries inline Markdown the page title cannot hold as such:
`` # `torch.nn` 모듈 ``, `# **RNN** 정리`, `# [CS231n](https://cs231n.github.io) 정리`, and a GitHub
README's badges (`# AIFFEL 1 [![Hits](https://hits.seeyoufarm.com/...)](https://hits.seeyoufarm.com)`).
The title is the text a reader sees in that heading (code, emphasis and links as their text); the figures
it shows (badges, logos), with the links around them, stay in the note, on the heading's line under the
title, where the blog showed them beside it.

Notes that share the title their headings or file names gave them (a course's notebooks, each exported under
`# Pandas`) are told apart by the heading each one's text opens with (`told_apart`): GitHub shows them by file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hooks.kb.posts.body import is_contents_heading
from hooks.kb.posts.images import PLACEHOLDER
from hooks.kb.posts.note import Note

# A figure, with the link wrapped around it if any: `[![alt](src)](href)`, `[<img ...>](href)`,
# `<a href=...><img ...></a>`, `![alt](src)`, `<img ...>`, and the placeholder of one not found (its
# words are the site's, not the heading's).
_IMAGE = rf"(?:!\[[^\]\n]*\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|<img\b[^>\n]*>|{PLACEHOLDER})"
_FIGURE = re.compile(
    rf"\[\s*{_IMAGE}\s*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)"
    rf"|<a\b[^>\n]*>\s*{_IMAGE}\s*</a>"
    rf"|{_IMAGE}",
    re.I,
)
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)")
_REFERENCE_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]+)\]\[[^\]\n]*\]")
_CODE = re.compile(r"(?P<ticks>`+)(?P<code>.+?)(?P=ticks)")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->")  # unseen: a Marp deck's `# <!-- fit -->제목` fits the title to its slide
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*]+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)(?P<under>[^_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(?P<text>.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\(?P<char>[!-/:-@\[-`{-~])")
# The heading a note's text opens with, blank lines (its title's, taken out) before it.
_OPENING_HEADING = re.compile(r"(?:[ \t]*\n)*[ \t]{0,3}#{1,6}[ \t]+(?P<text>[^\n]*?)(?:[ \t]+#+)?[ \t]*(?:\n|\Z)")


def heading_title(heading: str) -> tuple[str, str]:
    """(the title, the heading's figures): `heading` is a first heading's Markdown, without its `#`.
    The figures are Markdown and HTML as written, to show on the heading's line; "" when it has none."""
    figures = [m.group(0) for m in _FIGURE.finditer(heading)]
    text = _FIGURE.sub(" ", heading)
    codes: list[str] = []

    def code_aside(match: re.Match) -> str:  # code is shown as written: no emphasis or tag read in it
        codes.append(match.group("code").strip())
        return f"\x00{len(codes) - 1}\x00"

    text = _CODE.sub(code_aside, text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _REFERENCE_LINK.sub(lambda m: m.group("text"), text)
    text = _TAG.sub("", _COMMENT.sub("", text))
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(lambda m: m.group("text"), text)
    text = _EMPHASIS.sub(lambda m: m.group("text") or m.group("under"), text)
    text = _ESCAPE.sub(lambda m: m.group("char"), text)
    text = re.sub("\x00(\\d+)\x00", lambda m: codes[int(m.group(1))], text)
    return " ".join(text.split()), " ".join(figures)


def told_apart(notes: Iterable[Note]) -> dict[str, str]:
    """{src_path: title} for notes that share a title none of them names in front-matter, each titled by the
    heading its text opens with as well (`Pandas: Series`, `Pandas: DataFrame`). A note opening with its table
    of contents (`## 목차`), with no heading, or with its title again keeps the title."""
    shared: dict[str, list[Note]] = {}
    for note in notes:
        if not note.title_given:
            shared.setdefault(" ".join(note.title.casefold().split()), []).append(note)
    titles = {}
    for group in shared.values():
        for note in group if len(group) > 1 else ():
            opening = _OPENING_HEADING.match(note.body)
            section = heading_title(opening["text"])[0] if opening else ""
            if section and not is_contents_heading(section) and section.casefold() != note.title.casefold():
                titles[note.src_path] = f"{note.title}: {section}"
    return titles
