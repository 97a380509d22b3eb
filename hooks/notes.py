"""Notes: read every post under docs/notes/ into the registry, give it its URL, serve its Markdown.

Whatever fails inside one note stays that note's problem (`hooks/kb/posts/failures.py`): an error while
it is read or rendered gives a page showing its text, and MkDocs' own warnings about links in a note page
become the note's problems (listed on the 노트 상태 page, never stopping a strict build).

Settings, under `extra: notes:` in mkdocs.yml: `download_images` (external images copied into the site
at build time, cached by URL in `image_cache`), `publish_html` (`.html`, `.htm`, `.svg` and `.js` files
under docs/notes/ published as they are; by default they are not, since their scripts would run on the
site's origin, but for an SVG that can hold no script, a drawing, which is published as any image).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from hooks.generated import add_generated_page, page_shows
from hooks.guard import note_step
from hooks.kb.machinery.cache import stable_digest
from hooks.kb.machinery.downloads import fetch_all
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.machinery.sanitize import inert_svg
from hooks.kb.math.macros import written_out
from hooks.kb.math.physics import PHYSICS, REQUIRES_PHYSICS
from hooks.kb.pages.listing import render_note_list
from hooks.kb.pages.note_page import note_header
from hooks.kb.posts import blog_urls, readme2tex, registry
from hooks.kb.posts.blog_config import (
    blog_address,
    blog_macros,
    forget_blog_configs,
    jekyll_own_files,
    numbers_every_display,
    posts_jekyll_ignores,
    posts_outside,
)
from hooks.kb.posts.blog_urls import blog_root, link_notes_to_notes
from hooks.kb.posts.data_figures import figures_apart
from hooks.kb.posts.failures import (
    LATER,
    failed_page,
    failure_problem,
    line_in,
    link_problem,
    linking_page,
    quoted_link,
)
from hooks.kb.posts.images import ImageIndex
from hooks.kb.posts.ingest import note_url, read_note
from hooks.kb.posts.liquid import NOTE_EXTENSIONS, PostIndex
from hooks.kb.posts.local_urls import resolve_docs_urls
from hooks.kb.posts.logseq import forget_graphs, graph_copies, graph_of
from hooks.kb.posts.logseq_links import link_pages_by_name, resolve_block_refs
from hooks.kb.posts.note import Note
from hooks.kb.posts.notebooks import sources_with_markdown, unpublished_by_jekyll
from hooks.kb.posts.report import Problem, log_problem
from hooks.kb.posts.tags import fold_category_case, fold_tag_case
from hooks.kb.posts.titles import told_apart
from hooks.kb.posts.unpublished import unlink_drafts
from hooks.kb.posts.vaults import Vault, forget_vaults, vault_of
from hooks.kb.posts.visibility import tells_private
from hooks.kb.posts.wikilinks import link_wikilinks

NOTES_DIR = "notes/"
NOTE_LIST = "notes/index.md"
EXTERNAL_COPIES = "assets/external/"
# Files under docs/notes/ that would run scripts on the site's origin if published as they are.
UNSAFE = (".html", ".htm", ".xhtml", ".svg", ".js", ".mjs")
# A note read in the last build is not read again while its bytes and the site's files are the same.
_READ = BuildMemo("notes")
_DOWNLOADED: dict[str, str] = {}  # external image URL -> docs path of its copy, this build
_EXTERNAL_IMG = re.compile(r"""<img\b[^>]*?\ssrc=["'](https?://[^"']+)["']""", re.I)


def is_note(src_uri: str) -> bool:
    return (
        src_uri.startswith(NOTES_DIR) and src_uri.lower().endswith(NOTE_EXTENSIONS) and src_uri != NOTE_LIST
    )


def settings(config) -> dict:
    found = (config.extra or {}).get("notes") or {}
    return {
        "download_images": bool(found.get("download_images", False)),
        "publish_html": bool(found.get("publish_html", False)),
        "image_cache": found.get("image_cache", ".cache/images"),
    }


def on_config(config):
    registry.reset()
    _READ.next_build()
    forget_vaults()
    forget_graphs()
    forget_blog_configs()
    blog_urls.next_build()
    _DOWNLOADED.clear()
    LATER.next_build()
    pages_log = logging.getLogger("mkdocs.structure.pages")
    if not any(isinstance(f, _NoteLinkWarnings) for f in pages_log.filters):
        pages_log.addFilter(_NoteLinkWarnings())
    _SAME_ADDRESS.clear()
    files_log = logging.getLogger("mkdocs.structure.files")
    if not any(isinstance(f, _NotesAtOneAddress) for f in files_log.filters):
        files_log.addFilter(_NotesAtOneAddress())
    if not pages_log.isEnabledFor(logging.INFO):  # `-q`: a note's absolute link (INFO) is its problem still
        pages_log.setLevel(logging.INFO)


class _NoteFile(File):
    """A post whose extension Jekyll reads as Markdown and MkDocs does not (`.mkdown`)."""

    def is_documentation_page(self) -> bool:
        return True


def on_files(files, config):
    wanted = settings(config)
    _take_back_notes_at_one_address(files, config)
    _read_every_extension(files, config)
    if not wanted["publish_html"]:
        _hold_back_scripts(files)
    configs = _hold_back_jekyll_setup(files)
    _hold_back_logseq_copies(files)
    _hold_back_posts_jekyll_ignores(files)
    _warn_of_posts_outside(files)
    # A blog's `_config.yml`, held back, is still there for what it tells of the blog's pages: they are a Jekyll
    # site's, drawn by kramdown, not a repository's GitHub shows (`github_ials.shown_by_github`).
    images = ImageIndex.of([*(f.src_uri for f in files if not f.is_documentation_page()), *configs])
    note_files = _leave_out_generated_copies(files, [f for f in files.documentation_pages() if is_note(f.src_uri)])
    posts = PostIndex.of(f.src_uri for f in note_files)
    others = stable_digest((images.paths, posts.paths))  # the files a note's links and images may name
    for file in note_files:
        raw = file.content_bytes
        vault = vault_of(config.docs_dir, file.src_uri)
        graph = graph_of(config.docs_dir, file.src_uri)
        note, problems = _READ.get(
            (file.src_uri, raw, others, vault and vault.line_breaks, graph),
            lambda f=file, raw=raw, vault=vault, graph=graph: _read_safely(f.src_uri, raw, images, posts, vault, graph),
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
    _tell_apart_titles()
    _fold_tags()
    _link_notes_to_notes(config.docs_dir)
    for note, old_url in registry.REGISTRY.settle_urls():
        registry.REGISTRY.problems.append(
            Problem(
                note.src_path,
                0,
                f"another note already has the URL '{old_url}'",
                f"this one is at '{note.url}'",
            )
        )
    _read_blog_configs(config.docs_dir)
    _figures_as_files(files, config)
    if wanted["download_images"]:
        _download_images(files, config, Path(config.config_file_path or ".").parent / wanted["image_cache"])
    for note in registry.REGISTRY.published():
        _move(files.get_file_from_path(note.src_path), note.url, config)
        page_shows(
            note.src_path, lambda n=note: (n.body, repr(n.page_meta()), note_header(n, n.src_path)), True
        )
    for problem in registry.REGISTRY.problems:
        # never published: its problems are no one's to read, but why a post kept private on its blog is left out
        if problem.path not in registry.REGISTRY.drafts or tells_private(problem):
            log_problem(problem)
    add_generated_page(files, config, NOTE_LIST, render_note_list(registry.REGISTRY.published()))
    return files


def _tell_apart_titles() -> None:
    """Notes sharing the title their headings gave them (`# Pandas` atop each notebook of a series) are titled, and
    addressed, by the heading each one's text opens with too: told apart in lists and search, as GitHub's
    file names told them apart."""
    for path, title in told_apart(registry.REGISTRY.notes.values()).items():
        note = registry.REGISTRY.notes[path]
        registry.REGISTRY.notes[path] = dataclasses.replace(note, title=title, url=note_url(path, title, note.date))
        done = f"titled '{title}' by the heading its text opens with"
        registry.REGISTRY.problems.append(Problem(path, 0, f"other notes are titled '{note.title}' too", done, "info"))


def _read_safely(
    src_path: str, raw: bytes, images: ImageIndex, posts: PostIndex, vault: Vault | None = None, graph: bool = False
):
    """`read_note`, and if it fails anyway, a note whose page shows the text as written."""
    try:
        return read_note(src_path, raw, images, posts, vault, graph)
    except Exception as error:  # noqa: BLE001 - one note's failure is that note's problem
        text = raw.decode("utf-8", errors="replace")
        stem = src_path.rsplit("/", 1)[-1]
        note = Note(src_path, stem, failed_page(text, error), f"notes/{stem.rsplit('.', 1)[0]}/", source=text)
        return note, [failure_problem(src_path, "reading the note", error)]


class _NotesAtOneAddress(logging.Filter):
    """A post saved twice (`week1.md` and `week1.markdown`, `README.md` beside `index.md`): MkDocs gives both
    one address, drops the first with a warning `--strict` counts, and says nothing on the status page. Each
    note gets its own URL here (`settle_urls`), so the dropped one is kept aside to be taken back."""

    def filter(self, record: logging.LogRecord) -> bool:
        found = _DROPPED.match(record.getMessage())
        if found is None or not (is_note(found[1]) and is_note(found[2])):
            return True
        _SAME_ADDRESS.append(found[1])
        return False


_DROPPED = re.compile(r"Excluding '(.+)' from the site because it conflicts with '(.+)'\.\Z", re.S)
_SAME_ADDRESS: list[str] = []  # notes MkDocs left out of this build for another note's address


def _take_back_notes_at_one_address(files, config) -> None:
    for src_uri in _SAME_ADDRESS:
        if files.get_file_from_path(src_uri) is None:
            files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))


def _read_every_extension(files, config) -> None:
    """Every note file is a page, but the source of a post beside it (a file as it was) and a notebook or
    Quarto document a Jekyll blog keeps in `_drafts/` or `_writing/`: unpublished there, not copied here."""
    paths = [f.src_uri for f in files if is_note(f.src_uri)]
    sources = sources_with_markdown(paths, NOTE_EXTENSIONS)
    unpublished = unpublished_by_jekyll(paths)
    for file in list(files):
        if not is_note(file.src_uri) or file.is_documentation_page() or file.src_uri in sources:
            continue
        files.remove(file)
        if file.src_uri not in unpublished:
            files.append(_NoteFile.generated(config, file.src_uri, abs_src_path=file.abs_src_path))


def _hold_back_scripts(files) -> None:
    for file in list(files):
        if file.src_uri.startswith(NOTES_DIR) and file.src_uri.lower().endswith(UNSAFE):
            if file.src_uri.lower().endswith(".svg") and inert_svg(Path(file.abs_src_path).read_bytes()):
                continue  # a drawing that can run nothing (a plot, a typeset formula): shown as the figure it is
            files.remove(file)
            registry.REGISTRY.problems.append(
                Problem(
                    file.src_uri,
                    0,
                    "a file that can run scripts (HTML, SVG or JavaScript) is among the notes",
                    "not published; `extra: notes: publish_html: true` in mkdocs.yml publishes such files",
                )
            )


def _leave_out_generated_copies(files, note_files: list) -> list:
    """A note readme2tex wrote from the `.tex.md` beside it is no page of its own (`readme2tex`)."""
    copies = readme2tex.generated_copies(f.src_uri for f in note_files)
    for generated, source in copies.items():
        files.remove(files.get_file_from_path(generated))
        registry.REGISTRY.problems.append(readme2tex.left_out(generated, source))
    return [f for f in note_files if f.src_uri not in copies]


def _hold_back_logseq_copies(files) -> None:
    """A Logseq graph copied in whole keeps its pages' backups and old versions in `logseq/`: copies, not notes."""
    for folder, paths in graph_copies([f.src_uri for f in files if f.src_uri.startswith(NOTES_DIR)]).items():
        for path in paths:
            files.remove(files.get_file_from_path(path))
        registry.REGISTRY.problems.append(
            Problem(
                folder,
                0,
                f"{len(paths)} file{'s' if len(paths) > 1 else ''} Logseq keeps as copies of the graph's pages",
                "not published: the pages themselves are",
                "info",
            )
        )


