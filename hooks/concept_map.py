"""Concept map: `concepts/map/`, a drawing per family of concepts, each box a link to the concept's page.

The page (title, a line of text, a heading per family) is generated in `on_files`, after
hooks/concepts.py has built the concept index. Each family's drawing and its list for narrow screens go
into the page's HTML in `on_page_content`, after hooks/sanitize.py: they are the site's own markup, which
nh3 would strip from a generated page. The drawings are `hooks/kb/concepts/map.py`'s.
"""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from hooks.generated import add_generated_page
from hooks.kb.concepts.map import legend, render_family
from hooks.kb.concepts.pages import page_path
from hooks.kb.pages.listing import escape_markdown
from hooks.kb.posts import registry

MAP_PAGE = "concepts/map.md"
SLOT = '<div class="kb-concept-map kb-map-of-{}"></div>'  # a class: nh3 keeps no data- attribute
LEGEND = '<p class="kb-map-legend"></p>'


def on_files(files, config):
    index = registry.REGISTRY.concepts
    counts = tuple((c, len(coverage.notes)) for c, coverage in index.coverages.items()) if index else ()
    add_generated_page(files, config, MAP_PAGE, _map_markdown(index.registry if index else None), shows=counts)
    return files


def on_page_content(html, page, config, files):
    index = registry.REGISTRY.concepts
    if page.file.src_uri != MAP_PAGE or LEGEND not in html:
        return html
    if index is None or not index.registry.concepts:
        return html.replace(LEGEND, "<p><code>docs/concepts.yml</code>에 개념이 없어 그릴 것이 없습니다.</p>", 1)

    def href(concept_id: str) -> str:
        return get_relative_url(files.get_file_from_path(page_path(concept_id)).url, page.url)

    def notes_of(concept_id: str) -> int:
        return len(index.coverages[concept_id].notes)

    html = html.replace(LEGEND, legend(), 1)
    for family_id, _ in index.registry.families:
        drawing = render_family(index.registry, family_id, href, notes_of)
        # Out of the search index: box labels would make the map a hit for every concept name.
        html = html.replace(
            SLOT.format(family_id),
            f'<div class="kb-concept-map" data-family="{family_id}" data-search-exclude="true">{drawing}</div>',
            1,
        )
    return html


def _map_markdown(concepts) -> str:
    lines = [
        "---",
        "title: 개념 지도",
        "description: 분류별로 개념과 그 관계를 그림으로 봅니다. 상자를 누르면 그 개념의 페이지로 갑니다.",
        "hide: [navigation, toc]  # the drawings need the page's whole width",
        "---",
        "",
        "# 개념 지도",
        "",
        "분류마다 개념을 상자로 놓고, 한 종류인 개념과 구성 요소를 그 아래에 들여 써서 선으로 이었습니다. "
        "상자를 누르면 그 개념의 페이지로 갑니다. 분류를 넘는 관계와 함께 볼 개념은 각 개념 페이지에 있습니다.",
        "",
        LEGEND,
        "",
    ]
    for family_id, family in concepts.families if concepts else ():
        if any(c.family == family_id for c in concepts.concepts):
            lines += [f"## {escape_markdown(family)}", "", SLOT.format(family_id), ""]
    return "\n".join(lines) + "\n"
