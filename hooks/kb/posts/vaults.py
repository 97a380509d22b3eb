"""Obsidian vaults: the line breaks Obsidian shows in a note of a vault.

Obsidian shows every line of a paragraph on a line of its own (its "strict line breaks" setting is off
unless the author turned it on), so a vault's notes are written that way: `**1. 개념:**` over the sentence
it heads, a training log's `Epoch: 100 Loss = 0.0047` over `Accuracy: 0.79`. Markdown elsewhere (kramdown,
GitHub's .md files, Python-Markdown) joins such lines into one. A note inside a folder that holds a
`.obsidian/` folder (the vault, copied whole) is shown as its vault showed it: each soft line break in a
paragraph, a list item or a quote is a line break, unless the vault's `.obsidian/app.json` says
`"strictLineBreaks": true`. Notes of any other blog keep Markdown's rule, and so does a blog kept as a vault
(`.obsidian/` beside Jekyll's `_config.yml`): its readers see what the blog draws. And Obsidian draws `$$...$$` as a
display formula wherever it stands, in the middle of a sentence too (`**출력층:** $$\\frac{a}{b}$$`), where
kramdown and GitHub typeset it inline: a vault's note shows it on a line of its own.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

from hooks.kb.math.slots import HELD_TOKEN, Held

# An inline element's tag (an image's `<img>`, made of `![](x.png)` before breaks are read): a line it opens is a
# paragraph's line, as CommonMark reads it (no HTML block but a block element's interrupts a paragraph)
_INLINE_TAG = r"<(?:img|span|a|b|i|em|strong|code|sup|sub|mark|kbd|u|ins|del|s|small|br|abbr|q|cite)\b"
# A line that opens a block of its own: the line before it ends its paragraph, no break is added there.
_BLOCK_START = re.compile(
    r"^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|=+[ \t]*$|(?!" + _INLINE_TAG + r")<"
    r"|\[\^|!!!|\?\?\?|\x02\d+\x03[ \t]*$|\ue002\d+\ue003[ \t]*$|\ue004)"
)
_INLINE_LINE = re.compile(r"^[ \t]*" + _INLINE_TAG)
_NOT_PARAGRAPH = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]|=+[ \t]*$|(?:[-*_][ \t]*){3,}$|<|\x02\d+\x03[ \t]*$|\ue002\d+\ue003[ \t]*$|\ue004)"
)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")


@dataclass(frozen=True)
class Vault:
    """The Obsidian vault a note is in, as far as it changes how the note shows."""

    # each line of a paragraph shown on its own: "strictLineBreaks" off, Obsidian's default
    line_breaks: bool


# A site generator's configuration beside `.obsidian/`: the notes are written in Obsidian but published by the
# generator (a Jekyll blog kept as a vault), and its readers see them as it draws them.
_GENERATORS = (
    "_config.yml", "_config.yaml", "hugo.toml", "hugo.yaml", "config.toml", "quartz.config.ts",
    "gatsby-config.js", "gatsby-config.ts", "docusaurus.config.js", "docusaurus.config.ts", "mkdocs.yml", "myst.yml",
)  # fmt: skip


def vault_of(docs_dir: str, src_path: str) -> Vault | None:
    """The vault of the note at `src_path` (docs-relative): the nearest folder above it holding `.obsidian/`,
    unless a site generator publishes its notes (its configuration there, or the note in Jekyll's `_posts/`)."""
    return _folder_vault(docs_dir, posixpath.dirname(src_path))


@cache  # once a folder, not once a note: a thousand notes in one folder at every `mkdocs serve` rebuild
def _folder_vault(docs_dir: str, folder_path: str) -> Vault | None:
    folder = PurePosixPath(folder_path)
    if "_posts" in folder.parts:
        return None
    for parent in (folder, *folder.parents):
        settings = _vault_settings(str(Path(docs_dir) / parent))
        if settings is not None:
            if any((Path(docs_dir) / parent / name).is_file() for name in _GENERATORS):
                return None
            return Vault(line_breaks=settings.get("strictLineBreaks", False) is not True)
    return None


@cache
def _vault_settings(folder: str) -> dict | None:
    """The vault's app settings when `folder` holds `.obsidian/` (`{}` if they cannot be read), else None."""
    vault = Path(folder) / ".obsidian"
    if not vault.is_dir():
        return None
    try:
        settings = json.loads((vault / "app.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return settings if isinstance(settings, dict) else {}


def forget_vaults() -> None:
    """Read the vaults' settings again (a new build, an edited app.json)."""
    _vault_settings.cache_clear()
    _folder_vault.cache_clear()


def obsidian_line_breaks(text: str) -> str:
    """`text` (code and formulas held aside) with a hard break (two spaces) at the end of every line that a
    next line of the same paragraph, list item or quote follows; line count unchanged."""
    lines = text.split("\n")
    tables = _table_lines(lines)
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        quote, quoted = _QUOTE.match(line), _QUOTE.match(following)
        depth = quote.group(0).count(">") if quote else 0
        if depth != (quoted.group(0).count(">") if quoted else 0):
            continue
        inner = line[quote.end() :] if quote else line
        next_inner = following[quoted.end() :] if quoted else following
        if not inner.strip() or not next_inner.strip() or line.endswith(("  ", "\\")):
            continue
        if _BLOCK_START.match(next_inner) or i in tables or i + 1 in tables:
            continue
        if _NOT_PARAGRAPH.match(inner) and not (_INLINE_LINE.match(inner) and i and lines[i - 1].endswith("  ")):
            continue  # a heading, a rule, an HTML line, code or a display formula: no paragraph ends there
            # (an image's line inside a paragraph, a break above it, is the paragraph's)
        lines[i] = line + "  "
    return "\n".join(lines)


_DELIMITER_ROW = re.compile(r"^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def _table_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of a table (its header over a delimiter row, and its rows under it), and of a lone
    row (`| a | b |` opening a line): a bar in a sentence (`P(A|B) 로 쓴다`) makes no table."""
    found = {i for i, line in enumerate(lines) if line.lstrip(" \t>").startswith("|")}
    for i, line in enumerate(lines):
        if i and "|" in line and "-" in line and _DELIMITER_ROW.match(line) and "|" in lines[i - 1]:
            found.update((i - 1, i))
            j = i + 1
            while j < len(lines) and "|" in lines[j]:
                found.add(j)
                j += 1
    return found


_DOUBLE_DOLLAR = re.compile(r"^\$\$(?!\$)(?P<tex>[^\n]+?)\$\$$")


def obsidian_display_math(held: Held) -> Held:
    """`held` with each one-line `$$...$$` that shares its line with text written `\\[...\\]`, a display formula
    wherever it stands, as Obsidian draws it (and Hugo, whose goldmark passthrough makes a `$$` pair a block)."""
    formulas = list(held.formulas)
    for line in held.text.split("\n"):
        tokens = list(HELD_TOKEN.finditer(line))
        if not tokens or not HELD_TOKEN.sub("", line).strip(" \t>-*+0123456789.)"):
            continue  # a formula alone on its line (after list or quote markers) is a display one already
        for token in tokens:
            n = int(token.group(1))
            if m := _DOUBLE_DOLLAR.match(formulas[n]):
                formulas[n] = f"\\\\[{m['tex']}\\\\]"
    return Held(held.text, tuple(formulas))
