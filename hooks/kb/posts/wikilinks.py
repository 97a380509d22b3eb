"""Obsidian's links between notes, `[[note]]`, `[[note#heading]]` and `[[note|shown text]]`, as links here.

Obsidian finds the note by its file name wherever it is in the vault (the nearest first when several
share it). A link to a note that is here leads to its page, showing the alias or the note's name as
Obsidian does. A link whose note is not here shows its alias, or the note's name, as text: Obsidian,
Obsidian Publish and Quartz show it as a link to a note not yet written, never with its brackets. Only a
name with a letter in it (or a daily note's date) is a note's: `[[0]]` and `[[1, 2]]` in prose are nested
lists, left as written. `[[LINK]](https://...)` (or a path, `[[코드]](./train.py)`) is a Markdown link whose text is
in brackets (a study note's `[[github]](url)`, shown so on GitHub and Jekyll), not Obsidian's; a gloss after a
link, `[[Chain rule]](연쇄 법칙)`, leaves it Obsidian's. A Hugo or Hexo post's `[[RAG]]` naming no note here keeps its
brackets: goldmark and marked know no Obsidian links, and the blog showed it so.
Links in code are never touched, code written as HTML too (a Velog feed's `<pre><code>`: `rules[['a', 'b']]`).
"""

from __future__ import annotations

import dataclasses
import html
import posixpath
import re

from pymdownx.slugs import slugify

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.html_blocks import DIV_TAG
from hooks.kb.posts.images import composed
from hooks.kb.posts.kramdown_escapes import is_hexo_post, is_hugo_page
from hooks.kb.posts.liquid import file_stem
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem

# `[[target#heading|alias]]`, not an embed (`![[...]]`: figures, read with the post's images)
_WIKILINK = re.compile(
    r"(?<![!\\])\[\[(?P<target>[^\[\]|#\n]*)(?:#(?P<heading>[^\[\]|\n]*))?(?:\|(?P<alias>[^\[\]\n]*))?\]\](?!\((?:[a-z][a-z0-9+.-]*:|[/#.])[^\s()]*\)|\([^\s()]*[./][^\s()]*\))"
)
_HEADING_ID = slugify(case="lower")
# Logseq's labelled page link, `[딥러닝 정리]([[Deep Learning]])`: a link showing its label to the page in brackets
# (its page named by its title or namespace, `[[term/block reference]]`, was written `[[term___block reference|...]]`)
_LABELLED = re.compile(
    r"(?<![!\\])\[(?P<alias>[^\[\]\n]+)\]\(\[\[(?P<target>[^\[\]|#\n]*)(?:#(?P<heading>[^\[\]|\n]*))?(?:\|[^\[\]\n]*)?\]\]\)"
)
# `![[note]]` (`![[note#heading]]`, `![[note|title]]`) alone on a line, or as a list item's whole text (Obsidian
# embeds it in the item; Logseq's `{{embed [[page]]}}` block is written so): an embed of another note's text
_EMBED_LINE = re.compile(
    r"^(?P<item>[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?"
    r"!\[\[(?P<target>[^\[\]|#\n]+)(?:#(?P<heading>[^\[\]|\n]*))?(?:\|(?P<alias>[^\[\]\n]*))?\]\][ \t]*$",
    re.M,
)
_ATX = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$")
# How the box holding an embedded note's text opens (its title, a link to that note, on the same line)
EMBED_BOX = '<div class="admonition quote kb-embed" markdown="1">'
# and, in a list item, Material's box: the item's marker, then this (its text indented four spaces past the item's)
EMBED_ITEM_BOX = re.compile(r'^(?P<indent>[ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+!!! quote kb-embed "', re.M)
# a note's name has a letter in it and is not a list of short items (`[[x, y]]`, `[[1, 2]]`), or is a daily
# note's date (`[[2024-03-01]]`)
_NOTE_NAME = re.compile(r"^(?!\s*[^\W\d_]?\w{0,2}\s*(?:,\s*\w{1,3}\s*)+$).*[^\W\d_]|^\s*\d{4}-\d{2}-\d{2}\s*$")


