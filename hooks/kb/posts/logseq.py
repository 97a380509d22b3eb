"""A Logseq page (a graph's `pages/*.md` or `journals/*.md`) read as Logseq shows it.

Logseq writes a page as an outline: every block a `- ` bullet nested with tabs, a block's further lines under
it indented by its tabs and two spaces, `key:: value` property lines at the top of the page (`title::`,
`alias::`, `tags::`) and under a block (`collapsed:: true`, `id:: 6512...`), task markers (`TODO`, `DONE`)
before a block's text, `#+BEGIN_QUOTE`/`#+BEGIN_NOTE` blocks, macros (`{{embed [[page]]}}`, `{{youtube url}}`,
`{{renderer ...}}`), block references `((6512...))`, `#[[multi word]]` tags and images sized
`{:height 300, :width 400}`. Python-Markdown read tabs as code, property lines as text, an empty block `-`
as the underline of a heading made of the block above it.

A page is Logseq's by its own marks only: a `logseq/` folder in a folder above it (the graph copied whole), or,
with no front-matter, a `key:: value` property line (at its top or under a block) or a block reference. Its
page properties are its title, tags and date; its outline is nested lists (tabs as two spaces, which the
list normalizer nests as CommonMark does) with its math, code and images kept; Logseq's hidden block
properties are hidden; its `[[links]]` and `#[[tags]]` are Obsidian's links (`wikilinks.py`). Every line keeps
its number: a line that shows nothing becomes an empty HTML comment. Block references and links by a page's
name are read once every page is (`logseq_links.py`).
"""

from __future__ import annotations

import dataclasses
import html
import posixpath
import re
from functools import cache
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from hooks.kb.posts.code import CODE_SPAN, blank_code
from hooks.kb.posts.liquid import file_stem
from hooks.kb.posts.report import Problem
from hooks.kb.posts.visibility import KeptPrivate

_PROPERTY = re.compile(r"^(?P<key>[^\W\d_][\w.\-/]*):: ?(?P<value>.*)$")
# a property line as Logseq writes one, a space after its `::` (C++'s `std::vector`, an address `fe80::1` are none)
_MARK_PROPERTY = re.compile(r"^[^\W\d_][\w.\-/]*:: \S")
_OUTLINE_BLOCK = re.compile(r"^-(?:[ \t]|$)")  # a line at the margin of a Logseq page: a block's bullet
BLOCK_REF = re.compile(r"\(\((?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)")
_FENCE = re.compile(r"^(?P<mark>`{3,}|~{3,})")
_ORG_BLOCK = re.compile(r"^#\+(?P<end>BEGIN|END)_(?P<kind>[A-Za-z]+)\b.*$", re.I)
_TASK = re.compile(
    r"^(?P<marker>TODO|DOING|NOW|LATER|WAITING|WAIT|IN-PROGRESS|DONE|CANCELED|CANCELLED)(?: |$)"
)
_MACRO = re.compile(r"\{\{(?P<name>[\w-]+)(?:[ \t](?P<args>[^{}\n]*))?\}\}")  # args stripped where read
_LOGSEQ_IMAGE = re.compile(r"(?P<image>!\[(?P<alt>[^\]\n]*)\]\((?P<url>[^()\s]+)\))\{(?P<attrs>:[^{}\n]*)\}")
_IMAGE_SIZE = re.compile(r":(?P<name>width|height)\s+(?P<value>\d+(?:\.\d+)?)")
_MULTI_WORD_TAG = re.compile(r"(?<![\w#])#\[\[(?P<name>[^\[\]\n]+)\]\]")
_JOURNAL = re.compile(r"^(?P<y>\d{4})_(?P<m>\d{2})_(?P<d>\d{2})$")
_HEADING = re.compile(r"^#{1,5}(?= )")
_H1_BLOCK = re.compile(r"^\t*(?:- )?# ")
_TAG_FIRST = re.compile(r"^#(?=[^\s#\[])")
_BLOCK_LINE = re.compile(r"^(?:[-*+] |\d+[.)] |#|<|\||\$\$|\\\[|`{3}|~{3}|!!!|>)")
_LOGBOOK = re.compile(r"^:(?:LOGBOOK|PROPERTIES):\s*$")  # a drawer: the app's own (clock times, properties)
# a task's dates, on a line of the block (`SCHEDULED: <2024-01-01 Mon>`, `DEADLINE: <2024-01-02 Tue 18:00 .+1w>`)
_PLANNING = re.compile(r"^(?:(?:SCHEDULED|DEADLINE): <\d{4}-\d{2}-\d{2}[^<>\n]*>[ \t]*)+$")
_PLANNED = re.compile(r"(?P<kind>SCHEDULED|DEADLINE): <(?P<day>\d{4}-\d{2}-\d{2})(?P<rest>[^<>\n]*)>")
_PLANNING_WORDS = {"SCHEDULED": "예정", "DEADLINE": "마감"}
HIDDEN_LINE = "<!---->"  # a line that shows nothing and keeps every line after it at its number