def _hold_back_jekyll_setup(files) -> list[str]:
    """A Jekyll blog copied in whole publishes here what Jekyll publishes: not its `_config.yml`, `_includes/`...
    Returns the paths of the `_config.yml` files held back."""
    paths = [f.src_uri for f in files if f.src_uri.startswith(NOTES_DIR)]
    configs = []
    for root, setup in jekyll_own_files(paths).items():
        held = [file for file in map(files.get_file_from_path, setup) if not file.is_documentation_page()]
        for file in held:
            files.remove(file)
            if file.src_uri.rsplit("/", 1)[-1] in ("_config.yml", "_config.yaml"):
                configs.append(file.src_uri)
        if held:
            registry.REGISTRY.problems.append(
                Problem(
                    f"{root}/",
                    0,
                    f"{len(held)} file{'s' if len(held) > 1 else ''} of the blog's Jekyll setup"
                    f" ({', '.join(sorted({f.src_uri[len(root) + 1 :].split('/')[0] for f in held}))})",
                    "not published, as Jekyll publishes none of them (a _config.yml may hold keys)",
                    "info",
                )
            )
    return configs


def _hold_back_posts_jekyll_ignores(files) -> None:
    """A blog's `_posts/__sample__.md` (a template for new posts): Jekyll published no such file, so neither does
    this site; one line each on the 노트 상태 page."""
    for path in posts_jekyll_ignores(f.src_uri for f in files if f.src_uri.startswith(NOTES_DIR)):
        files.remove(files.get_file_from_path(path))
        registry.REGISTRY.problems.append(
            Problem(
                path,
                0,
                "a file in the blog's posts whose name starts with '_', '.' or '#' (or ends with '~')",
                "not published, as Jekyll published no such file",
                "info",
            )
        )


