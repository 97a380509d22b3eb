"""Keep code out of every text rewrite: fenced blocks and inline code spans are set aside first.

`protect_code` swaps each code block or span for a token that keeps its line count, so line numbers
computed on the protected text are still the source's; `restore` puts the code back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*(?P=fence)[`~]*[ \t]*$|\Z)", re.M | re.S
)
_INLINE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)", re.S)
_TOKEN = re.compile("\x02(\\d+)\x03")
_NEWLINES = re.compile("\n*")
# A line of a paragraph at the margin: not blank, indented, a list item, a quote, a table row or a box.
_PARAGRAPH_LINE = re.compile(r"^(?![ \t]|[-*+][ \t]|\d+[.)][ \t]|>|\||!!!|\?\?\?|\x02|$)")


@dataclass(frozen=True)
class Protected:
    text: str
    pieces: tuple[str, ...]

    def fences_apart(self, text: str) -> str:
        """`text` (protected) with a blank line between a fenced block at the margin and a paragraph line
        right above or below it: GFM lets a fence interrupt a paragraph (`설명:` then a fence), Python-Markdown
        would put the code inside the paragraph and leave the next line outside any. Lines are added, so
        this is done once the line numbers of the note's problems are known."""
        lines = text.split("\n")
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            token = _TOKEN.fullmatch(line)
            piece = self.pieces[int(token.group(1))] if token else ""
            if token and piece.startswith(("```", "~~~")):
                if out and _PARAGRAPH_LINE.match(out[-1]):
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

        def put_back(match: re.Match) -> str:
            return self.pieces[int(match.group(1))]

        return _TOKEN.sub(put_back, _strip_kept_newlines(source, self.pieces))


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


def protect_code(text: str) -> Protected:
    pieces: list[str] = []

    def stash(match: re.Match) -> str:
        pieces.append(match.group(0))
        return f"\x02{len(pieces) - 1}\x03" + "\n" * match.group(0).count("\n")

    text = text.replace("\x02", "").replace("\x03", "")
    text = _FENCE.sub(stash, text)
    text = _INLINE.sub(stash, text)
    return Protected(text, tuple(pieces))
