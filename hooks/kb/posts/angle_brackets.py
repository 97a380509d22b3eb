"""Angle brackets that open no HTML element are text, as the blog showed them.

Python-Markdown takes anything from `<` and a letter to the next `>` for raw HTML (`<w,x>`, `<w, x_a - x_b>`,
an inner product written in prose), and the sanitizer then dropped the "tag" and the words in it without a
word; kramdown, GitHub, markdown-it and goldmark read an HTML tag only as CommonMark writes one (a name, then
attributes after white space), so those were text on the blog. They are escaped here.

A tag of CommonMark's form whose name is no HTML element and that the note never closes (`<sos>`, `<eos>`,
`<unk>`: a sequence model's tokens) was raw HTML there too, and the browser showed nothing of it; here it is
its text, noted with its line, where the sanitizer dropped it. Code and formulas were set aside before this
runs (`protect_code`: fenced and indented blocks, spans; `hold_formulas`), so none of theirs is touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.posts.report import Problem

LineOf = Callable[[int], int]

# What Python-Markdown's inline HTML pattern takes for a tag (its HTML_RE, comments aside); not a link's
# target written in brackets (`[그림](<images/a b.png>)`, `[id]: <url>`).
_TAG_LIKE = re.compile(r"(?<!\]\()(?<!\]: )<(/?[a-zA-Z][^<>@ ]*(?: [^<>]*)?)>")
_ATTRIBUTE = r"""\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?"""
# CommonMark's open and closing tags, and its autolinks (`<https://...>`, `<me@example.com>`).
_OPEN = re.compile(rf"(?P<name>[a-zA-Z][a-zA-Z0-9-]*)(?:{_ATTRIBUTE})*\s*/?", re.S)
_CLOSE = re.compile(r"/(?P<name>[a-zA-Z][a-zA-Z0-9-]*)\s*")
_AUTOLINK = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z0-9.-]+")

# HTML's elements, current and obsolete: a tag of any other name is no element (`<sos>`).
_ELEMENTS = frozenset(
    (
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base",
        "basefont", "bdi", "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas",
        "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
        "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
        "hr", "html", "i", "iframe", "image", "img", "input", "ins", "isindex", "kbd", "keygen", "label",
        "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta",
        "meter", "multicol", "nav", "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb",
        "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
        "source", "spacer", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt",
        "u", "ul", "var", "video", "wbr", "xmp",
    )
)


def text_angle_brackets(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`text` with each `<` that opens no HTML element escaped, and a note for each unknown tag shown."""
    if "<" not in text:
        return text, []
    closed = {m["name"].lower() for m in re.finditer(r"</(?P<name>[a-zA-Z][a-zA-Z0-9-]*)\s*>", text)}
    problems: list[Problem] = []

    def tag(m: re.Match) -> str:
        inside = m.group(1)
        if _AUTOLINK.fullmatch(inside):
            return m.group(0)
        shape = _CLOSE.fullmatch(inside) or _OPEN.fullmatch(inside)
        if shape is None:  # `<w,x>`: no tag to kramdown or GitHub either
            return "&lt;" + m.group(0)[1:]
        name = shape["name"].lower()
        if name in _ELEMENTS or name in closed or "-" in name or inside.startswith("/") or " " in inside:
            return m.group(0)  # an element, a component the note closes, a custom element, or one with attributes
        problems.append(
            Problem(path, line_of(m.start()), f"'{m.group(0)}' is no HTML element", "shown as text", "info")
        )
        return "&lt;" + m.group(0)[1:]

    return _TAG_LIKE.sub(tag, text), problems

