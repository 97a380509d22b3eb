"""Raw HTML blocks in a post, rewritten so they show as the blog's theme showed them.

Each function takes text whose code has been set aside, keeps the line count and reports what it changed
(`body` has the Markdown forms; these are the HTML ones).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.report import Problem

# --- Markdown inside <details> --------------------------------------------------------------------
# `<details><summary>코드 보기</summary><div markdown="1">`: kramdown renders the inner block's Markdown, and
# GitHub a `<details>`' Markdown after a blank line. Python-Markdown (md_in_html) reads Markdown only in an
# element with `markdown` whose parents have it too.
_DETAILS_OPEN = re.compile(r"^[ ]{0,3}<details\b(?P<attrs>[^>]*)>", re.M | re.I)
_DETAILS_TAG = re.compile(r"<(?P<close>/?)details\b[^>]*>", re.I)
DIV_TAG = re.compile(r"<(?P<close>/?)div\b[^>]*>", re.I)  # for `closing_tag`
_MARKDOWN_ATTR = re.compile(r"""\smarkdown\s*=\s*["']?(?:1|block)\b""", re.I)
_ANY_MARKDOWN_ATTR = re.compile(r"\smarkdown\s*=", re.I)  # an element that says itself how to read it
_INDENTED_TAG = re.compile(r"^[ \t]+(?=</?[A-Za-z])", re.M)


