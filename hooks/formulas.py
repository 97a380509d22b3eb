"""Formulas: TeX written in any page's Markdown (notes, generated pages) becomes MathML at build time.

Runs after hooks/notes.py. `on_page_markdown` sets each formula aside as a slot Markdown cannot touch
and warns about those that cannot be typeset; `on_page_content` puts MathML (or the source, in an error
style) in place of the slots. No script, no font and nothing off-site: browsers render MathML natively.
"""

from __future__ import annotations

from markdown.extensions.toc import slugify as toc_slugify

from hooks.kb.mathml import formula_problems, typeset
from hooks.kb.report import log_problem
from hooks.kb.slots import SetAside, retitle, set_aside
from hooks.kb.tex import plain_text

_SET_ASIDE: dict[str, SetAside] = {}  # by page src_uri, from on_page_markdown to on_page_content


def on_config(config):
    _SET_ASIDE.clear()


def on_page_markdown(markdown, page, config, files):
    slugify = config["mdx_configs"].get("toc", {}).get("slugify", toc_slugify)
    aside = _SET_ASIDE[page.file.src_uri] = set_aside(markdown, slugify)
    for problem in formula_problems(aside.formulas, page.file.src_uri, page.file.content_string):
        log_problem(problem)
    if "title" in page.meta:
        page.meta["title"] = plain_text(str(page.meta["title"]))
    return aside.markdown


def on_page_content(html, page, config, files):
    aside = _SET_ASIDE.pop(page.file.src_uri, None)
    if aside is None or not aside.formulas:
        return html
    retitle(page.toc, aside)
    if "title" not in page.meta and page.title:
        page.meta["title"] = aside.plain(page.title)
    return aside.put_back(html, lambda formula: typeset(formula).html)
