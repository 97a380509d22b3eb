"""Notes: read every post under docs/notes/ into the registry and serve its normalized Markdown."""

from __future__ import annotations

from mkdocs.structure.files import File

from hooks.kb import registry
from hooks.kb.images import ImageIndex
from hooks.kb.ingest import read_note
from hooks.kb.listing import render_note_list
from hooks.kb.report import log_problem

NOTES_DIR = "notes/"
NOTE_LIST = "notes/index.md"


def is_note(src_uri: str) -> bool:
    return src_uri.startswith(NOTES_DIR) and src_uri.endswith(".md") and src_uri != NOTE_LIST


def on_config(config):
    registry.reset()


def on_files(files, config):
    images = ImageIndex.of(f.src_uri for f in files.media_files())
    for file in list(files.documentation_pages()):
        if not is_note(file.src_uri):
            continue
        note = read_note(file.src_uri, file.content_bytes, images)
        for problem in note.problems:
            log_problem(problem)
        registry.REGISTRY.add(note)
        if note.draft:
            files.remove(file)
    if files.get_file_from_path(NOTE_LIST) is None:
        files.append(
            File.generated(config, NOTE_LIST, content=render_note_list(registry.REGISTRY.published()))
        )
    return files


def on_page_markdown(markdown, page, config, files):
    note = registry.REGISTRY.get(page.file.src_uri)
    if note is None:
        return markdown
    page.meta = note.page_meta()
    return note.body
