"""The concept map in a browser: boxes are readable links, nothing fails on load, and a phone gets a list."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

SHOTS = Path(__file__).parent.parent / "screenshots"


def open_map(browser, serve, site, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="ko-KR")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(serve(site.site_dir) + "concepts/map/", wait_until="networkidle")
    return context, page, errors


def test_clicking_a_box_opens_the_concept_and_the_page_loads_without_error(shipped_site, serve, browser):
    context, page, errors = open_map(browser, serve, shipped_site, 1280)
    try:
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "concept_map.png"), full_page=True)
        assert errors == []  # Material once threw "Cannot set property href of #<SVGAElement>" here
        box = page.locator('a.kb-map-node[href$="/lstm/"]')  # Material makes every href absolute on load
        assert box.bounding_box()["width"] > 100  # drawn at a readable size, not squeezed
        assert page.get_by_role("link", name="LSTM 장단기 메모리", exact=True).count() == 1  # its name is its text
        box.click()
        page.wait_for_url(re.compile(r".*/concepts/lstm/$"))
        expect(page.locator("article h1")).to_have_text(re.compile(r"^\s*LSTM"))  # swapped in after the address
    finally:
        context.close()


def test_every_box_is_named_by_what_it_shows(shipped_site, serve, browser):
    context, page, _ = open_map(browser, serve, shipped_site, 1280)
    try:
        names = page.eval_on_selector_all(
            "a.kb-map-node",
            "links => links.map(a => [a.innerText.replace(/\\s+/g, ' ').trim(), a.getAttribute('aria-label')])",
        )
        assert len(names) >= 150
        assert all(text and label is None for text, label in names)
        cut = page.eval_on_selector_all(  # a long name is set smaller and wraps rather than end in "..."
            "a.kb-map-node span",
            "spans => spans.filter(s => s.scrollWidth > s.clientWidth + 1 || s.scrollHeight > s.clientHeight + 1"
            " || s.getBoundingClientRect().bottom > s.parentElement.getBoundingClientRect().bottom)"
            ".map(s => s.textContent)",
        )
        assert cut == []
        from axe_playwright_python.sync_playwright import Axe

        rule = {"label-content-name-mismatch": {"enabled": True}}  # Lighthouse's check, off in axe by default
        found = Axe().run(page, options={"rules": rule}).response["violations"]
        assert [v["id"] for v in found if v["id"] == "label-content-name-mismatch"] == []
    finally:
        context.close()


def test_on_a_phone_the_map_is_a_list_by_family_that_fits_the_width(shipped_site, serve, browser):
    context, page, errors = open_map(browser, serve, shipped_site, 390)
    try:
        page.screenshot(path=str(SHOTS / "concept_map_phone.png"), full_page=False)
        assert errors == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing scrolls sideways
        assert not page.locator("a.kb-map-node").first.is_visible()
        lstm = page.locator('ul.kb-map-list a[href$="/lstm/"]')
        assert lstm.is_visible()
        size = float(lstm.evaluate("a => getComputedStyle(a).fontSize").removesuffix("px"))
        assert size >= 12
        assert lstm.bounding_box()["x"] + lstm.bounding_box()["width"] <= 390
    finally:
        context.close()
