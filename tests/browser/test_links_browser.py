"""In a browser: a reader follows note -> concept -> another note by clicking, and sees the note's links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

SHOTS = Path(__file__).parent.parent / "screenshots"
START = "notes/2023-08-02-til/"


def test_reader_goes_from_a_note_to_a_concept_to_another_note(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + START, wait_until="load")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "note_links.png"), full_page=False)
    assert page.locator("article .kb-note-concepts a").count() >= 3  # the concepts it covers, on top

    page.locator('article a.kb-concept-link[href$="concepts/cnn/"]').first.click()  # a mention in the text
    page.wait_for_url(re.compile(r".*/concepts/cnn/$"))
    expect(page.locator("article h1")).to_have_text(re.compile(r"^\s*CNN"))  # swapped in after the address

    others = page.locator("article a", has_text="노트 전체 보기")
    hrefs = [unquote(others.nth(i).get_attribute("href")) for i in range(others.count())]
    target = next(i for i, h in enumerate(hrefs) if "/notes/" in h and START not in h)
    others.nth(target).click()
    page.wait_for_url(re.compile(r".*/notes/(?!2023-08-02-til/).+/$"))
    assert "/notes/" in page.url and START not in unquote(page.url)
    assert page.locator("article h1").count() == 1


def test_related_notes_lead_to_other_notes(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + START, wait_until="load")
    related = page.locator("article .kb-related li a")
    assert related.count() >= 2
    related.first.scroll_into_view_if_needed()
    assert related.first.is_visible()
    related.first.click()
    page.wait_for_url(re.compile(r".*/notes/.+/$"))
    assert START not in unquote(page.url)


def test_a_korean_concept_url_lands_on_the_concept_page_keeping_the_section(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + "concepts/합성곱-신경망/#관련-개념", wait_until="load")
    page.wait_for_url(lambda url: unquote(url).endswith("/concepts/cnn/#관련-개념"))
    expect(page.locator("article h1")).to_have_text(re.compile(r"^\s*CNN"))  # swapped in after the address


def test_a_heading_permalink_copies_the_full_section_url(shipped_site, serve, browser):
    base = serve(shipped_site.site_dir)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base.rstrip("/"))
    page = context.new_page()
    try:
        page.goto(base + START, wait_until="load")
        heading = page.locator("article h2#modern-cnn")
        heading.hover()
        heading.locator("a.headerlink").click()
        assert page.locator(".md-dialog", has_text="링크를 복사했습니다").is_visible()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert unquote(copied) == base + START + "#modern-cnn"
    finally:
        context.close()


@pytest.mark.parametrize("path", ["concepts/map/", "timeline/", "categories/", "concepts/합성곱-신경망/"])
def test_new_pages_request_nothing_off_the_site(shipped_site, serve, page, path):
    base = serve(shipped_site.site_dir)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base + path, wait_until="networkidle")
    assert requests
    assert [u for u in requests if not u.startswith(base) and u.startswith("http")] == []
