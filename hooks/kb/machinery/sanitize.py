"""Note HTML without anything that runs: no scripts, event handlers, `javascript:` URLs or frames.

Notes come from many people; a note must never run code in a reader's browser. nh3 (the Ammonia
sanitizer) keeps the HTML notes legitimately use (`<img>`, `<p align>`, `<u>`, `<br>`, tables,
`<details>`) and what Markdown and Material produce (classes for admonitions and code highlighting,
heading ids and permalinks, task-list checkboxes, a table column's alignment).

Inline `style` keeps what a post shows with it and nothing that could cover the page or fetch: colours
(`<span style="color:red">`, a Notion highlight's `background-color`), alignment, weight and size, and a
figure's width, a centring `margin: 0 auto; display: block`, Typora's `zoom:50%`. Position, z-index,
`background` (which may hold a `url()`) and everything else are dropped; `styles.py` drops what this page
cannot show as the blog did (a white text colour, a negative margin). kb.css keeps the rest readable in the
dark scheme and within the page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import nh3

from hooks.kb.machinery.styles import background_colours, readable_styles

# Figures as notes write them: `<picture>`/`<source>`, and video or audio the note's own files hold;
# `<big>`, which notes put around a bold label (`<big>**P1.**</big>`) and every browser still shows larger.
TAGS = nh3.ALLOWED_TAGS | {"input", "label", "center", "font", "picture", "source", "video", "audio", "big"}
# A theme icon a note names (`:material-check:`, drawn as inline SVG): its shape only, nothing it could load or run.
TAGS |= {"svg", "path"}
GLOBAL_ATTRIBUTES = {"class", "id", "title", "lang", "dir", "align", "role", "aria-label", "aria-hidden", "style"}
# The declarations of `style` that are kept (nh3 drops the others, and any value with a `url(`).
STYLE_PROPERTIES = {
    "color", "background-color", "text-align", "vertical-align", "font-weight", "font-style", "font-size",
    "text-decoration", "width", "max-width", "zoom", "display",
    "margin", "margin-left", "margin-right", "margin-top", "margin-bottom",
    # a row of pictures (`<div style="display:flex; gap:10px">`, Velog's and Tistory's side-by-side figures)
    "gap", "column-gap", "row-gap", "flex", "flex-wrap", "flex-direction", "justify-content", "align-items",
}  # fmt: skip
ATTRIBUTES = {
    "*": GLOBAL_ATTRIBUTES,
    "a": {"href", "name"},
    "span": {"data-search-exclude"},  # left out of search (a figure's placeholder: hooks/kb/posts/images.py)
    "img": {"src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding", "referrerpolicy"},
    "source": {"src", "srcset", "sizes", "type", "media", "width", "height"},
    "video": {"src", "poster", "controls", "width", "height", "loop", "muted", "playsinline", "preload"},
    "audio": {"src", "controls", "loop", "muted", "preload"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan", "valign", "width"},
    "th": {"colspan", "rowspan", "valign", "width", "scope"},
    "col": {"span", "width"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "details": {"open"},
    "input": {"type", "checked", "disabled", "name"},  # `name`: a content tab's radio group, one tab shown at a time
    "label": {"for"},
    "font": {"color", "size"},
    "svg": {"xmlns", "viewBox", "width", "height"},
    "path": {"d", "fill-rule", "clip-rule"},
}
URL_SCHEMES = {"http", "https", "mailto"}


# A picture held in the page itself (`![png](data:image/png;base64,...)`: a notebook converted to Markdown with its
# figures embedded, an image pasted into Typora or Jupyter) is kept as the `src` of an `<img>` when it is a raster
# image; every other `data:` URL (a page, a script, an SVG) anywhere is dropped.
_RASTER_DATA = re.compile(r"\s*data:image/(?:png|jpeg|jpg|gif|webp|avif|bmp)[;,]", re.I)


def _raster_data_only(tag: str, attribute: str, value: str) -> str | None:
    if value.lstrip()[:5].lower() != "data:":
        return value
    return value if tag in ("img", "source") and attribute == "src" and _RASTER_DATA.match(value) else None


def sanitize_html(html: str) -> str:
    """The same HTML with everything that could run removed (relative URLs are kept as they are)."""
    embedded = "data:" in html  # only then does any URL need looking at
    clean = nh3.clean(
        background_colours(html),
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES | {"data"} if embedded else URL_SCHEMES,
        attribute_filter=_raster_data_only if embedded else None,
        link_rel=None,
        filter_style_properties=STYLE_PROPERTIES,
        strip_comments=True,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"},
    )
    return readable_styles(clean)


# --- SVG files ------------------------------------------------------------------------------------
# A figure saved as SVG beside a note (matplotlib's `savefig('x.svg')`, a formula that readme2tex typeset
# for a GitHub README) is a drawing: shown with `<img>`, it runs nothing. Opened on its own from the site, an
# SVG runs the scripts it holds, so only one that can hold none is published: XML without a DOCTYPE (no
# entities), no element that runs, embeds, animates or links elsewhere, no `on...` handler, and no reference
# outside itself but a raster `data:` image; a `<style>` with no `url()` or `@import`.
_SVG_UNSAFE_ELEMENTS = {
    "script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "animate", "animatemotion",
    "animatetransform", "set", "discard",
}  # fmt: skip
_HREFS = {"href", "src"}
_OUTSIDE_URL = re.compile(r"url\(\s*(?![\'\"]?\s*#)", re.I)


def inert_svg(data: bytes) -> bool:
    """Whether this SVG file shows a drawing and can run nothing, opened on its own or as an image."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        return False
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return False
    if _local(root.tag) != "svg":
        return False
    for element in root.iter():
        name = _local(element.tag)
        if name in _SVG_UNSAFE_ELEMENTS:
            return False
        if name == "style" and re.search(r"url\s*\(|@import|expression\s*\(", element.text or "", re.I):
            return False
        for attribute, value in element.attrib.items():
            key = _local(attribute)
            if key.startswith("on") or _OUTSIDE_URL.search(value):
                return False
            if key in _HREFS and not (value.startswith("#") or _RASTER_DATA.match(value)):
                return False
    return True


def _local(name: str) -> str:
    """An XML name without its namespace (`{http://www.w3.org/2000/svg}script` -> `script`), lower-cased."""
    return name.rsplit("}", 1)[-1].lower() if isinstance(name, str) else ""
