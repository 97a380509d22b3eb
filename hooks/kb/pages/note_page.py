"""What every note page shows above the author's text: title, date, categories, author, cover image."""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import unquote, urljoin

from hooks.kb.pages.listing import escape_markdown
from hooks.kb.posts.images import banner_html
from hooks.kb.posts.local_urls import SCHEME
from hooks.kb.posts.note import Note


def korean_date(moment) -> str:
    return f"{moment.year}년 {moment.month}월 {moment.day}일"


def note_header(note: Note, page_path: str) -> str:
    """Markdown put before the body: the title as the page's only h1, then a line of metadata.
    (Tags are shown by Material's tags plugin from the page metadata.)"""
    parts: list[str] = []
    if note.date:
        parts.append(f'<time datetime="{note.date.isoformat()}">{korean_date(note.date)}</time>')
    if note.updated and (not note.date or note.updated.date() != note.date.date()):
        parts.append(f'수정 <time datetime="{note.updated.isoformat()}">{korean_date(note.updated)}</time>')
    if note.categories:
        names = ", ".join(f'<span class="kb-category">{html.escape(c)}</span>' for c in note.categories)
        parts.append(f"분류 {names}")
    if note.author:
        parts.append(f"글쓴이 {html.escape(note.author)}")
    meta = f'<p class="kb-note-meta">{" · ".join(parts)}</p>\n\n' if parts else ""
    banner = banner_html(note.banner) + "\n\n" if note.banner is not None else ""
    return f"# {escape_markdown(note.title)}\n\n{meta}{banner}"


def preview_image(note: Note, site_url: str, url_of: Callable[[str], str | None]) -> str | None:
    """The absolute URL of the note's cover image, for `og:image` (as Chirpy's jekyll-seo-tag gives it);
    `url_of(docs path)` is a site file's URL. None when the note has none, or it is missing."""
    if note.banner is None or note.banner.url is None:
        return None
    if not note.banner.url.startswith(SCHEME):
        return note.banner.url
    url = url_of(unquote(note.banner.url[len(SCHEME) :].split("#", 1)[0]))
    return urljoin(site_url or "", url) if url is not None else None