def _stem(path: str) -> str:
    """A note's name as a link matches it: case folded, Hangul composed (a Mac's decomposed names are the same);
    its dots are the name's (Dendron's `ml.dl.cnn`, `v1.2 정리`), but a note's extension (`[[rnn.md]]`,
    `[[analysis.ipynb]]`)."""
    return composed(file_stem(path)).casefold()


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
    """The notes with their `[[...]]` links as Markdown links to the notes they name, and each `![[note]]` on a
    line of its own as that note (or its `#heading` section) in a box, as Obsidian embeds it."""
    by_stem: dict[str, list[str]] = {}
    for note in notes:
        by_stem.setdefault(_stem(note.src_path), []).append(note.src_path)
    by_path = {note.src_path: note for note in notes}
    out, problems = [], []
    for note in notes:
        if "[[" not in note.body:
            out.append(note)
            continue
        found: list[Problem] = []
        protected = protect_code(note.body)
        text, html_code = _html_code_aside(protected.text)
        # its own links first: an embedded note's text, put in after, is read as in that note (its code as written)
        text = _linked(text, note, by_stem, found)
        linked = html_code(_EMBED_LINE.sub(lambda m, n=note, f=found: _embedded(m, n, by_stem, by_path, f), text))
        problems += found
        out.append(
            dataclasses.replace(note, body=protected.restore(linked)) if linked != protected.text else note
        )
    return out, problems


_HTML_CODE = re.compile(r"<(?P<tag>pre|code)\b[^>]*>.*?</(?P=tag)\s*>", re.S | re.I)
_HTML_CODE_TOKEN = re.compile("\x04(\\d+)\x05")


def _html_code_aside(text: str):
    """`text` with its HTML code elements (`<pre>...</pre>`, `<code>...</code>`) set aside as tokens, and the
    function that puts them back."""
    if "<pre" not in text and "<code" not in text:
        return text, lambda changed: changed
    kept: list[str] = []

    def keep(m: re.Match) -> str:
        kept.append(m.group(0))
        return f"\x04{len(kept) - 1}\x05"

    aside = _HTML_CODE.sub(keep, text.replace("\x04", "").replace("\x05", ""))
    return aside, lambda changed: _HTML_CODE_TOKEN.sub(lambda m: kept[int(m.group(1))], changed)


def _linked(text: str, note: Note, by_stem: dict[str, list[str]], found: list[Problem]) -> str:
    """`text` (code set aside) with its `[[...]]` links as Markdown links, as they read in `note`."""

    def link(m: re.Match) -> str:
        target, heading, alias = m["target"].strip(), (m["heading"] or "").strip(), m["alias"]
        shown = (alias if alias is not None else target or heading).strip()
        paths = by_stem.get(_stem(target), []) if target else [note.src_path]
        if not paths:
            if (alias is None and not _NOTE_NAME.search(target)) or _shown_as_written(note.src_path):
                return m.group(0)
            what = f"Obsidian link '{m.group(0)}' to a note that is not here"
            if all(p.what != what or p.path != note.src_path for p in found):  # once a link, at its first line
                found.append(Problem(note.src_path, line_in(note.source, m.group(0)), what, f"shown as its text '{shown}'", "info"))
            return shown
        fragment = "#" + _HEADING_ID(heading, "-") if heading else ""
        return f"[{shown}]({docs_url(_nearest(paths, note.src_path), fragment)})"

    text = _LABELLED.sub(link, text)  # its label the alias: `link` reads the same groups
    return _WIKILINK.sub(link, text)


def _shown_as_written(path: str) -> bool:
    """Whether the note's blog showed `[[...]]` as written: Hugo's goldmark and Hexo's marked know no Obsidian
    links, so a Hugo or Hexo post's `[[RAG]]` kept its brackets there. One that names a note here is still
    led to it (a vault published with Hugo, as Quartz 3 did)."""
    return is_hugo_page(path) or is_hexo_post(path)


