"""A blog's configuration dropped in with its posts (hooks/kb/posts/blog_config.py): whether its MathJax
numbered every display formula (TeXt's `mathjax_autoNumber`, MathJax's `autoNumber: "all"` or `tags: 'all'`)."""

from __future__ import annotations

import pytest

from hooks.kb.math.macros import expand_macros
from hooks.kb.posts.blog_config import (
    BlogAddress,
    blog_address,
    blog_macros,
    forget_blog_configs,
    jekyll_own_files,
    layout_macros,
    numbers_every_display,
    posts_jekyll_ignores,
    posts_outside,
)
from hooks.kb.posts.liquid import NOTE_EXTENSIONS
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


def test_a_post_may_ask_for_it_in_its_front_matter_wherever_it_was_dropped(tmp_path):
    source = "---\ntitle: t\nmathjax_autoNumber: true\n---\n"
    assert numbers_every_display(str(tmp_path), POST, source)
    # a TeXt post dropped straight into docs/notes/, as the README allows: the key is TeXt's, and says it
    assert numbers_every_display(str(tmp_path), "notes/2021-08-23-batch-norm.md", source)
    assert not numbers_every_display(str(tmp_path), "notes/2021-08-23-batch-norm.md", "---\ntitle: t\n---\n")


def test_a_jekyll_blogs_setup_is_found_by_the_blog_folder_and_its_posts_and_images_are_not():
    setup = [
        "notes/blog/_config.yml",
        "notes/blog/_config_dev.yml",
        "notes/blog/_includes/mathjax_support.html",
        "notes/blog/_sass/main.scss",
        "notes/blog/_data/navigation.yml",
        "notes/blog/Gemfile",
    ]
    others = [
        "notes/blog/_posts/2019-07-27-pca.md",
        "notes/blog/_posts/images/pca.png",  # an image a post shows
        "notes/blog/assets/img/x.png",
        "notes/vault/_attachments/graph.png",  # an Obsidian vault's attachments: no Jekyll blog there
        "notes/blog/lecture/_config.yml",  # not the blog's own
    ]
    assert jekyll_own_files(others[:1] + setup + others[1:]) == {"notes/blog": setup}


@pytest.mark.parametrize(
    ("paths", "found"),
    [
        (["_posts/2024-01-01-lstm.md", "_posts/2024-01-02-gru.markdown", "index.md"], {"_posts/": 2}),
        (["blog/_posts/DL/2021-08-10-rnn.md", "blog/_config.yml", "blog/about.md"], {"blog/_posts/": 1}),
        (["_posts/img/cell.png", "_posts/README"], {}),  # no post in it: nothing read as a page is lost
        (["notes/_posts/2024-01-01-lstm.md", "notes/blog/_posts/a.md"], {}),  # under docs/notes/: notes
        (["posts/2024-01-01-lstm.md", "my_posts/a.md"], {}),
    ],
)
def test_a_posts_folder_outside_the_notes_is_found_with_its_posts(paths, found):
    assert posts_outside(paths, "notes/", NOTE_EXTENSIONS) == found


def test_the_posts_jekyll_never_published_are_found():
    paths = [
        "notes/blog/_posts/__sample__.md",  # the blog's template for a new post
        "notes/blog/_posts/__sample_논문리뷰.md",
        "notes/blog/_posts/2026-05-02-paper-2205.14135.md",
        "notes/blog/_posts/ai/.hidden.md",
        "notes/blog/_posts/2024-01-01-lstm.md~",  # an editor's backup
        "notes/blog/_drafts/_idea.md",
        "notes/blog/_posts/2024-01-01-a_b.md",  # `_` inside a name is no mark
        "notes/hexo/source/_posts/_x.md",  # Hexo's posts, not Jekyll's
        "notes/vault/_templates/x.md",  # no blog's posts
    ]
    assert posts_jekyll_ignores(paths) == [
        "notes/blog/_posts/__sample__.md",
        "notes/blog/_posts/__sample_논문리뷰.md",
        "notes/blog/_posts/ai/.hidden.md",
        "notes/blog/_posts/2024-01-01-lstm.md~",
        "notes/blog/_drafts/_idea.md",
    ]