# Block properties Logseq keeps for itself and never shows (its own, flash cards', PDF highlights', queries')
_HIDDEN_KEYS = frozenset({
    "id", "collapsed", "heading", "background-color", "background_color", "ls-type", "template",
    "template-including-parent", "public", "filters", "icon", "exclude-from-graph-view", "title", "alias",
    "tags", "created-at", "updated-at", "todo", "doing", "done", "now", "later",
})  # fmt: skip
_HIDDEN_PREFIXES = ("card-", "hl-", "logseq.", "query-")
# Page properties the site reads; the others are listed on the status page, as a front-matter key of one's own is
_PAGE_KEYS = {"title": "title", "alias": "aliases", "aliases": "aliases", "tags": "tags", "tag": "tags"}
_DATE_KEYS = ("date", "created", "created-at")
_NAME_KEYS = ("title", "alias", "aliases")
# `#+BEGIN_NOTE` and its kind as Material's boxes (Logseq draws each as a box with that kind's icon)
_BOXES = {"note": "note", "tip": "tip", "important": "important", "caution": "caution", "warning": "warning",
          "pinned": "note", "example": "example"}  # fmt: skip
_SHOWN_MACROS = ("youtube", "video", "tweet", "twitter", "bilibili", "vimeo", "pdf")
_DROPPED_MACROS = ("renderer", "query", "function", "namespace", "zotero-imported-file", "zotero-linked-file")


def is_hidden_property(key: str) -> bool:
    key = key.lower()
    return key in _HIDDEN_KEYS or key.startswith(_HIDDEN_PREFIXES)


@cache
def in_graph(docs_dir: str, folder_path: str) -> bool:
    """Whether a folder (docs-relative) is inside a Logseq graph: a folder at or above it holds `logseq/`."""
    folder = PurePosixPath(folder_path)
    return any((Path(docs_dir) / parent / "logseq").is_dir() for parent in (folder, *folder.parents))


def graph_of(docs_dir: str, src_path: str) -> bool:
    """Whether the note at `src_path` (docs-relative) is a page of a Logseq graph copied in whole."""
    return in_graph(docs_dir, posixpath.dirname(src_path))


# Logseq's own copies of a graph's pages (a backup before each external edit, older versions): not notes
_GRAPH_COPIES = re.compile(r"(?:^|/)logseq/(?:bak|version-files|\.recycle)/")


def graph_copies(paths: list[str]) -> dict[str, list[str]]:
    """The files Logseq keeps as copies of its pages, by the graph's `logseq/` folder."""
    found: dict[str, list[str]] = {}
    for path in paths:
        if m := _GRAPH_COPIES.search(path):
            found.setdefault(path[: m.start()] + ("/" if m.start() else "") + "logseq/", []).append(path)
    return found


def forget_graphs() -> None:
    in_graph.cache_clear()


def has_logseq_marks(text: str) -> bool:
    """Whether a note with no front-matter, dropped in alone, is written by Logseq: an outline (every line at the
    margin a `- ` block, below the page's properties) with a mark of Logseq's own outside code: `key:: value`
    property lines at its top or under a bullet (`  id:: ...`, `\t  collapsed:: true`), or a block reference
    `((uuid))`. Dataview's fields atop an Obsidian note (`up:: [[MOC]]` over a heading and paragraphs) and C++'s
    `std::vector` are no such marks."""
    if text.startswith("---") or ":: " not in text and ("((" not in text or BLOCK_REF.search(text) is None):
        return False  # neither a property as Logseq writes one nor a reference: most notes, C++'s `std::` among them
    blanked = blank_code(text)
    lines = blanked.split("\n")
    top = 0
    while top < len(lines) and (not lines[top].strip() or _MARK_PROPERTY.match(lines[top])):
        top += 1
    if not _is_outline(lines[top:]):
        return False
    if any(_MARK_PROPERTY.match(line) for line in lines[:top]):
        return True
    for above, line in zip(lines, lines[1:], strict=False):
        if line[:1] in (" ", "\t") and _MARK_PROPERTY.match(line.strip()) and above.lstrip("\t ").startswith("- "):
            return True
    return BLOCK_REF.search(blanked) is not None


