"""Keep code out of every text rewrite: fenced blocks, indented code blocks and inline code spans are set aside
first (an indented block: a notebook's output under its cell, four spaces in after a blank line, outside lists).

`protect_code` swaps each code block or span for a token that keeps its line count, so line numbers
computed on the protected text are still the source's; `restore` puts the code back unchanged, each line
moved in as far as a rewrite moved the token's line (a block put in a box's four spaces stays in the box).
A fence inside a `>` quote (an Obsidian callout's or a Chirpy prompt's example code) is set aside line by
line after its `>` markers, so a rewrite that turns the quote into a box moves its lines with the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*(?P=fence)[`~]*[ \t]*$|\Z)", re.M | re.S
)
# A fence opening inside a quote (`> ```python`, `> > ~~~`): its quote markers, and the fence.
_QUOTED_FENCE = re.compile(r"^(?P<quote>[ ]{0,3}>(?:[ \t]?[ ]{0,3}>)*[ \t]?)(?P<fence>`{3,}|~{3,})")
_QUOTE_MARKER = re.compile(r"[ ]{0,3}>[ \t]?")
# A code span closes within its paragraph, as in CommonMark: a stray backtick at a line's end pairs with none past
# a blank line, where it had made code of the headings, figures and Liquid up to the note's next code span
_INLINE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`)", re.S)
# A raw HTML code block: `<pre>` (or `<code>`) opening a line (its indent with it, as a fence's), to its closing tag
RAW_CODE = re.compile(r"^[ \t]*<(?P<tag>pre|code)\b[^>\n]*>.*?</(?P=tag)[ \t]*>", re.I | re.S | re.M)
CODE_SPAN = _INLINE  # an inline code span, as `protect_code` finds one
_TOKEN = re.compile("\x02(\\d+)\x03")
_NOT_NEWLINE = re.compile(r"[^\n]")
_CODE_PUNCTUATION = re.compile(r"[_.()\[\]{}=<>/\\:;,\"'#@$%^&*+|~!?]")
_NEWLINES = re.compile("\n*")
_LINE_STARTS = re.compile(r"(?<=\n)(?=[^\n])")  # where a piece's second and later lines start, blank ones aside
# A line of a paragraph at the margin: not blank, indented, a list item, a quote, a table row or a box.
_PARAGRAPH_LINE = re.compile(r"^(?![ \t]|[-*+][ \t]|\d+[.)][ \t]|>|\||!!!|\?\?\?|\x02|$)")
# A list item whose text opens a fenced block on the marker's own line (`* ```python`, `1. ~~~`).
_ITEM_FENCE = re.compile(r"^(?P<lead>[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
_ITEM_FENCE_ANYWHERE = re.compile(_ITEM_FENCE.pattern, re.M)
_AFTER_BLANK_INDENTED = re.compile(r"(?:\A|\n[ \t]*\n)(?:    |\t)")
_FENCE_LINE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
# a quote's line: a fence right under it is no line of the quote (GFM: a fence is never a lazy continuation),
# where Python-Markdown put the code inside the quote's paragraph
_QUOTE_LINE = re.compile(r"^ {0,3}>")
# What holds indented lines under it, until a paragraph at the margin: a list item, a footnote's definition
# (`[^1]:`, its second paragraph four spaces in), a Material box or tab (`!!! note`, `??? tip`, `=== "탭"`), a
# definition (`:   뜻`).
# An HTML element opened at the margin (`<div>`, `<details>`): its lines, blank ones and indented ones, are its
# own up to its closing tag (nbconvert's DataFrame with its `<style>` rules four spaces in), never code.
_HTML_OPEN = re.compile(r" {0,3}<(?P<name>[A-Za-z][\w-]*)(?=[\s/>])")
# HTML's void elements: opened, never closed
VOID_ELEMENTS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"))
_CONTAINER = re.compile(r" {0,3}(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|\[\^[^\]\n]+\]:|(?:!!!|\?\?\?\+?|===)[ \t]|:[ \t])")


@dataclass(frozen=True)
class Protected:
    text: str
    pieces: tuple[str, ...]

    def fences_apart(self, text: str) -> str:
        """`text` (protected) with a blank line between a fenced block at the margin and a paragraph line
        right above or below it: GFM lets a fence interrupt a paragraph (`설명:` then a fence), Python-Markdown
        would put the code inside the paragraph and leave the next line outside any. So for a quote's line
        right above it (`> 참고` then a fence): the code is after the quote, not in it. Lines are added, so
        this is done once the line numbers of the note's problems are known."""
        lines = text.split("\n")
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            token = _TOKEN.fullmatch(line)
            piece = self.pieces[int(token.group(1))] if token else ""
            if token and piece.startswith(("```", "~~~")):
                if out and (_PARAGRAPH_LINE.match(out[-1]) or _QUOTE_LINE.match(out[-1])):
                    out.append("")
                kept = piece.count("\n")
                out.extend(lines[i : i + kept + 1])
                i += kept + 1
                if i < len(lines) and _PARAGRAPH_LINE.match(lines[i]):
                    out.append("")
                continue
            out.append(line)
            i += 1
        return "\n".join(out)

    def restore(self, text: str | None = None) -> str:
        source = self.text if text is None else text

        kept = _strip_kept_newlines(source, self.pieces)

        def put_back(match: re.Match) -> str:
            piece = self.pieces[int(match.group(1))]
            lead = kept[kept.rfind("\n", 0, match.start()) + 1 : match.start()]
            if "\n" in piece and lead and not lead.strip(" \t"):
                # a rewrite moved the block's first line in (a box's four spaces): its other lines move with it
                piece = _LINE_STARTS.sub(lead, piece)
            return piece

        return _TOKEN.sub(put_back, kept)


