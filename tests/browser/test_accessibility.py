"""Accessibility: axe-core (shipped inside axe-playwright-python, nothing fetched) finds nothing serious.

Each kind of page the site has is checked once, in the light and the dark palette. To cover a new
kind of page (a concept page, say), add its URL to PAGES.
"""

from __future__ import annotations

import pytest

PAGES = {
    "home": "",
    "note list": "notes/",
    "note": "notes/2023-08-02-til/",  # auto-links, covered concepts, related notes
    "tags": "tags/",
    "concept map": "concepts/map/",
    "timeline": "timeline/",
    "concept index": "concepts/",
    "concept": "concepts/lstm/",
    "status": "status/",
}
BLOCKING = {"serious", "critical"}


def axe_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page).response["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = "; ".join(", ".join(map(str, node["target"])) for node in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']} -> {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_serious_accessibility_violation(shipped_site, serve, browser, path, scheme):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="ko-KR", color_scheme=scheme
    )
    try:
        page = context.new_page()
        response = page.goto(serve(shipped_site.site_dir) + path, wait_until="networkidle")
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
    finally:
        context.close()
    assert not blocking, describe(blocking)
