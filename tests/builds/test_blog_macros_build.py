"""A post whose blog gave its MathJax macros (in `_includes/`: MathJax's `macros`, or `\\newcommand`s in a hidden
formula of the layout) has them written out in its formulas when the registry is built, so its page and the
concept pages that quote it typeset them as the blog drew them."""

from __future__ import annotations

from hooks.kb.posts import registry
from tests.helpers.sitebuild import build_site_with
from tests.unit.test_blog_config import MATHJAX_3, PHYSICS_CONFIG

POST = "notes/blog/_posts/2021-12-26-random-variables.md"
OWN = "notes/blog/_posts/2021-12-27-own-macros.md"
BODY = """---
title: 확률변수
---

## 확률질량함수

이산확률변수 $X$에서, 함수 $f(x_i) = \\P(X = x_i)$ 를 $X$의 확률질량함수라 한다.

$$
\\E[X] = \\sum_x x \\, \\P(X = x), \\qquad \\floor{\\bm{x}}
$$
"""


def test_a_posts_formulas_use_the_macros_its_blog_gave_mathjax(tmp_path):
    built = build_site_with(
        tmp_path,
        {
            "notes/blog/_includes/scripts/mathjax.html": MATHJAX_3,
            POST: BODY,
            OWN: "---\ntitle: 내 매크로\n---\n\n$\\newcommand{\\E}{\\mathbb{E}}$ 기댓값 $\\E[X]$\n",
        },
    )
    page = built.article(registry.REGISTRY.get(POST).url)
    assert "kb-math-error" not in page
    assert "<mi>¶</mi>" not in page  # LaTeX's \P, the pilcrow, is what it showed without the blog's macro
    assert page.count("<mi>𝖯</mi>") == 2
    assert "⌊" in page and "𝒙" in page
    own = built.article(registry.REGISTRY.get(OWN).url)
    assert "kb-math-error" not in own and "𝔼" in own  # the post's own definition wins over its blog's


def test_a_post_of_a_blog_loading_physics_and_one_declaring_paired_delimiters_draw_them(tmp_path):
    physics_post = "notes/phys/_posts/2022-03-01-gradient.md"
    paired = "notes/2022-03-02-norms.md"
    required = "notes/2022-03-03-measure.md"
    built = build_site_with(
        tmp_path,
        {
            "notes/phys/_includes/head.html": PHYSICS_CONFIG,
            physics_post: "---\ntitle: 경사\n---\n\n손실의 기울기 $\\pdv{L}{w}$ 와 $\\abs{x}$, $\\norm{w}_2$\n",
            paired: "---\ntitle: 노름\n---\n\n$$\\DeclarePairedDelimiter{\\abs}{\\lvert}{\\rvert}$$\n\n거리 $\\abs{x-y}$\n",
            required: "---\ntitle: 측도\n---\n$\\require{physics}$\n외측도 $\\lambda^{*} \\qty(A \\cap B)$ 와 $\\dv{f}{x}$\n",
        },
    )
    page = built.article(registry.REGISTRY.get(physics_post).url)
    assert "kb-math-error" not in page and page.count("<mfrac>") == 1 and "∂" in page and "‖" in page
    own = built.article(registry.REGISTRY.get(paired).url)
    assert "kb-math-error" not in own and "DeclarePairedDelimiter" not in own.split("alttext")[0]
    assert own.count("|") >= 2
    loaded = built.article(registry.REGISTRY.get(required).url)  # MathJax 3 loads physics where a formula asks
    assert "kb-math-error" not in loaded and loaded.count("<mfrac>") == 1
