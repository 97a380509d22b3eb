"""readme2tex's pairs: one note, one page.

readme2tex (a tool GitHub READMEs use for formulas, as GitHub showed none) reads `X.tex.md`, the note as
written with its TeX, and writes `X.md`, the same text with every formula replaced by an SVG image
(`<img src="svg/3c7a....svg?invert_in_darkmode" align=middle ...>`). Both are committed, so a study
repository brings each note twice. The page is the `.tex.md`'s: its formulas are typeset here from the TeX
(searchable, sharp at any size, read aloud), where the `.md`'s are pictures of text. The `.md` is left out,
said on the 노트 상태 page, and a link to it leads to the source's page.
"""

from __future__ import annotations

from collections.abc import Iterable

from hooks.kb.posts.report import Problem

SOURCE = ".tex.md"


def generated_copies(paths: Iterable[str]) -> dict[str, str]:
    """{`X.md`: `X.tex.md`} for each pair among these docs paths: the file readme2tex wrote, and its source."""
    present = set(paths)
    return {
        generated: source
        for source in sorted(present)
        if source.endswith(SOURCE) and (generated := source[: -len(SOURCE)] + ".md") in present
    }


def source_of(path: str, notes: frozenset[str]) -> str | None:
    """The `X.tex.md` among `notes` whose output `path` (`X.md`, not itself a note) is, or None."""
    if path in notes or not path.endswith(".md"):
        return None
    source = path[: -len(".md")] + SOURCE
    return source if source in notes else None


def left_out(generated: str, source: str) -> Problem:
    name = source.rsplit("/", 1)[-1]
    return Problem(
        generated,
        0,
        f"readme2tex's output of '{name}' beside it: the same note, its formulas drawn as SVG images",
        f"left out; the note's page is '{name}', its formulas typeset from the TeX, and links to this file lead there",
    )
