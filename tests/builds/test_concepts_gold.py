"""Concept pages against tests/gold/passages.yml, judgments written by reading the notes section by section.

The five seed notes and the 33 fixtures of tests/gold/notes/ (written in the shapes of real Korean study
posts) are built into one strict site. Every passage a concept page quotes links to a note section: the
(note, concept, section) triples the pages quote are compared with the judged ones.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from tests.helpers.sitebuild import EXAMPLE_SITE, BuiltSite, build_docs, example_registry

GOLD_DIR = Path(__file__).parent.parent / "gold"
GOLD = yaml.safe_load((GOLD_DIR / "passages.yml").read_text(encoding="utf-8"))
SOURCE_LINK = re.compile(r'<a class="kb-passage-source" href="([^"]+)"')
MIN_PRECISION, MIN_RECALL = 0.95, 0.90


@pytest.fixture(scope="module")
def gold_site(tmp_path_factory) -> BuiltSite:
    out = tmp_path_factory.mktemp("gold")
    shutil.copytree(EXAMPLE_SITE, out / "docs")
    shutil.copytree(GOLD_DIR / "notes", out / "docs" / "notes" / "gold")
    return build_docs(out / "docs", out / "site")


def quoted(site: BuiltSite) -> set[tuple[str, str, str]]:
    """(note URL, concept id, section anchor) of every passage the concept pages quote."""
    found = set()
    for page in sorted((site.site_dir / "concepts").glob("*/index.html")):
        text = page.read_text(encoding="utf-8")
        for href in SOURCE_LINK.findall(text):
            url, _, anchor = unquote(html.unescape(href)).partition("#")
            found.add(("notes/" + url.split("notes/", 1)[1], page.parent.name, anchor))
    return found


def judged() -> set[tuple[str, str, str]]:
    return {
        (note, concept, anchor)
        for note, concepts in GOLD.items()
        for concept, anchors in (concepts or {}).items()
        for anchor in anchors
    }


def test_the_gold_judges_every_note_of_the_site_and_only_concepts_of_the_registry(gold_site):
    notes = {f"notes/{p.parent.relative_to(gold_site.site_dir / 'notes')}/" for p in (gold_site.site_dir / "notes").glob("*/index.html")}
    assert set(GOLD) == notes
    registry = yaml.safe_load(example_registry())
    assert {c for _, c, _ in judged()} <= {c["id"] for c in registry["concepts"]}


def test_concept_pages_quote_what_the_gold_says_with_high_precision_and_recall(gold_site):
    cited, gold = quoted(gold_site), judged()
    right = cited & gold
    precision, recall = len(right) / len(cited), len(right) / len(gold)
    report = (
        f"precision {precision:.3f} ({len(right)}/{len(cited)}), recall {recall:.3f} ({len(right)}/{len(gold)})\n"
        f"quoted, not judged: {sorted(cited - gold)}\njudged, not quoted: {sorted(gold - cited)}"
    )
    print(report)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, report
    assert len(gold) >= 180  # the judgments cover the whole set, not a sample


def test_the_same_text_in_two_notes_is_quoted_once_citing_both(gold_site):
    page = gold_site.html("concepts/dropout/")
    assert page.count("특정 뉴런들이 서로에게 기대어") == 1
    cited = {unquote(href) for href in SOURCE_LINK.findall(page)}
    assert any("정칙화-민수" in href for href in cited) and any("정칙화-지연" in href for href in cited)
    assert "같은 내용을 쓴 노트" in page


def test_a_heading_one_typo_from_a_name_is_read_as_it_and_the_status_page_suggests_the_spelling(gold_site):
    status = html.unescape(gold_site.html("status/"))
    assert "'Atention'은(는) 'Attention'의 오타로 보입니다 — 'Attention · 어텐션' 개념으로 읽었습니다" in status
    assert "notes/gold/22-misspelled-headings.md:5: 'Atention' looks like a typo of 'Attention'" in gold_site.log


def test_every_passage_link_leads_to_an_id_on_the_note_page(gold_site):
    checked = 0
    for page in sorted((gold_site.site_dir / "concepts").glob("*/index.html")):
        for href in SOURCE_LINK.findall(page.read_text(encoding="utf-8")):
            url, _, anchor = unquote(html.unescape(href)).partition("#")
            note_html = (page.parent / url / "index.html").resolve().read_text(encoding="utf-8")
            assert not anchor or f'id="{anchor}"' in note_html, (page, url, anchor)
            checked += 1
    assert checked >= 180


def test_a_timeline_of_the_field_names_its_milestones_and_quotes_none(gold_site):
    note = "notes/2021-08-09-부스트캠프-day-6-딥러닝-기본-용어와-historical-review/"
    assert not {t for t in quoted(gold_site) if t[0] == note and t[2] == "historical-review"}
    for concept in ("reinforcement-learning", "gpt", "contrastive-learning"):
        mentions = unquote(gold_site.html(f"concepts/{concept}/").split("언급만 한 노트", 1)[1])
        assert note.split("/")[1] in mentions, concept