def _strip_kept_newlines(text: str, pieces: tuple[str, ...]) -> str:
    out, pos = [], 0
    for match in _TOKEN.finditer(text):
        kept = pieces[int(match.group(1))].count("\n")
        out.append(text[pos : match.end()])
        pos = match.end()
        run = _NEWLINES.match(text, pos).end() - pos  # not text[pos:]: a copy of the rest per token
        pos += min(kept, run)
    out.append(text[pos:])
    return "".join(out)


def protect_code(text: str, spans: bool = True, raw_html: bool = True) -> Protected:
    """`text` with its fenced and indented code blocks (and, with `spans`, its inline code spans) set aside as
    tokens, and (with `raw_html`) its raw HTML code blocks, `<pre>...</pre>` (`<code>...</code>`) opening a line:
    what a browser shows as written, where a line-rewriting step had read a bash comment `# 참고` in it as a
    heading."""
    pieces: list[str] = []

    def keep(piece: str) -> str:
        pieces.append(piece)
        return f"\x02{len(pieces) - 1}\x03" + "\n" * piece.count("\n")

    text = text.replace("\x02", "").replace("\x03", "")
    text = FENCE.sub(lambda m: keep(m.group(0)), text)
    if raw_html and "<" in text:
        text = RAW_CODE.sub(lambda m: keep(m.group(0)), text)
    text = _indented_blocks(text, keep)
    if not spans:
        return Protected(text, tuple(pieces))
    if ">" in text:
        text = _quoted_fences(text, keep)
    text = _INLINE.sub(lambda m: keep(m.group(0)), text)
    return Protected(text, tuple(pieces))


def is_code_span(piece: str) -> bool:
    """Whether a piece `protect_code` set aside is an inline code span (not a fenced block or a line of one)."""
    return piece[:1] == "`" and FENCE.match(piece) is None and _INLINE.fullmatch(piece) is not None


