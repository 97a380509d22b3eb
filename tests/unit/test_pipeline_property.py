"""Arbitrary bytes and Markdown-ish text through the whole note pipeline, without an exception.

The steps a note's page goes through, in build order, as plain functions: ingest (`read_note`), the
concept passages (`PassageFinder.find`), the note header, formulas set aside, Markdown with the site's
own extensions from mkdocs.yml, the sanitizer, formulas marked and typeset, and the status page.
"""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from hooks.formulas import formula_problems
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.machinery.sanitize import sanitize_html
from hooks.kb.math.mathml import typeset_page
from hooks.kb.math.slots import set_aside
from hooks.kb.pages.note_page import note_header
from hooks.kb.pages.status import render_status
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.registry import NoteRegistry
from tests.helpers.sitebuild import example_config, example_registry

CONFIG = example_config()
SLUGIFY = CONFIG.mdx_configs["toc"]["slugify"]
FINDER = PassageFinder(load_concepts(example_registry()), SLUGIFY)
PIECES = list("-\n:#$`{}%[]*_\\|()^ \tab가나!<>h1/=") + [
    "---\n",
    "{% raw %}",
    "```",
    "  - ",
    "$$",
    "\\frac{",
    "LSTM은 ",
    "## CNN\n",
    "- **RNN**\n",
    "<script>",
    "<h3 data-toc-skip>",
    "{: .notice--info}",
    "![a](b.png)",
    "| a | b |\n|---|---|\n",
]


def status_html(registry: NoteRegistry) -> str:
    """The status page's Markdown with its lists of problems filled in as HTML."""
    page = render_status(registry)
    return page.fill(page.markdown, lambda path: "../notes/fuzz/", registry)


def page_html(raw: bytes) -> str:
    """One note, start to finish, as the hooks would make its page; '' for a file that is skipped."""
    note, problems = read_note("notes/fuzz.md", raw)
    registry = NoteRegistry(problems=list(problems))
    if note is None:
        status_html(registry)
        return ""
    registry.add(note)
    FINDER.find(note.body)
    source = note_header(note, note.src_path) + note.body
    aside = set_aside(source, SLUGIFY)
    registry.problems.extend(formula_problems(aside.formulas, note.src_path, note.source))
    converter = markdown.Markdown(extensions=CONFIG.markdown_extensions, extension_configs=CONFIG.mdx_configs)
    html = aside.mark(sanitize_html(converter.convert(aside.markdown)))
    assert "<script" not in status_html(registry).lower()
    return aside.typeset_marks(html, [done.html for done in typeset_page(aside.formulas)])


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_go_through_the_whole_pipeline(raw):
    html = page_html(raw)
    assert "<script" not in html.lower()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=150))
def test_any_markdownish_note_goes_through_the_whole_pipeline(pieces):
    html = page_html("".join(pieces).encode())
    assert "<h1" in html  # every note that is not skipped has its title as the page's heading
    assert "<script" not in html.lower()
