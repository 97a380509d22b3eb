"""Link the first mention of each concept in each section of a note page to the concept's page.

HTML in, HTML out: only text nodes change, so Markdown, attributes (an image's `alt`, a `title`) and
entities are never touched. Text is left alone inside headings, code, preformatted blocks, existing links,
MathML and SVG, buttons and form fields, details' summaries and admonition titles (headings in all but
name), formulas set aside by `hooks/kb/slots.py` (`<!--kb-math:N-->TeX<!--/kb-math-->`) and any element
with a `kb-no-autolink` class (the site's own lines: the concepts a note covers, related notes) or
`kb-note-meta` (the date and categories line). A section starts at every heading,
so each concept is linked once per section, at its first mention.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.aliases import AliasMatcher

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
_SKIPPED_CLASSES = frozenset({NO_AUTOLINK, "kb-note-meta", "admonition-title"})
_HEADING = re.compile(r"^h[1-6]$")
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
_TOKEN = re.compile(
    r"(?P<math><!--kb-math:\d+-->.*?<!--/kb-math-->)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag><(?P<close>/?)(?P<name>[A-Za-z][\w-]*)\b(?P<attrs>[^>]*)>)"
    r"|(?P<text>[^<]+)"
    r"|(?P<other><)",
    re.S,
)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_CLASS = re.compile(r"""\bclass\s*=\s*(["'])(.*?)\1""", re.S)


@dataclass(frozen=True)
class ConceptTarget:
    href: str  # relative to the page the link is put in
    title: str  # shown on hover: the concept's names


def link_concepts(
    page_html: str,
    matcher: AliasMatcher,
    target: Callable[[str], ConceptTarget | None],
) -> str:
    """`page_html` with the first mention of each concept per section as a link to `target(concept_id)`.

    `target` returns None for a concept that must not be linked (the page's own concept, an unknown id).
    """
    out: list[str] = []
    skip_tag, skip_depth = None, 0  # the element whose text is left alone, and how deep in it we are
    linked: set[str] = set()
    for token in _TOKEN.finditer(page_html):
        if token.group("text") is None or skip_tag is not None:
            if token.group("tag"):
                name, closing = token.group("name").lower(), bool(token.group("close"))
                if skip_tag is None and not closing and name not in _VOID:
                    if _HEADING.match(name):
                        linked = set()  # a heading opens a new section
                    if name in _SKIPPED or _SKIPPED_CLASSES & _classes(token.group("attrs")):
                        skip_tag, skip_depth = name, 0
                if name == skip_tag and not token.group(0).endswith("/>"):
                    skip_depth += -1 if closing else 1
                    if skip_depth == 0:
                        skip_tag = None
            out.append(token.group(0))
            continue
        out.append(_link_text(token.group("text"), matcher, target, linked))
    return "".join(out)


def _classes(attrs: str) -> set[str]:
    found = _CLASS.search(attrs or "")
    return set(found.group(2).split()) if found else set()


def _link_text(text: str, matcher: AliasMatcher, target, linked: set[str]) -> str:
    """One text node (still HTML-escaped) with its first mentions linked; never inside an entity."""
    entities = [m.span() for m in _ENTITY.finditer(text)] if "&" in text else []
    pieces, last = [], 0
    for match in matcher.find(text):
        if any(start < match.end and match.start < end for start, end in entities):
            continue
        found = _target_for(match.concept, text, matcher, target, linked)
        if found is None:
            continue
        pieces.append(text[last : match.start])
        pieces.append(_anchor(found, text[match.start : match.end]))
        last = match.end
    return "".join(pieces) + text[last:] if pieces else text


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
