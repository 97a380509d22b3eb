"""In a browser, the theme classes real posts put on a paragraph (tests/helpers/blog_forms.py) look as their
themes show them: Hydejack's `{:.figcaption}` is a small centred caption under its figure."""

from __future__ import annotations

from tests.helpers.blog_forms import NOTES
from tests.helpers.sitebuild import build_site_with

CAPTION = """() => {
    const p = document.querySelector('article p.figcaption');
    const figure = document.querySelector('article img[alt="손실 곡선"]');
    if (!p || !figure) return null;
    const style = getComputedStyle(p), body = getComputedStyle(p.parentElement);
    return {align: style.textAlign, smaller: parseFloat(style.fontSize) < parseFloat(body.fontSize),
            below: p.getBoundingClientRect().top >= figure.getBoundingClientRect().bottom - 1};
}"""


def test_a_hydejack_figcaption_is_a_small_centred_caption_under_its_figure(tmp_path, serve, page):
    site = build_site_with(tmp_path, NOTES)
    page.goto(serve(site.site_dir) + "notes/2023-03-02-sgd/", wait_until="load")
    assert page.evaluate(CAPTION) == {"align": "center", "smaller": True, "below": True}