def blank_code(text: str) -> str:
    """`text` with its fenced blocks and inline code blanked, each character a space but its newlines: what
    the note says in prose, at the same positions and on the same lines (a name in code is no mention). An
    inline span of words alone (`Momentum`, `Batch Size`) is a term the note sets off, as many study notes
    do, and stays; one with code's punctuation (`batch_size=32`, `nn.LSTM`, `DataLoader(ds)`) is code."""

    def blank(match: re.Match) -> str:
        return _NOT_NEWLINE.sub(" ", match.group(0))

    def blank_code_span(match: re.Match) -> str:
        return blank(match) if _CODE_PUNCTUATION.search(match.group(0), len(match["ticks"])) else match.group(0)

    if "`" not in text and "~~~" not in text:
        return text
    return _INLINE.sub(blank_code_span, FENCE.sub(blank, text))


def _quoted_fences(text: str, keep: Callable[[str], str]) -> str:
    """Each line of a fence inside a quote, from its opening to its closing (or the quote's end), set aside
    after its `>` markers: the markers stay for the rewrites that read quotes, the code does not reach them.
    Left alone, the fence's backticks would pair up as one inline code span running over its lines."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        opened = _QUOTED_FENCE.match(lines[i])
        if opened is None:
            i += 1
            continue
        depth, fence = opened["quote"].count(">"), opened["fence"]
        closing = re.compile(f"[ \\t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \\t]*$")
        last = i
        for j in range(i + 1, len(lines)):
            parts = _split_quote(lines[j], depth)
            if parts is None:
                break
            last = j
            if closing.match(parts[1]):
                break
        for k in range(i, last + 1):
            quote, code = _split_quote(lines[k], depth) or ("", lines[k])
            if code:
                lines[k] = quote + keep(code)
        i = last + 1
    return "\n".join(lines)


def _split_quote(line: str, depth: int) -> tuple[str, str] | None:
    """(the line's first `depth` quote markers, the rest), or None when it has fewer."""
    pos = 0
    for _ in range(depth):
        marker = _QUOTE_MARKER.match(line, pos)
        if marker is None:
            return None
        pos = marker.end()
    return line[:pos], line[pos:]



# --- a fence's info string ----------------------------------------------------------------------------
# VuePress, VitePress, Docusaurus and Slidev mark lines of a code block in its info string: ```js{4},
# ```jsx {1,4-6} title="App.js" showLineNumbers, ```ts:line-numbers, ```python{all|3} (Slidev's click steps).
# superfences reads none of them: the fence was not a fence, and every fence after it paired up wrongly, code
# showing as text and text as code. They are written as it reads them: `hl_lines`, `title`, `linenums`.
# HackMD numbers a block's lines with `=` after its language (```python=), from a number (```python=101) or
# on from the block before (```python=+), and wraps its long lines with `!`: superfences took `python=` for
# the language, and the code was shown unhighlighted and unnumbered.
_LANGUAGE = re.compile(r"[\w#+.-]*")
_BRACES = re.compile(r"\{(?P<spec>[^{}]*)\}")
_TITLE = re.compile(r"""\btitle=(?P<q>["'])(?P<title>.*?)(?P=q)""")
_LINE_NUMBERS = re.compile(r"^:line-numbers\b|\bshowLineNumbers\b|\blinenums=")
_LINE_SPEC = re.compile(r"^\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*$")
_OPENER = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)", re.M)
_HACKMD_MARKS = re.compile(r"^(?:=(?P<start>\d+|\+)?)?!?$")


def fence_info(info: str, next_line: int = 1) -> str:
    """The info string of a fence opening, as superfences reads it (`js{1,4-6}` -> `js hl_lines="1 4-6"`,
    HackMD's `python=101` -> `python linenums="101"`, its `python=+` numbered from `next_line`); one it reads
    already, or an attribute list (`{.python}`), is returned as it is."""
    stripped = info.strip()
    language = _LANGUAGE.match(stripped).group(0)
    rest = stripped[len(language) :]
    if rest and (hackmd := _HACKMD_MARKS.match(rest)):
        if not rest.startswith("="):
            return language
        start = hackmd["start"] or "1"
        return f'{language or "text"} linenums="{next_line if start == "+" else start}"'
    if stripped.startswith("{") or not ("{" in rest or rest.startswith(":") or "showLineNumbers" in rest):
        return info
    options = []
    lines = [m["spec"] for m in _BRACES.finditer(rest) if _LINE_SPEC.match(m["spec"])]
    if lines:
        spec = " ".join(part.replace(" ", "") for part in ",".join(lines).split(","))
        options.append(f'hl_lines="{spec}"')
    title = _TITLE.search(rest)
    if title:
        options.append(f'title="{title["title"]}"')
    if _LINE_NUMBERS.search(rest):
        options.append('linenums="1"')
    return " ".join([language, *options]).strip()