def markdown_in_details(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<details>` holding a `markdown="1"` block or blank-line-separated Markdown gets `markdown="1"`
    itself, its tag lines unindented (four spaces would make them code), so its Markdown is rendered."""
    if "<details" not in text.lower():
        return text, []
    problems: list[Problem] = []
    out, done = [], 0
    for opened in _DETAILS_OPEN.finditer(text):
        if opened.start() < done or _ANY_MARKDOWN_ATTR.search(opened["attrs"]):
            continue
        close = closing_tag(_DETAILS_TAG, text, opened.end())
        end = close.end() if close else len(text)
        inner = text[opened.end() : end]
        if not (_MARKDOWN_ATTR.search(inner) or "\n\n" in inner.strip("\n")):
            continue
        problems.append(
            Problem(
                path,
                line_of(opened.start()),
                "<details> holding Markdown",
                "its Markdown is rendered inside it, as on the blog",
                "info",
            )
        )
        tag = opened.group(0)
        out += [text[done : opened.start()], tag[:-1] + ' markdown="1">', _INDENTED_TAG.sub("", inner)]
        done = end
    return "".join(out) + text[done:], problems


# --- A paragraph tag never closed ------------------------------------------------------------------------
# `<p align="center">`, `<img src="./assets/x.png" />`, `<p>` (a `</p>` typed without its slash), a blank line:
# GitHub (CommonMark) ends the HTML block at the blank line and the browser closes the paragraphs at the next
# block, so the note goes on as Markdown. Python-Markdown kept every line after it, to the note's end, as raw
# HTML: its headings showed their `##`, its tables their pipes.
_P_BLOCK = re.compile(r"^[ ]{0,3}<p(?=[\s>])[^\n]*(?:\n(?![ \t]*(?:\n|$))[^\n]*)*", re.M | re.I)  # to its blank line
_P_TAG = re.compile(r"<(?P<close>/?)p(?=[\s>])[^>]*(?<!/)>", re.I)


# A quote's line that is one `<p>` element and nothing more (`> <p><span>제목</span>...</p>`)
_QUOTED_P = re.compile(r"^(?P<quote>[ ]{0,3}>[ ]?)<p>(?P<inner>(?:(?!</?p[\s>]).)*)</p>[ \t]*$", re.M | re.I)


_TOUCHING_SPANS = re.compile(r"</span><span", re.I)


def quoted_paragraphs(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """A quote written as `<p>` lines (an al-folio paper note's card: `> <p><span>제목</span>...</p>` for each
    field): kramdown and GitHub read each as an HTML block inside the quote, one paragraph a line. Python-Markdown
    reads no HTML block inside a quote: the lines were one paragraph holding paragraphs, which the browser split
    into empty ones around them. Each becomes its text, a line break after all but the quote's last, a space
    between two spans that touch (the card's label and value, which the blog's stylesheet set apart); lines kept."""
    if "<p>" not in text.lower() or ">" not in text:
        return text, []

    def line(m: re.Match) -> str:
        follows = _QUOTED_P.match(m.string, m.end() + 1) if m.end() < len(m.string) else None
        return m["quote"] + _TOUCHING_SPANS.sub("</span> <span", m["inner"]) + ("<br>" if follows else "")

    return _QUOTED_P.sub(line, text), []


def close_paragraphs(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """An HTML block opened by `<p` (at a line's start) holding a `<p>` the note never closes gets its `</p>`
    at the block's end, the blank line, as GitHub and the browser end it; the line count is kept."""
    if "<p" not in text.lower():
        return text, []
    opened: list[int] = []
    for tag in _P_TAG.finditer(text):  # paired as written: a `</p>` closes the last one opened
        if not tag["close"]:
            opened.append(tag.start())
        elif opened:
            opened.pop()
    if not opened:
        return text, []
    unclosed = set(opened)
    problems: list[Problem] = []
    out, done = [], 0
    for block in _P_BLOCK.finditer(text):
        count = sum(tag.start() in unclosed for tag in _P_TAG.finditer(text, block.start(), block.end()))
        if not count:
            continue
        problems.append(
            Problem(
                path,
                line_of(block.start()),
                "<p> never closed before the blank line that ends its HTML block",
                "closed there, as GitHub and the browser close it: the lines after it are read as Markdown",
                "info",
            )
        )
        out += [text[done : block.end()], "</p>" * count]
        done = block.end()
    return "".join(out) + text[done:], problems


# --- Markdown inside other HTML blocks ------------------------------------------------------------------
# `<div align="center">`, a blank line, `![그림](cnn.png)`, a blank line, `</div>`: GitHub (CommonMark) ends
# the HTML block at the blank line and renders what follows as Markdown, inside the element; so do Typora,
# Obsidian and the markdown-it of VuePress, Docusaurus and Slidev. Python-Markdown kept it all as raw HTML:
# the figure showed as `![그림](cnn.png)`, a table as its pipes, `**굵게**` with its asterisks.
_CONTAINERS = "div|center|p|section|article|aside|figure|header|footer|main|nav|blockquote"
_CONTAINER_OPEN = re.compile(
    rf"^[ ]{{0,3}}<(?P<name>{_CONTAINERS})"
    r"(?=[\s>])(?P<attrs>[^>]*)>",
    re.M | re.I,
)
_CONTAINER_TAG = re.compile(rf"<(?P<close>/?)(?P<name>{_CONTAINERS})\b[^>]*>", re.I)  # opening or closing, anywhere
# A line of Markdown after a blank line: at the margin, and not a tag (a line of HTML continues the HTML)
_MARKDOWN_AFTER_BLANK = re.compile(r"\n[ \t]*\n[ ]{0,3}[^\s<]")


def markdown_in_html_blocks(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """A block element (`<div align="center">`, `<p>`, `<center>`, ...) holding a line of Markdown after a blank
    line gets `markdown="1"`, so that Markdown is rendered in it, as GitHub and markdown-it render it (the HTML
    block ends at the blank line); its parents hold that line too, and get it too. One never closed, or whose
    lines after each blank line are HTML or indented (a notebook's output), is left as it is."""
    if "<" not in text:
        return text, []
    problems: list[Problem] = []
    marked: set[int] = set()
    closes = _closing_tags(text)
    blanks = [m.start() for m in _MARKDOWN_AFTER_BLANK.finditer(text)]  # none spans a tag: it ends at no `<`
    for opened in _CONTAINER_OPEN.finditer(text):
        if _ANY_MARKDOWN_ATTR.search(opened["attrs"]):
            continue
        name = opened["name"]
        close = closes.get(opened.start("name") - 1)
        if close is None:
            continue
        after = bisect.bisect_left(blanks, opened.end())
        if after == len(blanks) or blanks[after] >= close:
            continue
        marked.add(opened.start())
        problems.append(
            Problem(
                path,
                line_of(opened.start()),
                f"<{name.lower()}> holding Markdown after a blank line",
                "its Markdown is rendered inside it, as on GitHub",
                "info",
            )
        )

    def with_markdown(opened: re.Match) -> str:
        if opened.start() not in marked:
            return opened.group(0)
        return opened.group(0)[:-1] + ' markdown="1">'

    return (_CONTAINER_OPEN.sub(with_markdown, text), problems) if marked else (text, [])


def _closing_tags(text: str) -> dict[int, int]:
    """{where a container's tag opens: where the tag closing it starts}, nested ones of the same name paired
    first, as `closing_tag` pairs them, in one pass over the text (a tag at a time: 2000 nested `<div>`s
    took 0.7 s when each was followed to its end)."""
    opened: dict[str, list[int]] = {}
    closes: dict[int, int] = {}
    for tag in _CONTAINER_TAG.finditer(text):
        name = tag["name"].lower()
        if not tag["close"]:
            opened.setdefault(name, []).append(tag.start())
        elif opened.get(name):
            closes[opened[name].pop()] = tag.start()
    return closes


def closed_elements(opening: re.Pattern, tags: re.Pattern, text: str) -> Iterator[tuple[re.Match, re.Match]]:
    """Each element `opening` opens in `text`, with the tag that closes it (`closing_tag`), in order and none
    inside another; one never closed is left out."""
    done = 0
    for opened in opening.finditer(text):
        if opened.start() < done:
            continue
        close = closing_tag(tags, text, opened.end())
        if close is not None:
            done = close.end()
            yield opened, close


def closing_tag(tags: re.Pattern, text: str, start: int) -> re.Match | None:
    """The tag that closes the element opened just before `start` (`tags` matches its opening and closing
    tags, `close` set on a closing one), nested ones of the same name skipped; None when it is never closed."""
    depth = 1
    for tag in tags.finditer(text, start):
        depth += -1 if tag["close"] else 1
        if depth == 0:
            return tag
    return None


# --- Chirpy's prompts written in HTML ---------------------------------------------------------------
# `<blockquote class="prompt-tip">...</blockquote>`: Chirpy styles it as the Markdown prompt (`> ...` then
# `{: .prompt-tip}`), a tip box; `chirpy_prompts` makes that one a Material box, and this the same box.
_PROMPT_OPEN = re.compile(
    r"""<blockquote\b(?P<before>[^>]*?)\sclass\s*=\s*(?P<q>["'])prompt-(?P<kind>tip|info|warning|danger)"""
    r"""(?P=q)(?P<after>[^>]*)>""",
    re.I,
)
_BLOCKQUOTE_TAG = re.compile(r"<(?P<close>/?)blockquote\b[^>]*>", re.I)


def chirpy_html_prompts(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<blockquote class="prompt-tip">` -> `<div class="admonition tip">`, Material's box of that kind (its
    other attributes, `markdown="1"` included, kept), closed where the quote closed."""
    if "prompt-" not in text:
        return text, []
    problems: list[Problem] = []
    out, done = [], 0
    for opened in _PROMPT_OPEN.finditer(text):
        if opened.start() < done:
            continue
        kind = opened["kind"].lower()
        problems.append(
            Problem(
                path,
                line_of(opened.start()),
                f'Chirpy prompt <blockquote class="prompt-{kind}">',
                f"shown as a '{kind}' box",
                "info",
            )
        )
        close = closing_tag(_BLOCKQUOTE_TAG, text, opened.end())
        div = f'<div{opened["before"]} class="admonition {kind}"{opened["after"]}>'
        body = text[opened.end() : close.start()] if close else text[opened.end() :]
        out += [text[done : opened.start()], div, body, "</div>" if close else ""]
        done = close.end() if close else len(text)
    return "".join(out) + text[done:], problems


# --- pandas tables --------------------------------------------------------------------------------
# nbconvert writes a DataFrame as `<table border="1" class="dataframe">`; the blog styles it with the
# notebook's CSS. Material styles only tables without a class: as written it was shown bare and cramped.
_DATAFRAME_TABLE = re.compile(r"<table\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bdataframe\b[^>]*>", re.I)


def dataframe_tables(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<table border="1" class="dataframe">` -> `<table>`: drawn as the site draws every table."""
    if "dataframe" not in text:
        return text, []
    return _DATAFRAME_TABLE.sub("<table>", text), []


# --- a notebook's printed output, and the styles its converter set ----------------------------------------
# A notebook converter for Jekyll (teddylee777's, used by many minimal-mistakes blogs) writes each output as
# `<pre>` text and puts its notebook CSS in a `<head><style>` block at the top of the post. The theme draws a
# bare `<pre>` as a code block; Material styles only `<pre><code>`, so the output ran on as large plain text.
# The styles cannot apply here (the sanitizer drops every `<style>`), and the `<head>` around them left an
# empty paragraph above the note.
_BARE_PRE = re.compile(r"(<pre\b[^>]*>)(?!\s*<code\b)(.*?)(</pre>)", re.I | re.S)
_HEAD_BLOCK = re.compile(r"^[ \t]*<head>[ \t]*\n.*?^[ \t]*</head>[ \t]*$", re.I | re.S | re.M)


def preformatted_outputs(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<pre>` text without `<code>` -> `<pre><code>`: drawn as the site draws code blocks; a `<head>` of
    styles the post set for its blog's theme goes, its lines left blank."""
    problems: list[Problem] = []
    if "<head>" in text.lower():

        def blank(found: re.Match) -> str:
            problems.append(
                Problem(path, line_of(found.start()), "a <head> block of styles for its blog's theme",
                        "not shown: this site draws its own tables and code", "info")
            )  # fmt: skip
            return "\n" * found.group(0).count("\n")

        text = _HEAD_BLOCK.sub(blank, text)
    if "<pre" not in text.lower():
        return text, problems
    return preformatted_code(text), problems


def preformatted_code(text: str) -> str:
    """Each `<pre>` of `text` without `<code>` as `<pre><code>` (the raw block `code.protect_code` set aside,
    or a `<pre>` in a line of text)."""
    if "<pre" not in text.lower():
        return text
    # the line break after `<pre>` is no text of it (HTML drops it there), but would be one after `<code>`
    return _BARE_PRE.sub(lambda m: f"{m[1]}<code>{m[2].removeprefix(chr(10))}</code>{m[3]}", text)


# --- a table ending at an HTML block ----------------------------------------------------------------
# `|6|총 아황산 농도|` then `</center><br>`: GFM ends a table where another block begins, an HTML block
# (`</center>`, `<div>`) among them, and CommonMark's block tags begin one. Python-Markdown read the line as
# one more row: the `</center>` went into a cell, its `<center>` was never closed and the rest of the page
# was centred. A blank line before such a line ends the table there.
_TABLE_DELIMITER = re.compile(r"^[ ]{0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_BLOCK_TAG_LINE = re.compile(
    r"^[ ]{0,3}</?(?:address|article|aside|blockquote|caption|center|details|dialog|div|dl|fieldset|figcaption"
    r"|figure|footer|form|h[1-6]|header|hr|iframe|main|nav|ol|p|pre|script|section|style|summary|table|ul)"
    r"(?=[\s/>]|$)",
    re.I,
)


def tables_apart(text: str) -> str:
    """`text` with a blank line between a Markdown table's last row and an HTML block tag right under it.
    Lines are added, so this is done once the line numbers of the note's problems are known."""
    if "|" not in text or "<" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    in_table = False
    for i, line in enumerate(lines):
        if not line.strip():
            in_table = False
        elif in_table and _BLOCK_TAG_LINE.match(line):
            out.append("")
            in_table = False
        elif not in_table and "|" in line and i + 1 < len(lines) and _TABLE_DELIMITER.match(lines[i + 1]):
            in_table = True
        out.append(line)
    return "\n".join(out)


_CAPTIONED_FIGURE = '<figure class="kb-figure"'


def figures_apart(text: str) -> str:
    """`text` with a blank line between a paragraph's last line and a captioned figure right under it (an image
    and its line of italics closing a paragraph of text: `captions.image_captions`), so the figure is a block of
    its own. Lines are added, so this is done once the line numbers of the note's problems are known."""
    if _CAPTIONED_FIGURE not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if line.startswith(_CAPTIONED_FIGURE) and out and out[-1].strip() and not out[-1].lstrip().startswith("<"):
            out.append("")
        out.append(line)
    return "\n".join(out)


# --- Notion's callouts -------------------------------------------------------------------------------
# A Notion page exported to Markdown writes each callout as `<aside>`, its icon and Markdown inside
# (`<aside>` / `💡 **핵심**: 학습률이 크면 발산한다.` / `</aside>`); Notion draws a box. Python-Markdown kept the
# element as raw HTML: its text ran on unboxed, with its asterisks and list dashes.
_ASIDE_OPEN = re.compile(r"^(?P<indent>[ ]{0,3})<aside>[ \t]*$", re.M | re.I)
_ASIDE_TAG = re.compile(r"<(?P<close>/?)aside\b[^>]*>", re.I)


def notion_callouts(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<aside>` ... `</aside>` on lines of their own -> a Material box holding the callout's Markdown."""
    if "<aside" not in text.lower():
        return text, []
    problems: list[Problem] = []
    out, done = [], 0
    for opened, close in closed_elements(_ASIDE_OPEN, _ASIDE_TAG, text):
        problems.append(
            Problem(path, line_of(opened.start()), "a Notion callout <aside>", "shown as a box, its Markdown rendered", "info")
        )
        box = f'{opened["indent"]}<div class="admonition note" markdown="1">'
        out += [text[done : opened.start()], box, text[opened.end() : close.start()], "</div>"]
        done = close.end()
    return "".join(out) + text[done:], problems


# --- VuePress' badges ----------------------------------------------------------------------------------
# `## Adam <Badge text="추천" type="tip"/>`: VuePress draws a small coloured label after the heading. Its
# text is an attribute of a tag the sanitizer drops (an unknown element), so the word was lost.
_BADGE = re.compile(
    r"<Badge\b(?P<attrs>[^<>]*?)(?:/>|>(?P<inner>[^<>]*)</Badge\s*>)", re.S
)
_BADGE_ATTR = re.compile(r"""\b(?P<key>text|type)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")
_BADGE_TYPES = {"tip", "info", "warning", "danger", "note", "error"}


def vuepress_badges(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<Badge text="추천" type="tip"/>` (or `<Badge type="tip">추천</Badge>`) -> a small label showing its text."""
    if "<Badge" not in text:
        return text, []

    def label(m: re.Match) -> str:
        attrs = {a["key"]: a["dq"] if a["dq"] is not None else a["sq"] for a in _BADGE_ATTR.finditer(m["attrs"])}
        shown = (m["inner"] or attrs.get("text") or "").strip()
        kind = attrs.get("type", "tip") if attrs.get("type", "tip") in _BADGE_TYPES else "tip"
        return f'<span class="kb-badge kb-badge--{kind}">{shown}</span>' if shown else ""

    return _BADGE.sub(label, text), []
