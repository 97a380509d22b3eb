"""Boxes written as directives: Docusaurus', VuePress' and HackMD's `:::tip 제목` ... `:::`, Quarto's callouts
(`::: {.callout-tip title="제목"}` ... `:::`) and GitBook's `{% hint style="info" %}` ... `{% endhint %}`, as
Material's boxes. Quarto's other divs (`::: {layout-ncol=2}`, `::: {.column-margin}`, conditional content) show
their content as the site does, without their markers.

Study notes kept in a Docusaurus or VuePress site, or synced from GitBook, mark their tips and warnings so;
the tools draw a box with an icon (and a title: the written one, else the kind's name). Python-Markdown showed
the markers as text around the box's lines. Each box becomes a `markdown="1"` block of Material's
admonition classes (a collapsible `<details>` for VuePress' `::: details` and HackMD's `:::spoiler`), so its lines keep their places
and their Markdown, code blocks included. Only the kinds these tools know open a box, and only with a
closing line: any other `:::` stays text. A box nested in another (`::::` around `:::`) is nested here too. A box
under a list item's text (HackMD's `    :::spoiler 설정` in an item) is Material's `???`/`!!!` box in that item,
a block of its own there; four spaces in outside an item, the markers are an indented code block's text.
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.callouts import TITLES, box_body, material_kind
from hooks.kb.posts.report import Problem

_OPEN = re.compile(r"^(?P<indent>[ ]*)(?P<colons>:{3,})[ \t]*(?P<kind>[A-Za-z]+\b|[^\s:])[ \t]*(?P<title>[^\n]*?)[ \t]*$")
_CLOSE = re.compile(r"^(?P<indent>[ ]*)(?P<colons>:{3,})[ \t]*$")
_ITEM = re.compile(r"^[ ]*(?:[-*+]|\d{1,9}[.)])(?:[ ]+|$)")
# Quarto's callouts: `::: {.callout-tip title="제목" collapse="true"}` or `::: callout-tip`
_QUARTO_OPEN = re.compile(
    r"^[ ]{0,3}(?P<colons>:{3,})[ \t]*(?:\{[ \t]*\.callout-(?P<kind>\w+)(?P<attrs>[^{}]*)\}|callout-(?P<bare>\w+))[ \t]*$"
)
_QUARTO_ATTR = re.compile(r"""(?P<key>title|collapse)[ \t]*=[ \t]*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))""")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")
_QUARTO_KINDS = {"note", "tip", "warning", "caution", "important"}
_HINT_OPEN = re.compile(r"""^[ ]{0,3}\{%-?[ \t]*hint[ \t]+style[ \t]*=[ \t]*["']?(?P<kind>\w+)["']?[ \t]*-?%\}[ \t]*$""")
_HINT_CLOSE = re.compile(r"^[ ]{0,3}\{%-?[ \t]*endhint[ \t]*-?%\}[ \t]*$")
# Docusaurus (note, tip, info, warning, danger, caution), VuePress (tip, warning, danger, details,
# important, note, info), GitBook's hint styles (info, success, warning, danger), HackMD (success, info,
# warning, danger, and `:::spoiler 제목`, folded: `{state="open"}` before its title unfolds it).
KINDS = {"note", "tip", "info", "warning", "danger", "caution", "important", "success", "details", "spoiler"}
_FOLDED = {"details", "spoiler"}
_HACKMD_ALERTS = {"success", "info", "warning", "danger"}
_OPEN_STATE = re.compile(r"""^\{[ \t]*state[ \t]*=[ \t]*["']?open["']?[ \t]*\}[ \t]*""")


def directive_boxes(text: str, path: str, line_of: LineOf, hackmd: bool = False) -> tuple[str, list[Problem]]:
    """`:::kind title` ... `:::`, `::: {.callout-kind}` ... `:::` and `{% hint style="kind" %}` ... `{% endhint %}`
    -> Material boxes, line for line; a marker with no partner stays as written."""
    if ":::" not in text and "hint" not in text:
        return text, []
    lines = text.split("\n")
    problems: list[Problem] = []
    korean_profile = bool(_KOREAN_PROFILE.search(text))
    opened: list[tuple[int, str, re.Match]] = []  # (line index, "colons" or "hint", its match)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        m = _quarto_open(line) or _OPEN.match(line)
        if m and m.re is _OPEN and not _placed(lines, i, len(m["indent"])):
            m = None  # deeper than a paragraph's line, outside a list item: an indented code block's text
        if m:  # a box, or another tool's block: its close is its own
            opened.append((i, m["colons"], m))
        elif m := _HINT_OPEN.match(line):
            opened.append((i, "hint", m))
        elif ((m := _CLOSE.match(line)) and _placed(lines, i, len(m["indent"]))) or _HINT_CLOSE.match(line):
            closer = m["colons"] if m else "hint"
            start = _partner(opened, closer, len(m["indent"]) if m else 0)
            if start is None:
                continue
            at, _, found = opened.pop(start)
            del opened[start:]  # boxes opened inside and never closed stay as written
            if found.re is _QUARTO_OPEN:
                lines[at], lines[i] = _quarto_box(found, lines, at, i)
                problems.append(
                    Problem(path, line_of(offsets[at]), f"a Quarto callout '{found.group(0).strip()}'", "shown as a box of its kind", "info")
                )
                continue
            kind = found["kind"].lower()
            if kind == "{" and (shown := pandoc_div_shown(found.group(0), korean_profile)) is not None:
                lines[at:i + 1] = ["", *lines[at + 1 : i], ""] if shown else [""] * (i + 1 - at)
                if shown and (columns := quarto_columns(found.group(0))):
                    lines[at], lines[i] = f'<div class="kb-columns kb-columns-{columns}" markdown="1">', "</div>"
                problems.append(
                    Problem(path, line_of(offsets[at]), f"a pandoc div '{found.group(0).strip()}'",
                            "shown as its content" if shown else "not shown, as its site does not show it", "info")
                )  # fmt: skip
                continue
            if kind not in KINDS:
                continue
            indent = found.groupdict().get("indent") or ""
            # GitBook's hints and HackMD's alerts (`:::info`) are boxes of a colour, titled by nothing
            title = found.groupdict().get("title") or ""
            untitled = closer == "hint" or (hackmd and kind in _HACKMD_ALERTS and not title.strip())
            if indent and _in_item(lines, at, len(indent)):  # HackMD's `:::spoiler` under a list item's text
                # a block of its own in the item (a blank line above it, the closing line's place taken), each line
                # of it four spaces in
                body = box_body(lines[at + 1 : i]).split("\n") if i > at + 1 else []
                lines[at : i + 1] = ["", _item_box(kind, title, indent, untitled), *body]
            else:
                lines[at], lines[i] = _box(kind, title, untitled)
            marker = f'{{% hint style="{kind}" %}}' if closer == "hint" else f"{found['colons']}{kind}"
            problems.append(
                Problem(path, line_of(offsets[at]), f"a box marker '{marker}'",
                        "shown folded" if kind in _FOLDED else f"shown as a '{_material(kind)}' box", "info")  # fmt: skip
            )
    return "\n".join(lines), problems


# Pandoc's (Quarto's) divs: `::: {layout-ncol=2}`, `::: {.column-margin}`, `::: {#id .panel-tabset}`: attributes
# with a class, id or key (MyST's `:::{note}` is a bare name). Quarto's conditional content is shown as the HTML
# site shows it; of a bilingual blog's profiles (`when-profile="ko"` / `"en"`), the Korean one.
_PANDOC_DIV = re.compile(r"^[ ]{0,3}:{3,}[ \t]*\{(?P<attrs>[^{}]*[.#=][^{}]*)\}[ \t]*$")
_CONDITION = re.compile(r"""(?P<key>(?:when|unless)-(?:format|profile))[ \t]*=[ \t]*["']?(?P<value>[^"'\s}]+)""")
_KOREAN = r"(?:ko|kr|kor|korean)(?:-kr)?\b"  # a profile of a Korean edition
_KOREAN_PROFILE = re.compile(r"""when-profile[ \t]*=[ \t]*["']?""" + _KOREAN, re.I)


def pandoc_div_shown(line: str, korean_profile: bool) -> bool | None:
    """Whether a pandoc div's content shows on its HTML site (the div itself draws nothing of its own); None for
    a line that is no pandoc div."""
    div = _PANDOC_DIV.match(line)
    if div is None:
        return None
    classes = set(re.findall(r"\.([\w-]+)", div["attrs"]))
    conditions = {m["key"]: m["value"].lower() for m in _CONDITION.finditer(div["attrs"])}
    if not classes & {"content-visible", "content-hidden"} or not conditions:
        return True
    met = all(
        (value in ("html", "html5") if key.endswith("format") else _korean(value) or not korean_profile)
        == key.startswith("when")
        for key, value in conditions.items()
    )
    return met if "content-visible" in classes else not met


_LAYOUT_NCOL = re.compile(r"""(?:^|[\s{])layout-ncol[ \t]*=[ \t]*["']?(?P<n>[1-6])["']?(?=[\s}])""")


def quarto_columns(line: str) -> int | None:
    """How many columns a Quarto div lays its blocks out in, side by side (`::: {layout-ncol=2}`: two figures in
    a row, as Quarto's HTML draws them), or None."""
    found = _LAYOUT_NCOL.search(line)
    return int(found["n"]) if found and int(found["n"]) > 1 else None


def _korean(profile: str) -> bool:
    return re.match(_KOREAN, profile, re.I) is not None


def _quarto_open(line: str) -> re.Match | None:
    m = _QUARTO_OPEN.match(line)
    return m if m and (m["kind"] or m["bare"]).lower() in _QUARTO_KINDS else None


def _quarto_box(found: re.Match, lines: list[str], at: int, close: int) -> tuple[str, str]:
    """A Quarto callout's opening and closing lines: titled by its `title=` or, as Quarto reads it, by a heading on
    its first line (that line then emptied), else by its kind in Korean; `collapse=` folds it."""
    kind = (found["kind"] or found["bare"]).lower()
    attrs = {m["key"]: m["dq"] if m["dq"] is not None else m["sq"] if m["sq"] is not None else m["bare"]
             for m in _QUARTO_ATTR.finditer(found["attrs"] or "")}  # fmt: skip
    title = attrs.get("title")
    first = next((k for k in range(at + 1, close) if lines[k].strip()), None)
    if title is None and first is not None and (heading := _HEADING.match(lines[first])):
        title, lines[first] = heading["text"], ""
    title = title or TITLES.get(kind, kind)
    box = material_kind(kind)
    if "collapse" in attrs:
        opened = " open" if attrs["collapse"].lower() == "false" else ""
        return f'<details class="{box}" markdown="1"{opened}><summary markdown="span">{title}</summary>', "</details>"
    return f'<div class="admonition {box}" markdown="1"><p class="admonition-title" markdown="span">{title}</p>', "</div>"


def _placed(lines: list[str], at: int, indent: int) -> bool:
    """Whether a marker this deep is a marker: at a paragraph's depth (three spaces at most), or inside a list item."""
    return indent <= 3 or _in_item(lines, at, indent)


def _in_item(lines: list[str], at: int, indent: int) -> bool:
    """Whether line `at`, indented so, is inside a list item: the first line above it less indented is an item's,
    and the line is as deep as the item's text (`- ` two spaces, `1. ` three) or deeper."""
    for line in reversed(lines[:at]):  # a code block set aside (`\x02n\x03`) stands for its lines, as deep
        if line.strip() and not line.startswith("\x02") and len(line) - len(line.lstrip(" ")) < indent:
            item = _ITEM.match(line)
            return item is not None and indent >= min(item.end(), len(line) - len(line.lstrip(" ")) + 4)
    return False


def _item_box(kind: str, title: str, indent: str, untitled: bool = False) -> str:
    """The opening line of a box inside a list item, as Material's `???`/`!!!` (an HTML block ends a list item)."""
    bracketed = _BRACKETED_TITLE.match(title.strip())
    title = (bracketed["title"] if bracketed["title"] is not None else bracketed["attr"]) if bracketed else title
    if kind in _FOLDED:
        unfolded = _OPEN_STATE.match(title)
        title = title[unfolded.end() :] if unfolded else title
        return f'{indent}{"???+" if unfolded else "???"} note "{title.strip() or "자세히"}"'
    return f'{indent}!!! {_material(kind)} "{"" if untitled else title.strip() or TITLES.get(kind, kind)}"'


def _partner(opened: list[tuple[int, str, re.Match]], closer: str, depth: int = 0) -> int | None:
    """The box a closing line closes: the innermost one opened with the same marker (colons: as many), and not
    inside a list item the closing line is out of (a box in an item ends with the item)."""
    for n in range(len(opened) - 1, -1, -1):
        if opened[n][1] == closer and len(opened[n][2].groupdict().get("indent") or "") <= depth + 3:
            return n
    return None


def _material(kind: str) -> str:
    if kind in _FOLDED:
        return "note"
    return material_kind(kind)


# Docusaurus 3 writes a box's title in brackets or as an attribute: `:::tip[학습률 정하기]`, `:::note{title="..."}`
_BRACKETED_TITLE = re.compile(r"""^\[(?P<title>.*)\]$|^\{[ \t]*title[ \t]*=[ \t]*["'](?P<attr>.*)["'][ \t]*\}$""")


def _box(kind: str, title: str, hint: bool) -> tuple[str, str]:
    """The opening and closing lines of the box: GitBook's hints have no title; the others their own, or
    their kind's name in Korean."""
    bracketed = _BRACKETED_TITLE.match(title.strip())
    title = (bracketed["title"] if bracketed["title"] is not None else bracketed["attr"]) if bracketed else title
    box = _material(kind)
    if kind in _FOLDED:
        unfolded = _OPEN_STATE.match(title)
        title = title[unfolded.end() :] if unfolded else title
        opened = " open" if unfolded else ""
        return f'<details class="note"{opened} markdown="1"><summary markdown="span">{title or "자세히"}</summary>', "</details>"
    heading = "" if hint else title or TITLES.get(kind, kind)
    label = f'<p class="admonition-title" markdown="span">{heading}</p>' if heading else ""
    return f'<div class="admonition {box}" markdown="1">{label}', "</div>"