def _is_outline(lines: list[str]) -> bool:
    """Whether these lines are a Logseq outline: every line at the margin a block's bullet, or a heading block
    Logseq wrote without one (`# Principles`) with its properties and children indented under it; a heading over
    a line at the margin, a paragraph, is a Markdown note's."""
    margin = [(i, line) for i, line in enumerate(lines) if line.strip() and line[0] not in " \t"]
    for i, line in margin:
        if _OUTLINE_BLOCK.match(line):
            continue
        if not (_HEADING.match(line) or _MARK_PROPERTY.match(line)):
            return False
        after = next((later for later in lines[i + 1 :] if later.strip()), "")
        if not (after[:1] in (" ", "\t") or _MARK_PROPERTY.match(after)):
            return False
    return True


def page_title(src_path: str) -> str:
    """The page's name as Logseq shows it: a namespace's `___` (or `%2F`) a slash, other escapes decoded."""
    stem = file_stem(src_path)
    return unquote(stem.replace("___", "/"))


@dataclasses.dataclass(frozen=True)
class Page:
    text: str  # the page as Markdown, line for line but for `added`
    fields: dict  # front-matter fields its page properties give: title, tags, date, aliases
    added: tuple[
        int, ...
    ] = ()  # lines (from 1) of `text` that are none of the file's: a fence put under its bullet


def read_page(text: str, path: str) -> tuple[Page, list[Problem]]:
    """The Logseq page `text` as Markdown with the same lines, and the front-matter its properties give."""
    lines = text.split("\n")
    problems: list[Problem] = []
    fields: dict = {"title": page_title(path)}
    if (day := _JOURNAL.match(file_stem(path))) and "journals" in path.split("/"):
        fields["date"] = f"{day['y']}-{day['m']}-{day['d']}"
        fields["title"] = fields["date"]
    front = _front_matter_end(lines)  # a page of an older Logseq: YAML front-matter, read as any note's
    start = front if front else _page_properties(lines, path, fields, problems)
    _outline(lines, start, path, problems)
    added, number = [], 0
    for line in lines:
        number += 1
        if "\n" in line:  # a bullet, then the fence its block opens with, on a line of its own
            number += 1
            added.append(number)
    return Page("\n".join(lines), fields, tuple(added)), problems


def _front_matter_end(lines: list[str]) -> int:
    """The index of the line after a `---` front-matter block at the top, else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((i + 1 for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)


def _page_properties(lines: list[str], path: str, fields: dict, problems: list[Problem]) -> int:
    """Read the property lines at the page's top (or its first block's, when that block is only properties)
    into `fields`, blanking them; the index of the first line after them."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    first_block = lines[i].startswith("- ") and _PROPERTY.match(lines[i][2:])
    while i < len(lines):
        line = lines[i][2:] if first_block and lines[i].startswith(("- ", "  ")) else lines[i]
        m = _PROPERTY.match(line.strip()) if line.strip() else None
        if m is None:
            break
        key, value = m["key"].lower(), m["value"].strip()
        if key in _PAGE_KEYS:
            values = [
                v.strip().strip("#").removeprefix("[[").removesuffix("]]").strip() for v in value.split(",")
            ]
            fields[_PAGE_KEYS[key]] = value if key == "title" else [v for v in values if v]
        elif key in _DATE_KEYS:
            fields.setdefault("date", value.removeprefix("[[").removesuffix("]]"))
        elif key == "public" and value.lower() == "false":  # Logseq leaves the page out of a published graph
            fields["private"] = KeptPrivate("public", "false", "private")
        elif not is_hidden_property(key):
            problems.append(
                Problem(
                    path,
                    i + 1,
                    f"Logseq page property '{key}:: {value}'",
                    "not shown: no field of the site",
                    "info",
                )
            )
        # the names other pages link it by, kept unseen for `logseq_links` (the others are read or listed)
        lines[i] = f"<!-- {key}:: {value.replace('--', '- -')} -->" if key in _NAME_KEYS else ""
        i += 1
    return i


