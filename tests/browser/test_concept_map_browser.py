"""The concept map in a browser: a box is a readable link that opens its concept."""

from __future__ import annotations

import re
from pathlib import Path


def test_clicking_a_box_opens_the_concept(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    page.goto(base + "concepts/map/", wait_until="load")
    Path(__file__).parent.parent.joinpath("screenshots").mkdir(exist_ok=True)
    page.screenshot(path=str(Path(__file__).parent.parent / "screenshots" / "concept_map.png"), full_page=True)
    box = page.locator('svg.kb-map a[href="../lstm/"]')
    assert box.bounding_box()["width"] > 100  # drawn at a readable size, not squeezed
    box.click()
    page.wait_for_url(re.compile(r".*/concepts/lstm/$"))
    assert page.locator("article h1").inner_text().startswith("LSTM")