def _warn_of_posts_outside(files) -> None:
    """A Jekyll blog's `_posts/` dropped at the docs root (or the whole blog in docs/): its posts would be
    plain pages, silently not notes. Said once per folder, on the 노트 상태 page too."""
    for folder, count in posts_outside((f.src_uri for f in files), NOTES_DIR, NOTE_EXTENSIONS).items():
        registry.REGISTRY.problems.append(
            Problem(
                folder,
                0,
                f"{count} post{'s' if count > 1 else ''} in a Jekyll '_posts/' folder outside docs/notes/",
                "published as plain pages, not read as notes (no front-matter repair, concept pages or status);"
                " move the folder, or the whole blog, under docs/notes/",
            )
        )


def _fold_tags() -> None:
    for fold in (fold_tag_case, fold_category_case):
        notes, problems = fold(registry.REGISTRY.published())
        for note in notes:
            registry.REGISTRY.notes[note.src_path] = note
        registry.REGISTRY.problems.extend(problems)


def _link_notes_to_notes(docs_dir: str) -> None:
    published = registry.REGISTRY.published()
    roots = {blog_root(note.src_path) for note in published if "/_posts/" in note.src_path}
    configured = {root: (found.permalink, found.host) for root in roots if (found := blog_address(docs_dir, root))}
    notes, problems = link_notes_to_notes(published, configured)
    notes, referenced = resolve_block_refs(notes)  # Logseq's `((uuid))`: before links, its text's are read too
    problems += referenced
    notes = link_pages_by_name(notes)  # Logseq's `[[딥러닝/CNN]]`, `[[alias]]`: to the page's file
    notes, wikilinked = link_wikilinks(notes)
    problems += wikilinked
    notes, unlinked = unlink_drafts(notes, frozenset(registry.REGISTRY.drafts))
    problems += unlinked
    for note in notes:
        registry.REGISTRY.notes[note.src_path] = note
    registry.REGISTRY.problems.extend(problems)