# A study blog's _includes/scripts/mathjax.html, as such blogs write it: MathJax 3's `macros`, then a hidden
# formula of definitions its posts use.
MATHJAX_3 = r"""<script>
    MathJax = {
      tex: {
        inlineMath: [['$', '$'], ['\\(', '\\)']],
        macros: {
          bm: ["{\\boldsymbol #1}",1],
          'RR': '\\mathbb{R}',
        },
        processEscapes: true
      },
    };
  </script>
  <p style="display: none;">$$
      \newcommand{\floor}[1]{\left\lfloor #1 \right\rfloor}
      \renewcommand{\P}{\mathsf{P}}
      \newcommand{\E}{\mathsf{E}}
      $$</p>"""
MATHJAX_2 = r"""<script type="text/x-mathjax-config">
MathJax.Hub.Config({ TeX: { equationNumbers: { autoNumber: "AMS" },
  Macros: { half: "\\frac{1}{2}", vec: ["\\mathbf{#1}", 1] } } });
</script>"""

# KaTeX's auto-render, as a Jekyll blog's head loads it: names with their backslash, arguments counted from #n
KATEX = r"""<script>renderMathInElement(document.body, {delimiters: [{left: "$$", right: "$$", display: true}],
  macros: {"\\RR": "\\mathbb{R}", "\\norm": "\\left\\lVert #1 \\right\\rVert"}});</script>"""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            MATHJAX_3,
            {
                "\\bm": (1, "{\\boldsymbol #1}"),
                "\\RR": (0, "\\mathbb{R}"),
                "\\floor": (1, "\\left\\lfloor #1 \\right\\rfloor"),
                "\\P": (0, "\\mathsf{P}"),
                "\\E": (0, "\\mathsf{E}"),
            },
        ),
        (MATHJAX_2, {"\\half": (0, "\\frac{1}{2}"), "\\vec": (1, "\\mathbf{#1}")}),
        (KATEX, {"\\RR": (0, "\\mathbb{R}"), "\\norm": (1, "\\left\\lVert #1 \\right\\rVert")}),
        ('<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js"></script>', {}),
    ],
)
def test_the_macros_a_blog_gave_its_mathjax_are_read_from_its_layout(html, expected):
    assert layout_macros(html) == expected


# A Chirpy-style head loading MathJax 3's physics package, with a macro of its own over one of physics'
PHYSICS_CONFIG = r"""<script>MathJax = {
    loader: {load: ['[tex]/physics']},
    tex: { packages: {'[+]': ['physics']}, tags: 'ams',
      macros: { bra: ["\\left(#1\\right)", 1] } } };</script>
<p style="display:none">$$\DeclarePairedDelimiter{\ceil}{\lceil}{\rceil}$$</p>"""


def test_a_blog_loading_physics_and_declaring_paired_delimiters_gives_its_posts_those_commands():
    macros = layout_macros(PHYSICS_CONFIG)
    assert expand_macros(r"\abs{x} + \dv{f}{x} + \ceil{y}", macros) == (
        r"\left\lvert x \right\rvert + \frac{\mathrm{d} f}{\mathrm{d} x} + \lceil y \rceil"
    )
    assert macros["\\bra"] == (1, "\\left(#1\\right)")  # the blog's own wins
    assert "\\abs" not in layout_macros(PHYSICS_CONFIG.replace("physics", "cancel"))  # a package it did not load


# Chirpy configures MathJax in a script a blog edits, not in a layout page
CHIRPY_MATHJAX = r"""---
layout: compress
---

MathJax = {
  loader: { load: ['[tex]/physics'] },
  tex: {
    inlineMath: [['$', '$'], ['\\(', '\\)']],
    tags: 'all',
    macros: { RR: '\\mathbb{R}' }
  }
};
"""


def test_a_chirpy_blogs_mathjax_script_gives_its_posts_macros_physics_and_numbers(tmp_path):
    write_tree(tmp_path, {POST: "---\ntitle: t\n---\n", "notes/blog/assets/js/data/mathjax.js": CHIRPY_MATHJAX})
    macros = blog_macros(str(tmp_path), POST)
    assert macros["\\RR"] == (0, "\\mathbb{R}") and "\\pdv" in macros
    assert numbers_every_display(str(tmp_path), POST)


