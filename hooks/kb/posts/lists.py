"""List nesting as the author's blog meant it, written the way Python-Markdown reads it.

Jekyll (kramdown/GFM) nests a list item under another when it is indented to the parent's content
column: two spaces under `- `, three under `1. `. Python-Markdown nests only at four spaces, so notes
written for Jekyll render flat. `reindent_lists` follows the CommonMark rules (content column, lazy
continuation lines, blank lines, fenced code inside items) and rewrites each level to four spaces.
Lists inside a `>` blockquote, or inside a Material box (`!!! note`, its body indented four spaces), are
nested the same way, inside it. A quote under an item's text (`- 예시` then `  > - 인용`), which kramdown's
GFM and CommonMark start there, is written at the margin, where Python-Markdown reads it as the item's.
An item right under an item's later paragraph, or of the other kind under a lazy line, gets the blank line
Python-Markdown needs to read it as an item, and so does an item under a deeper one that opened a block after
a blank line (Python-Markdown nests a whole block at its first line's depth: a study note's `    - Shortcomings`
under `        - 이미지를 나눈 후` was nested under it, its numbered list run into its text). Text outside lists is left exactly as it is. Nesting stops
at `MAX_DEPTH` levels: Python-Markdown parses each level by recursion and fails past about a hundred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.posts.code import closes_fence

_MARKER = re.compile(r"^(?P<indent> *)(?P<marker>[-*+]|\d{1,9}[.)])(?P<space> +|$)(?P<rest>.*)$")
_HRULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# a fence, or a raw `<pre>` block's first line (not closed on it): their lines are code, no list's items
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,}|<pre\b(?!.*</pre))", re.I)
_MARKER_FIRST = frozenset("-*+0123456789")
_QUOTED = re.compile(r"^ {0,3}> ?")  # a blockquote's marker, with the one space it takes
# Material's boxes, whose body is indented four spaces
_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?)[ \t]+\S")
QUOTE_BREAK = "<!-- -->"  # between two quotes: Python-Markdown joins quotes a blank line apart into one
# `</div>` and `</details>` open an HTML block, which interrupts a paragraph: not a lazy continuation line
_ENDS_LIST = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|\||<h\d|</(?:div|details)>)")
MAX_DEPTH = 20
# An empty `- ` item, as kramdown and GitHub show it (an empty bullet): written with an invisible space,
# since Python-Markdown reads `- a` over a bare `-` as a heading "- a".
_EMPTY_ITEM = "&#32;"


@dataclass(frozen=True)
class _Item:
    content_col: int  # the column the item's text starts at in the source
    ordered: bool
    # opened on its parent's line (`-   1.  text`, as Typora writes a numbered list in a bullet): an item
    # right under it needs a blank line above, or Python-Markdown reads it as a line of its text
    inline: bool = False


def _expand_leading_tabs(line: str) -> str:
    if "\t" not in line:
        return line
    stripped = line.lstrip(" \t")
    lead = line[: len(line) - len(stripped)]
    return lead.expandtabs(4) + stripped if "\t" in lead else line


def reindent_lists(text: str, too_deep: list[int] | None = None) -> str:
    """`too_deep`, when given, gets the (1-based) line of the first item nested past `MAX_DEPTH`."""
    out: list[str] = []
    stack: list[_Item] = []
    fence: tuple[str, int] | None = None  # (fence characters, indentation shift) while inside a fence
    prev = "blank"  # kind of the previous line: blank, item, text, other
    # in a paragraph of an item's after its first (a blank line before it): a block of its own to
    # Python-Markdown, which reads an item line right under it as one of its lines
    later_paragraph = False
    # the depth of the first line of the block the last line is in (a block: lines between blank lines):
    # Python-Markdown reads a whole block at that depth, so a shallower item in it needs a blank line above
    block_depth = 0
    lines = text.split("\n")
    number = 0

    while number < len(lines):
        raw = lines[number]
        number += 1
        line = _expand_leading_tabs(raw)
        if fence is not None:
            chars, shift = fence
            out.append(_shift(line, shift))
            if _closes(line, chars):
                fence = None
            continue
        if not line.strip():
            out.append("")
            prev = "blank" if prev != "code" else "code"
            continue

        content = line.lstrip(" ")
        indent = len(line) - len(content)
        if not stack and indent >= 4 and prev in ("blank", "code"):
            # An indented code block, outside every list: `    - 부드러운 함수...` under a paragraph and a blank
            # line is code to kramdown, GitHub and Python-Markdown alike, its dashes shown as written
            out.append(raw)
            prev = "code"
            continue
        if prev == "code":
            prev = "blank" if out and not out[-1].strip() else "text"
        quote = content[0] == ">"
        holder = _holder(stack, indent) if quote and stack and indent < stack[-1].content_col else 0
        if holder and indent - stack[holder - 1].content_col <= 3:
            # A quote at an outer item's indent (`  > 인용` under `  - b`): in that item, after the items it
            # closes, as CommonMark reads it; indented into the item and set apart by blank lines, as
            # Python-Markdown reads a quote in an item (at the margin it would be the last item's)
            del stack[holder:]
            end, inside = _item_quote(lines, number, stack[-1].content_col, too_deep)
            pad = " " * (4 * len(stack))
            out += [""] if prev != "blank" else _quote_break(out, pad)
            out.extend(pad + quoted for quoted in inside)
            out.append("")  # or Python-Markdown reads the next line as one of the quote's
            number = end
            prev = "blank"
            block_depth = len(stack)
            continue
        if (
            indent <= 3
            and (quote or _ADMONITION.match(content))
            and (not stack or indent < stack[-1].content_col)
        ):
            if stack and prev != "blank":
                out.append("")  # the box ends the list: Python-Markdown would read it as the last item's
            elif quote and not stack and prev == "blank" and _follows_quote(out):
                # two quotes a blank line apart are two, not one as Python-Markdown reads them
                out += [QUOTE_BREAK, ""]
            stack.clear()
            end = _box_end(lines, number, quote)
            if quote:
                out.extend(_inside(lines[number - 1 : end], number, too_deep, unquoted, "> ", ">"))
                out.extend(_rule_apart(lines, end))
            else:
                out.append(line)
                out.extend(_inside(lines[number:end], number + 1, too_deep, _unindented, "    ", ""))
            number = end
            prev = "other"
            continue
        marker = _MARKER.match(line) if content[0] in _MARKER_FIRST else None
        if marker and _HRULE.match(line):
            marker = None

        if marker:
            width = len(marker.group("space"))
            content_col = indent + len(marker.group("marker")) + (width if 1 <= width <= 4 else 1)
            list_was_open = bool(stack)
            sibling = None  # the item last open at this depth, if this item closed it
            while stack and indent < stack[-1].content_col:
                sibling = stack.pop()
            # one opened on its parent's line (`-   1.  text`): no line of `out` shows its kind
            inline_sibling = sibling if sibling is not None and sibling.inline else None
            ordered = marker.group("marker")[0].isdigit()
            under_inline = bool(stack) and stack[-1].inline and prev in ("item", "text")
            starts_list = not list_was_open and prev in ("text", "other")
            changes_kind = (
                (prev == "item" or (prev == "text" and list_was_open))
                and bool(out)
                and (inline_sibling.ordered if inline_sibling else _last_kind_at(out, len(stack))) not in (None, ordered)
            )
            shallower = prev != "blank" and list_was_open and len(stack) < block_depth
            blank_added = (
                starts_list
                or changes_kind
                or shallower
                or under_inline
                or (later_paragraph and prev == "text" and list_was_open)
            )
            if blank_added:
                out.append("")
            # a blank line, the author's or one added here, starts the block Python-Markdown reads at this depth
            if prev == "blank" or blank_added or not list_was_open:
                block_depth = len(stack)
            later_paragraph = False
            if len(stack) >= MAX_DEPTH:  # a sibling of the deepest level kept
                stack.pop()
                if too_deep is not None and not too_deep:
                    too_deep.append(number)
            rest = marker.group("rest").lstrip(" ")
            if not rest and marker.group("marker") == "-":
                rest = _EMPTY_ITEM  # a bare `-` under a line is a setext underline to Python-Markdown
            # `1)` is CommonMark's other ordered marker (Obsidian, Typora, GitHub); Python-Markdown knows `1.` only
            number_or_bullet = marker.group("marker").replace(")", ".")
            stack.append(_Item(content_col, ordered))
            if 1 <= width <= 4:  # more spaces make the item's text indented code, not a list
                rest = _open_inline(stack, rest, content_col)
            out.append(" " * (4 * (len(stack) - 1 - _inline_depth(stack))) + number_or_bullet + " " + rest)
            prev = "item"
            continue

        if not stack:
            opened = _FENCE.match(line)
            if opened:
                fence = (opened.group("fence"), 0)
            out.append(line)
            prev = "other" if _ENDS_LIST.match(line) or opened else "text"
            continue

        if indent < stack[-1].content_col and _ends_item(line, stack, indent):
            # it closes the items it is not indented into, and is in the one it is (a rule at `  ---` under
            # `  - <img>` is the outer item's, as CommonMark and kramdown read it), or ends the list
            while stack and indent < stack[-1].content_col:
                stack.pop()
            if prev != "blank":
                out.append("")  # Python-Markdown would read it as part of the last item
                block_depth = len(stack)
            out.append(" " * (4 * len(stack)) + content if stack else line)
            prev = "other"
            continue

        if prev == "blank":
            while stack and indent < stack[-1].content_col:
                stack.pop()
            if not stack:
                opened = _FENCE.match(line)
                if opened:
                    fence = (opened.group("fence"), 0)
                out.append(line)
                prev = "text"
                continue

        # Past the item's content column, up to three more spaces change nothing (`    ### 제목` under `- `,
        # as Notion exports an item's children, is a heading in the item); four or more are indented code.
        extra = indent - stack[-1].content_col
        if quote and extra <= 3 and prev != "blank":
            # A quote in the item, under its text as kramdown (GFM) and CommonMark start one: indented, it is
            # text in the item's line to Python-Markdown, markers and all. At the margin it is a lazy line of
            # the item, where Python-Markdown reads `>` as a quote in the item's text; its lists nested in it,
            # and no line added, so every later line keeps its number.
            end, inside = _item_quote(lines, number, stack[-1].content_col, too_deep)
            out += inside + _rule_apart(lines, end)
            number = end
            prev = "text"
            continue
        new_indent = 4 * len(stack) + (extra if extra >= 4 else 0)
        if prev == "blank":
            block_depth = len(stack)
            if quote and extra <= 3:
                out += _quote_break(out, " " * new_indent)
        opened = _FENCE.match(line)
        if opened:
            fence = (opened.group("fence"), new_indent - indent)
        out.append(" " * new_indent + line.lstrip(" "))
        later_paragraph = later_paragraph or prev == "blank"
        prev = "text"

    return "\n".join(out)


def _closes(line: str, opened: str) -> bool:
    """Whether `line` closes the fence (or raw `<pre>` block) `opened` began."""
    if opened[0] == "<":
        return "</pre" in line.lower()
    return closes_fence(opened, line)


def _item_quote(lines: list[str], number: int, col: int, too_deep: list[int] | None) -> tuple[int, list[str]]:
    """The quote opening at `lines[number - 1]` at an item's content column `col`: where it ends, and its lines
    from that column on (its lists nested as outside)."""
    end = _box_end(lines, number, True, col)
    block = [_expand_leading_tabs(quoted)[col:] for quoted in lines[number - 1 : end]]
    return end, _inside(block, number, too_deep, unquoted, "> ", ">")


def _quote_break(out: list[str], pad: str) -> list[str]:
    """The lines that keep a quote in an item apart from one a blank line above it (Python-Markdown joins them)."""
    return [pad + QUOTE_BREAK, ""] if _follows_quote(out, indented=True) else []


def _rule_apart(lines: list[str], end: int) -> list[str]:
    """A blank line when a rule follows the quote that ends before `lines[end]`: Python-Markdown reads `> 인용`
    over `---` as a heading "> 인용" (its setext rule before its quotes); CommonMark, kramdown and GitHub show
    the quote and the rule."""
    return [""] if end < len(lines) and _HRULE.match(_expand_leading_tabs(lines[end])) else []


def _holder(stack: list[_Item], indent: int) -> int:
    """How many of the open items a line indented `indent` is inside (0: none)."""
    return next((n for n in range(len(stack), 0, -1) if stack[n - 1].content_col <= indent), 0)


def _ends_item(line: str, stack: list[_Item], indent: int) -> bool:
    """Whether `line` is a heading, rule, quote, table or HTML block start in the item it is indented into (up to
    three spaces past its content column, as at the margin), or outside the list: it closes the deeper items."""
    held = _holder(stack, indent)
    inside = line[stack[held - 1].content_col :] if held else line
    return bool(_ENDS_LIST.match(inside) or _HRULE.match(inside))


def _open_inline(stack: list[_Item], rest: str, col: int) -> str:
    """Push the lists an item's text opens on its own line (`-   1.  어떠한 예측 변수`: a bullet holding a
    numbered list, as CommonMark and kramdown read it), `rest` being the text from column `col`; the text
    back with each such `1)` written `1.`, the one Python-Markdown knows."""
    markers = []
    while len(stack) < MAX_DEPTH:
        inner = _MARKER.match(rest)
        if inner is None or inner.group("indent") or not inner.group("rest").strip() or _HRULE.match(rest):
            break
        width = len(inner.group("space"))
        if not 1 <= width <= 4:
            break
        col += len(inner.group("marker")) + width
        stack.append(_Item(col, inner.group("marker")[0].isdigit(), inline=True))
        markers.append(inner.group("marker").replace(")", ".") + inner.group("space"))
        rest = inner.group("rest")
    return "".join(markers) + rest


def _inline_depth(stack: list[_Item]) -> int:
    """How many of the open items at the end of `stack` were opened on one line with the item below them."""
    depth = 0
    while depth < len(stack) and stack[-1 - depth].inline:
        depth += 1
    return depth


def _box_end(lines: list[str], after: int, quote: bool, col: int = 0) -> int:
    """Where the quote or Material box whose first line is `lines[after - 1]` ends: its run of `>` lines (at
    column `col`: a quote in a list item, at the item's content column), or its body's lines indented four
    spaces (blank lines inside it; those after it are outside)."""
    end = after
    if quote:
        while end < len(lines):
            line = _expand_leading_tabs(lines[end])
            if len(line) - len(line.lstrip(" ")) < col or not _QUOTED.match(line[col:]):
                break
            end += 1
        return end
    while end < len(lines) and (
        not lines[end].strip() or _expand_leading_tabs(lines[end]).startswith("    ")
    ):
        end += 1
    while end > after and not lines[end - 1].strip():
        end -= 1
    return end


def unquoted(line: str) -> str:
    """The line of a `>` quote without its marker (and the one space the marker takes)."""
    return _QUOTED.sub("", _expand_leading_tabs(line), count=1)


def _unindented(line: str) -> str:
    return _expand_leading_tabs(line)[4:] if line.strip() else ""


def _inside(
    block: list[str],
    first: int,
    too_deep: list[int] | None,
    strip: Callable[[str], str],
    mark: str,
    blank: str,
) -> list[str]:
    """The lines of a quote (`> `) or a box's body (four spaces) with the lists inside nested as outside it
    (a list right after the text, two-space nesting, ordered items with bullets under them), marked again;
    the lines as written when nothing inside changes."""
    inner = [strip(line) for line in block]
    deep: list[int] | None = [] if too_deep is not None else None
    done = reindent_lists("\n".join(inner), deep).split("\n")
    if deep and too_deep is not None and not too_deep:
        too_deep.append(first + deep[0] - 1)
    return block if done == inner else [mark + line if line.strip() else blank for line in done]


def _follows_quote(out: list[str], indented: bool = False) -> bool:
    """Whether the last line written is a quote's (`indented`: at any indent, a quote in an item)."""
    last = next((line for line in reversed(out) if line.strip()), "")
    return bool(_QUOTED.match(last.lstrip(" ") if indented else last))


def _shift(line: str, shift: int) -> str:
    if shift >= 0:
        return " " * shift + line if line.strip() else line
    lead = len(line) - len(line.lstrip(" "))
    return line[min(lead, -shift) :]


def _last_kind_at(out: list[str], depth: int) -> bool | None:
    """Whether the last item written at `depth` was ordered (None when there is none)."""
    for line in reversed(out):
        if not line.strip():
            continue
        m = _MARKER.match(line)
        if m and len(m.group("indent")) == 4 * depth:
            return m.group("marker")[0].isdigit()
        if m and len(m.group("indent")) < 4 * depth:
            return None
    return None