def _read_blog_configs(docs_dir: str) -> None:
    """A post whose blog numbered every display formula has them numbered here too, and one whose blog gave
    its MathJax macros has them written out in its formulas (`blog_config`), and so has one declaring its
    own paired delimiters (`\\DeclarePairedDelimiter`) or loading the physics package (`\\require{physics}`)."""
    for note in registry.REGISTRY.published():
        if numbers_every_display(docs_dir, note.src_path, note.source):
            note = registry.REGISTRY.notes[note.src_path] = dataclasses.replace(note, numbers_displays=True)
        macros = blog_macros(docs_dir, note.src_path)
        if "\\require" in note.body and REQUIRES_PHYSICS.search(note.body):  # MathJax 3 loads it for the page
            macros = {**PHYSICS, **macros}
        if macros or "\\DeclarePairedDelimiter" in note.body:  # its own paired delimiters, which math-core lacks
            registry.REGISTRY.notes[note.src_path] = dataclasses.replace(note, body=written_out(note.body, macros))


def _figures_as_files(files, config) -> None:
    """Each note's `data:` figures (a notebook's plots) written into the site as files, the note linking them."""
    for note in registry.REGISTRY.published():
        body, figures = figures_apart(note.body)
        if figures:
            registry.REGISTRY.notes[note.src_path] = dataclasses.replace(note, body=body)
        for figure in figures:
            if files.get_file_from_path(figure.path) is None:
                files.append(File.generated(config, figure.path, content=figure.content))


