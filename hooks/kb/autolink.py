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
from functools import lru_cache

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
    linked: set[str] = set()
    pos, size = 0, len(page_html)
    while pos < size:
        token = _TOKEN.match(page_html, pos)
        end = token.end()
        if token.lastgroup == "text":
            text = token.group(0)
            out.append(text if text.isspace() else _link_text(text, matcher, target, linked))
            pos = end
            continue
        if token.lastgroup == "tag" and not token.group("close") and not token.group(0).endswith("/>"):
            name = token.group("name").lower()
            if _HEADING.match(name):
                linked = set()  # a heading opens a new section
            if name not in _VOID and (name in _SKIPPED or _SKIPPED_CLASSES & _classes(token.group("attrs"))):
                end = _element_end(page_html, name, end)  # its text is left alone: jump past it
        out.append(page_html[pos:end])
        pos = end
    return "".join(out)


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
