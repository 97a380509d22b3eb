"""In a browser: a note from an MkDocs Material or Docsify site shows one tab at a time, and a click on another
tab's label shows that tab alone (the radio group the sanitizer keeps), on a phone too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.doc_sites import DOCSIFY, MATERIAL, NOTES
from tests.helpers.sitebuild import build_site_with

SHOTS = Path(__file__).parent.parent / "screenshots"

SHOWN_BLOCKS = """() => [...document.querySelectorAll('article .tabbed-block')]
    .filter(block => block.offsetParent !== null).map(block => block.innerText.trim())"""


@pytest.fixture(scope="module")
def doc_site(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("doc_sites_browser"), NOTES)


@pytest.mark.parametrize(("url", "first", "second", "label"), [
    (MATERIAL, "torch.optim.Adam", "tf.keras.optimizers.Adam", "TensorFlow"),
    (DOCSIFY, "a.reshape(2, 3)", "t.view(2, 3)", "PyTorch"),
])  # fmt: skip
@pytest.mark.parametrize("width", [1000, 390])
def test_one_tab_shows_at_a_time_and_a_label_switches_it(doc_site, serve, page, url, first, second, label, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(doc_site.site_dir) + url, wait_until="load")
    shown = page.evaluate(SHOWN_BLOCKS)
    assert len(shown) == 1 and first in shown[0]
    page.locator("article .tabbed-labels label", has_text=label).click()
    shown = page.evaluate(SHOWN_BLOCKS)
    assert len(shown) == 1 and second in shown[0]
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"doc_site_tabs_{'material' if url == MATERIAL else 'docsify'}_{width}.png"), full_page=True)
