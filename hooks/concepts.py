"""Concepts: one page per topic of docs/concepts.yml, merged from every note that covers it.

Runs after hooks/notes.py has filled the note registry in `on_files`. A hand-written
docs/concepts/<id>.md replaces the generated page; where it holds `<!-- concept-notes -->`, the generated
part (the notes, the mentions, related concepts) is put in its place. A defect in docs/concepts.yml is
logged as an error naming the file and line, so `--strict` fails; `mkdocs serve` goes on without pages.
A quoted passage that Python-Markdown fails on is its note's problem, and the page is made without it.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import markdown as python_markdown
from mkdocs.plugins import event_priority

from hooks.generated import add_generated_page, group_pages, move_pages, page_shows, site_slugify, sort_pages
from hooks.kb.concepts import borrowed, signoffs
from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.candidates import topic_candidates
from hooks.kb.concepts.coverage import cover_notes
from hooks.kb.concepts.definitions import ConceptFileError, ConceptRegistry, load_concepts
from hooks.kb.concepts.index import ConceptIndex
from hooks.kb.concepts.pages import (
    INDEX,
    MARKER,
    QUOTED_NOTES,
    family_path,
    page_inputs,
    page_path,
    render_concept_index,
    render_concept_page,
    render_family_pages,
)
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.machinery.bulk import cycle_collector_paused
from hooks.kb.machinery.cache import key_digest
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.posts import registry
from hooks.kb.posts.failures import failure_problem, reason
from hooks.kb.posts.report import Problem, log_problem

log = logging.getLogger("mkdocs.plugins.concepts")
REGISTRY_FILE = "concepts.yml"
_extensions: dict[str, str] = {}  # hand-written concept page -> the generated part for its marker
_coverages: dict = {}  # concept page -> the coverage it was made from (what it quotes of which notes)
# docs/concepts.yml as last read (its text and shown path), and the matcher of its names: kept while the
# text is the same (a `mkdocs serve` rebuild after a note's edit reads and compiles it again otherwise).
_registry_read: list = [None, None, None]


# A note's outline and passages, kept while its body and docs/concepts.yml are the same (mkdocs serve).
_ANALYSED = BuildMemo("concept-analysis", reads_config=True)  # the headings' ids: the site's slugify
# A concept page's Markdown, kept while docs/concepts.yml and what it shows of its notes are the same.
_PAGES = BuildMemo("concept-page", reads_config=True)  # the site's directory URLs
# A note's headings that name no concept (its share of the topic candidates), kept as its analysis is.
_LABELS = BuildMemo("concept-candidates", reads_config=True)


def on_config(config):
    _extensions.clear()
    _coverages.clear()
    _ANALYSED.next_build()
    _PAGES.next_build()
    _LABELS.next_build()
    borrowed.DEFINITIONS.next_build()
    signoffs.next_build()


def on_files(files, config):
    with cycle_collector_paused():  # every note outlined and searched: objects kept, none to collect
        _make_concept_pages(files, config)
    return files


def _make_concept_pages(files, config) -> None:
    concepts, source = _read_registry(files, config)
    page_shows(None, lambda: source)  # concept names link and title pages everywhere
    if _registry_read[1] is not concepts:
        _registry_read[:] = [None, concepts, None]
    if _registry_read[2] is None:
        _registry_read[2] = AliasMatcher(concepts)
    finder = PassageFinder(concepts, site_slugify(config), _registry_read[2])
    notes = registry.REGISTRY.published()
    # The registry's text stands in every result's key by its digest: digested once, not with each of
    # a thousand notes' keys (70 KB each time: 0.15 s of every serve rebuild at 1000 notes).
    source_key = key_digest(source)
    # A blog's sign-off closing every post is not what its last section says: read without it
    signed = signoffs.signoffs_blanked((n.src_path, n.body) for n in notes)
    analysed = {n.src_path: _analysed(n, finder, source_key, signed.get(n.src_path)) for n in notes}
    found = {path: concepts for path, (_, concepts) in analysed.items()}
    coverages = cover_notes(notes, finder, found)
    registry.REGISTRY.topic_candidates[:] = topic_candidates(
        notes, finder, analysed, kept=lambda n, labels: _LABELS.get(_note_key(n, source_key), labels)
    )
    for note in notes:
        _report_typos(note, found[note.src_path], concepts)
    own_acronyms = {path: found.own_acronyms for path, found in found.items() if found.own_acronyms}
    registry.REGISTRY.concepts = ConceptIndex.of(concepts, finder.matcher, coverages, own_acronyms)  # for later steps
    pages = {INDEX: render_concept_index(coverages, concepts, len(notes)), **render_family_pages(coverages, concepts)}
    seen: dict = {}  # each note's part of the pages' keys, made once
    for coverage in coverages.values():
        page = _PAGES.get(
            (source_key, page_inputs(coverage, seen)),
            lambda coverage=coverage: render_concept_page(coverage, concepts, config.use_directory_urls),
        )
        pages[page.path] = page.markdown
        _extensions[page.path] = page.body
        _coverages[page.path] = coverage
        page_shows(page.path, lambda body=page.body: body)  # a hand-written page shows it at its marker
    for path, markdown in pages.items():
        if add_generated_page(files, config, path, markdown) and path in _extensions:
            registry.REGISTRY.quoting.add(path)


@event_priority(-50)  # after awesome-pages has laid out the navigation (.pages): the index, the map, ...
def on_nav(nav, config, files):
    """Concept pages in the sidebar by their names, not their ids (after the pages .pages names), in a
    section for each family (신경망 기초, CNN 계열 ...), as the concept index groups them, opening on the
    family's own page: a concept page's sidebar lists its family's concepts, not all 168 (which made every
    concept page 40 KB larger and its sidebar a list to scroll through)."""
    index = registry.REGISTRY.concepts
    if index is None:
        return nav
    concepts = index.registry
    titles = {page_path(c.id): c.title for c in concepts.concepts}
    names = dict(concepts.families)
    families = {page_path(c.id): names.get(c.family, c.family) for c in concepts.concepts}
    families.update({family_path(family): name for family, name in concepts.families})
    nav = move_pages(nav, {family_path(family) for family in names}, beside=INDEX)
    return group_pages(sort_pages(nav, titles.get), families.get, tuple(names.values()))


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri in _coverages:
        page.render = _QuotesGuarded(page, page.render)
    generated = _extensions.get(page.file.src_uri)
    if generated is None or page.file.generated_by or MARKER not in markdown:
        return markdown
    registry.REGISTRY.quoting_by_hand[page.file.src_uri] = (generated, markdown.replace(MARKER, "", 1))
    return markdown.replace(MARKER, generated, 1)


class _QuotesGuarded:
    """A concept page's `render`: when Python-Markdown fails on the page (a quoted passage thousands of
    `<div markdown>` deep: RecursionError), the passages that fail alone are the problems of their notes,
    the page is made again with a line in their place, and the build goes on. A failure no passage
    shows alone is the site's own, raised as before."""

    def __init__(self, page, render):
        self.page, self.render = page, render

    def __call__(self, config, files):
        try:
            self.render(config, files)
        except Exception:
            page, path = self.page, self.page.file.src_uri
            coverage = _without_failing_passages(_coverages[path], path, config)
            if coverage is None:
                raise
            _coverages[path] = coverage
            made = render_concept_page(coverage, registry.REGISTRY.concepts.registry, config.use_directory_urls)
            _extensions[path] = made.body
            if page.file.generated_by:
                page.file.content_string = made.markdown
            del page.render  # the steps' wrappers of MkDocs' own, set on the page: set again below
            page.read_source(config)  # and through every step's `on_page_markdown` again
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
            page.render(config, files)


