"""A crawler over a built site folder: every internal link, image, script and stylesheet, and whether
its target file (and `#fragment`) exists. Plain HTML parsing, no server: it reads `site/` as it is."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

_URL_ATTRS = {("a", "href"), ("img", "src"), ("script", "src"), ("link", "href"), ("source", "src")}


@dataclass(frozen=True)
class Broken:
    page: str  # site-relative path of the HTML file
    url: str  # as written
    why: str


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        if tag == "link" and values.get("rel") in ("canonical", "alternate"):
            return  # absolute URLs of the published site, checked by the meta tests
        for element, attr in _URL_ATTRS:
            if tag == element and values.get(attr):
                self.urls.append(values[attr])


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(site_dir: Path, site_url: str = "") -> list[Broken]:
    """Every internal URL in every HTML page of `site_dir` that does not resolve to a file (or fragment)."""
    pages = {str(p.relative_to(site_dir)).replace("\\", "/"): _parse(p) for p in site_dir.rglob("*.html")}
    site_path = urlsplit(site_url).path or "/"
    broken: list[Broken] = []
    for name, page in pages.items():
        for url in page.urls:
            if url.startswith(site_url) and site_url:
                url = url[len(site_url.rstrip("/")) :]
            parts = urlsplit(url)
            if parts.scheme or parts.netloc:
                continue  # off the site: not ours to resolve (the browser tests check none is fetched)
            target = _target_file(name, unquote(parts.path), site_path)
            if target is None or not (site_dir / target).is_file():
                broken.append(Broken(name, url, f"no file {target}"))
            elif parts.fragment and target.endswith(".html"):
                ids = pages[target].ids if target in pages else _parse(site_dir / target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(Broken(name, url, f"no id '{unquote(parts.fragment)}' in {target}"))
    return broken


def _target_file(page: str, path: str, site_path: str) -> str | None:
    if not path:
        return page
    if path.startswith("/"):
        if not path.startswith(site_path):
            return None
        joined = posixpath.normpath(path[len(site_path) :] or ".")
    else:
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if joined.startswith(".."):
        return None
    if path.endswith("/") or joined == ".":
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined
