"""Logseq's links between pages, read once every note is: block references and pages linked by their name.

A block reference `((6512...))` shows the referenced block's text, as Logseq shows it in place, with a link to
its page; one naming no block of these notes is a plain marker, with a warning. Logseq names a page by its
`title::` (else its file name, a namespace's `a___b.md` or `a%2Fb.md` read `a/b`) and its `alias::` names:
`[[딥러닝/CNN]]` and `[[BP]]` are written as links to that page's file (`[[딥러닝___CNN|딥러닝/CNN]]`), which
`wikilinks.py` then reads as Obsidian's.
"""

from __future__ import annotations

import dataclasses
import re

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.images import composed
from hooks.kb.posts.liquid import file_stem
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.logseq import BLOCK_REF, page_title
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem

_ID_COMMENT = re.compile(r"^[ ]*(?:- )?(?:<!-- )?id:: (?P<uuid>[0-9a-f-]{36})(?: -->)?$")
_BULLET_TEXT = re.compile(r"^[ ]*- (?:\[[ x]\] )?(?P<text>.*)$")


def _block_texts(note: Note) -> dict[str, str]:
    """The text of each block of `note` that has an `id::`, by that id."""
    if "id:: " not in note.body:
        return {}
    lines = note.body.split("\n")
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not (m := _ID_COMMENT.match(line)):
            continue
        above = next((lines[j] for j in range(i - (not line.lstrip().startswith("- ")), -1, -1)
                      if _BULLET_TEXT.match(lines[j])), None)  # fmt: skip
        text = _BULLET_TEXT.match(above)["text"].strip() if above is not None else ""
        found[m["uuid"]] = "" if text.startswith("<!--") else re.sub(r"^#{1,6} ", "", text)
    return found


def resolve_block_refs(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """The notes with each `((uuid))` as the text of the block it names, linked to its page (Logseq shows the
    block's text in place); one naming no block of these notes is a plain marker, with a warning. One in code
    (`` `((uuid))` ``, a fenced block) is code, shown as written, as Logseq shows it."""
    blocks: dict[str, tuple[str, Note]] = {}
    for note in notes:
        for uuid, text in _block_texts(note).items():
            blocks[uuid] = (text, note)
    out, problems = [], []
    for note in notes:
        if "((" not in note.body:
            out.append(note)
            continue

        def shown(m: re.Match, note: Note = note) -> str:
            target = blocks.get(m["uuid"])
            if target is None:
                problems.append(
                    Problem(
                        note.src_path,
                        line_in(note.source, m.group(0)),
                        f"Logseq block reference '{m.group(0)}' to a block that is not here",
                        "shown as '(참조한 블록 없음)'",
                    )
                )
                return "(참조한 블록 없음)"
            text, page = target
            link = docs_url(page.src_path, "")
            return f"{text} [↗]({link})" if text else f"[{page.title}]({link})"

        protected = protect_code(note.body)
        text = BLOCK_REF.sub(shown, protected.text)
        body = protected.restore(text) if text != protected.text else note.body
        out.append(dataclasses.replace(note, body=body) if body != note.body else note)
    return out, problems


_NAME_COMMENT = re.compile(r"^<!-- (?:title|alias|aliases):: (?P<names>.*) -->$", re.M)
_LINK = re.compile(r"(?<!\\)\[\[(?P<target>[^\[\]|#\n]+)(?P<rest>(?:#[^\[\]|\n]*)?(?:\|[^\[\]\n]*)?)\]\]")


def _key(name: str) -> str:
    return composed(name).strip().casefold()


def link_pages_by_name(notes: list[Note]) -> list[Note]:
    """The notes with each `[[name]]` that names a Logseq page by its title, alias or namespace, and no file,
    written as a link to that page's file."""
    files = {_key(file_stem(note.src_path)) for note in notes}
    names: dict[str, str] = {}
    for note in notes:
        if page_title(note.src_path) != file_stem(note.src_path):
            names.setdefault(_key(page_title(note.src_path)), file_stem(note.src_path))
        head = note.body[:2000]
        for m in _NAME_COMMENT.finditer(head):
            for name in m["names"].split(","):
                name = name.strip().removeprefix("[[").removesuffix("]]")
                if name:
                    names.setdefault(_key(name), file_stem(note.src_path))
    names = {name: stem for name, stem in names.items() if name not in files}
    if not names:
        return notes

    def linked(m: re.Match) -> str:
        stem = names.get(_key(m["target"]))
        if stem is None:
            return m.group(0)
        rest = m["rest"] if "|" in m["rest"] else f"{m['rest']}|{m['target'].strip()}"
        return f"[[{stem}{rest}]]"

    out = []
    for note in notes:
        if "[[" not in note.body:
            out.append(note)
            continue
        protected = protect_code(note.body)
        text = _LINK.sub(linked, protected.text)
        out.append(
            dataclasses.replace(note, body=protected.restore(text)) if text != protected.text else note
        )
    return out
