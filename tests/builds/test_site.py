"""Whole builds: the example notes, strict, and what every page must carry; and the site in docs/ as
`make build` builds it, whatever it now holds."""

from __future__ import annotations

import re
import shutil
from html import escape

import pytest
from mkdocs.config import load_config

from tests.helpers.sitebuild import EXAMPLE_SITE, ROOT, build_docs, site_pages, write_tree

SEEDS = sorted(p.stem for p in (EXAMPLE_SITE / "notes").glob("*.md"))
SEEDS_DIR = ROOT.parent / "shared" / "seeds"  # the seed notes as given, beside the project's own folder
SEED_URLS = {  # readable URLs from date and title (no date in 000 and 002)
    "000_e0550d1027c63615": "notes/boostcamp-ai-tech-nlp-과정-3주차-노트/",
    "001_521814ed1747e112": "notes/2022-10-05-boostcamp-12days/",
    "002_63ecd8a897674820": "notes/네이버-부스트-캠프-ai-tech-re-week2-5/",
    "003_a99f8c4a205d3c9c": "notes/2023-08-02-til/",
    "004_34a8e8699c8faa55": "notes/2023-01-25-lg-aimers-04-deep-learning/",
}


def test_the_example_site_has_the_five_seed_notes():
    assert len(SEEDS) == 5


@pytest.mark.skipif(
    not SEEDS_DIR.is_dir(),
    reason=f"{SEEDS_DIR} (the seed notes as given) is beside the project's own folder only, not a fork's or CI's",
)
def test_the_five_example_notes_are_the_seed_notes_unchanged():
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    assert [seed.stem for seed in seeds] == SEEDS
    for seed in seeds:
        example = EXAMPLE_SITE / "notes" / f"{seed.stem}.md"
        assert example.read_bytes() == seed.read_bytes(), example


def test_each_example_note_still_in_docs_is_the_one_the_tests_build():
    """docs/ ships the example site: an example note a user has not removed yet (README: `rm
    docs/notes/0*.md`) is the tests' copy, byte for byte; the user's own notes are theirs."""
    shipped = ROOT / "docs" / "notes"
    kept = [p for p in sorted((EXAMPLE_SITE / "notes").glob("*.md")) if (shipped / p.name).exists()]
    for example in kept:
        assert (shipped / example.name).read_bytes() == example.read_bytes(), shipped / example.name


def test_the_site_in_docs_builds_strict_under_mkdocs_yml_s_name(tmp_path):
    """`make build` of whatever docs/ and mkdocs.yml hold now (the example site in the project; a student's
    notes, concepts and site name in their fork): strict, it builds, and its pages carry that name."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    shutil.copytree(ROOT / "docs", tmp_path / "docs")  # its build cache beside the copy, not in the project
    site = build_docs(
        tmp_path / "docs",
        tmp_path / "site",
        site_name=config.site_name,
        site_description=config.site_description,
    )
    assert f"<title>{escape(config.site_name, quote=False)}</title>" in site.html("")
    missing = (site.site_dir / "404.html").read_text(encoding="utf-8")  # a page with no text of its own
    assert f'<meta name="description" content="{escape(config.site_description)}">' in missing


def test_strict_build_has_a_page_for_each_note(shipped_site):
    assert sorted(SEED_URLS) == SEEDS
    assert set(SEED_URLS.values()) <= shipped_site.page_urls()


def test_note_list_links_every_note(shipped_site):
    listing = shipped_site.html("notes/")
    for url in SEED_URLS.values():
        assert f'href="{url.removeprefix("notes/")}"' in listing, url


def test_korean_headings_get_korean_anchors(shipped_site):
    page = shipped_site.html(SEED_URLS["000_e0550d1027c63615"])
    assert 'id="파라미터-갯수"' in page
    assert not re.search(r'<h\d id="_\d+"', page)


def test_no_page_loads_anything_off_the_site(shipped_site):
    """Scripts, styles, images and fonts all come from the site itself (links to elsewhere are fine)."""
    loads_offsite = re.compile(
        r'<(?:script|img|iframe|source)\b[^>]*\bsrc="(?:https?:)?//'
        r'|<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*href="(?:https?:)?//'
    )
    for html_file in shipped_site.site_dir.rglob("*.html"):
        assert not loads_offsite.search(html_file.read_text(encoding="utf-8")), html_file


def test_theme_keys_in_front_matter_do_not_break_the_build(tmp_path):
    note = "---\ntitle: 키 충돌\nsearch: true\ntemplate: post.html\nhide: true\nicon: x\nstatus: done\n---\n본문\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/clash.md": note})
    site = build_docs(docs, tmp_path / "site")
    html = site.html("notes/키-충돌/")
    assert "본문" in html and "키 충돌" in html


def test_navigation_size_does_not_grow_with_notes(tmp_path):
    """The sidebar of a note page must not list every note: compare 5 and 40 notes."""
    sizes = {}
    for count in (5, 40):
        notes = {f"notes/n{i:03}.md": f"---\ntitle: 노트 {i}\n---\n내용 {i}\n" for i in range(count)}
        docs = write_tree(tmp_path / f"d{count}", {**site_pages(), **notes})
        site = build_docs(docs, tmp_path / f"s{count}")
        nav = re.search(
            r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', site.html("notes/노트-0/"), re.S
        )
        sizes[count] = len(nav.group(0))
    assert sizes[40] == sizes[5]


def test_missing_image_becomes_a_visible_placeholder(tmp_path):
    note = "---\ntitle: 그림\n---\n\n![LSTM 구조](../img/lstm.png)\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/pic.md": note})
    site = build_docs(docs, tmp_path / "site")
    assert 'class="kb-missing-image"' in site.html("notes/그림/")
    assert "LSTM 구조" in site.html("notes/그림/")
    assert "notes/pic.md:5: image '../img/lstm.png' not found" in site.log


def test_image_found_elsewhere_in_docs_is_used(tmp_path):
    png = bytes.fromhex("89504e470d0a1a0a")  # a PNG signature is all the build needs
    note = "---\ntitle: 그림\n---\n\n![구조](/assets/images/AI/lstm.png)\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/pic.md": note, "notes/img/lstm.png": png})
    site = build_docs(docs, tmp_path / "site")
    assert 'src="../img/lstm.png"' in site.html("notes/그림/")
