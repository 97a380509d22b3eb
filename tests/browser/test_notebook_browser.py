"""In a browser: a notebook post's long output is a box of bounded height that scrolls, as Jupyter shows it, and
its figures, written into the site as files, load (tests/helpers/notebook_posts.py)."""

from __future__ import annotations

import pytest

from tests.helpers.notebook_posts import NOTES, code, markdown, notebook, stream
from tests.helpers.sitebuild import build_site_with

LOG = "".join(f"{step:4d}/1875 [{'=' * (step // 70):<27}] - loss: 0.{step:04d}\n" for step in range(1, 1876))
TRAINING = notebook(markdown("# 학습 로그\n> 긴 출력"), code("model.fit(x, y)", stream(LOG)), code("print(1)", stream("1\n")))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    notes = {**NOTES, "notes/colab/_notebooks/2021-09-01-training-log.ipynb": TRAINING}
    return build_site_with(tmp_path_factory.mktemp("notebook_browser"), notes)


OUTPUTS = """() => [...document.querySelectorAll('article pre > code')]
    .map(c => [c.clientHeight, c.scrollHeight, parseFloat(getComputedStyle(c).fontSize), c.textContent.length])"""


@pytest.mark.parametrize("width", [1000, 390])
def test_a_long_output_scrolls_in_a_box_and_a_short_one_shows_whole(site, serve, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(serve(site.site_dir) + "notes/2021-09-01-training-log/", wait_until="load")
    boxes = page.evaluate(OUTPUTS)
    log = next(box for box in boxes if box[3] > 10000)
    client, scrolled, font, length = log
    assert client <= 24 * font * 1.6 and scrolled > 50 * client  # ~24em of 1,875 lines, all of them there
    assert length >= len(LOG) - 1
    assert all(c == s for c, s, _, n in boxes if n < 10000)  # code and a one-line output: no box of their own
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_notebooks_figure_written_out_as_a_file_loads_when_scrolled_to(site, serve, page):
    page.goto(serve(site.site_dir) + "notes/2021-11-08-console-input/", wait_until="load")
    images = page.locator("article img[loading=lazy][src*=\"assets/figures/\"]")
    assert images.count() == 2
    for i in range(2):
        images.nth(i).scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=images.nth(i).element_handle())


@pytest.mark.parametrize("width", [1000, 390])
def test_a_quarto_layout_div_shows_its_figure_and_box_side_by_side(site, serve, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(serve(site.site_dir) + "notes/2024-01-10-til-on-wed/", wait_until="load")
    figure, box = (page.locator(f".kb-columns-2 > {s}").first.bounding_box() for s in ("p", ".admonition"))
    assert box["x"] > figure["x"] + figure["width"] - 1 and abs(box["y"] - figure["y"]) < 40  # one row
    assert page.evaluate("document.documentElement.scrollWidth") <= width
