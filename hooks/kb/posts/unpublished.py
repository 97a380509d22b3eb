"""Links from a note to a draft: the link's text, as a link to a note not brought along shows.

A draft (`published: false`, `draft: true`) has no page. A note's relative link to it would lead nowhere
here, and on a concept page quoting the note it would stop a strict build (MkDocs checks the links of
the site's own pages). Which notes are drafts is known only once every note is read, so this runs after.
"""

from __future__ import annotations

import dataclasses
import posixpath
from urllib.parse import unquote

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.images import MD_LINK, link_target
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem


def unlink_drafts(notes: list[Note], drafts: frozenset[str]) -> tuple[list[Note], list[Problem]]:
    """`notes` with their Markdown links to the notes `drafts` (docs paths) made plain text, and a problem
    for each."""
    if not drafts:
        return notes, []
    names = {posixpath.basename(path) for path in drafts}
    out, problems = [], []
    for note in notes:
        if not _names_any(note.body, names):  # most notes name no draft: skip the scan
            out.append(note)
            continue
        protected = protect_code(note.body)
        found: list[str] = []

        def plain(m, note=note, found=found):
            url = (m["angled"] or m["url"]).strip()
            written, target = link_target(note.src_path, url)
            if written and target in drafts:
                found.append(url)
                return m["text"]
            return m.group(0)

        body = protected.restore(MD_LINK.sub(plain, protected.text))
        problems += [
            Problem(note.src_path, line_in(note.source, url), f"link '{url}' leads to a page that is not published", "kept as plain text")
            for url in found
        ]
        out.append(dataclasses.replace(note, body=body) if found else note)
    return out, problems


def _names_any(body: str, names: set[str]) -> bool:
    """Whether `body` holds one of these file names, as written or percent-encoded (`딥러닝%20기초.md`)."""
    if any(name in body for name in names):
        return True
    if "%" not in body:
        return False
    decoded = unquote(body)  # once, not once a name
    return any(name in decoded for name in names)
