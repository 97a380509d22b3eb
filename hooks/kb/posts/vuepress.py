"""VuePress Hope's link cards, which its study notes use to point at a lesson or a chapter's table of contents:
shown as the link they were, where they were lost.

- `<SiteInfo name="..." desc="..." url="..." logo="..." preview="..."/>` (a card for another site's page) and
  the component `<VPCard title="..." desc="..." link="..."/>`: the sanitizer dropped these unknown tags, the
  link with them, without a word.
- ```` ```component VPCard ```` with the card's JSON (or YAML) in it (VuePress Hope's way to write a component in
  Markdown): it showed as a code block of JSON, its link not a link.

Each becomes a paragraph: the card's title linking where the card led (a Markdown link, checked as any other),
its description under it. Its logo and preview image were decoration and are left out; the paragraph takes the
card's first line and the card's other lines stay, empty, so every later line keeps its number.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping

import yaml

from hooks.kb.posts.code import FENCE
from hooks.kb.posts.embeds import link_label
from hooks.kb.posts.report import Problem

LineOf = Callable[[int], int]

_ELEMENT = re.compile(r"<(?P<tag>SiteInfo|VPCard)\b(?P<attrs>(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)/?>(?:\s*</(?P=tag)>)?")
_ATTR = re.compile(r"""(?P<key>[\w:-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")
_OPENER = re.compile(r"[`~]{3,}[ \t]*component[ \t]+VPCard[ \t]*$")


def card_markdown(fields: Mapping[str, object]) -> str | None:
    """A card's title as a link to where it led, its description under it; None for a card with no link."""
    link = next((str(fields[k]) for k in ("url", "link") if isinstance(fields.get(k), str) and fields[k]), "")
    if not link:
        return None
    title = next((str(fields[k]) for k in ("name", "title") if isinstance(fields.get(k), str) and fields[k]), link)
    desc = fields.get("desc") if isinstance(fields.get("desc"), str) else ""
    # Markdown, so the link is read as any other: a note's page, or a page not brought along said so
    target = f"<{link}>" if re.search(r"\s", link) else link
    shown = f"[**{link_label(title)}**]({target})"
    return f"{shown}<br>{html.escape(desc)}" if desc else shown


def site_info_cards(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<SiteInfo .../>` and `<VPCard .../>` elements as link cards; a card with no link stays as written."""
    if "<SiteInfo" not in text and "<VPCard" not in text:
        return text, []
    problems: list[Problem] = []

    def card(m: re.Match) -> str:
        fields = {a["key"]: a["dq"] if a["dq"] is not None else a["sq"] for a in _ATTR.finditer(m["attrs"])}
        shown = card_markdown(fields)
        if shown is None:
            return m.group(0)
        problems.append(
            Problem(path, line_of(m.start()), f"VuePress' <{m['tag']}> card", "shown as its link and description", "info")
        )
        return shown + "\n" * m.group(0).count("\n")  # its other lines kept, empty, for the lines below

    return _ELEMENT.sub(card, text), problems


def component_cards(text: str, path: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """Each ```` ```component VPCard ```` block of `text` (a body, its first line `first_line` of the file) as a
    link card; one whose JSON or YAML gives no link stays a code block."""
    if "VPCard" not in text:
        return text, []
    problems: list[Problem] = []

    def card(block: re.Match) -> str:
        head, _, rest = block.group(0).partition("\n")
        if block["indent"] or not _OPENER.match(head.strip()):
            return block.group(0)
        source = rest.rsplit("\n", 1)[0] if rest.rstrip().endswith(block["fence"]) else rest
        fields = _card_fields(source)
        shown = card_markdown(fields) if fields is not None else None
        if shown is None:
            return block.group(0)
        problems.append(
            Problem(
                path,
                first_line + text.count("\n", 0, block.start()),
                "VuePress' ```component VPCard block",
                "shown as its link and description",
                "info",
            )
        )
        return shown + "\n" * block.group(0).count("\n")

    return FENCE.sub(card, text), problems


def _card_fields(source: str) -> Mapping[str, object] | None:
    for load in (json.loads, yaml.safe_load):
        try:
            fields = load(source)
        except (ValueError, yaml.YAMLError):
            continue
        return fields if isinstance(fields, dict) else None
    return None
