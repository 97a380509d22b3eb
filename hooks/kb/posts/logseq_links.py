"""Logseq's links between pages, read once every note is: block references and pages linked by their name.

A block reference `((6512...))` shows the referenced block's text, as Logseq shows it in place, with a link to
its page; one naming no block of these notes is a plain marker, with a warning; one in code is code. An embedded
block, `{{embed ((6512...))}}` as a block of its own, is that block and its children in a box titled with a link
to its page, as Logseq embeds it. Logseq names a page by its
`title::` (else its file name, a namespace's `a___b.md` or `a%2Fb.md` read `a/b`) and its `alias::` names:
`[[딥러닝/CNN]]` and `[[BP]]` are written as links to that page's file (`[[딥러닝___CNN|딥러닝/CNN]]`), which
`wikilinks.py` then reads as Obsidian's.
"""

from __future__ import annotations

import dataclasses
import html
import re

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.images import composed
from hooks.kb.posts.liquid import file_stem
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.logseq import BLOCK_REF, page_title
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem
from hooks.kb.posts.wikilinks import item_embed_box

# `- !((uuid))`: Logseq's `{{embed ((uuid))}}` block (`logseq.py` writes it so), a list item's whole text
_EMBED_REF = re.compile(
    r"^(?P<item>[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)!\(\((?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)[ \t]*$",
    re.M,
)
_BOX = re.compile("\x00(\\d+)\x00")
_EMBED_MARK = re.compile(r"!(?=\(\([0-9a-f]{8}-)")
_ID_COMMENT = re.compile(r"^[ ]*(?:- )?(?:<!-- )?id:: (?P<uuid>[0-9a-f-]{36})(?: -->)?$")
_BULLET_TEXT = re.compile(r"^[ ]*- (?:\[[ x]\] )?(?P<text>.*)$")


@dataclasses.dataclass(frozen=True)
class _Block:
    text: str  # its first line's text, as a reference shows it
    lines: tuple[str, ...]  # the block and its children, from its bullet's indent: as an embed shows it


def _blocks(note: Note) -> dict[str, _Block]:
    """Each block of `note` that has an `id::`, by that id."""
    if "id:: " not in note.body:
        return {}
    lines = note.body.split("\n")
    found: dict[str, _Block] = {}
    for i, line in enumerate(lines):
        if not (m := _ID_COMMENT.match(line)):
            continue
        top = next((j for j in range(i - (not line.lstrip().startswith("- ")), -1, -1)
                    if _BULLET_TEXT.match(lines[j])), None)  # fmt: skip
        text = _BULLET_TEXT.match(lines[top])["text"].strip() if top is not None else ""
        text = "" if text.startswith("<!--") else re.sub(r"^#{1,6} ", "", text)
        found[m["uuid"]] = _Block(text, _children(lines, top) if top is not None else ())
    return found


def _children(lines: list[str], top: int) -> tuple[str, ...]:
    """The block whose bullet is `lines[top]` with the lines nested under it, from its bullet's indent on."""
    indent = len(lines[top]) - len(lines[top].lstrip(" "))
    end = top + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > indent):
        end += 1
    while end > top + 1 and not lines[end - 1].strip():
        end -= 1
    return tuple(line[indent:] if line.strip() else "" for line in lines[top:end])


def resolve_block_refs(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """The notes with each `((uuid))` as the text of the block it names, linked to its page (Logseq shows the
    block's text in place); one naming no block of these notes is a plain marker, with a warning. One in code
    (`` `((uuid))` ``, a fenced block) is code, shown as written, as Logseq shows it."""
    blocks: dict[str, tuple[_Block, Note]] = {}
    for note in notes:
        for uuid, block in _blocks(note).items():
            blocks[uuid] = (block, note)
    out, problems = [], []
    for note in notes:
        if "((" not in note.body:
            out.append(note)
            continue

        def shown(m: re.Match, note: Note = note, told: bool = True) -> str:
            target = blocks.get(m["uuid"])
            if target is None:
                if not told:  # in an embedded block: its own page tells of it
                    return "(참조한 블록 없음)"
                problems.append(
                    Problem(
                        note.src_path,
                        line_in(note.source, m.group(0)),
                        f"Logseq block reference '{m.group(0)}' to a block that is not here",
                        "shown as '(참조한 블록 없음)'",
                    )
                )
                return "(참조한 블록 없음)"
            block, page = target
            link = docs_url(page.src_path, "")
            return f"{block.text} [↗]({link})" if block.text else f"[{page.title}]({link})"

        boxes: list[str] = []  # this note's embedded blocks, put in once its own references are read

        def embedded(m: re.Match, note: Note = note, boxes: list[str] = boxes) -> str:
            """`- !((uuid))`, a list item's whole text: the block and its children in a box, as Logseq embeds it."""
            target = blocks.get(m["uuid"])
            if target is None or not target[0].lines:
                return m["item"] + shown(BLOCK_REF.search(m.group(0)))
            block, page = target
            inner = protect_code("\n".join(block.lines))  # its references read, its code as written
            lines = inner.restore(BLOCK_REF.sub(lambda r: shown(r, told=False), inner.text))
            title = html.escape(f"{page.title}", quote=True)
            boxes.append(item_embed_box(m["item"], title, docs_url(page.src_path, ""), lines))
            return f"\x00{len(boxes) - 1}\x00"

        protected = protect_code(note.body)
        text = _EMBED_REF.sub(embedded, protected.text) if "!((" in protected.text else protected.text
        text = BLOCK_REF.sub(shown, _EMBED_MARK.sub("", text))  # an embed in a sentence: the block's text
        text = _BOX.sub(lambda b, boxes=boxes: boxes[int(b[1])], text) if boxes else text
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
