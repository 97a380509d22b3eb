"""No broken links: every internal link, image, script and stylesheet of the built seed site resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hooks.kb.concepts.redirects import REDIRECT_MARK
from tests.helpers.crawl import Broken, broken_links
from tests.helpers.sitebuild import write_tree

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default


def test_the_crawler_finds_missing_pages_images_and_fragments(tmp_path: Path):
    site = write_tree(
        tmp_path,
        {
            "index.html": '<a href="a/">a</a> <a href="a/#here">ok</a> <a href="https://x.y/">off</a>'
            '<a href="http://127.0.0.1:8000/a/">own</a>',
            "a/index.html": '<h2 id="here">h</h2><img src="../img/x.png"><a href="../b/">b</a>'
            '<a href="../#nowhere">c</a><script src="/assets/s.js"></script>',
        },
    )
    assert sorted(broken_links(site, SITE_URL), key=lambda b: b.url) == [
        Broken("a/index.html", "../#nowhere", "no id 'nowhere' in index.html"),
        Broken("a/index.html", "../b/", "no file b/index.html"),
        Broken("a/index.html", "../img/x.png", "no file img/x.png"),
        Broken("a/index.html", "/assets/s.js", "no file assets/s.js"),
    ]


def test_seed_site_has_no_broken_internal_link_or_image(shipped_site):
    assert broken_links(shipped_site.site_dir, SITE_URL) == []


def test_seed_site_links_notes_and_concepts_both_ways(shipped_site):
    """The crawl above is only worth something if the links are there: count a few kinds."""
    site = shipped_site.site_dir
    note_pages = [p for p in (site / "notes").glob("*/index.html")]
    assert len(note_pages) == 5
    auto = sum(len(re.findall(r'class="kb-concept-link"', p.read_text(encoding="utf-8"))) for p in note_pages)
    assert auto >= 30
    # Concept pages list the notes that only mention them as raw HTML, which a strict build does not
    # check: the crawl is what does, so make sure it has such links to follow.
    listed = [
        href
        for p in (site / "concepts").glob("*/index.html")
        if 'id="언급만-한-노트"' in (html := p.read_text(encoding="utf-8"))
        for href in re.findall(r'href="(\.\./\.\./notes/[^"]+)"', html.split('id="언급만-한-노트"', 1)[1])
    ]
    assert len(listed) >= 10


def meta_tags(html: str) -> dict[str, str]:
    return dict(re.findall(r'<meta (?:property|name)="((?:og|twitter):[\w:]+)" content="([^"]*)"', html))


@pytest.mark.parametrize("kind", ["concepts", "notes"])
def test_every_concept_and_note_page_carries_chat_preview_meta(shipped_site, kind):
    pages = sorted((shipped_site.site_dir / kind).glob("*/index.html"))
    pages = [p for p in pages if REDIRECT_MARK not in p.read_text(encoding="utf-8")]
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        url = SITE_URL + str(page.parent.relative_to(shipped_site.site_dir)) + "/"
        meta = meta_tags(html)
        for key in ("og:title", "og:description", "og:url", "og:type", "twitter:card"):
            assert meta.get(key, "").strip(), f"{page}: {key} empty or missing"
        assert meta["og:url"] == url
        assert f'<link rel="canonical" href="{url}">' in html
        assert '<html lang="ko"' in html
        description = meta["og:description"]
        assert len(description) <= 160
        assert not re.search(r"[\\$*_`#]|\]\(|<", description), f"{page}: not plain text: {description}"


@pytest.mark.parametrize(
    ("name", "concept"),
    [("합성곱-신경망", "cnn"), ("장단기-메모리", "lstm"), ("variational-autoencoder", "vae")],
)
def test_concept_names_redirect_to_the_stable_id_url(shipped_site, name, concept):
    html = shipped_site.html(f"concepts/{name}/")
    assert f'<meta http-equiv="refresh" content="0; url=../{concept}/">' in html
    assert f'<link rel="canonical" href="{SITE_URL}concepts/{concept}/">' in html
    assert meta_tags(html)["og:url"] == f"{SITE_URL}concepts/{concept}/"
    assert f"concepts/{name}/" not in (shipped_site.site_dir / "sitemap.xml").read_text(encoding="utf-8")


def test_every_concept_is_reached_by_its_names(shipped_site):
    concepts = {p.parent.name for p in (shipped_site.site_dir / "concepts").glob("*/index.html")}
    redirects = [
        p
        for p in (shipped_site.site_dir / "concepts").glob("*/index.html")
        if REDIRECT_MARK in p.read_text(encoding="utf-8")
    ]
    targets = {re.search(r"url=\.\./([^/]+)/", p.read_text(encoding="utf-8")).group(1) for p in redirects}
    assert targets == concepts - {p.parent.name for p in redirects} - {"map"}  # the concept map is no concept
