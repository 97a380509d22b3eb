"""Quarto and R Markdown documents as posts: a Quarto blog's `posts/x/index.qmd`, an `.Rmd`. They are Markdown
already; their code chunks (```` ```{python} ````, ```` ```{r} ````) are shown as the site shows them, their
options read: `#| echo: false` or `#| include: false` (R Markdown's `{r, echo=FALSE}`) chunks left out,
`#| code-fold: true` ones folded, the option lines not shown. Their outputs, made when the site is rendered,
are not in the file. A backslash ending a list item or paragraph (RStudio's visual editor writes them) goes, as
pandoc drops it. (Quarto's divs and callouts are `admonitions`' to draw.)
"""

from __future__ import annotations

import re

from hooks.kb.posts.callouts import box_body

QUARTO = (".qmd", ".rmd")
# `#| echo: false`: an option line, first in a chunk or in a notebook's code cell
QUARTO_OPTION = re.compile(r"^#\|\s*([\w-]+)\s*:\s*(.*?)\s*$")


def is_quarto(path: str) -> bool:
    return path.lower().endswith(QUARTO)


_CHUNK = re.compile(r"^(?P<fence>`{3,})\{(?P<lang>[A-Za-z][\w-]*)(?P<args>[^}]*)\}\s*$")


def quarto_chunks(text: str) -> str:
    """A Quarto or R Markdown document's code chunks as its site shows them: `#| echo: false` or
    `#| include: false` (R Markdown's `{r, echo=FALSE}`) chunks left out, `#| code-fold: true` ones folded, the
    option lines not shown. Their output, made when the site is rendered, is not in the file. As many lines out
    as in: a line left out is a blank one, after the chunk, so a problem's line is still the file's."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _CHUNK.match(lines[i])
        end = _chunk_end(lines, i, head["fence"]) if head else None
        if end is None and (fence := _FENCE.match(lines[i])):  # other code: as written
            close = _chunk_end(lines, i, fence[1]) or len(lines) - 1
            out.extend(lines[i : close + 1])
            i = close + 1
            continue
        if end is None:
            out.append(_end_break_dropped(lines[i], lines[i + 1] if i + 1 < len(lines) else ""))
            i += 1
            continue
        body = lines[i + 1 : end]
        options = {
            k.lower(): v.lower().strip(" '\"")
            for k, v in re.findall(r"(\w[\w.-]*)\s*=\s*([^,\s]+)", head["args"])
        }
        written, body = chunk_options(body)
        options |= written
        shown = _chunk(head["fence"], head["lang"].lower(), body, options)
        out.extend(shown + [""] * (end + 1 - i - len(shown)))
        i = end + 1
    return "\n".join(out)


_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_BLOCK_START = re.compile(r"^\s*$|^\s*(?:[-*+]|\d+[.)])\s|^#{1,6}\s")
_END_BACKSLASH = re.compile(r"(?<!\\)(?:\\\\)*\\$")  # an odd number of them: the last escapes the line end


def _end_break_dropped(line: str, following: str) -> str:
    """A backslash ending a paragraph's last line (RStudio's visual editor ends list items with one): pandoc
    reads it as a line break and drops it there, with nothing after it; CommonMark would show it."""
    if line.endswith("\\") and _END_BACKSLASH.search(line) and _BLOCK_START.match(following):
        return line[:-1]
    return line


def _chunk_end(lines: list[str], start: int, fence: str) -> int | None:
    return next((j for j in range(start + 1, len(lines)) if lines[j].strip() == fence), None)


def chunk_options(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A chunk's (or a notebook cell's) `#| key: value` lines read, and the lines after them."""
    options = {}
    while lines and (option := QUARTO_OPTION.match(lines[0])):
        options[option[1].lower()] = option[2].strip("'\"").lower()
        lines = lines[1:]
    return options, lines


def shown(options: dict[str, str]) -> tuple[bool, bool, str]:
    """What a chunk's options leave shown: (its code, its output, its code folded: '', 'hide' or 'show')."""
    include = options.get("include") != "false"
    fold = options.get("code-fold", "")
    fold = "show" if fold == "show" else "hide" if fold == "true" else ""
    return include and options.get("echo") != "false", include and options.get("output") != "false", fold


def folded(code: list[str], open_: bool) -> list[str]:
    """Code in a folded box, as Quarto's `code-fold` draws it (`open_`: `code-fold: show`)."""
    return [f'???{"+" if open_ else ""} quote "코드"', *box_body(code).split("\n")]


def _chunk(fence: str, language: str, body: list[str], options: dict[str, str]) -> list[str]:
    code_shown, _, fold = shown(options)
    if not code_shown:
        return []
    code = [f"{fence}{language}", *body, fence]
    return folded(code, fold == "show") if fold else code
