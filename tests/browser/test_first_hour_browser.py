"""A reader's first hour, in a real browser: every page on a phone (formulas included), Korean that wraps
between words, no error in the console, one way home in the sidebar, and the site served under a project
site's sub-path."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.helpers.sitebuild import EXAMPLE_NAMES
from tests.helpers.static_server import SiteServer

PHONE = {"width": 390, "height": 844}

# The page's width, and what makes it wider than the screen: elements that reach past it, not inside a
# box that scrolls (a wide formula or table scrolls inside its own) nor fixed (the back-to-top button and
# dialogs are placed by the viewport, which grows with the widest content: never what widens the page).
WIDEST = """() => {
  const width = document.documentElement.clientWidth;
  const held = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.position === "fixed" || ["auto", "scroll", "hidden"].includes(style.overflowX)) return true;
    }
    return getComputedStyle(e).position === "fixed";
  };
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && !held(element))
      wide.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.right)}px`);
  }
  return { page: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
}"""

# Elements whose own text has Hangul, and how they break lines; code blocks do not wrap.
KOREAN_BREAKS = """() => {
  const found = {};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!/[가-힣]{2}/.test(walker.currentNode.data) || element.closest("pre, math, script, style")) continue;
    const rule = getComputedStyle(element).wordBreak;
    if (rule !== "keep-all") found[element.tagName.toLowerCase() + "." + element.className] = rule;
  }
  return found;
}"""


def _pages(site) -> list[str]:
    """Every page of the site once (not the pages that only lead to a concept page)."""
    urls = {"" if url == "./" else url for url in site.page_urls()}
    return sorted(url for url in urls if 'http-equiv="refresh"' not in site.html(url))


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="ko-KR", device_scale_factor=1, is_mobile=True)
    yield context.new_page()
    context.close()


def test_no_page_is_wider_than_a_phone_and_korean_wraps_between_words(shipped_site, serve, phone):
    base = serve(shipped_site.site_dir)
    pages = _pages(shipped_site)
    assert len(pages) >= 40
    wide, breaking = {}, {}
    for url in pages:
        phone.goto(base + quote(url), wait_until="load")
        found = phone.evaluate(WIDEST)
        if found["page"] > PHONE["width"] or found["wide"]:
            wide[url] = found
        rules = phone.evaluate(KOREAN_BREAKS)
        if rules:
            breaking[url] = rules
    assert wide == {}
    assert breaking == {}


def test_no_page_logs_an_error(shipped_site, serve, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    base = serve(shipped_site.site_dir)
    try:
        for url in _pages(shipped_site):
            page.goto(base + quote(url), wait_until="networkidle")
    finally:
        context.close()
    assert errors == []


def test_the_sidebar_leads_home_once(shipped_site, serve, page):
    page.goto(serve(shipped_site.site_dir) + "concepts/lstm/", wait_until="load")
    shown = page.evaluate(
        """(name) => [...document.querySelectorAll(".md-sidebar--primary :is(label, a)")]
          .filter((e) => e.getClientRects().length && e.innerText.trim() === name)
          .map((e) => [e.tagName.toLowerCase(), new URL(e.href || location.href).pathname])""",
        EXAMPLE_NAMES["site_name"],  # the drawer's title; the home page's title too (the example's index.md)
    )
    assert shown == [["a", "/"]]  # the home page's own entry; the drawer's title is not shown


def test_the_site_works_under_a_project_sub_path(tmp_path, browser):
    """Built for https://<user>.github.io/<repo>/ and served there: pages, styles, search, every request."""
    from tests.helpers.sitebuild import build_docs, site_pages, write_tree

    server = SiteServer(tmp_path / "site", prefix="/study-notes/")
    docs = write_tree(
        tmp_path / "docs",
        {**site_pages(), "notes/lstm.md": "---\ntitle: LSTM 정리\n---\n## LSTM\n\n게이트.\n"},
    )
    build_docs(docs, tmp_path / "site", site_url=server.base)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        with server as base:
            page.goto(base, wait_until="networkidle")
            page.locator(".md-content a", has_text="노트 목록").first.click()
            page.wait_for_url(re.compile(r"/study-notes/notes/$"))
            page.get_by_role("link", name="LSTM 정리").click()
            page.wait_for_url(re.compile(r"/study-notes/notes/lstm-정리/$|/study-notes/notes/lstm-%EC"))
            # instant navigation changes the address before it swaps the content in: wait for the content
            expect(page.locator("h1")).to_have_text(re.compile(r"^\s*LSTM 정리"))
            page.locator("input.md-search__input").click()
            page.keyboard.type("gate")
            page.wait_for_timeout(300)
            page.goto(base + "no-such-page/", wait_until="load")
            assert "페이지를 찾을 수 없습니다" in page.locator("h1").inner_text()
            styled = page.evaluate("getComputedStyle(document.body).wordBreak")
    finally:
        context.close()
    assert [f for f in failed if "no-such-page" not in f] == []
    assert styled == "keep-all"  # the site's stylesheet loaded from under the sub-path