def _embedded(
    m: re.Match, note: Note, by_stem: dict[str, list[str]], by_path: dict[str, Note], found: list[Problem]
) -> str:
    """`![[other note]]` alone on its line -> a box holding that note's text (its `#heading` section), titled
    with a link to it; a note not here, or the note itself, leaves a link (`[[...]]`) read as any other."""
    target, heading = m["target"].strip(), (m["heading"] or "").strip()
    paths = by_stem.get(_stem(target), []) if target else []
    link = _linked(_unembedded(m), note, by_stem, found)
    if not paths or heading.startswith("^"):  # a block (`#^id`) is not drawn: its link leads to the note
        return link
    other = by_path[_nearest(paths, note.src_path)]
    if other.src_path == note.src_path:
        return link
    body = _section(other.body, heading) if heading else other.body
    if body is None:
        return link
    inner = protect_code(body)  # its code untouched, its links read as in its own note, its embeds left links
    inner_text = _linked(_EMBED_LINE.sub(_unembedded, inner.text), other, by_stem, found)
    inner_text = _divs_closed(inner_text)
    fragment = "#" + _HEADING_ID(heading, "-") if heading else ""
    title = html.escape(m["alias"].strip() if m["alias"] else f"{other.title} › {heading}" if heading else other.title)
    embed = m.group(0)[len(m["item"] or "") :].strip()
    found.append(
        Problem(
            note.src_path,
            _embed_line(note.source, m),
            f"an embed of another note '{embed}'",  # Obsidian's, or Logseq's `{{embed [[page]]}}`
            f"shown as the text of '{other.src_path}' in a box, as Obsidian shows it",
            "info",
        )
    )
    target_url = docs_url(other.src_path, fragment)
    text = inner.restore(inner_text).strip()
    if m["item"]:  # in a list item, where no HTML block is read
        return item_embed_box(m["item"], title, target_url, text)
    head = f'{EMBED_BOX}<p class="admonition-title" markdown="span">[{title}]({target_url})</p>'
    return f"{head}\n\n{text}\n\n</div>"


def item_embed_box(item: str, title: str, url: str, text: str) -> str:
    """An embed that is a list item's whole text (`item`, its marker): Material's box in the item, titled with a
    link to what it embeds, `text` indented into it (`EMBED_ITEM_BOX` finds it again)."""
    pad = " " * (len(item) - len(item.lstrip()) + 8)  # the item's content, as Python-Markdown reads it, then the box's
    lines = "\n".join(pad + line if line.strip() else "" for line in text.split("\n"))
    return f'{item}!!! quote kb-embed "[{title}]({url})"\n\n{lines}\n'


def _embed_line(source: str, m: re.Match) -> int:
    """The line of the file the embed `m` was written on: as written, or by the page's name where `logseq_links.py`
    wrote it by its file (`logseq.py` wrote Logseq's `{{embed [[page]]}}` so)."""
    name = (m["alias"] if m["alias"] is not None else m["target"]).strip()
    embed = m.group(0)[len(m["item"] or "") :].strip()
    for needle in (embed, f"![[{name}]]", f"{{{{embed [[{name}]]"):
        if (at := source.find(needle)) >= 0:
            return source.count("\n", 0, at) + 1
    return 0


def _unembedded(m: re.Match) -> str:
    """The embed `m` as the link it leaves (`![[x]]` -> `[[x]]`), its list item's marker kept."""
    return m.group(0).replace("![[", "[[", 1)


def _divs_closed(text: str) -> str:
    """`text` (its code set aside) with its `<div>` tags balanced: a `</div>` that closes none of its own
    dropped, one left open closed at its end. The box holding it then ends where it was written, as each
    embed is a box of its own in Obsidian, whatever HTML the embedded note has (on its own page, a `<div>`
    left open holds the rest of the note too, and a stray `</div>` shows nothing)."""
    if "div" not in text:
        return text
    out, done, depth = [], 0, 0
    for tag in DIV_TAG.finditer(text):
        if tag["close"] and depth == 0:
            out.append(text[done : tag.start()])
            done = tag.end()
        else:
            depth += -1 if tag["close"] else 1
    return "".join(out) + text[done:] + "\n\n</div>" * depth


def _section(body: str, heading: str) -> str | None:
    """The part of `body` under the heading whose text (or anchor) is `heading`, to the next heading of its
    level or above; None when no heading is so named."""
    want = _HEADING_ID(heading, "-")
    lines = body.split("\n")
    for i, line in enumerate(lines):
        m = _ATX.match(line)
        if m and _HEADING_ID(m["text"].strip(), "-") == want:
            level = len(m["hashes"])
            end = next(
                (j for j in range(i + 1, len(lines)) if (h := _ATX.match(lines[j])) and len(h["hashes"]) <= level),
                len(lines),
            )
            return "\n".join(lines[i + 1 : end])
    return None
