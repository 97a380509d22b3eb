"""Study notes kept as a Docsify site: its boxes, tabs and link options, as Docsify drew them.

Docsify reads plain Markdown with a few marks of its own, which Python-Markdown showed as text:

- `!> 중요한 내용` and `?> 참고할 내용`: a paragraph Docsify draws as a box (`p.tip`, the important one, and
  `p.warn`, a general tip), untitled. Here a 'warning' and a 'tip' box, untitled too, line for line: at the
  margin an HTML block Markdown is read in; indented under a list item (where Python-Markdown reads no HTML
  block) a block-shown span of the same classes, its Markdown read as the paragraph's.
- docsify-tabs' `<!-- tabs:start -->` ... `<!-- tabs:end -->`, each tab a heading of bold text
  (`#### **PyTorch**`) or a comment `<!-- tab:PyTorch -->`: Material's content tabs (`=== "PyTorch"`, pymdownx.tabbed), the tab's lines moved in.
- link and image options in the title's place: `![](x.png ':size=50%')` is that size (`:size=600x400` width
  and height), `':id=x'` the element's id; `':ignore'`, `':target=_blank'`, `':class=...'`, `':no-zoom'`,
  `':disabled'` only told Docsify how to route or draw the link: dropped, the link kept. `':include'` embedded
  the file in the page: here a link to it, with a note. Any other words stay the title.

Each is recognized by its own marks only, outside code (set aside before), so other notes do not change.
"""

from __future__ import annotations

import posixpath
import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# `!> text`, `?> text`, at the margin or indented under a list item (Docsify's own docs indent them so)
_NOTICE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[!?])>[ \t]*(?P<text>[^\s>].*)$")  # `!>text` too, as Docsify reads it
_KINDS = {"!": "warning", "?": "tip"}
# a line after which a paragraph starts: blank, another box, or an HTML comment (marked ends its block there)
_ENDS_A_BLOCK = re.compile(r"^[ \t]*$|^[ \t]*[!?]>|.*-->[ \t]*$")
# a line that ends the paragraph above it in marked (Docsify's Markdown): a fence, a heading, a list item, a
# quote or a block of HTML
_INTERRUPTS = re.compile(r"[ ]{0,3}(?:`{3,}|~{3,}|#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>|<[a-zA-Z/])")
_TABS_START = re.compile(r"^[ ]{0,3}<!--[ \t]*tabs:start[ \t]*-->[ \t]*$")
_TABS_END = re.compile(r"^[ ]{0,3}<!--[ \t]*tabs:end[ \t]*-->[ \t]*$")
# a tab: a heading whose text is bold (`#### **PyTorch**`, `### __Python__`)
_TAB_HEADING = re.compile(
    r"^[ ]{0,3}(?:#{1,6}[ \t]+(?:\*\*|__)(?P<label>.+?)(?:\*\*|__)[ \t]*#*"
    r"|<!--[ \t]*tab:[ \t]*(?P<comment>.+?)[ \t]*-->)[ \t]*$"  # or docsify-tabs' other marker, `<!-- tab:PyTorch -->`
)
# `(url ':size=50%')` or `(url ":ignore title")`: options, each starting with `:`, in the title's place
_OPTIONS = re.compile(r"""(?P<target>\]\([ \t]*<?[^\s()<>]+>?)[ \t]+(?P<q>['"])(?P<options>:[\w-][^'"\n]*)(?P=q)[ \t]*\)""")
_OPTION = re.compile(r":(?P<name>[\w-]+)(?:=(?P<value>\S+))?")
_SIZE = re.compile(r"^(?P<w>\d+(?:\.\d+)?(?:%|px)?)(?:x(?P<h>\d+(?:\.\d+)?(?:px)?))?$")
_ROUTING_OPTIONS = {"ignore", "target", "class", "no-zoom", "disabled", "type", "fragment"}


