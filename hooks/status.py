"""Status: the "노트 상태" page, made last, from every problem the earlier steps reported.

Its long lists of problems are HTML put in after Markdown (hooks/kb/pages/status.py says why).
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from hooks.generated import add_generated_page
from hooks.kb.concepts.candidates import candidates_markdown
from hooks.kb.pages.status import StatusPage, render_status
from hooks.kb.posts import registry

STATUS_PAGE = "status.md"
_page: StatusPage | None = None


def on_files(files, config):
    global _page
    candidates = candidates_markdown(registry.REGISTRY, STATUS_PAGE)
    page = render_status(registry.REGISTRY, STATUS_PAGE, candidates)
    added = add_generated_page(files, config, STATUS_PAGE, page.markdown, shows=tuple(page.lists.items()))
    _page = page if added else None
    return files


@event_priority(60)  # before hooks/sanitize.py, which strips the comments that mark where the lists go
def on_page_content(html, page, config, files):
    if page.file.src_uri != STATUS_PAGE or _page is None:
        return html

    def href(src_path: str) -> str | None:
        file = files.get_file_from_path(src_path)
        return get_relative_url(file.url, page.file.url) if file is not None else None

    return _page.fill(html, href, registry.REGISTRY)
