"""MkDocs glue shared by the hooks that generate pages (not itself a hook: it has no `on_*`)."""

from __future__ import annotations

from mkdocs.structure.files import File


def add_generated_page(files, config, path: str, markdown: str) -> bool:
    """Add a generated page unless a hand-written one sits at `path` (it wins); True if added."""
    if files.get_file_from_path(path) is not None:
        return False
    files.append(File.generated(config, path, content=markdown))
    return True