def _outline(lines: list[str], start: int, path: str, problems: list[Problem]) -> None:
    """Rewrite in place, from line `start`, each block of the outline as Markdown nests it."""
    fence: str | None = None  # the open code fence's mark
    depth = 0  # the tabs before the current block's bullet
    box: tuple[str, str] | None = None  # an open `#+BEGIN_...` block: its kind and the indent of its lines
    logbook = False
    hidden: dict[int, tuple[str, str]] = {}  # lines that show nothing: their indent, what they held
    made = False  # the current block is a top-level line made a bullet: its lines go under it
    demote = any(_H1_BLOCK.match(line) for line in lines[start:])
    for i in range(start, len(lines)):
        raw = lines[i]
        tabs = len(raw) - len(raw.lstrip("\t"))
        rest = raw[tabs:]
        bullet = fence is None and (rest.startswith("- ") or rest.rstrip() == "-")
        if bullet:
            depth, made = tabs, False
            indent, body = "  " * tabs, rest[2:]
            marker = "- "
        else:
            # a line of the current block: its tabs are the block's, then two spaces; tabs past those are its own
            cut = min(tabs, depth)
            indent, body = "  " * cut, raw[cut:]
            marker = ""
            top = depth == 0 and tabs == 0 and fence is None and not body.startswith("  ")
            if top and not _PROPERTY.match(body.strip()) and _children_follow(lines, i):
                marker, made = "- ", True  # a top-level line with blocks nested under it is a block itself
            elif made and tabs == 0 and body.strip():
                indent = "  "
        stripped = body.strip()
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
            lines[i] = indent + marker + body
            continue
        if m := _FENCE.match(stripped):
            fence = m["mark"]
            # a block opening with code: a fence opened on a bullet's line is no fence in Markdown
            lines[i] = indent + marker + (f"{HIDDEN_LINE}\n{indent}  " if marker else "") + body
            continue
        if not bullet and _PLANNING.match(stripped):  # a task's dates: the small date line Logseq draws
            lines[i] = indent + marker + body[: len(body) - len(body.lstrip())] + _planning(stripped)
            continue
        if logbook or _LOGBOOK.match(stripped):
            logbook = stripped != ":END:"
            hidden[i] = (indent + marker, stripped)
            continue
        if prop := _PROPERTY.match(stripped):
            if is_hidden_property(prop["key"]):
                hidden[i] = (indent + marker, stripped)
            else:  # the author's own, listed under the block as Logseq lists it
                lines[i] = (
                    indent
                    + marker
                    + body[: len(body) - len(body.lstrip())]
                    + f"**{prop['key']}**: {prop['value'].strip()}"
                )
            continue
        if org := _ORG_BLOCK.match(stripped):
            kind = org["kind"].lower()
            lead = body[: len(body) - len(body.lstrip())]
            box = (kind, lead) if org["end"].upper() == "BEGIN" else None
            if box and kind in _BOXES:
                lines[i] = indent + marker + lead + f"!!! {_BOXES[kind]}"
            else:
                hidden[i] = (indent + marker, stripped)
            continue
        if box is not None and stripped:
            kind, lead = box
            inner = body[len(lead) :] if body.startswith(lead) else body.lstrip()
            body = lead + ("    " + inner if kind in _BOXES else "> " + inner if kind == "quote" else inner)
        if bullet and not stripped:
            body = HIDDEN_LINE  # an empty block: an empty bullet, not the underline of a heading
        elif marker:
            body = _task(body)
            if demote:  # the page's title is its only h1: `- # 제목` an h2, and every heading a level down
                body = _HEADING.sub(r"#\g<0>", body)
            body = _TAG_FIRST.sub(r"\\#", body)  # `- #tag`: a tag, not a heading
        lines[i] = indent + marker + _inline(body, path, i, problems)
    _comment_out(lines, hidden)


def _comment_out(lines: list[str], hidden: dict[int, tuple[str, str]]) -> None:
    """Each run of lines that show nothing as one HTML comment over those lines: Python-Markdown shows one
    comment as nothing, where comments on lines of their own made an empty paragraph under a heading."""
    for i, (lead, held) in hidden.items():
        held = held.replace("--", "- -")
        opens = not lead.endswith("- ") and (i - 1) in hidden and not hidden[i - 1][0].endswith("- ")
        closes = not ((i + 1) in hidden and not hidden[i + 1][0].endswith("- "))
        if lead.endswith("- "):
            opens, closes = False, True
        elif (
            len(lead) < 4
        ):  # a comment opening a line up to three spaces in is the whole note's (`comments.py`)
            lead = "    "
        lines[i] = lead + ("" if opens else "<!-- ") + held + (" -->" if closes else "")
        if closes and not lead.endswith("- ") and _between_text(lines, hidden, i):
            lines[i] += "  "  # the block's lines around it stay lines of their own, as Logseq shows them