def _without_failing_passages(coverage, path: str, config):
    """`coverage` with each quoted passage Python-Markdown fails on, read alone with the site's extensions,
    replaced by a line saying so (the link above it leads to the note) and reported as its note's problem;
    None when none fails alone. Only when a page failed: a concept page quotes up to some hundred passages."""
    reader = python_markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    notes, failed = [], False
    for n, covered in enumerate(coverage.notes):
        passages = []
        for passage in covered.passages:
            try:
                if n < QUOTED_NOTES:
                    reader.reset().convert(passage.markdown)
            except Exception as error:  # noqa: BLE001 - one note's failure is that note's problem
                failed, note = True, covered.note
                problem = Problem(
                    note.src_path,
                    note.source_line(passage.line),
                    f"quoting the note on '{path}' failed ({reason(error)})",
                    "the concept page links to this part of the note instead of showing it",
                )
                if log_problem(problem):
                    registry.REGISTRY.problems.append(problem)
                shown = f"이 부분은 보여 주지 못했습니다 (`{reason(error)}`): 위 링크로 노트에서 읽으세요."
                passage = dataclasses.replace(passage, _source=lambda shown=shown: shown)
            passages.append(passage)
        notes.append(dataclasses.replace(covered, passages=tuple(passages)))
    return dataclasses.replace(coverage, notes=tuple(notes)) if failed else None


def _note_key(note, source_key: bytes) -> tuple:
    """What a note's analysis reads: the note, and docs/concepts.yml by its digest."""
    return (note.src_path, note.title, note.body, source_key)


def _analysed(note, finder: PassageFinder, source_key: bytes, body: str | None = None):
    """The note outlined and its passages found, once while it and the registry are the same. A note
    whose analysis fails is the note's problem: it is then read as covering nothing. A note whose blog
    numbered every display formula has its passages' numbered as on its page. `body`: the note's body as
    the concept step reads it (its blog's sign-off blanked), when not as written."""
    body = note.body if body is None else body
    try:
        return _ANALYSED.get(
            (note.src_path, note.title, body, source_key, note.numbers_displays),
            lambda: finder.analyse(body, note.title, note.numbers_displays),
            shared=(finder.registry,),  # read from docs/concepts.yml: its digest is in the key
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # noqa: BLE001 - one note's failure is that note's problem
        problem = failure_problem(note.src_path, "finding the note's concepts", error)
        problem = dataclasses.replace(problem, done="the note is listed on no concept page")
        if log_problem(problem):
            registry.REGISTRY.problems.append(problem)
        return finder.analyse("", note.title)


def _report_typos(note, found, concepts: ConceptRegistry) -> None:
    """A heading one typo from a concept's name was read as that name: the author is told the spelling."""
    for typo in found.typos:
        concept = concepts.get(typo.concept)
        problem = Problem(
            note.src_path,
            note.source_line(typo.line),
            f"'{typo.written}' looks like a typo of '{typo.meant}'",
            f"read as the concept '{concept.title}'",
        )
        registry.REGISTRY.problems.append(problem)
        log_problem(problem)


def _read_registry(files, config) -> tuple[ConceptRegistry, str]:
    """The concept registry, and the text it was read from."""
    source_file = files.get_file_from_path(REGISTRY_FILE)
    if source_file is None:
        return ConceptRegistry(()), ""
    files.remove(source_file)  # the registry is the site's source, not a page or an asset
    shown = Path(config.docs_dir).name + "/" + REGISTRY_FILE
    source = source_file.content_string
    if _registry_read[0] == (source, shown):
        return _registry_read[1], source
    try:
        concepts = load_concepts(source, shown)
        _registry_read[:] = [(source, shown), concepts, None]
        return concepts, source
    except ConceptFileError as error:
        log.error("%s — concept pages left empty", error)
        return ConceptRegistry(()), source
