"""Hostile HTML in a note: nothing runs in the browser, whatever the reader clicks."""

from __future__ import annotations

import base64


def test_no_script_runs_in_the_browser(injection_site, serve, page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(serve(injection_site.site_dir) + "notes/주입-시도-모음/", wait_until="networkidle")
    page.click("#js-link", timeout=2000)
    page.get_by_text("마크다운 링크").click(timeout=2000)
    page.get_by_text("굵게").hover()
    page.get_by_text("가운데 정렬").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def _pixels(page, selector: str) -> list[tuple[int, int, int]]:
    """The RGB pixels of the element as drawn (its screenshot, decoded by the browser itself)."""
    png = base64.b64encode(page.locator(selector).screenshot()).decode()
    flat = page.evaluate(
        """async (png) => {
            const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext("2d");
            context.drawImage(bitmap, 0, 0);
            return Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data);
        }""",
        png,
    )
    return [tuple(flat[i : i + 3]) for i in range(0, len(flat), 4)]


def _lightness(rgb: tuple[int, int, int]) -> float:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


def test_a_notes_colours_stay_readable_in_the_dark_scheme(injection_site, serve, browser):
    """Black text on a dark page would vanish, a yellow highlight would glare with the light text on it:
    in the dark scheme the note's colours are turned over in lightness, keeping their hue."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR", color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(serve(injection_site.site_dir) + "notes/주입-시도-모음/", wait_until="networkidle")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        black = _pixels(page, "#black-text")
        assert max(map(_lightness, black)) > 180, "black text drawn dark on the dark page"
        red = max(_pixels(page, "#red-text"), key=lambda p: p[0] - max(p[1], p[2]))
        assert red[0] - max(red[1], red[2]) > 80, f"red text no longer red: {red}"
        highlight = _pixels(page, "#red-text ~ span[style*=background]")
        assert sum(map(_lightness, highlight)) / len(highlight) < 110, "the highlight glares on the dark page"
        assert max(map(_lightness, highlight)) > 180, "the highlight's text is not light"
    finally:
        context.close()


def test_a_notes_inline_style_neither_covers_the_page_nor_widens_it(injection_site, serve, browser):
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="ko-KR")
    try:
        page = context.new_page()
        page.goto(serve(injection_site.site_dir) + "notes/주입-시도-모음/", wait_until="networkidle")
        assert page.evaluate("getComputedStyle(document.getElementById('cover')).position") == "static"
        assert page.evaluate("document.documentElement.scrollWidth") == 390
        assert page.evaluate("document.getElementById('wide-box').getBoundingClientRect().width") <= 390
    finally:
        context.close()
