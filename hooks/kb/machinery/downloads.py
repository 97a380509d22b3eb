"""Images from other hosts downloaded once into a cache, so a published site stops depending on them.

Opt-in (`extra: notes: download_images: true` in mkdocs.yml). Each URL is fetched at most once into
`cache_dir`, under a name made from the URL's digest (the cache is keyed by URL: a second build, or
`mkdocs serve`, asks no host again). Only images are kept (an `image/*` answer, at most `MAX_BYTES`); what
fails is reported and the page shows the image from its host instead.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 15.0
_SUFFIXES = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/svg+xml": ".svg",
    "image/avif": ".avif",
    "image/bmp": ".bmp",
}


@dataclass(frozen=True)
class Download:
    url: str
    path: Path | None  # the cached copy, or None when it could not be had
    error: str = ""


def cache_name(url: str, content_type: str = "") -> str:
    """The cached file's name: the URL's digest, and an image extension (from the type, else the URL)."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    suffix = _SUFFIXES.get(content_type.split(";")[0].strip().lower())
    if suffix is None:
        ext = posixpath.splitext(urlsplit(url).path)[1].lower()
        suffix = ext if ext in _SUFFIXES.values() or ext == ".jpeg" else ".img"
    return digest + suffix


def cached(url: str, cache_dir: Path) -> Path | None:
    prefix = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    found = sorted(cache_dir.glob(prefix + ".*")) if cache_dir.is_dir() else []
    return found[0] if found else None


def fetch(url: str, cache_dir: Path, timeout: float = TIMEOUT) -> Download:
    """The URL's image in the cache (downloaded now if it is not there yet)."""
    found = cached(url, cache_dir)
    if found is not None:
        return Download(url, found)
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "study-notes-kb image cache"})
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
            kind = response.headers.get("Content-Type", "")
            if not kind.lower().startswith("image/"):
                return Download(url, None, f"the answer is not an image ({kind or 'no type'})")
            data = response.read(MAX_BYTES + 1)
    except (OSError, ValueError) as exc:  # URLError, HTTPError, timeouts are OSErrors
        return Download(url, None, str(getattr(exc, "reason", exc)) or type(exc).__name__)
    if len(data) > MAX_BYTES:
        return Download(url, None, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / cache_name(url, kind)
    with tempfile.NamedTemporaryFile(dir=cache_dir, delete=False) as tmp:  # whole or not at all
        tmp.write(data)
    os.replace(tmp.name, target)
    return Download(url, target)


def fetch_all(urls, cache_dir: Path, threads: int = 8) -> dict[str, Download]:
    """Every URL (http and https only) fetched or found in the cache, a few at a time."""
    wanted = sorted({u for u in urls if urlsplit(u).scheme in ("http", "https")})
    if not wanted:
        return {}
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return {d.url: d for d in pool.map(lambda u: fetch(u, cache_dir), wanted)}