def _between_text(lines: list[str], hidden: dict[int, tuple[str, str]], last: int) -> bool:
    """Whether the run of hidden lines ending at `last` stands between two lines of one paragraph."""
    first = last
    while first - 1 in hidden and not hidden[first - 1][0].endswith("- "):
        first -= 1
    above = lines[first - 1].strip().removeprefix("- ") if first else ""
    below = lines[last + 1].strip() if last + 1 < len(lines) and last + 1 not in hidden else ""
    return bool(above and below) and not any(_BLOCK_LINE.match(line) for line in (above, below))


def _children_follow(lines: list[str], i: int) -> bool:
    following = next((line for line in lines[i + 1 :] if line.strip() and not _PROPERTY.match(line)), "")
    return bool(lines[i].strip()) and following.startswith("\t") and following.lstrip("\t").startswith("- ")


def _planning(line: str) -> str:
    """`SCHEDULED: <2024-01-01 Mon>` as the small date line Logseq draws under a task: "예정 2024-01-01 Mon"."""
    dates = " · ".join(
        f'{_PLANNING_WORDS[m["kind"]]} <time datetime="{m["day"]}">{m["day"]}{html.escape(m["rest"])}</time>'
        for m in _PLANNED.finditer(line)
    )
    return f'<small class="kb-task-date">{dates}</small>'


def _task(body: str) -> str:
    """A block's task marker as the checkbox Logseq draws: `TODO` open, `DONE` ticked, `CANCELED` struck out."""
    m = _TASK.match(body)
    if m is None:
        return body
    text = body[m.end() :]
    if m["marker"] == "DONE":
        return f"[x] {text}"
    if m["marker"].startswith("CANCEL"):
        return f"~~{text}~~" if text.strip() else text
    return f"[ ] {text}"


def _inline(body: str, path: str, i: int, problems: list[Problem]) -> str:
    """A line's macros, images, tags and namespace links as Markdown (code spans left as they are)."""
    if "`" in body:  # code spans as `protect_code` finds them (` ``a`{{embed}}`` ` is one)
        out, at = [], 0
        for span in CODE_SPAN.finditer(body):
            out += [_inline(body[at : span.start()], path, i, problems), span.group(0)]
            at = span.end()
        if out:
            return "".join([*out, _inline(body[at:], path, i, problems)])
    if "{{" in body:
        body = _MACRO.sub(lambda m: _macro(m, path, i, problems), body)
    if "{:" in body:
        body = _LOGSEQ_IMAGE.sub(_sized_image, body)
    if "#[[" in body:
        body = _MULTI_WORD_TAG.sub(lambda m: f"[[{m['name']}|#{m['name']}]]", body)
    return body


def _macro(m: re.Match, path: str, i: int, problems: list[Problem]) -> str:
    name, args = m["name"].lower(), (m["args"] or "").strip()
    if name == "embed":
        if ref := BLOCK_REF.fullmatch(args):
            return "!" + ref.group(0)  # the block and its children, once every page is read (`logseq_links.py`)
        if re.fullmatch(r"\[\[[^\[\]\n]+\]\]", args):  # the page's blocks in a box, as Logseq shows them
            return "!" + args  # Obsidian's embed, read once every page is (`wikilinks.py`, by its name `logseq_links.py`)
        problems.append(
            Problem(
                path, i + 1, f"Logseq embed '{m.group(0)}'", "shown as a link to the embedded page", "info"
            )
        )
        return args
    if name in ("cloze",) or re.fullmatch(
        r"c\d+", name
    ):  # a flash card's hidden words: shown, as on the page
        return args
    if name in _SHOWN_MACROS and args:
        url = args.split()[0]
        return f"<{url}>" if re.match(r"https?://", url) else args
    if name in _DROPPED_MACROS:
        problems.append(
            Problem(
                path, i + 1, f"Logseq macro '{m.group(0)}'", "left out: Logseq computes it in the app", "info"
            )
        )
        return ""
    return m.group(0)


def _sized_image(m: re.Match) -> str:
    """`![x](a.png){:height 300, :width 400}` -> `![x|400](a.png)`, sized as Obsidian sizes it (`body.py`)."""
    sizes = {s["name"]: s["value"].split(".")[0] for s in _IMAGE_SIZE.finditer(m["attrs"])}
    if not sizes.get("width", "0").strip("0"):  # a height alone: the image at its own size, its width unknown
        return m["image"]
    return f"![{m['alt']}|{sizes['width']}]({m['url']})"
