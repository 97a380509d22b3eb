"""Concept names as URLs: which names get a redirect page, and what the page says."""

from __future__ import annotations

import re

from pymdownx.slugs import slugify

from hooks.kb.concepts.redirects import REDIRECT_MARK, Redirect, concept_redirects, redirect_html
from tests.golden.test_autolink import REGISTRY

SLUGIFY = slugify(case="lower")


def test_korean_and_english_names_redirect_unless_the_slug_is_an_id():
    found = {r.slug: r.concept.id for r in concept_redirects(REGISTRY, SLUGIFY)}
    assert found["합성곱-신경망"] == "cnn"
    assert found["convolutional-neural-network"] == "cnn"
    assert found["장단기-메모리"] == "lstm"
    assert "sequential-model" not in found  # the English name is the id itself: the page is there
    assert not set(found) & {c.id for c in REGISTRY.concepts}


def test_redirect_page_leads_to_the_id_url_keeping_the_section_and_previews_the_concept():
    page = redirect_html(
        Redirect("합성곱-신경망", REGISTRY.get("cnn")), "https://x.github.io/kb/"
    )
    assert REDIRECT_MARK in page
    assert '<meta http-equiv="refresh" content="0; url=../cnn/">' in page
    assert 'location.replace("../cnn/" + location.hash)' in page
    assert '<link rel="canonical" href="https://x.github.io/kb/concepts/cnn/">' in page
    assert re.search(r'<meta property="og:description" content="합성곱 층을 쌓은 신경망.">', page)
    assert '<html lang="ko">' in page
