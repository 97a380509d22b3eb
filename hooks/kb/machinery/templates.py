"""A page's HTML as the theme's templates wrote it, kept for the next build made of the same things.

The theme's templates write a page from what its context holds: the page (its HTML, title, table of
contents, metadata, URL, neighbours, edit and canonical links), the navigation (every page's title, URL
and the metadata Material shows there: icon, subtitle, status), the site's configuration (theme, extra,
plugins' settings), the templates themselves (the theme's code, the site's own theme folder) and what
plugins add to the context (Material's tag links). `site_inputs` digests what all pages share, once a
build; `page_inputs` is what is the page's own; a page whose inputs are all the same is the same page.
Material's templates read nothing else (no clock: `build_date_utc` is not shown; nothing random). A value
that has no form stable across processes (an object shown by its address) makes `site_inputs` None: no
page of that build is kept or taken.

Knows nothing of notes.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Mapping
from pathlib import Path

import jinja2
from mkdocs.structure.nav import Link, Section

from hooks.kb.machinery.cache import stable_digest

# What MkDocs puts in every page's context; anything else a plugin added, and is part of the page's inputs.
_MKDOCS_CONTEXT = frozenset(
    {
        "nav",
        "pages",
        "base_url",
        "extra_css",
        "extra_javascript",
        "mkdocs_version",
        "build_date_utc",
        "config",
        "page",
    }
)
# What Material's navigation shows of every page's metadata (partials/nav-item.html).
_NAV_META = ("icon", "subtitle", "status")
# Configuration the templates do not read (their effect on a page is in its HTML) or that holds code.
_NOT_SHOWN = frozenset(
    {"plugins", "hooks", "markdown_extensions", "mdx_configs", "config_file_path", "docs_dir", "site_dir"}
)


class Unstable(ValueError):
    """A value whose only form is its address: it would give another key in every process."""


def site_inputs(config, nav) -> bytes | None:
    """What every page's HTML is made of besides the page: the navigation, the configuration the templates
    read and the site's own theme folder (`overrides/`); None if some of it has no stable form."""
    try:
        shown = [(name, _plain(value)) for name, value in config.items() if name not in _NOT_SHOWN]
        plugins = [(name, _plain(getattr(plugin, "config", None))) for name, plugin in config.plugins.items()]
    except Unstable:
        return None
    theme = (tuple(config.theme.dirs), folder_contents(config.theme.custom_dir))
    return stable_digest((navigation(nav.items), shown, plugins, theme))


def page_inputs(name: str, context: Mapping) -> tuple:
    """What the page's HTML is made of that is its own, as plain values (`cache.key_digest`)."""
    page = context["page"]
    neighbours = tuple(
        (str(other.title), other.url) if other is not None else None
        for other in (page.previous_page, page.next_page)
    )
    added = tuple((key, repr(_plain(context[key]))) for key in sorted(context.keys() - _MKDOCS_CONTEXT))
    return (
        name,
        page.url,
        page.file.src_uri,
        str(page.title),
        page.content,
        _toc(page.toc),
        repr(_plain(page.meta)),
        page.canonical_url,
        page.edit_url,
        neighbours,
        str(context.get("base_url")),
        repr(_plain(context.get("extra_css"))),
        repr(_plain(context.get("extra_javascript"))),
        added,
    )


def kept_template_class(kept: Callable[[str, Mapping, Callable[[], str]], str]) -> type[jinja2.Template]:
    """A Jinja template class (`jinja2.Environment.template_class`) whose render of a page asks
    `kept(template name, context, render)`. Templates rendered without a page (404, sitemap) render."""

    class KeptTemplate(jinja2.Template):
        def render(self, *args, **kwargs) -> str:
            context = dict(*args, **kwargs)
            if context.get("page") is None or self.name is None:
                return jinja2.Template.render(self, context)
            return kept(self.name, context, lambda: jinja2.Template.render(self, context))

    return KeptTemplate


def navigation(items, title: Callable | None = None, meta: tuple[str, ...] = _NAV_META) -> tuple:
    """The navigation as the theme shows it: sections, links and pages, a page by `title(page)` (its own
    title without `title`), its URL and file and the metadata `meta` names (what Material's navigation
    shows, by default)."""
    shown = []
    for item in items:
        if isinstance(item, Section):
            shown.append(("section", str(item.title), navigation(item.children, title, meta)))
        elif isinstance(item, Link):
            shown.append(("link", str(item.title), item.url))
        else:
            shown_meta = tuple(repr(_plain(item.meta.get(key))) for key in meta)
            name = str(item.title) if title is None else title(item)
            shown.append(("page", name, item.url, item.file.src_uri, shown_meta))
    return tuple(shown)


def _toc(items) -> tuple:
    return tuple((str(a.title), a.id, a.level, _toc(a.children)) for a in items)


def _plain(value) -> object:
    """`value` as plain data: mappings, lists and sets of strings and numbers; a tag reference by its
    name and URL; a function by its name; anything else by its `repr`, unless that is only an address
    (`Unstable`)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return tuple((str(key), _plain(item)) for key, item in value.items())
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, set | frozenset):
        return tuple(sorted(repr(_plain(item)) for item in value))
    if hasattr(value, "name") and hasattr(value, "url") and not callable(value):
        return (type(value).__name__, str(value.name), str(value.url))
    if isinstance(value, functools.partial):  # a slugify function with its options
        return ("partial", _plain(value.func), _plain(value.args), _plain(value.keywords))
    if isinstance(value, types.FunctionType | types.BuiltinFunctionType):  # code: in the cache's code digest
        return ("function", value.__module__, value.__qualname__)
    shown = repr(value)
    if " at 0x" in shown:
        raise Unstable(shown)
    return shown


def folder_contents(folder: str | None) -> tuple:
    """Every file of `folder` (the site's theme folder) by its path and bytes; () if there is none."""
    if not folder or not Path(folder).is_dir():
        return ()
    root = Path(folder)
    return tuple(
        sorted((p.relative_to(root).as_posix(), p.read_bytes()) for p in root.rglob("*") if p.is_file())
    )
