"""What only a browser shows: requests leaving the site, and how the pages look."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

SHOTS = Path(__file__).parent.parent / "screenshots"


def visit_and_collect_requests(page, url: str) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="networkidle")
    return requests


@pytest.mark.parametrize("path", ["", "notes/", "notes/2022-10-05-boostcamp-12days/", "tags/"])
def test_pages_request_nothing_off_the_site(shipped_site, serve, page, path):
    base = serve(shipped_site.site_dir)
    requests = visit_and_collect_requests(page, base + path)
    origin = urlparse(base).netloc
    assert requests, "the page made no request at all"
    offsite = [
        u for u in requests if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != origin
    ]
    assert offsite == []
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{path.strip('/').replace('/', '_') or 'home'}.png"), full_page=False)


def test_note_page_shows_title_and_korean_anchor_works(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + "notes/boostcamp-ai-tech-nlp-과정-3주차-노트/#파라미터-갯수")
    heading = page.locator("h3#파라미터-갯수")
    assert heading.is_visible()
    assert "Boostcamp AI tech NLP 과정 3주차 노트" in page.title()


@pytest.mark.parametrize("concept", ["cnn", "lstm", "vae"])
def test_concept_page_shows_every_note_and_its_links_lead_into_the_note(shipped_site, serve, page, concept):
    base = serve(shipped_site.site_dir)
    page.goto(base + f"concepts/{concept}/", wait_until="networkidle")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"concept_{concept}.png"), full_page=True)
    sources = page.locator("a.kb-passage-source")
    assert sources.count() >= 3
    assert page.locator(".kb-passage").first.is_visible()
    last = sources.last
    href = last.get_attribute("href")
    last.click()
    page.wait_for_load_state("networkidle")
    assert "/notes/" in page.url
    anchor = href.partition("#")[2]
    if anchor:  # the section the passage came from is on screen
        assert page.locator(f'[id="{unquote(anchor)}"]').is_visible()


def test_concept_index_groups_concepts_by_family(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + "concepts/", wait_until="networkidle")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "concepts.png"), full_page=True)
    assert page.locator("article h2").count() >= 5
    assert page.locator('article a[href$="concepts/lstm/"]').is_visible()  # instant nav makes hrefs absolute


def test_a_long_formula_stays_inside_its_passage_card(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + "concepts/generative-model/", wait_until="networkidle")
    assert page.locator(".kb-passage math").count() >= 5  # the chain rule and the other formulas of the notes
    spilling = page.evaluate(
        """() => [...document.querySelectorAll('.kb-passage math')].filter(m => {
            const card = m.closest('.kb-passage');
            const visible = getComputedStyle(card).overflowX === 'visible';
            return visible && m.getBoundingClientRect().right > card.getBoundingClientRect().right + 1;
        }).length"""
    )
    assert spilling == 0
