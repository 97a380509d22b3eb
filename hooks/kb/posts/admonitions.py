"""Boxes written as directives: Docusaurus' and VuePress' `:::tip 제목` ... `:::` and GitBook's
`{% hint style="info" %}` ... `{% endhint %}`, as Material's boxes.

Study notes kept in a Docusaurus or VuePress site, or synced from GitBook, mark their tips and warnings so;
the tools draw a box with an icon (and a title: the written one, else the kind's name). Python-Markdown showed
the markers as text around the box's lines. Each box becomes a `markdown="1"` block of Material's
admonition classes (a collapsible `<details>` for VuePress' `::: details`), so its lines keep their places
and their Markdown, code blocks included. Only the kinds these tools know open a box, and only with a
closing line: any other `:::` stays text. A box nested in another (`::::` around `:::`) is nested here too.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.callouts import TITLES, material_kind
from hooks.kb.posts.report import Problem

_OPEN = re.compile(r"^[ ]{0,3}(?P<colons>:{3,})[ \t]*(?P<kind>[A-Za-z]+\b|[^\s:])[ \t]*(?P<title>[^\n]*?)[ \t]*$")
_CLOSE = re.compile(r"^[ ]{0,3}(?P<colons>:{3,})[ \t]*$")
_HINT_OPEN = re.compile(r"""^[ ]{0,3}\{%-?[ \t]*hint[ \t]+style[ \t]*=[ \t]*["']?(?P<kind>\w+)["']?[ \t]*-?%\}[ \t]*$""")
_HINT_CLOSE = re.compile(r"^[ ]{0,3}\{%-?[ \t]*endhint[ \t]*-?%\}[ \t]*$")
# Docusaurus (note, tip, info, warning, danger, caution), VuePress (tip, warning, danger, details,
# important, note, info), GitBook's hint styles (info, success, warning, danger).
KINDS = {"note", "tip", "info", "warning", "danger", "caution", "important", "success", "details"}


def directive_boxes(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`:::kind title` ... `:::` and `{% hint style="kind" %}` ... `{% endhint %}` -> Material boxes, line for
    line; a marker with no partner stays as written."""
    if ":::" not in text and "hint" not in text:
        return text, []
    lines = text.split("\n")
    problems: list[Problem] = []
    opened: list[tuple[int, str, re.Match]] = []  # (line index, "colons" or "hint", its match)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if m := _OPEN.match(line):  # a kind of box, or another tool's block (`::: {.note}`): its close is its own
            opened.append((i, m["colons"], m))
        elif m := _HINT_OPEN.match(line):
            opened.append((i, "hint", m))
        elif (m := _CLOSE.match(line)) or _HINT_CLOSE.match(line):
            closer = m["colons"] if m else "hint"
            start = _partner(opened, closer)
            if start is None:
                continue
            at, _, found = opened.pop(start)
            del opened[start:]  # boxes opened inside and never closed stay as written
            kind = found["kind"].lower()
            if kind not in KINDS:
                continue
            lines[at], lines[i] = _box(kind, found.groupdict().get("title") or "", closer == "hint")
            marker = f'{{% hint style="{kind}" %}}' if closer == "hint" else f"{found['colons']}{kind}"
            problems.append(
                Problem(path, line_of(offsets[at]), f"a box marker '{marker}'", f"shown as a '{_material(kind)}' box", "info")
            )
    return "\n".join(lines), problems


def _partner(opened: list[tuple[int, str, re.Match]], closer: str) -> int | None:
    """The box a closing line closes: the innermost one opened with the same marker (colons: as many)."""
    for n in range(len(opened) - 1, -1, -1):
        if opened[n][1] == closer:
            return n
    return None


def _material(kind: str) -> str:
    if kind == "details":
        return "note"
    return material_kind(kind)


def _box(kind: str, title: str, hint: bool) -> tuple[str, str]:
    """The opening and closing lines of the box: GitBook's hints have no title; the others their own, or
    their kind's name in Korean."""
    box = _material(kind)
    if kind == "details":
        return f'<details class="note" markdown="1"><summary markdown="span">{title or "자세히"}</summary>', "</details>"
    heading = "" if hint else title or TITLES.get(kind, kind)
    label = f'<p class="admonition-title" markdown="span">{heading}</p>' if heading else ""
    return f'<div class="admonition {box}" markdown="1">{label}', "</div>"
