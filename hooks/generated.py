"""MkDocs glue shared by the hooks (not itself a hook: it has no `on_*`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from markdown.extensions.toc import slugify as toc_default_slugify
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from hooks.kb.machinery.rendered import Inputs

# What each page shows besides its own source, as the steps that put it there declare it
# (`page_shows`): under `mkdocs serve --dirty`, hooks/serve.py renders a page again when it changed.
PAGE_INPUTS = Inputs()


def page_shows(src_uri: str | None, value: Callable[[], Hashable], source: bool = False) -> None:
    """Declare that page `src_uri` (None: every page) shows `value()` besides its own source file: a
    step that puts on a page something made from other files (other notes, docs/concepts.yml) says so
    in `on_files` or `on_nav`; `source=True`: `value()` is what the page's Markdown is made from, in
    place of its file. `value` is called only under `mkdocs serve --dirty`."""
    PAGE_INPUTS.add(src_uri, value, source)


def site_slugify(config):
    """The slugify the site's toc makes heading ids with (mkdocs.yml, else toc's own default), so a link's
    `#anchor` is the id of the heading it points at."""
    return config.mdx_configs.get("toc", {}).get("slugify") or toc_default_slugify


def add_generated_page(files, config, path: str, markdown: str, shows: Hashable = ()) -> bool:
    """Add a generated page unless a hand-written one sits at `path` (it wins); True if added.

    `shows`: whatever the page shows besides its Markdown (HTML put in later). A generated page lists or
    links notes, so it also shows every page's URL."""
    if files.get_file_from_path(path) is not None:
        return False
    files.append(File.generated(config, path, content=markdown))
    page_shows(path, lambda: (markdown, repr(shows), str(_links(files))), source=True)
    return True


_links_of: tuple[Files, int] | None = None


def _links(files: Files) -> int:
    """A version of every hand-written page's and note's URL: a generated page's links follow them."""
    global _links_of
    if _links_of is None or _links_of[0] is not files:
        pages = tuple((f.src_uri, f.url) for f in files.documentation_pages() if f.generated_by is None)
        _links_of = (files, hash(pages))
    return _links_of[1]


def sort_pages(nav, key: Callable[[str], str | None]):
    """Sort the pages of each section by `key(src_uri)` (pages whose key is None first, as they were),
    and link each page to the ones before and after it again. For generated pages, which
    awesome-pages' `order_by: title` cannot read."""

    def sort(items: list) -> None:
        keyed = [item for item in items if isinstance(item, Page) and key(item.file.src_uri) is not None]
        if keyed:
            rest = [item for item in items if item not in keyed]
            items[:] = rest + sorted(keyed, key=lambda page: key(page.file.src_uri).casefold())
        for item in items:
            if isinstance(item, Section):
                sort(item.children)

    sort(nav.items)
    return _relinked(nav)


def group_pages(nav, group: Callable[[str], str | None], order: tuple[str, ...]):
    """In each section, the pages whose `group(src_uri)` is a title moved into a section of that title,
    in `order` (unknown titles last), each keeping the pages' order; pages of no group stay first. A
    section's pages are then what its own entry in the sidebar opens to: with navigation.prune the other
    groups' pages are not written into a page of one group."""

    def regroup(parent: Section | None, items: list) -> None:
        for item in items:
            if isinstance(item, Section):
                regroup(item, item.children)
        grouped: dict[str, list[Page]] = {}
        for item in items:
            title = group(item.file.src_uri) if isinstance(item, Page) else None
            if title is not None:
                grouped.setdefault(title, []).append(item)
        if grouped:
            rank = {title: n for n, title in enumerate(order)}
            sections = []
            for title in sorted(grouped, key=lambda t: (rank.get(t, len(rank)), t)):
                pages = sorted(grouped[title], key=lambda page: not page.is_index)  # the section's own first
                section = Section(title, pages)
                section.parent = parent
                for page in pages:
                    page.parent = section
                sections.append(section)
            moved = {id(page) for pages in grouped.values() for page in pages}
            items[:] = [item for item in items if id(item) not in moved] + sections

    regroup(None, nav.items)
    return _relinked(nav)


def move_pages(nav, paths: set[str], beside: str):
    """The pages at `paths` moved into the section of the page at `beside` (or the top), from wherever the
    navigation put them: a generated page in a folder of its own is in a section of its own, which goes
    when it is left empty."""
    moved: list[Page] = []
    target: list = [None, nav.items]

    def take(parent: Section | None, items: list) -> None:
        for item in list(items):
            if isinstance(item, Section):
                take(item, item.children)
                if not item.children:
                    items.remove(item)
            elif isinstance(item, Page) and item.file.src_uri in paths:
                items.remove(item)
                moved.append(item)
            elif isinstance(item, Page) and item.file.src_uri == beside:
                target[:] = [parent, items]

    take(None, nav.items)
    parent, items = target
    for page in moved:
        page.parent = parent
        items.append(page)
    return _relinked(nav)


def _relinked(nav):
    """`nav` with its list of pages in the order of its items, each page linked to the ones before and after."""
    nav.pages[:] = list(_pages(nav.items))
    for before, page, after in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None], strict=True):
        page.previous_page, page.next_page = before, after
    return nav


def _pages(items):
    for item in items:
        if isinstance(item, Section):
            yield from _pages(item.children)
        elif isinstance(item, Page):
            yield item