# Chirpy names a code block's file in an attribute list under it (```` ```python ```` ... ```` ``` ```` then
# `{: file='train.py' }`, often with `.nolineno`) and shows the name over the block; the line was removed here as
# any of kramdown's, the name lost. It is the block's title, as superfences shows one.
_FILE_UNDER = re.compile(r"""\n[ \t]*\{:(?P<attrs>[^{}\n]*\bfile[ \t]*=[ \t]*(?P<q>["'])(?P<file>[^"'\n]+)(?P=q)[^{}\n]*)\}[ \t]*(?=\n|\Z)""")


def code_file_titles(text: str) -> str:
    """`text` with each fenced block that a `{: file='...' }` line follows titled by that file, the line left empty."""
    if "file" not in text:
        return text
    pieces, at = [], 0
    for block in FENCE.finditer(text):
        under = _FILE_UNDER.match(text, block.end())
        opener = _OPENER.match(block.group(0))
        if under is None or opener is None or "title=" in opener["info"]:
            continue
        info = opener["info"].strip() or "text"
        title = under["file"].replace('"', "&quot;")
        pieces += [text[at : block.start()], f"{opener['indent']}{opener['fence']}{info} title=\"{title}\"", block.group(0)[opener.end() :], "\n"]
        at = under.end()
    return "".join([*pieces, text[at:]]) if pieces else text


def readable_fences(text: str) -> str:
    """`text` with the info string of each fenced block's opening line as superfences reads it (`fence_info`)."""
    if ("```" not in text and "~~~" not in text) or not any(mark in text for mark in ("{", ":", "showLineNumbers", "=", "!")):
        return text  # no fence, or no info string superfences cannot read (`:` is in most notes: not a test alone)
    next_line = 1  # where HackMD's `=+` goes on numbering: after the last numbered block

    def opener(block: re.Match) -> str:
        nonlocal next_line
        head, _, body = block.group(0).partition("\n")
        line = _OPENER.match(head)
        if line is None or (line["fence"][0] == "`" and "`" in line["info"]):
            return block.group(0)
        info = fence_info(line["info"], next_line)
        if numbered := re.search(r'\blinenums="(\d+)"', info):
            lines = body.split("\n")
            closed = lines[-1].strip().startswith(line["fence"])  # else the block runs to the note's end
            next_line = int(numbered[1]) + len(lines) - (1 if closed or not lines[-1] else 0)
        return f"{line['indent']}{line['fence']}{info}\n{body}"

    return FENCE.sub(opener, text)


def closes_fence(fence: str, line: str) -> bool:
    """Whether `line` closes a block its `fence` opened: that fence's character, as many times or more, alone."""
    stripped = line.strip()
    return stripped.startswith(fence) and not stripped.strip(fence[0])


def _opens(fence: str, info: str) -> bool:
    """Whether a fence with this info string opens a block (a backtick fence's info holds no backtick)."""
    return fence[0] == "~" or "`" not in info


