"""A note's lead: what it says before its first heading. A note about one concept often opens so with its
definition (a Notion export's callout box under the title, a paper review's one-paragraph summary), which no
heading's passage holds: the concept's page quotes it as the note's first passage."""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.concepts.judging import says_something
from hooks.kb.concepts.outline import Outline
from hooks.kb.concepts.quoting import whole_body, without_edge_rules

_URL = re.compile(r"\]\([^()\s]*\)|<?https?://[^\s>)]+>?|src=\"[^\"]*\"")  # a link's target names nothing


def lead_end(
    shape: Outline, quoted_from: set[int], names_it: Callable[[str], bool], routine: frozenset[int] = frozenset()
) -> int:
    """How many of the note's lines open it before its first heading, when they say something, name the
    concept (`names_it`: a paper review's byline, `저자 : Yoon Kim` over a link to the PDF, defines nothing)
    and no passage starts among them (`quoted_from`: the passages' first lines, 0-based); 0 otherwise, and
    for a note without headings, which is quoted whole when it is quoted. `routine`: lines that count for
    nothing (a table of contents' list: `* Contents` over `1. Transformer`, `2. ...`)."""
    end = min((b.start for b in shape.blocks if b.kind == "heading"), default=0)
    if not end or any(line < end for line in quoted_from):
        return 0
    lead = [line for i, line in enumerate(shape.lines[:end]) if i not in routine]
    return end if says_something(lead) and names_it(_URL.sub(" ", "\n".join(lead))) else 0


def lead_markdown(shape: Outline, end: int, every_display_numbered: bool) -> str:
    """The lead as a concept page shows it: as the note wrote it, without the rules around it."""
    return without_edge_rules(whole_body("\n".join(shape.lines[:end]), shape.lines, every_display_numbered))