def _download_images(files, config, cache: Path) -> None:
    wanted: dict[str, list[Note]] = {}
    for note in registry.REGISTRY.published():
        banner = [note.banner.url] if note.banner and (note.banner.url or "").startswith(("http:", "https:")) else []
        for url in dict.fromkeys(_EXTERNAL_IMG.findall(note.body) + banner):
            wanted.setdefault(url.replace("&amp;", "&"), []).append(note)
    for url, download in fetch_all(wanted, cache).items():
        if download.path is not None:
            path = EXTERNAL_COPIES + download.path.name
            if files.get_file_from_path(path) is None:
                files.append(File.generated(config, path, abs_src_path=str(download.path)))
            _DOWNLOADED[url] = path
            continue
        for note in wanted[url]:
            registry.REGISTRY.problems.append(
                Problem(
                    note.src_path,
                    line_in(note.source, url),
                    f"image '{url}' could not be downloaded ({download.error})",
                    "shown from its host",
                )
            )


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
    page.render = _Guarded(page, page.render, note)
    LATER.rendering(note.src_path)
    return note_header(note, page.file.src_uri) + note.body


class _Guarded:
    """A note page's `render`: when Python-Markdown or an extension fails on the note (a list hundreds
    deep, a library's error), the page shows the note's text instead, and the note gets the problem."""

    def __init__(self, page, render, note: Note):
        self.page, self.render, self.note = page, render, note

    def __call__(self, config, files):
        try:
            self.render(config, files)
        except Exception as error:  # noqa: BLE001 - one note's failure is that note's problem
            page = self.page
            page.content = failed_page(self.note.source, error, self.note.title)
            page.toc, page.present_anchor_ids, page.links_to_anchors = get_toc([]), set(), {}
            report(failure_problem(self.note.src_path, "rendering the note", error))


def report(problem: Problem) -> None:
    """A problem found after the notes were read: listed on the status page, logged once."""
    LATER.report(problem, registry.REGISTRY)


class _NoteLinkWarnings(logging.Filter):
    """MkDocs' warnings about links inside note pages become the notes' problems (file, line, status
    page) instead of MkDocs warnings, which `--strict` would count; other pages' warnings pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        if linking_page(record.getMessage()) in registry.REGISTRY.quoting:
            return False  # a passage's link that leads nowhere: its note's problem, reported on the note
        if quoted_link(record.getMessage(), registry.REGISTRY.quoting_by_hand):
            return False  # the same, quoted on a hand-written page
        problem = link_problem(record.getMessage(), _source_of)
        if problem is None:  # other pages' messages as verbose as MkDocs was asked to be
            return record.levelno >= logging.getLogger("mkdocs").getEffectiveLevel()
        report(problem)
        return False


def _source_of(src_path: str) -> str | None:
    note = registry.REGISTRY.get(src_path)
    return note.source if note is not None else None


@event_priority(70)  # before hooks/status.py and hooks/sanitize.py
@note_step("resolving the note's links")
def on_page_content(html, page, config, files):
    """Links to the site's files (`kb-docs:`) made relative to this page: notes, and concept pages
    quoting them."""

    def href_of(path: str) -> str | None:
        target = files.get_file_from_path(path)
        return get_relative_url(target.url, page.url) if target is not None else None

    return resolve_docs_urls(html, href_of, _DOWNLOADED)


def on_env(env, config, files):
    """Links to sections of notes are checked now, not after every page is written as MkDocs does, so
    the 노트 상태 page lists what is wrong with them (MkDocs' later check finds them logged already)."""
    LATER.carry_over(registry.REGISTRY)  # notes not rendered again (`--dirty`): what their last render found
    level = config.validation.links.anchors
    for note in registry.REGISTRY.published():
        file = files.get_file_from_path(note.src_path)
        if file is not None and file.page is not None:
            file.page.validate_anchor_links(files=files, log_level=level)
    return env