def item_fences(text: str) -> tuple[str, tuple[int, ...]]:
    """A list item whose code opens on its marker's line (`* ```python`, its code and closing fence indented
    under it) -> the item, then the fence on a line of its own at the item's text: kramdown, CommonMark and
    markdown-it read the code as the item's, where Python-Markdown read no fence there and showed the code
    as the item's text, its fences paired wrongly with the note's next ones. And the lines of the result
    that are none of the author's (each such fence's line, numbered from 1; `line_map.source_line` reads
    them)."""
    if not _ITEM_FENCE_ANYWHERE.search(text):  # most notes: no fence on an item's line, no line to walk
        return text, ()
    out: list[str] = []
    added: list[int] = []
    open_fence = ""  # the fence of the code block the line is in, if any
    for line in text.split("\n"):
        if open_fence:
            if closes_fence(open_fence, line):
                open_fence = ""
        elif (item := _ITEM_FENCE.match(line)) and _opens(item["fence"], item["info"]):
            lead = item["lead"]
            out.append(lead)  # the item, empty on its line, as its code is under it
            added.append(len(out) + 1)
            out.append(" " * len(lead.expandtabs(4)) + line[len(lead) :])
            open_fence = item["fence"]
            continue
        elif (fence := _FENCE_LINE.match(line)) and _opens(fence["fence"], fence["info"]):
            open_fence = fence["fence"]
        out.append(line)
    return "\n".join(out), tuple(added)


def lazy_code_lines(text: str) -> str:
    """In a post kramdown drew: a fenced block opened in a list item (the fence indented under the item's
    text) whose code lines stand further out, at the margin (`  ```python`, `tokenizer = ...`, `  ````) ->
    those lines indented to the fence. kramdown takes a line at the margin right under an item's line as the
    item's (lazily, as a paragraph's) and drew the code block in the item; Python-Markdown ended the item there
    and showed the fences and the code as one line of inline code. Each line stays where it was."""
    if "```" not in text and "~~~" not in text:
        return text
    out: list[str] = []
    fence, indent = "", ""  # the open block's fence and the fence's indent
    for line in text.split("\n"):
        if fence:
            if closes_fence(fence, line):
                fence = ""
            elif line.strip() and _width(line) < _width(indent):
                line = indent + line.lstrip(" \t")
        elif (opener := _FENCE_LINE.match(line)) and _opens(opener["fence"], opener["info"]):
            fence, indent = opener["fence"], line[: len(line) - len(line.lstrip(" \t"))]
        out.append(line)
    return "\n".join(out)


def _width(line: str) -> int:
    """The columns a line's indent takes (a tab to the next multiple of four, as kramdown counts it)."""
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def indented_code_lines(lines: list[str]) -> set[int]:
    """The lines of CommonMark's indented code blocks outside lists (0-based): four spaces or a tab in, after a
    blank line or another such line, with no list item (footnote, box) above that a paragraph at the margin has
    not closed, and not in an HTML element opened at the margin."""
    code: set[int] = set()
    in_list = in_code = False
    after_blank = True
    element = ""  # the HTML element open at the margin, if any
    for number, line in enumerate(lines):
        if element:
            element = "" if f"</{element}" in line.lower() else element
            after_blank = False
            continue
        if not line.strip():
            after_blank = True
            continue
        opened = _HTML_OPEN.match(line)
        if opened and opened["name"].lower() not in VOID_ELEMENTS and f"</{opened['name'].lower()}" not in line.lower():
            element = opened["name"].lower()
        if line.startswith(("    ", "\t")) and not in_list and (after_blank or in_code):
            code.add(number)
            in_code = True
        else:
            in_code = False
            if _CONTAINER.match(line):
                in_list = True
            elif after_blank and not line.startswith((" ", "\t")):
                in_list = False  # a paragraph, heading or block at the margin closes the list
        after_blank = False
    return code


def _indented_blocks(text: str, keep: Callable[[str], str]) -> str:
    """`text` with each run of indented code lines set aside whole, its token at the margin."""
    if not _AFTER_BLANK_INDENTED.search(text):  # a block opens after a blank line: a list's lines never do alone
        return text
    lines = text.split("\n")
    code = indented_code_lines(lines)
    if not code:
        return text
    out: list[str] = []
    number = 0
    while number < len(lines):
        if number not in code:
            out.append(lines[number])
            number += 1
            continue
        last = number
        while last + 1 in code:
            last += 1
        out.append(keep("\n".join(lines[number : last + 1])))
        number = last + 1
    return "\n".join(out)
