"""Obsidian's links between notes, `[[note]]`, `[[note#heading]]` and `[[note|shown text]]`, as links here.

Obsidian finds the note by its file name wherever it is in the vault (the nearest first when several
share it). A link to a note that is here leads to its page, showing the alias or the note's name as
Obsidian does. A link whose note is not here shows its alias, or the note's name, as text: Obsidian,
Obsidian Publish and Quartz show it as a link to a note not yet written, never with its brackets. Only a
name with a letter in it (or a daily note's date) is a note's: `[[0]]` and `[[1, 2]]` in prose are nested
lists, left as written.
Links in code are never touched.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re

from pymdownx.slugs import slugify

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem

# `[[target#heading|alias]]`, not an embed (`![[...]]`: figures, read with the post's images)
_WIKILINK = re.compile(
    r"(?<![!\\])\[\[(?P<target>[^\[\]|#\n]*)(?:#(?P<heading>[^\[\]|\n]*))?(?:\|(?P<alias>[^\[\]\n]*))?\]\]"
)
_HEADING_ID = slugify(case="lower")
# a note's name has a letter in it and is not a list of short items (`[[x, y]]`, `[[1, 2]]`), or is a daily
# note's date (`[[2024-03-01]]`)
_NOTE_NAME = re.compile(r"^(?!\s*[^\W\d_]?\w{0,2}\s*(?:,\s*\w{1,3}\s*)+$).*[^\W\d_]|^\s*\d{4}-\d{2}-\d{2}\s*$")


def _stem(path: str) -> str:
    return posixpath.basename(path).rsplit(".", 1)[0].casefold()


def _nearest(paths: list[str], near: str) -> str:
    """Of notes with the same name, the one sharing the longest folder path with `near`."""
    here = posixpath.dirname(near).split("/")

    def shared(path: str) -> int:
        there = posixpath.dirname(path).split("/")
        n = 0
        while n < min(len(here), len(there)) and here[n] == there[n]:
            n += 1
        return n

    return max(sorted(paths), key=shared)


def link_wikilinks(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """The notes with their `[[...]]` links as Markdown links to the notes they name."""
    by_stem: dict[str, list[str]] = {}
    for note in notes:
        by_stem.setdefault(_stem(note.src_path), []).append(note.src_path)
    out, problems = [], []
    for note in notes:
        if "[[" not in note.body:
            out.append(note)
            continue
        protected = protect_code(note.body)
        found: list[Problem] = []

        def link(m: re.Match, note: Note = note, found: list[Problem] = found) -> str:
            target, heading, alias = m["target"].strip(), (m["heading"] or "").strip(), m["alias"]
            shown = (alias if alias is not None else target or heading).strip()
            paths = by_stem.get(_stem(target), []) if target else [note.src_path]
            if not paths:
                if alias is None and not _NOTE_NAME.search(target):
                    return m.group(0)
                found.append(
                    Problem(
                        note.src_path,
                        line_in(note.source, m.group(0)),
                        f"Obsidian link '{m.group(0)}' to a note that is not here",
                        f"shown as its text '{shown}'",
                        "info",
                    )
                )
                return shown
            fragment = "#" + _HEADING_ID(heading, "-") if heading else ""
            return f"[{shown}]({docs_url(_nearest(paths, note.src_path), fragment)})"

        linked = _WIKILINK.sub(link, protected.text)
        problems += found
        out.append(
            dataclasses.replace(note, body=protected.restore(linked)) if linked != protected.text else note
        )
    return out, problems
