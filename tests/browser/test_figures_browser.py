"""In a browser: every figure a note shows from the site's own files loads, on the note's page and on the
concept pages that quote it (tests/helpers/blog_shapes.py: Liquid paths, `../assets` in raw HTML, figure
includes, Chirpy's layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.blog_shapes import blog_tree
from tests.helpers.sitebuild import build_site_with

SHOTS = Path(__file__).parent.parent / "screenshots"
PAGES = [
    "notes/2022-03-02-liquid-figures/",
    "notes/2022-03-01-professor-mail/",
    "notes/2022-03-03-links-between-posts/",
    "concepts/cnn/",
]


@pytest.fixture(scope="module")
def blog_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("blog_browser")
    return build_site_with(root, blog_tree())  # strict: any MkDocs warning would abort


LOCAL_IMAGES = """() => [...document.querySelectorAll('article img')]
    .filter(img => new URL(img.src).origin === location.origin)
    .map(img => [img.getAttribute('src'), img.complete, img.naturalWidth])"""


@pytest.mark.parametrize("url", PAGES)
def test_every_local_image_loads(blog_site, serve, page, url):
    base = serve(blog_site.site_dir)
    page.goto(base + url, wait_until="load")
    images = page.evaluate(LOCAL_IMAGES)
    if url in (PAGES[0], PAGES[3]):
        assert len(images) >= 2, f"{url}: expected figures, found {images}"
    broken = [src for src, complete, width in images if not (complete and width > 0)]
    assert not broken, f"{url}: figures that did not load: {broken}"
    if url == PAGES[0]:
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "note_figures.png"), full_page=True)
