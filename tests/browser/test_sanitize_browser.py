"""Hostile HTML in a note: nothing runs in the browser, whatever the reader clicks."""

from __future__ import annotations


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
