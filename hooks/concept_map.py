"""Concept map: `concepts/map/`, every concept and its relations drawn as one SVG, each box a link.

The page (title, a line of text, the concepts listed by family for readers who do not see the picture)
is generated in `on_files`, after hooks/concepts.py has built the concept index. The SVG goes into the
page's HTML in `on_page_content`, after hooks/sanitize.py: it is the site's own markup, which nh3 would
strip from a generated page. The drawing is `hooks/kb/concepts/map.py`'s.
"""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from hooks.generated import add_generated_page
from hooks.kb.concepts.map import render_concept_map
from hooks.kb.concepts.pages import page_path
from hooks.kb.pages.listing import escape_markdown
from hooks.kb.posts import registry

MAP_PAGE = "concepts/map.md"
SLOT = '<div class="kb-concept-map"></div>'


def on_files(files, config):
    index = registry.REGISTRY.concepts
    counts = tuple((c, len(coverage.notes)) for c, coverage in index.coverages.items()) if index else ()
    add_generated_page(files, config, MAP_PAGE, _map_markdown(index.registry if index else None), shows=counts)
    return files


def on_page_content(html, page, config, files):
    index = registry.REGISTRY.concepts
    if page.file.src_uri != MAP_PAGE or SLOT not in html:
        return html
    if index is None or not index.registry.concepts:
        return html.replace(
            SLOT, "<p><code>docs/concepts.yml</code>에 개념이 없어 그릴 것이 없습니다.</p>", 1
        )

    def href(concept_id: str) -> str:
        return get_relative_url(files.get_file_from_path(page_path(concept_id)).url, page.url)

    def notes_of(concept_id: str) -> int:
        return len(index.coverages[concept_id].notes)

    svg = render_concept_map(index.registry, href, notes_of)
    # Out of the search index: box labels would make the map a hit for every concept name.
    return html.replace(SLOT, f'<div class="kb-concept-map" data-search-exclude="true">{svg}</div>', 1)


def _map_markdown(concepts) -> str:
    lines = [
        "---",
        "title: 개념 지도",
        "description: 개념과 그 관계를 한 장의 그림으로 봅니다. 상자를 누르면 그 개념의 페이지로 갑니다.",
        "hide: [navigation, toc]  # the picture needs the page's whole width",
        "---",
        "",
        "# 개념 지도",
        "",
        "개념을 분류별 열로 놓고 관계를 선으로 이었습니다. 상자를 누르면 그 개념의 페이지로 갑니다.",
        "",
        SLOT,
        "",
        "## 분류별 개념",
        "",
    ]
    for family_id, family in concepts.families if concepts else ():
        members = [c for c in concepts.concepts if c.family == family_id]
        if members:
            links = ", ".join(f"[{escape_markdown(c.name)}]({c.id}.md)" for c in members)
            lines.append(f"- **{escape_markdown(family)}**: {links}")
    return "\n".join(lines) + "\n"
