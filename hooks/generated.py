"""MkDocs glue shared by the hooks (not itself a hook: it has no `on_*`)."""

from __future__ import annotations

from markdown.extensions.toc import slugify as toc_default_slugify
from mkdocs.structure.files import File


def site_slugify(config):
    """The slugify the site's toc makes heading ids with (mkdocs.yml, else toc's own default), so a link's
    `#anchor` is the id of the heading it points at."""
    return config.mdx_configs.get("toc", {}).get("slugify") or toc_default_slugify


def add_generated_page(files, config, path: str, markdown: str) -> bool:
    """Add a generated page unless a hand-written one sits at `path` (it wins); True if added."""
    if files.get_file_from_path(path) is not None:
        return False
    files.append(File.generated(config, path, content=markdown))
    return True
