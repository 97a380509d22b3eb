"""What of a note's inline `style` (already limited to a few properties by the sanitizer) can be shown here.

- A text colour chosen for a dark blog (`color: white`, a yellow, `<font color="#eee">`) would vanish on
  this site's light page: a colour too light to read on white (contrast under 1.6:1) is dropped, unless
  the same style gives its own `background-color`. (The dark scheme turns every note colour over in
  lightness, kb.css, so a dark one shows there.)
- `background:` holding a colour alone (Obsidian's highlighter plugins write `<mark style="background: #FFB86CA6;">`,
  which a note published to Tistory keeps) is that `background-color`, read before the sanitizer, which drops
  `background` (it may hold a `url()`): the highlight showed in the page's default yellow, not its colour.
- Margins are kept only without a minus sign (`margin: 0 auto` centres a figure; a negative margin could
  lay a note's box over the page's own text), and `display` only as block, inline-block, inline,
  none or flex (`!important` after a value changes none of this: `display:none !important` hides as `display:none` does): what the blog hid (a Hexo post's `<div style='display:none'>` thumbnail, kept for link previews) stays
  hidden, in the page as written, and nothing else of the page can be hidden by it; its text is left out of
  the search index (`data-search-exclude`, which the search sections skip), as a reader never sees it. A row of pictures
  (`<div style="display:flex; gap:10px">` around two `<img style="width:50%">`, as Velog and Tistory posts
  set them side by side) stays a row, its gap kept, as the blog showed it at every width; `kb.css` lets
  its pictures shrink to fit.
"""

from __future__ import annotations

import re

# A start tag's `style` as nh3 writes it (`prop:value;prop:value`, quotes in values as `&quot;`); text
# that shows a tag is escaped (`&lt;span style=...`), so only real tags match.
_STYLE = re.compile(r'(<[a-zA-Z][^<>]*?\sstyle=")([^"]*)"')
_FONT_COLOUR = re.compile(r'(<font\b[^<>]*?)\scolor="([^"]*)"')
_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})")
_RGB = re.compile(r"rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)")
# CSS's named colours light enough to vanish on white (contrast under 1.6:1).
_LIGHT_NAMES = frozenset({
    "white", "snow", "ivory", "whitesmoke", "ghostwhite", "azure", "mintcream", "honeydew", "floralwhite",
    "seashell", "linen", "oldlace", "lavenderblush", "aliceblue", "lightyellow", "lightcyan", "cornsilk",
    "beige", "lemonchiffon", "lightgoldenrodyellow", "papayawhip", "blanchedalmond", "bisque", "antiquewhite",
    "mistyrose", "lavender", "gainsboro", "yellow", "aqua", "cyan", "lightgray", "lightgrey", "palegoldenrod",
    "wheat", "moccasin", "peachpuff", "navajowhite", "palegreen", "aquamarine", "paleturquoise", "khaki",
})  # fmt: skip
_DISPLAYS = frozenset({"block", "inline-block", "inline", "none", "flex", "inline-flex"})
MIN_CONTRAST = 1.6
_HIDDEN = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I)
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.I)


# `background: <colour>` in a start tag's style: a hex colour, rgb()/rgba()/hsl()/hsla(), or a colour's name
_BACKGROUND_COLOUR = re.compile(
    r"(?<![\w-])background[ \t]*:[ \t]*(?=(?:#[0-9a-fA-F]{3,8}|(?:rgba?|hsla?)\([\d\s.,%/-]*\)|[a-zA-Z]+)[ \t]*(?:;|[\"']|$))"
)
_STYLE_ATTRIBUTE = re.compile(r"""(<[a-zA-Z][^<>]*?\sstyle\s*=\s*)(["'])(.*?)\2""", re.S)


def background_colours(html: str) -> str:
    """`html` (not yet sanitized) with each `background:` that holds a colour alone written `background-color:`,
    which the sanitizer keeps."""
    if "background" not in html:
        return html

    def colour(m: re.Match) -> str:
        return m.group(1) + m.group(2) + _BACKGROUND_COLOUR.sub("background-color:", m.group(3)) + m.group(2)

    return _STYLE_ATTRIBUTE.sub(colour, html)


def readable_styles(html: str) -> str:
    """`html` (sanitized) with the declarations and colours this page cannot show as the blog did removed."""
    if 'style="' not in html and "<font" not in html:
        return html
    html = _STYLE.sub(_readable_style, html)
    return _FONT_COLOUR.sub(lambda m: m.group(0) if not is_light(m.group(2)) else m.group(1), html)


def _readable_style(m: re.Match) -> str:
    kept = kept_declarations(m.group(2))
    head = m.group(1)
    if _HIDDEN.search(kept) and "data-search-exclude" not in head:  # hidden on the page: not searched either
        head = head[: -len('style="')] + 'data-search-exclude style="'
    return f'{head}{kept}"'


def kept_declarations(style: str) -> str:
    declarations = [part.split(":", 1) for part in style.split(";") if ":" in part]
    backed = any(name.strip() == "background-color" for name, _ in declarations)
    kept = []
    for name, value in declarations:
        # its value without `!important` (`display:none !important`, which nh3 writes `none ! important`): read as
        # the value it is, and kept with it
        name, plain = name.strip(), _IMPORTANT.sub("", value.strip()).lower()
        if name == "color" and not backed and is_light(plain):
            continue
        if name.startswith("margin") and "-" in plain:
            continue
        if name == "display" and plain not in _DISPLAYS:
            continue
        kept.append(f"{name}:{value}")
    return ";".join(kept)


def is_light(colour: str) -> bool:
    """Whether text in `colour` is too light to read on white; an unknown colour is not."""
    colour = colour.strip().lower()
    if colour in _LIGHT_NAMES:
        return True
    rgb = _rgb(colour)
    return rgb is not None and 1.05 / (_luminance(rgb) + 0.05) < MIN_CONTRAST


def _rgb(colour: str) -> tuple[float, float, float] | None:
    """(r, g, b) from 0 to 1 of a hex or rgb() colour; None for any other form."""
    if match := _HEX.fullmatch(colour):
        digits = match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits[:3])
        return tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    if match := _RGB.match(colour):
        try:
            parts = [float(p[:-1]) / 100 if p.endswith("%") else float(p) / 255 for p in match.groups()]
        except ValueError:  # `1.2.3`
            return None
        return tuple(min(max(p, 0.0), 1.0) for p in parts)
    return None


def _luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG's relative luminance."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
