"""The concept pages of the shipped notes against tests/gold/concepts.yml, written by reading the notes.

Every note that covers a concept is cited by its page, and no page cites a note that does not cover it.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from tests.builds.test_site import SEED_URLS
from tests.helpers.sitebuild import ROOT

SEED_OF_URL = {url: seed[:3] for seed, url in SEED_URLS.items()}  # "notes/2023-08-02-til/" -> "003"

GOLD = yaml.safe_load((Path(__file__).parent.parent / "gold" / "concepts.yml").read_text(encoding="utf-8"))["covers"]
SOURCE_LINK = re.compile(r"<a [^>]*kb-passage-source[^>]*>")
HREF = re.compile(r'href="([^"]+)"')


def cited_notes(page_html: str) -> set[str]:
    """The seed numbers (000..004) of the notes whose passages a concept page quotes."""
    found = set()
    for tag in SOURCE_LINK.findall(page_html):
        href = unquote(HREF.search(tag).group(1))
        url = "notes/" + href.split("notes/", 1)[1].split("#", 1)[0]
        found.add(SEED_OF_URL[url])
    return found


def test_gold_names_only_concepts_of_the_registry():
    registry = yaml.safe_load((ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8"))
    assert set(GOLD) <= {c["id"] for c in registry["concepts"]}


@pytest.mark.parametrize("concept", sorted(GOLD))
def test_concept_page_cites_exactly_the_notes_that_cover_it(shipped_site, concept):
    cited = cited_notes(shipped_site.html(f"concepts/{concept}/"))
    expected = set(GOLD[concept])
    assert cited == expected, f"missing {sorted(expected - cited)}, not covering {sorted(cited - expected)}"


def test_every_passage_link_leads_to_an_id_on_the_note_page(shipped_site):
    checked = 0
    for page in sorted((shipped_site.site_dir / "concepts").glob("*/index.html")):
        for tag in SOURCE_LINK.findall(page.read_text(encoding="utf-8")):
            url, _, anchor = unquote(HREF.search(tag).group(1)).partition("#")
            note_html = (page.parent / url / "index.html").resolve().read_text(encoding="utf-8")
            assert not anchor or f'id="{anchor}"' in note_html, (page, url, anchor)
            checked += 1
    assert checked >= 60
