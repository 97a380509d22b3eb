"""Typing into the search box in a real browser, for the search tests and their benchmark.

The box (overrides/assets/javascripts/kb-search.js) searches on each change of its value and marks the
result list with the query it shows (`data-kb-answered`). `WATCH_BOX` (a Playwright init script) notes
when the box was first focused, when its value last changed and when the list first showed that value's answer, so a test knows the
results on screen are the whole query's, and how long they took; and when any results first showed (the
benchmark's plain Material too).
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

WATCH_BOX = """
(() => {
  const state = window.__kbSearch = { value: "", typedAt: 0, firstAt: 0, shownAt: 0, focusedAt: 0 };
  const box = () => document.querySelector("input.md-search__input");
  addEventListener("focusin", (event) => {
    if (!state.focusedAt && event.target === box()) state.focusedAt = performance.now();
  }, true);
  const typed = () => {
    const value = box() ? box().value : "";
    if (value !== state.value) Object.assign(state, { value, typedAt: performance.now(), shownAt: 0 });
  };
  addEventListener("input", typed, true);
  addEventListener("keyup", typed, true);
  new MutationObserver(() => {
    const out = document.querySelector(".md-search-result");
    if (!out || !box()) return;
    const now = performance.now();
    // The first results on screen, whatever search code the page runs (plain Material's too).
    if (!state.firstAt && box().value && out.querySelector("li.md-search-result__item")) state.firstAt = now;
    const shown = out.getAttribute("data-kb-answered");
    if (!state.shownAt && shown === state.value && box().value === state.value) state.shownAt = now;
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();
"""

BOX = "input.md-search__input"
ARTICLES = "li.md-search-result__item > a.md-search-result__link:first-child"  # the page; sections follow


def open_search(page, base: str) -> None:
    """Open `base` (a page of the site) and focus the search box, as a reader clicks it."""
    page.add_init_script(WATCH_BOX)
    page.goto(base, wait_until="load")
    page.locator(BOX).click()


def type_query(page, query: str, pause_ms: float = 0, timeout_ms: float = 30_000) -> None:
    """Clear the box, then type `query` character by character, as a reader does (`pause_ms` apart), and
    wait until the list shows its answer.

    Latin letters are pressed as keys. A Korean syllable comes from the input method: text inserted,
    then a key-up."""
    box = page.locator(BOX)
    box.fill("")
    box.press("Backspace")
    wait_answered(page, timeout_ms)
    for number, char in enumerate(query):
        if number and pause_ms:
            page.wait_for_timeout(pause_ms)
        if char.isascii():
            box.press(char if char != " " else "Space")
        else:
            page.keyboard.insert_text(char)
            box.dispatch_event("keyup", {"key": "Process", "keyCode": 229})
    wait_answered(page, timeout_ms)


def wait_answered(page, timeout_ms: float = 30_000) -> None:
    """Until the list shows the answer to what the box holds, and the browser has drawn it."""
    page.wait_for_function(
        """() => { const box = document.querySelector("input.md-search__input");
                   const out = document.querySelector(".md-search-result");
                   return out.getAttribute("data-kb-answered") === box.value; }""",
        polling="raf",
        timeout=timeout_ms,
    )
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")


def last_query_ms(page) -> float:
    """Milliseconds from the last change of the box's value to its answer on screen."""
    return page.evaluate("() => window.__kbSearch.shownAt - window.__kbSearch.typedAt")


def result_pages(page, base: str) -> list[str]:
    """The site-relative URLs of the pages in the result list, best first (`concepts/gan/`)."""
    hrefs = page.locator(ARTICLES).evaluate_all("links => links.map(a => a.href)")
    prefix = urlsplit(base).path
    pages = []
    for href in hrefs:
        path = unquote(urlsplit(href).path)
        pages.append(path[len(prefix) :] if path.startswith(prefix) else path)
    return pages


def search(page, base: str, query: str) -> list[str]:
    type_query(page, query)
    return result_pages(page, base)
