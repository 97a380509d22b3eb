"""Quarto and R Markdown documents as posts: a Quarto blog's `posts/x/index.qmd`, an `.Rmd`. They are Markdown
already; their code chunks (```` ```{python} ````, ```` ```{r} ````) are shown as the site shows them, their
options read: `#| echo: false` or `#| include: false` (R Markdown's `{r, echo=FALSE}`) chunks left out,
`#| code-fold: true` ones folded, the option lines not shown. Their outputs, made when the site is rendered,
are not in the file. (Quarto's divs and callouts are `admonitions`' to draw.)
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
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        body = lines[i + 1 : end]
        options = {
            k.lower(): v.lower().strip(" '\"")
            for k, v in re.findall(r"(\w[\w.-]*)\s*=\s*([^,\s]+)", head["args"])
        }
        while body and QUARTO_OPTION.match(body[0]):
            key, value = QUARTO_OPTION.match(body[0]).groups()
            options[key.lower()] = value.strip("'\"").lower()
            body = body[1:]
        shown = _chunk(head["fence"], head["lang"].lower(), body, options)
        out.extend(shown + [""] * (end + 1 - i - len(shown)))
        i = end + 1
    return "\n".join(out)


def _chunk_end(lines: list[str], start: int, fence: str) -> int | None:
    return next((j for j in range(start + 1, len(lines)) if lines[j].strip() == fence), None)


def _chunk(fence: str, language: str, body: list[str], options: dict[str, str]) -> list[str]:
    if options.get("include") == "false" or options.get("echo") == "false":
        return []
    code = [f"{fence}{language}", *body, fence]
    if options.get("code-fold") in ("true", "show"):
        return [
            f'???{"+" if options["code-fold"] == "show" else ""} quote "코드"',
            *box_body(code).split("\n"),
        ]
    return code
