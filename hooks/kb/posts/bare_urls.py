"""Bare addresses in a note's text (`* Docker 설치 : https://blog.tistory.com/42`), as magiclink links them.

Velog and Tistory posts (and notes kept in Obsidian for them) often give another post by its address alone,
which the blog, GitHub, Obsidian and this site's magiclink show as a link. Where the address is a post that
is among the notes, `blog_urls` leads the link to its page here, as it does a Markdown link; this finds the
addresses it must look at: outside code (the caller protects fences and spans; indented and `<pre>` blocks here), outside a Markdown link or image (its text
and its target), an autolink `<...>` and raw HTML (an attribute, an `<a>`'s text, a block of HTML, where
magiclink links nothing either), with the trailing
punctuation GitHub's autolinks leave out (`https://x.tistory.com/42.` ends at `42`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# what a bare address is kept apart from: a Markdown link or image (text and target), a reference definition,
# code (a <pre> block to its end, an indented block after a blank line: not a list item's), a block of raw HTML
# up to a blank line (Markdown reads nothing in it: a link written there would show as text), an autolink, an
# <a> element with its text, and any other tag (an attribute's URL)
_NOT_BARE = re.compile(
    r"!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^)\n]*(?:\([^)\n]*\)[^)\n]*)*\)"
    r"|^[ ]{0,3}\[[^\]\n]+\]:[^\n]*"
    r"|^[ ]{0,3}<pre\b.*?(?:</pre\s*>|\Z)"
    r"|(?:\A|(?<=\n\n))(?:(?:[ ]{4}|\t)(?![ \t]*(?:[-*+]|\d{1,9}[.)])[ \t])[^\n]*(?:\n|\Z))+"
    r"|^[ ]{0,3}<(?:div|p|table|details|center|figure|blockquote|section|pre|ul|ol|dl|h[1-6])\b.*?(?:\n[ \t]*\n|\Z)"
    r"|<https?://[^>\s]*>"
    r"|<a\b[^>]*>.*?</a\s*>"
    r"|<[a-zA-Z][^<>]*>",
    re.I | re.S | re.M,
)
# a bare address: after a space, a line's start or punctuation that is not part of a URL or a tag
_BARE = re.compile(r"(?<![\w/\\@.:=\"'`<>\[-])https?://[^\s<>\"'`\[\]]+", re.I)
_TRAILING = ".,:;!?*_~'\""


def has_bare_url(text: str) -> bool:
    """Whether `text` may hold a bare address (one inside a link or tag too: `link_bare_urls` tells)."""
    return "://" in text and _BARE.search(text) is not None


def link_bare_urls(text: str, link: Callable[[str], str | None]) -> str:
    """`text` with each bare address `url` for which `link(url)` gives a Markdown link written so, the rest
    of the text as it was."""
    if "://" not in text:
        return text
    out, start = [], 0
    for m in _NOT_BARE.finditer(text):
        out.append(_link_in(text[start : m.start()], link))
        out.append(m.group(0))
        start = m.end()
    out.append(_link_in(text[start:], link))
    return "".join(out)


def _link_in(part: str, link: Callable[[str], str | None]) -> str:
    def replace(m: re.Match) -> str:
        url = bare_address(m.group(0))
        linked = link(url)
        return m.group(0) if linked is None else linked + m.group(0)[len(url) :]

    return _BARE.sub(replace, part) if "://" in part else part


def bare_address(found: str) -> str:
    """The address GitHub's autolink takes of `found`: trailing punctuation left out, and a closing bracket
    with no opening one in the address."""
    while found and (found[-1] in _TRAILING or (found[-1] == ")" and found.count("(") < found.count(")"))):
        found = found[:-1]
    return found
