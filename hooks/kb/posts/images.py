"""Images in notes: find the file wherever the blog kept it, or show a visible placeholder.

Blogs point at images in their own layout (`/assets/images/x.png`, `../img/post/x.png`). We look,
in order: relative to the note, from the docs root (a Jekyll site root), then by file name anywhere
under docs/ when exactly one file has it. External images become a link: viewing never needs the
internet. A missing image becomes a placeholder showing its alt text, never a broken icon.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from hooks.kb.posts.report import Problem

# ![alt](url "title") with one level of nested brackets in alt; <img ... src="url" ...>
_MD_IMAGE = re.compile(
    r"!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*<?(?P<url>[^)\s>]+)>?(?:\s+[\"'][^\n]*?[\"'])?\s*\)"
    r"(?P<attrs>\{:?[^{}\n]*\})?"  # kramdown/attr_list attributes: kept for a real image only
)
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*([\"'])(?P<url>[^\"']*)\1[^>]*>", re.I)
_ALT_ATTR = re.compile(r"\balt\s*=\s*([\"'])(?P<alt>[^\"']*)\1", re.I)
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


@dataclass(frozen=True)
class ImageIndex:
    """What image files exist under docs/: their paths, and paths by lower-cased file name."""

    paths: frozenset[str]
    by_name: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, paths) -> ImageIndex:
        by_name: dict[str, list[str]] = {}
        for path in paths:
            by_name.setdefault(posixpath.basename(path).lower(), []).append(path)
        return cls(frozenset(paths), {k: tuple(v) for k, v in by_name.items()})

    def resolve(self, note_path: str, url: str) -> str | None:
        """The docs-relative path of the image `url` written in `note_path`, or None."""
        target = url.split("#", 1)[0].split("?", 1)[0]
        if not target:
            return None
        from urllib.parse import unquote

        target = unquote(target)
        base = posixpath.dirname(note_path)
        candidates = [target.lstrip("/")] if target.startswith("/") else [posixpath.join(base, target)]
        for candidate in candidates:
            candidate = posixpath.normpath(candidate)
            if candidate in self.paths:
                return candidate
        same_name = self.by_name.get(posixpath.basename(target).lower(), ())
        return same_name[0] if len(same_name) == 1 else None


def placeholder(alt: str, reason: str = "이미지 없음") -> str:
    label = html.escape(alt.strip() or "이미지", quote=True)
    return (
        f'<span class="kb-missing-image" role="img" aria-label="{reason}: {label}">{reason}: {label}</span>'
    )


def external_link(alt: str, url: str) -> str:
    label = html.escape(alt.strip() or "이미지", quote=True)
    return f'<a class="kb-external-image" href="{html.escape(url, quote=True)}">외부 이미지: {label}</a>'


def fix_images(
    body: str, note_path: str, index: ImageIndex, line_of: Callable[[int], int]
) -> tuple[str, list[Problem]]:
    """Rewrite image references in `body`; `line_of(offset)` gives the source line for warnings."""
    problems: list[Problem] = []

    def rewrite(match: re.Match, alt: str) -> str:
        url = match.group("url").strip()
        if url.startswith("data:"):
            return match.group(0)
        line = line_of(match.start())
        if _EXTERNAL.match(url):
            problems.append(
                Problem(
                    note_path,
                    line,
                    f"image '{url}' is on another site",
                    "shown as a link, so the page loads nothing from outside",
                    "info",
                )
            )
            return external_link(alt, url)
        found = index.resolve(note_path, url)
        if found is None:
            problems.append(
                Problem(
                    note_path,
                    line,
                    f"image '{url}' not found under docs/",
                    "shown as a placeholder with its alt text",
                )
            )
            return placeholder(alt)
        relative = posixpath.relpath(found, posixpath.dirname(note_path) or ".")
        return match.group(0).replace(match.group("url"), relative.replace(" ", "%20"), 1)

    body = _MD_IMAGE.sub(lambda m: rewrite(m, m.group("alt")), body)

    def rewrite_html(m: re.Match) -> str:
        alt = _ALT_ATTR.search(m.group(0))
        return rewrite(m, alt.group("alt") if alt else "")

    return _HTML_IMAGE.sub(rewrite_html, body), problems
