"""Sanitize: the HTML of every page made from notes (note pages and generated pages) runs nothing."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from hooks.guard import note_step
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.machinery.sanitize import sanitize_html
from hooks.kb.posts import registry

_SANITIZED = BuildMemo("sanitized", in_memory=False)  # by the page's HTML: nh3's result depends on nothing else


@event_priority(50)  # before other steps add their own trusted markup (MathML, links)
@note_step("sanitizing")
def on_page_content(html, page, config, files):
    if registry.REGISTRY.get(page.file.src_uri) is None and page.file.generated_by is None:
        return html  # a hand-written page of the site is trusted
    return _SANITIZED.get(html, lambda: sanitize_html(html))