def test_a_post_is_given_its_own_blogs_macros_only(tmp_path):
    write_tree(
        tmp_path,
        {
            POST: "---\ntitle: t\n---\n",
            "notes/blog/_includes/scripts/mathjax.html": MATHJAX_3,
            "notes/other/_posts/2020-01-01-x.md": "x",
        },
    )
    assert blog_macros(str(tmp_path), POST)["\\P"] == (0, "\\mathsf{P}")
    assert blog_macros(str(tmp_path), "notes/other/_posts/2020-01-01-x.md") == {}
    assert blog_macros(str(tmp_path), "notes/blog/pca.md") == {}  # not a post of the blog
@pytest.mark.parametrize(
    ("config", "address"),
    [
        # minimal-mistakes as Korean guides set it up: the categories and the file's name, at the blog's url
        (
            'url                      : "https://hongsusoo.github.io"\npermalink: /:categories/:title/\n',
            BlogAddress("/:categories/:title/", "hongsusoo.github.io"),
        ),
        ("url: https://www.Example.com:4000/\npermalink: none\n", BlogAddress("/:categories/:title:output_ext", "example.com")),
        ("permalink: pretty\n", BlogAddress("/:categories/:year/:month/:day/:title/", "")),
        ("title: 내 블로그\nurl: https://a.github.io\n", None),  # Jekyll's default: the posts' own paths know it
        # Chirpy: the posts' address in their front-matter defaults, which win over the top-level one
        (
            "url: https://a.github.io\npermalink: pretty\ndefaults:\n  - scope:\n      path: ''\n      type: posts\n"
            "    values:\n      layout: post\n      permalink: /posts/:title/\n  - scope:\n      path: ''\n"
            "      type: tabs\n    values:\n      permalink: /:title/\n",
            BlogAddress("/posts/:title/", "a.github.io"),
        ),
        (  # defaults for one folder's posts, or for pages: not every post's address
            "defaults:\n  - scope: {path: _posts/dl}\n    values: {permalink: /dl/:title/}\n"
            "  - scope: {path: '', type: pages}\n    values: {permalink: /:title/}\n",
            None,
        ),
        ("defaults:\n  - values: {permalink: /blog/:title/}\n", BlogAddress("/blog/:title/", "")),  # no scope: all
        ("permalink: [/a/\n", None),  # not YAML: Jekyll built nothing from it either
        ("- permalink\n", None),
    ],
)
def test_a_blogs_config_says_where_its_posts_were(tmp_path, config, address):
    write_tree(tmp_path, {POST: "---\ntitle: t\n---\n", "notes/blog/_config.yml": config})
    assert blog_address(str(tmp_path), "notes/blog") == address


def test_a_blog_without_a_config_has_no_address(tmp_path):
    write_tree(tmp_path, {POST: "---\ntitle: t\n---\n"})
    assert blog_address(str(tmp_path), "notes/blog") is None


def test_a_blogs_own_macro_wins_over_physics_whichever_file_loads_the_package(tmp_path):
    # the blog's macros in a file sorting before the one loading physics: physics' \norm had won
    own = '<p style="display:none">$$\\newcommand{\\norm}[1]{\\|#1\\|}$$</p>'
    loader = "<script>MathJax = { loader: {load: ['[tex]/physics']} };</script>"
    write_tree(
        tmp_path,
        {POST: "---\ntitle: t\n---\n", "notes/blog/_includes/a-macros.html": own, "notes/blog/_includes/mathjax.html": loader},
    )
    macros = blog_macros(str(tmp_path), POST)
    assert macros["\\norm"] == (1, "\\|#1\\|") and "\\pdv" in macros


def test_a_fastpages_notebook_post_gets_its_blogs_macros(tmp_path):
    # fastpages' `_notebooks/` beside `_posts/`: the blog's MathJax setup is above it as above its posts
    notebook_post = "notes/blog/_notebooks/2020-03-01-pca.ipynb"
    write_tree(tmp_path, {"notes/blog/_includes/mathjax.html": CHIRPY_MATHJAX.split("---\n\n")[1]})
    assert blog_macros(str(tmp_path), notebook_post)["\\RR"] == (0, "\\mathbb{R}")
