"""Share: what a chat app (KakaoTalk, Slack, Discord) shows when a page's link is pasted.

Each page gets `page.meta["share"]` (title, plain-text Korean description, type, a note's cover image as
an absolute URL) and, when it had none, a `description`; overrides/main.html writes them as Open Graph and
Twitter card tags next to Material's canonical link. Runs last in `on_page_content`, on the finished article
HTML, so the summary is taken from what the reader sees (formulas left out). The work is in `hooks/kb/pages/summary.py`.
"""

from __future__ import annotations

from markupsafe import escape
from mkdocs.plugins import event_priority

from hooks.guard import note_step
from hooks.kb.pages.note_page import preview_image
from hooks.kb.pages.summary import summary_from_html, summary_from_markdown
from hooks.kb.posts import registry


@event_priority(-100)  # after every other step has changed the page's HTML
@note_step("the share summary")
def on_page_content(html, page, config, files):
    note = registry.REGISTRY.get(page.file.src_uri)
    written = (note.description if note else None) or page.meta.get("description")
    description = summary_from_markdown(str(written)) if written else summary_from_html(html)
    description = description or summary_from_markdown(config.site_description or config.site_name)
    # MkDocs' Jinja does not autoescape, and Material writes `description` into an attribute as it is:
    # escaped here once, a quote or `<` in a note cannot break the page's head.
    page.meta["description"] = escape(description)
    image = preview_image(note, config.site_url, lambda path: _url_of(files, path)) if note else None
    page.meta["share"] = {
        "title": escape(str(page.meta.get("title") or page.title or config.site_name)),
        "description": escape(description),
        "type": "article" if note else "website",
        "image": escape(image) if image else None,
    }
    return html


def _url_of(files, path: str) -> str | None:
    file = files.get_file_from_path(path)
    return file.url if file is not None else None
