"""What only a browser shows: requests leaving the site, and how the pages look."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).parent / "screenshots"


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
