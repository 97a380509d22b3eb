"""Notes: read every post under docs/notes/ into the registry, give it its URL, serve its Markdown."""

from __future__ import annotations

import os

from hooks.generated import add_generated_page, page_shows
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.pages.listing import render_note_list
from hooks.kb.pages.note_page import note_header
from hooks.kb.posts import registry
from hooks.kb.posts.images import ImageIndex
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.report import Problem, log_problem

NOTES_DIR = "notes/"
NOTE_LIST = "notes/index.md"
# A note read in the last build is not read again while its bytes and the site's images are the same.
_READ = BuildMemo()


def is_note(src_uri: str) -> bool:
    return src_uri.startswith(NOTES_DIR) and src_uri.endswith(".md") and src_uri != NOTE_LIST


def on_config(config):
    registry.reset()
    _READ.next_build()


def on_files(files, config):
    images = ImageIndex.of(f.src_uri for f in files.media_files())
    for file in [f for f in files.documentation_pages() if is_note(f.src_uri)]:
        raw = file.content_bytes
        note, problems = _READ.get(
            (file.src_uri, raw, images.paths), lambda f=file, raw=raw: read_note(f.src_uri, raw, images)
        )
        if note is None or note.draft:
            files.remove(file)
        if note is not None:
            registry.REGISTRY.add(note)
            if not _is_utf8(raw):
                # MkDocs would re-read the raw bytes as UTF-8 and crash. Only then: a file given
                # content counts as modified, which would defeat `mkdocs serve --dirty`.
                file.content_string = note.body
        registry.REGISTRY.problems.extend(problems)
    for note, old_url in registry.REGISTRY.settle_urls():
        registry.REGISTRY.problems.append(
            Problem(
                note.src_path,
                0,
                f"another note already has the URL '{old_url}'",
                f"this one is at '{note.url}'",
            )
        )
    for note in registry.REGISTRY.published():
        _move(files.get_file_from_path(note.src_path), note.url, config)
        page_shows(
            note.src_path, lambda n=note: (n.body, repr(n.page_meta()), note_header(n, n.src_path)), True
        )
    for problem in registry.REGISTRY.problems:
        log_problem(problem)
    add_generated_page(files, config, NOTE_LIST, render_note_list(registry.REGISTRY.published()))
    return files


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _move(file, url: str, config) -> None:
    """Serve the note at its readable URL (dest_uri and url are cached, so all three are set)."""
    file.dest_uri = url + "index.html"
    file.url = url if config.use_directory_urls else file.dest_uri
    file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, file.dest_uri))


def on_page_markdown(markdown, page, config, files):
    note = registry.REGISTRY.get(page.file.src_uri)
    if note is None:
        return markdown
    page.meta = note.page_meta()
    return note_header(note, page.file.src_uri) + note.body
