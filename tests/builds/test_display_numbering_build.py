"""Whether a post's blog numbered every display formula is asked once, when the note registry is built, and
kept on the note: the formulas step and the concept step read the same answer."""

from __future__ import annotations

import re

from hooks.kb.posts import registry
from tests.helpers.sitebuild import build_site_with

POST = "notes/blog/_posts/2019-07-27-pca.md"
OTHER = "notes/2019-07-28-relu.md"
BODY = "---\ntitle: PCA\n---\n\n## 주성분 분석\n\n$$\nX = U \\Sigma V^T\n$$\n"


def test_the_registry_keeps_which_notes_have_every_display_numbered(tmp_path):
    built = build_site_with(
        tmp_path,
        {
            "notes/blog/_config.yml": "mathjax: true\nmathjax_autoNumber: true\n",
            POST: BODY,
            OTHER: BODY.replace("PCA", "ReLU"),
        },
    )
    assert registry.REGISTRY.get(POST).numbers_displays
    assert not registry.REGISTRY.get(OTHER).numbers_displays
    page = registry.REGISTRY.get(POST).url
    assert re.findall(r"<mtext>\((\d+)\)</mtext>", built.article(page)) == ["1"]
