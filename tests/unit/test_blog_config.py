"""A blog's configuration dropped in with its posts (hooks/kb/posts/blog_config.py): whether its MathJax
numbered every display formula (TeXt's `mathjax_autoNumber`, MathJax's `autoNumber: "all"` or `tags: 'all'`)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.blog_config import forget_blog_configs, numbers_every_display
from tests.helpers.sitebuild import write_tree

POST = "notes/blog/_posts/2019-07-27-pca.md"


@pytest.fixture(autouse=True)
def _fresh():
    forget_blog_configs()
    yield
    forget_blog_configs()


@pytest.mark.parametrize(
    ("files", "numbered"),
    [
        ({"notes/blog/_config.yml": "mathjax: true\nmathjax_autoNumber: true # false (default)\n"}, True),
        ({"notes/blog/_config.yml": "mathjax: true\nmathjax_autoNumber: false\n"}, False),
        ({"notes/blog/_includes/mathjax.html": 'TeX: { equationNumbers: { autoNumber: "all" } }'}, True),
        ({"notes/blog/_includes/head/custom.html": "tex: { tags: 'all', inlineMath: [['$','$']] }"}, True),
        ({"notes/blog/_includes/mathjax_support.html": 'equationNumbers: { autoNumber: "AMS" }'}, False),
        ({}, False),
    ],
)
def test_a_blog_numbers_every_display_formula_when_its_mathjax_did(tmp_path, files, numbered):
    write_tree(tmp_path, {POST: "---\ntitle: t\n---\n", **files})
    assert numbers_every_display(str(tmp_path), POST, "---\ntitle: t\n---\n") is numbered


def test_a_post_may_ask_for_it_in_its_front_matter_and_other_notes_never(tmp_path):
    source = "---\ntitle: t\nmathjax_autoNumber: true\n---\n"
    assert numbers_every_display(str(tmp_path), POST, source)
    assert not numbers_every_display(str(tmp_path), "notes/obsidian/pca.md", source)
