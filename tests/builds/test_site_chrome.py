"""What a reader finds around the notes: a sidebar that names each page by its title, concepts in name
order, Korean everywhere the theme speaks, and a site that works under a project site's sub-path."""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pytest

from hooks.kb.concepts.definitions import load_concepts
from tests.helpers.crawl import broken_links
from tests.helpers.sitebuild import EXAMPLE_NAMES, EXAMPLE_SITE, build_docs, example_registry

# What Material says in English unless told otherwise (its Korean translation covers the rest).
ENGLISH_UI = ["Made with", "404 - Not found", "Not found"]
CONCEPTS = load_concepts(example_registry())


def _sidebar(html: str) -> list[tuple[str, str]]:
    """(href, text) of every link of the main navigation (not the page's own table of contents, `#...`)."""
    nav = html[
        html.index('class="md-nav md-nav--primary"') : html.index('class="md-sidebar md-sidebar--secondary"')
    ]
    links = re.findall(r'<a href="([^"#][^"]*|)"[^>]*class="md-nav__link[^"]*"[^>]*>(.*?)</a>', nav, re.S)
    return [(href, " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())) for href, text in links]


def _h1(html: str) -> str:
    heading = re.sub(r'<a class="headerlink".*?</a>', "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1])
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", heading)).split())


def test_each_sidebar_entry_is_named_as_its_page_is_titled_and_home_is_there_once(shipped_site):
    page = "concepts/lstm/"
    entries = _sidebar(shipped_site.html(page))
    families = set(dict(CONCEPTS.families).values())
    assert len(entries) >= 25
    named = {}
    for href, text in entries:
        if text in families:  # a family's section: Material's pruned sidebar opens its first page
            continue
        target = Path(page, href).as_posix()
        named[text] = _h1(
            (shipped_site.site_dir / target / "index.html").resolve().read_text(encoding="utf-8")
        )
    assert {text: title for text, title in named.items() if text != title} == {}
    home = [
        text for href, text in entries if (Path(page) / href).resolve() == Path(page).parent.parent.resolve()
    ]
    assert home == [EXAMPLE_NAMES["site_name"]]  # the example's index.md is titled as the site is named
    assert "노트 목록" in named and "개념" in named


def test_concepts_are_listed_by_family_then_by_name_after_the_map(shipped_site):
    """A concept page's sidebar: the map, then the families in the registry's order (신경망 기초, 수학과 확률
    ...), each opening its family's page, its own family open on its concepts by name, the others closed:
    only their names are written (navigation.prune), where all 168 concepts were written into every
    concept page."""
    sidebar = _sidebar(shipped_site.html("concepts/lstm/"))
    entries = [text for _, text in sidebar]
    shown = entries[entries.index("개념") + 1 : entries.index("태그")]
    families = [name for _, name in CONCEPTS.families]
    own = "시퀀스 모델"
    before, after = families[: families.index(own)], families[families.index(own) + 1 :]
    ids = {name: family for family, name in CONCEPTS.families}
    count = sum(1 for c in CONCEPTS.concepts if c.family == ids[own])
    assert shown[0] == "개념 지도" and shown[1 : len(before) + 2] == [*before, own]
    concepts = shown[len(before) + 2 : len(before) + 2 + count]
    assert "LSTM · 장단기 메모리" in concepts and concepts == sorted(concepts, key=str.casefold)
    assert shown[len(before) + 2 + count :] == after
    assert {text: href for href, text in sidebar if text in families} == {
        name: f"../family/{family}/" for family, name in CONCEPTS.families
    }


def test_a_family_page_lists_its_concepts_and_a_concept_page_names_its_family_by_it(shipped_site):
    """CNN 계열 has a page of its own (what its entry in the sidebar opens, where a closed family opened its
    first concept): its concepts with their summaries, each leading to its page."""
    family = shipped_site.html("concepts/family/cnn/")
    assert _h1(family) == "CNN 계열"
    members = [c for c in CONCEPTS.concepts if c.family == "cnn"]
    linked = re.findall(r'<td><a href="\.\./\.\./([^"/]+)/">([^<]+)</a></td>', family)
    assert linked == [(c.id, c.title) for c in members]
    for concept in members:
        assert unescape(concept.summary) in unescape(family)
    assert re.search(r'개념 \d+개, 이 개념들을 다룬 노트 \d+개입니다', family)
    lstm = shipped_site.html("concepts/lstm/")
    assert re.search(r'분류: <a href="\.\./family/sequence/">시퀀스 모델</a>', lstm)


def test_the_theme_speaks_korean_footer_and_404_included(shipped_site):
    pages = [p for p in shipped_site.site_dir.rglob("*.html")]
    found = {
        str(p.relative_to(shipped_site.site_dir)): [
            s for s in ENGLISH_UI if s in p.read_text(encoding="utf-8")
        ]
        for p in pages
    }
    assert {page: words for page, words in found.items() if words} == {}
    home = shipped_site.html("")
    footer = home[home.index('class="md-copyright"') :]
    assert "글쓴이" in footer
    missing = (shipped_site.site_dir / "404.html").read_text(encoding="utf-8")
    assert "페이지를 찾을 수 없습니다" in missing


@pytest.fixture(scope="module")
def project_site(tmp_path_factory):
    """The example site built for a GitHub Pages project site: https://<user>.github.io/<repo>/."""
    out = tmp_path_factory.mktemp("subpath")
    shutil.copytree(EXAMPLE_SITE, out / "docs")
    return build_docs(out / "docs", out / "site", site_url="https://student.github.io/study-notes/")


def test_a_site_served_under_a_sub_path_has_no_broken_link(project_site):
    site = project_site.site_dir
    assert broken_links(site, "https://student.github.io/study-notes/") == []
    # The crawl follows absolute links only under the sub-path: the 404 page has them, so it was checked.
    missing = (site / "404.html").read_text(encoding="utf-8")
    assert 'href="/study-notes/notes/"' in missing
    assert not re.search(r'(?:href|src)="/(?!study-notes/)', missing)


def test_the_sitemap_lists_every_page_on_one_short_line_each(shipped_site):
    """Material's instant navigation fetches sitemap.xml on every page view: one `<url><loc>` line a page,
    no build-date `<lastmod>`, still a sitemap search engines read (every page, absolute URLs)."""
    site = shipped_site.site_dir
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    root = ElementTree.fromstring(text)
    locs = [url.findtext(f"{namespace}loc") for url in root.findall(f"{namespace}url")]
    pages = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    pages = {"" if p == "." else f"{p}/" for p in pages}
    listed = {unquote(urlsplit(loc).path).removeprefix("/") for loc in locs}
    assert all(loc.startswith("http") for loc in locs) and len(locs) == len(listed)
    redirects = {p for p in pages if "http-equiv" in (site / p / "index.html").read_text(encoding="utf-8")}
    assert listed == pages - redirects  # every page, and no redirect of a concept's Korean name
    assert "lastmod" not in text
    lines = [line for line in text.splitlines() if "<url>" in line]
    assert len(lines) == len(locs) and all(re.fullmatch(r"<url><loc>[^<]+</loc></url>", line) for line in lines)
