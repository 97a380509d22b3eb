"""Figures a note holds as `data:` URLs (a notebook's plots, `![png](data:image/png;base64,...)`; an image pasted
into Typora or Jupyter as `<img src="data:...">`) written into the site as files of their own.

Inlined, every figure's bytes (a third more, as base64) were in the page's HTML: a notebook of a dozen plots made
a page of megabytes that the reader downloaded whole before the first line showed, and again in every concept
page quoting it. As files (`assets/figures/<digest>.<ext>`, named by their content, so the same plot is one
file), the page holds a `kb-docs:` link to each, loaded lazily as the reader scrolls; what shows is the same
picture, at the same place.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.local_urls import docs_url

FOLDER = "assets/figures/"
_EXTENSIONS = {"png": "png", "jpeg": "jpg", "jpg": "jpg", "gif": "gif", "webp": "webp"}
_DATA = r"data:image/(?P<kind>png|jpe?g|gif|webp);base64,(?P<data>[A-Za-z0-9+/=\s]+?)"
# A Markdown image of a data URL (with a kramdown or attr_list attribute list after it, kept).
_MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\(\s*" + _DATA + r"\s*\)(?P<attrs>\{[^}\n]*\})?")
_HTML_SOURCE = re.compile(r"(?P<lead><img\b[^>]*?\ssrc\s*=\s*)(?P<q>[\"'])" + _DATA + r"(?P=q)", re.I)


# what every picture of these kinds starts with (a browser shows one whatever kind its URL says it is)
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
_RASTER_URL = re.compile(r"data:image/(?:png|jpe?g|gif|webp|avif|bmp);base64,(?P<data>.*)", re.I | re.S)


def broken_data_figure(url: str) -> bool:
    """Whether `url` is a raster figure's `data:` URL a browser cannot show: its base64 does not decode (cut off,
    mangled by a copy), or what it decodes to is no picture. Such a figure was a broken image with nothing said."""
    m = _RASTER_URL.match(url.strip())
    if m is None:
        return False
    try:
        content = base64.b64decode(re.sub(r"\s+", "", m["data"]), validate=True)
    except (binascii.Error, ValueError):
        return True
    webp_or_avif = content[:4] == b"RIFF" and content[8:12] == b"WEBP" or content[4:8] == b"ftyp"
    return not (content.startswith(_MAGIC) or webp_or_avif)


@dataclass(frozen=True)
class Figure:
    path: str  # docs-relative: where the file is written
    content: bytes


def figures_apart(body: str) -> tuple[str, tuple[Figure, ...]]:
    """`body` with each `data:` figure outside code as a lazily loaded link to a file of its own, and those files."""
    if "data:image/" not in body:
        return body, ()
    protected = protect_code(body)
    figures: dict[str, Figure] = {}

    def saved(kind: str, data: str) -> str | None:
        try:
            content = base64.b64decode(re.sub(r"\s+", "", data), validate=True)
        except (binascii.Error, ValueError):
            return None  # not base64: left as written, as the browser would fail on it alike
        path = f"{FOLDER}{hashlib.sha256(content).hexdigest()[:20]}.{_EXTENSIONS[kind.lower()]}"
        figures.setdefault(path, Figure(path, content))
        return docs_url(path)

    def markdown_image(m: re.Match) -> str:
        url = saved(m["kind"], m["data"])
        if url is None:
            return m.group(0)
        attrs = (m["attrs"] or "{}")[1:-1].strip().removeprefix(":").strip()
        lazy = attrs if "loading" in attrs else f'{attrs} loading="lazy"'.strip()
        return f"![{m['alt']}]({url}){{: {lazy} }}"

    def html_image(m: re.Match) -> str:
        url = saved(m["kind"], m["data"])
        if url is None:
            return m.group(0)
        lead = m["lead"] if re.search(r"\sloading\s*=", m["lead"], re.I) else '<img loading="lazy"' + m["lead"][4:]
        return f"{lead}{m['q']}{url}{m['q']}"

    text = _HTML_SOURCE.sub(html_image, _MARKDOWN_IMAGE.sub(markdown_image, protected.text))
    return (protected.restore(text), tuple(figures.values())) if figures else (body, ())