def docsify_markup(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """Docsify's boxes, tabs and link options -> Material's boxes, content tabs and attribute lists; lines kept."""
    problems: list[Problem] = []
    if "<!--" in text and "tabs:start" in text:
        text, found = docsify_tabs(text, path, line_of)
        problems += found
    if "!>" in text or "?>" in text:  # the marks `_NOTICE` reads: most notes' `>` are quotes and tags
        text, found = docsify_notices(text, path, line_of)
        problems += found
    if "':" in text or '":' in text:
        text, found = link_options(text, path, line_of)
        problems += found
    return text, problems


def docsify_notices(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`!> ...` / `?> ...` paragraphs -> untitled 'warning' / 'tip' boxes, their lines kept."""
    lines = text.split("\n")
    offsets = _line_offsets(lines)
    problems: list[Problem] = []
    i = 0
    while i < len(lines):
        m = _NOTICE.match(lines[i])
        if m is None or (i and not _ENDS_A_BLOCK.match(lines[i - 1])):  # a line of a paragraph above
            i += 1
            continue
        kind, indent = _KINDS[m["mark"]], m["indent"]
        end = i  # the paragraph's last line: it runs on to a blank line, the next box or a block that ends it
        while end + 1 < len(lines) and lines[end + 1].strip() and not _NOTICE.match(lines[end + 1]):
            after = lines[end + 1]
            if _INTERRUPTS.match(after[len(indent) :] if after.startswith(indent) else after):
                break
            end += 1
        if indent:  # in a list item: no HTML block there, so a span shown as a block
            lines[i] = f'{indent}<span class="admonition {kind} kb-docsify-box">{m["text"]}'
            lines[end] += "</span>"
        else:
            lines[i] = f'<div class="admonition {kind}" markdown="1">{m["text"]}'
            lines[end] += "</div>"
        problems.append(
            Problem(path, line_of(offsets[i]), f"a Docsify notice '{m['mark']}>'", f"shown as a '{kind}' box", "info")
        )
        i = end + 1
    return "\n".join(lines), problems


def docsify_tabs(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """docsify-tabs' `<!-- tabs:start -->` ... `<!-- tabs:end -->` -> Material's content tabs: each bold heading
    a tab (`=== "label"`), its lines moved in four spaces; the markers' lines left blank. A start with no end,
    or no tab heading inside, stays as written (a comment, hidden)."""
    lines = text.split("\n")
    offsets = _line_offsets(lines)
    problems: list[Problem] = []
    starts = [n for n, line in enumerate(lines) if _TABS_START.match(line)]
    for start in starts:
        end = next((n for n in range(start + 1, len(lines)) if _TABS_END.match(lines[n]) or _TABS_START.match(lines[n])), None)
        if end is None or not _TABS_END.match(lines[end]):
            continue
        tabs = [n for n in range(start + 1, end) if _TAB_HEADING.match(lines[n])]
        if not tabs:
            continue
        lines[start] = lines[end] = ""  # text before the first tab stays above the tabs, as Docsify shows it
        for n in range(tabs[0], end):
            if n in tabs:
                tab = _TAB_HEADING.match(lines[n])
                label = (tab["label"] or tab["comment"]).strip().replace('"', "&quot;")
                lines[n] = f'=== "{label}"'
            elif lines[n].strip():
                lines[n] = "    " + lines[n]
        problems.append(
            Problem(
                path,
                line_of(offsets[start]),
                f"docsify-tabs block of {len(tabs)} tab{'s' if len(tabs) != 1 else ''}",
                "shown as content tabs, as on its site",
                "info",
            )
        )
    return "\n".join(lines), problems


def link_options(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`[..](url ':opt')` and `![..](x.png ':size=50%')` -> the link or image as Docsify drew it."""
    problems: list[Problem] = []

    def drawn(m: re.Match) -> str:
        words = m["options"].split()
        options = [w for w in words if _OPTION.fullmatch(w)]
        title = " ".join(w for w in words if not _OPTION.fullmatch(w))
        attrs: list[str] = []
        for word in options:
            o = _OPTION.fullmatch(word)
            name, value = o["name"].lower(), o["value"] or ""
            if name == "size" and (size := _SIZE.match(value)):
                attrs.append(f'width="{size["w"]}"')
                if size["h"]:
                    attrs.append(f'height="{size["h"]}"')
            elif name == "id" and re.fullmatch(r"[\w-]+", value):
                attrs.append(f"#{value}")
            elif name == "include":
                problems.append(
                    Problem(path, line_of(m.start()), "a Docsify ':include' embed", "shown as a link to the file it embedded", "info")
                )
            elif name not in _ROUTING_OPTIONS:
                title = f"{title} {word}".strip()  # not an option Docsify knows: it stays the title
        quoted = f' "{title}"' if title else ""
        tail = f"{{ {' '.join(attrs)} }}" if attrs else ""
        return f"{m['target']}{quoted}){tail}"

    return _OPTIONS.sub(drawn, text), problems


def _line_offsets(lines: list[str]) -> list[int]:
    """Where each line starts in the text the lines were split from."""
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


# --- links between a Docsify site's pages ----------------------------------------------------------------
# A Docsify site's own files: the folder holding one is the site's root (its `index.html` is not published here).
# each with what it is, for the title of its page (`site_file_title`)
_SITE_FILE_TITLES = {"_sidebar.md": "목차", "_navbar.md": "메뉴", "_coverpage.md": "표지"}
SITE_FILES = frozenset(_SITE_FILE_TITLES)
# `](/folder/page)`, `](/folder/page?id=section)`, `](#/folder/page)`: a page of the site by its route
_ROUTE = re.compile(r"(?P<lead>\]\([ \t]*)(?:#/|/)(?P<route>[^\s()#?]*)(?:\?id=(?P<id>[^\s()&#]+))?(?P<tail>(?:[ \t]+[\"'][^\n]*?)?\))")


def docsify_root(note_path: str, notes: frozenset[str]) -> str | None:
    """The folder of the Docsify site `note_path` is in: its outermost folder holding a `_sidebar.md`,
    `_navbar.md` or `_coverpage.md` (a site may keep one per language folder), or None."""
    folders = note_path.split("/")[:-1]
    for depth in range(1, len(folders) + 1):
        folder = "/".join(folders[:depth])
        if any(f"{folder}/{name}" in notes for name in SITE_FILES):
            return folder
    return None


def docsify_routes(
    text: str, path: str, line_of: LineOf, notes: frozenset[str], files: frozenset[str] = frozenset()
) -> tuple[str, list[Problem]]:
    """In a note of a Docsify site, a link by route (`/server/methods?id=set`, `#/server/methods`), which Docsify
    reads from the site's root, -> the relative link to that page's file (`../server/methods.md#set`; a folder's
    README.md for `/server/`), and an image or file by its path from the root (`/_media/arch.png`, among `files`)
    -> the relative path to it; a route to no page or file here is left to the checks after (a path of the site)."""
    if "](" not in text:
        return text, []
    root = docsify_root(path, notes)
    if root is None:
        return text, []
    problems: list[Problem] = []

    def page(m: re.Match) -> str:
        route = m["route"].strip("/")
        base = f"{root}/{route}" if route else root
        stem = base[:-3] if base.endswith(".md") else base
        target = next((c for c in (f"{stem}.md", f"{base}/README.md") if c in notes), None)
        if target is None and base in files and m.group(0)[len(m["lead"])] == "/":  # a figure of the site
            relative = posixpath.relpath(base, posixpath.dirname(path))
            return f"{m['lead']}<{relative}>{m['tail']}"
        if target is None:
            return m.group(0)
        relative = posixpath.relpath(target, posixpath.dirname(path))
        fragment = f"#{m['id']}" if m["id"] else ""
        problems.append(
            Problem(path, line_of(m.start()), f"Docsify route '{m.group(0)[len(m['lead']):-len(m['tail'])]}'", f"linked to '{relative}'", "info")
        )
        return f"{m['lead']}<{relative}{fragment}>{m['tail']}"

    return _ROUTE.sub(page, text), problems


def site_file_title(path: str) -> tuple[str | None, list[Problem]]:
    """A Docsify site's `_sidebar.md`, `_navbar.md` or `_coverpage.md` (its table of contents, menu, cover: no
    note, but nothing to lose either) is a page titled by its folder and what it is (`swoole 목차`), told as
    such, not as a note without a title; None for any other file."""
    folder, _, name = path.rpartition("/")
    kind = _SITE_FILE_TITLES.get(name)
    if kind is None:
        return None, []
    title = f"{folder.rpartition('/')[2] or 'Docsify'} {kind}"
    return title, [Problem(path, 0, f"a Docsify site's own '{name}'", f"shown as '{title}'", "info")]
