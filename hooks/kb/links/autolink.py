"""Link the first mention of each concept in each section of a note page to the concept's page.

HTML in, HTML out: only text nodes change, so Markdown, attributes (an image's `alt`, a `title`) and
entities are never touched. Text is left alone inside headings, code, preformatted blocks, existing links,
MathML and SVG, buttons and form fields, details' summaries and admonition titles (headings in all but
name), formulas set aside by `hooks/kb/math/slots.py` (`<!--kb-math:N-->TeX<!--/kb-math-->`) and any element
with a `kb-no-autolink` class (the site's own lines: the concepts a note covers, related notes) or
`kb-note-meta` (the date and categories line). A section starts at every heading,
so each concept is linked once per section, at its first mention.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from hooks.kb.concepts.acronyms import redefined_acronyms
from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.posts.code import VOID_ELEMENTS

NO_AUTOLINK = "kb-no-autolink"
_SKIPPED = frozenset(
    [
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "a",
        "code",
        "pre",
        "kbd",
        "samp",
        "script",
        "style",
        "math",
        "svg",
        "button",
        "textarea",
        "select",
        "option",
        "label",
        "title",
        "summary",
    ]
)
_SKIPPED_CLASSES = frozenset({NO_AUTOLINK, "kb-note-meta", "admonition-title", "kb-missing-image"})
_HEADING = re.compile(r"^h[1-6]$")
# What ends a run of linkable text: a formula, a comment, or the opening tag of an element whose text is left
# alone (by its name or by a class). Tags not listed here sit inside runs: alias spellings hold no `<` or
# `>`, so a name is never found across a tag, and one found inside a tag's attributes is dropped.
_CLASS_WORD = "|".join(re.escape(c) for c in sorted(_SKIPPED_CLASSES))
_BOUNDARY = re.compile(
    r"(?P<math><!--kb-math:\d+-->.*?<!--/kb-math-->)"
    r"|(?P<comment><!--.*?-->)"
    rf"|<(?P<name>{'|'.join(sorted(_SKIPPED, key=len, reverse=True))})(?![\w-])[^>]*>"
    r"|<(?P<classed>[A-Za-z][\w-]*)(?![\w-])[^>]*?\bclass\s*=\s*([\"'])[^\"']*?"
    rf"(?<![^\s\"'])(?:{_CLASS_WORD})(?![^\s\"'])[^>]*>",
    re.S | re.I,
)
_TAG_START = re.compile(r"</?[A-Za-z]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


@dataclass(frozen=True)
class ConceptTarget:
    href: str  # relative to the page the link is put in
    title: str  # shown on hover: the concept's names


def link_concepts(
    page_html: str,
    matcher: AliasMatcher,
    target: Callable[[str], ConceptTarget | None],
    own_acronyms: frozenset[str] | None = None,
) -> str:
    """`page_html` with the first mention of each concept per section as a link to `target(concept_id)`.

    `target` returns None for a concept that must not be linked (the page's own concept, an unknown id).
    `own_acronyms`: the acronyms the note spells out as something else, as its analysis found them; read
    from `page_html` when not given.
    """
    if own_acronyms is None:
        own_acronyms = redefined_acronyms(page_html, matcher)
    matcher = matcher.without(own_acronyms)  # a note's own acronyms link nowhere
    out: list[str] = []
    linked: set[str] = set()
    pos = 0
    while True:
        boundary = _BOUNDARY.search(page_html, pos)
        stop = boundary.start() if boundary else len(page_html)
        if stop > pos:
            out.append(_link_run(page_html[pos:stop], matcher, target, linked))
        if boundary is None:
            return "".join(out)
        end = boundary.end()
        name = (boundary.group("name") or boundary.group("classed") or "").lower()
        if name and name not in VOID_ELEMENTS and not boundary.group(0).endswith("/>"):
            if _HEADING.match(name):
                linked = set()  # a heading opens a new section
            end = _element_end(page_html, name, end)  # its text is left alone: jump past it
        out.append(page_html[boundary.start() : end])
        pos = end


@lru_cache(maxsize=64)
def _same_tag(name: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(name)}\b[^>]*>", re.I)


def _element_end(page_html: str, name: str, after_open: int) -> int:
    """Where the element opened just before `after_open` ends (nested ones of the same name counted)."""
    depth = 1
    for tag in _same_tag(name).finditer(page_html, after_open):
        if tag.group(0).endswith("/>"):
            continue
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(page_html)  # never closed: the rest of the page is inside it


def _link_run(run: str, matcher: AliasMatcher, target, linked: set[str]) -> str:
    """A run of text and plain tags (still HTML-escaped) with the first mentions in its text linked; never
    inside a tag or an entity. A name is found across a kramdown abbreviation's tags (`Leaky <abbr>ReLU</abbr>`,
    `R-<abbr>CNN</abbr>`), which the link then holds whole."""
    view, at = _without_abbreviation_tags(run)
    entities = [m.span() for m in _ENTITY.finditer(run)] if "&" in run else []
    pieces, last = [], 0
    for match in matcher.find(view):
        start, end = at(match.start), at(match.end - 1) + 1
        opened = run.rfind("<", 0, start)
        if opened > run.rfind(">", 0, start) and _TAG_START.match(run, opened):
            continue  # in a tag's attributes (an image's alt)
        if any(s < end and start < e for s, e in entities):
            continue
        found = _target_for(match.concept, _text_node(view, match), matcher, target, linked)
        if found is None:
            continue
        start, end = _whole_abbreviations(run, start, end)
        pieces.append(run[last:start])
        pieces.append(_anchor(found, run[start:end]))
        last = end
    return "".join(pieces) + run[last:] if pieces else run


_ABBREVIATION_TAG = re.compile(r"</?abbr\b[^>]*>", re.I)


def _without_abbreviation_tags(run: str) -> tuple[str, Callable[[int], int]]:
    """The run without `<abbr ...>` and `</abbr>`, and where each of its characters is in the run."""
    if "<abbr" not in run:
        return run, lambda i: i
    kept = list(range(len(run)))
    for tag in reversed(list(_ABBREVIATION_TAG.finditer(run))):
        del kept[tag.start() : tag.end()]
    return "".join(run[i] for i in kept), kept.__getitem__


def _whole_abbreviations(run: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to hold whole any abbreviation it cuts, so that no tag crosses the link's."""
    if "<abbr" not in run:
        return start, end
    if run.rfind("<abbr", 0, start) > run.rfind("</abbr>", 0, start):
        start = run.rfind("<abbr", 0, start)
    close, following = run.find("</abbr>", end), run.find("<abbr", end)
    if close >= 0 and (following < 0 or close < following):
        end = close + len("</abbr>")
    return start, end


def _text_node(run: str, match) -> str:
    """The text between the tags around a match: what a homonym's phrase is looked for in."""
    start = run.rfind(">", 0, match.start) + 1
    end = run.find("<", match.end)
    return run[start : end if end >= 0 else len(run)]


def _target_for(concept_id: str, text: str, matcher: AliasMatcher, target, linked: set[str]):
    if concept_id in linked:
        return None
    if matcher.registry.get(concept_id).excludes(text):
        return None  # a homonym (Keras' Sequential API), not the concept
    found = target(concept_id)
    if found is not None:
        linked.add(concept_id)
    return found


def _anchor(found: ConceptTarget, shown: str) -> str:
    return (
        f'<a class="kb-concept-link" href="{html.escape(found.href)}" '
        f'title="{html.escape(found.title)}">{shown}</a>'
    )
