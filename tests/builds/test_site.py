"""Whole builds: the shipped notes, strict, and what every page must carry."""

from __future__ import annotations

import re

from tests.helpers.sitebuild import ROOT, build_docs, site_pages, write_tree

SEEDS = sorted(p.stem for p in (ROOT / "docs" / "notes").glob("*.md"))
SEED_URLS = {  # readable URLs from date and title (no date in 000 and 002)
    "000_e0550d1027c63615": "notes/boostcamp-ai-tech-nlp-과정-3주차-노트/",
    "001_521814ed1747e112": "notes/2022-10-05-boostcamp-12days/",
    "002_63ecd8a897674820": "notes/네이버-부스트-캠프-ai-tech-re-week2-5/",
    "003_a99f8c4a205d3c9c": "notes/2023-08-02-til/",
    "004_34a8e8699c8faa55": "notes/2023-01-25-lg-aimers-04-deep-learning/",
}


def test_the_five_seed_notes_are_shipped_unchanged():
    seeds_dir = ROOT.parent / "shared" / "seeds"
    assert len(SEEDS) == 5
    for seed in sorted(seeds_dir.glob("*.txt")):
        shipped = ROOT / "docs" / "notes" / f"{seed.stem}.md"
        assert shipped.read_bytes() == seed.read_bytes(), shipped


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
