"""Typing into Material's search box in a real browser, for the search test and its benchmark.

Material sends the box's value to its search worker on each key-up and renders the worker's answer.
`WATCH_WORKER` (a Playwright init script) notes the last query sent, whether the worker has answered it
(kb-search.js names the query each answer is for, as it drops queries a newer one replaced) and when that
answer changed the page, so a test knows the results on screen are the whole query's, and how long they
took.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

WATCH_WORKER = """
(() => {
  const NativeWorker = window.Worker;
  const state = window.__kbSearch = { ready: false, typed: null, answered: false, sentAt: 0, shownAt: 0 };
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      this.addEventListener("message", (event) => {
        const message = event.data || {};
        if (message.type === 1) state.ready = true;                                   // READY
        if (message.type === 3 && message.kbQuery === state.typed) state.answered = true; // RESULT
      });
    }
    postMessage(message, transfer) {
      if (message && message.type === 2) {                                            // QUERY
        Object.assign(state, { typed: message.data, answered: false, sentAt: performance.now(), shownAt: 0 });
      }
      return super.postMessage(message, transfer);
    }
  };
  new MutationObserver(() => {
    if (state.answered && !state.shownAt) state.shownAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();
"""

BOX = "input.md-search__input"
ARTICLES = "li.md-search-result__item > a.md-search-result__link:first-child"  # the page; sections follow


def open_search(page, base: str, timeout_ms: int = 60_000) -> None:
    """Open the home page, focus the search box and wait until the worker has built its index."""
    page.add_init_script(WATCH_WORKER)
    page.goto(base, wait_until="load")
    page.locator(BOX).click()  # focus opens the search dialog; Material then sends the index to its worker
    page.wait_for_function("window.__kbSearch && window.__kbSearch.ready", timeout=timeout_ms)


def type_query(page, query: str, pause_ms: float = 0) -> None:
    """Clear the box, then type `query` character by character, as a reader does (`pause_ms` apart).

    Latin letters are pressed as keys. A Korean syllable comes from the input method: text inserted,
    then a key-up (Playwright's own typing inserts it with no key event, which Material never sees).
    """
    box = page.locator(BOX)
    box.fill("")
    box.press("Backspace")  # a key-up: Material sends the empty query and clears the list
    _wait_answered(page)
    for number, char in enumerate(query):
        if number and pause_ms:
            page.wait_for_timeout(pause_ms)
        if char.isascii():
            box.press(char if char != " " else "Space")
        else:
            page.keyboard.insert_text(char)
            box.dispatch_event("keyup", {"key": "Process", "keyCode": 229})
    _wait_answered(page)


def _wait_answered(page) -> None:
    """Until the worker has answered the last query sent, and the answer is on screen (next frame)."""
    page.wait_for_function("() => window.__kbSearch.answered", polling="raf")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")


def last_query_ms(page) -> float:
    """Milliseconds from the key-up that sent the last query to the first change on screen after its answer."""
    return page.evaluate("() => window.__kbSearch.shownAt - window.__kbSearch.sentAt")


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
