"""Formulas: TeX written in any page's Markdown (notes, generated pages) becomes MathML at build time.

Runs after hooks/notes.py. `on_page_markdown` sets each formula aside as a slot Markdown cannot touch
and warns about those that cannot be typeset; `on_page_content` marks each slot with its TeX, which is
what the search index reads; `on_post_page` puts MathML (or the source, in an error style) in place of
the marks. Typesetting after the search plugin keeps MathML's many tags out of its HTML parser, which
otherwise costs more than typesetting itself. No script, no font, nothing off-site: browsers render
MathML natively.
"""

from __future__ import annotations

from dataclasses import replace

from hooks.generated import page_shows, site_slugify
from hooks.guard import note_step
from hooks.kb.machinery.bulk import cycle_collector_paused
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.math.mathml import TYPESET, formula_errors, typeset_page
from hooks.kb.math.numbering import number_every_display
from hooks.kb.math.readable import SEARCH_TEXTS
from hooks.kb.math.slots import SetAside, joined, retitle, set_aside
from hooks.kb.math.tex import lone_dollars, plain_text
from hooks.kb.posts import registry
from hooks.kb.posts.report import Problem, log_problem

_SET_ASIDE: dict[str, SetAside] = {}  # by page src_uri, from on_page_markdown to on_post_page
_BODIES: dict[str, SetAside] = {}  # notes' bodies set aside in on_files, for on_page_markdown, by src_uri
# A note's body set aside and its bad formulas, kept while the note is the same (mkdocs serve). Not in the
# build cache: reading a scan back from there cost as much as scanning again (0.04 s a build at 1000 notes).
_SCANS = BuildMemo(reads_config=True)  # the headings' ids: the site's slugify


def on_config(config):
    _SET_ASIDE.clear()
    _BODIES.clear()
    _SCANS.next_build()
    TYPESET.next_build()
    SEARCH_TEXTS.next_build()


def on_files(files, config):
    """Each note's body is searched for formulas once: bad TeX goes into the registry before pages render,
    so the status page lists it, and the body set aside waits for on_page_markdown. A post whose blog
    numbered every display formula (`blog_config`) has them numbered here too."""
    slugify = site_slugify(config)
    with cycle_collector_paused():  # every note's formulas, kept: nothing for the collector to free
        for note in registry.REGISTRY.published():
            _scan_note(note, slugify, note.numbers_displays)
            if note.numbers_displays:  # from the blog's _config.yml: an edit there shows under `mkdocs serve --dirty`
                page_shows(note.src_path, lambda: True)
    return files


def _scan_note(note, slugify, numbered: bool) -> None:
    body, found = _SCANS.get(
        (note.src_path, note.source, note.body, numbered),  # lines are counted in the source
        lambda: _scan(note.body, note.src_path, note.source, slugify, numbered),
    )
    _BODIES[note.src_path] = body
    for problem in found:
        registry.REGISTRY.problems.append(problem)
        log_problem(problem)


@note_step("the formulas step")
def on_page_markdown(markdown, page, config, files):
    note = registry.REGISTRY.get(page.file.src_uri)
    body = _BODIES.get(page.file.src_uri) if note is not None else None
    if body is not None and markdown.endswith(note.body):  # the note's header, then its body as read
        head = set_aside(markdown[: len(markdown) - len(note.body)], site_slugify(config), len(body.formulas))
        aside = joined(head, body)
    else:
        aside = set_aside(markdown, site_slugify(config))
    _SET_ASIDE[page.file.src_uri] = aside
    if note is None:  # notes were reported in on_files
        for problem in formula_problems(aside.formulas, page.file.src_uri, page.file.content_string):
            log_problem(problem)
    if "title" in page.meta:
        page.meta["title"] = plain_text(str(page.meta["title"]))
    return aside.markdown


def _scan(body: str, path: str, source: str, slugify, numbered: bool) -> tuple[SetAside, list]:
    aside = set_aside(body, slugify)
    if numbered:
        aside = replace(aside, formulas=number_every_display(aside.formulas))
    return aside, formula_problems(aside.formulas, path, source) + unclosed_problems(body, path, source)


def formula_problems(formulas, path: str, raw: str) -> list[Problem]:
    """A warning for each formula that cannot be typeset or looks unclosed, at its line in `raw`, the file
    as written."""
    return [Problem(path, line, what, done) for line, what, done in formula_errors(formulas, raw)]


def unclosed_problems(body: str, path: str, raw: str) -> list[Problem]:
    """A warning for each `$` of the note that opens no formula, at its line in `raw`, the file as written."""
    problems, cursor = [], 0
    for line, shown in lone_dollars(body):
        found = raw.find(shown.removesuffix("..."), cursor)
        if found >= 0:
            cursor, line = found + 1, raw.count("\n", 0, found) + 1
        done = "shown as written, as MathJax and GitHub show it: its closing '$' may be missing"
        problems.append(Problem(path, line, f"a '$' opens no formula: {shown}", done))
    return problems


@note_step("the formulas step")
def on_page_content(html, page, config, files):
    aside = _SET_ASIDE.get(page.file.src_uri)
    if aside is None or not aside.formulas:
        return html
    retitle(page.toc, aside)
    if "title" not in page.meta and page.title:
        page.meta["title"] = aside.plain(page.title)
    return aside.mark(html)


@note_step("typesetting the formulas", whole_page=True)
def on_post_page(output, page, config):
    aside = _SET_ASIDE.pop(page.file.src_uri, None)
    if aside is None or not aside.formulas:
        return output
    return aside.typeset_marks(output, [done.html for done in typeset_page(aside.formulas)])
