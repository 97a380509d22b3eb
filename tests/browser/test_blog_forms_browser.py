"""In a browser, the theme classes real posts put on a paragraph (tests/helpers/blog_forms.py) look as their
themes show them: Hydejack's `{:.figcaption}` is a small centred caption under its figure, and so is al-folio's
`<div class="caption">` under its `figure.liquid` include."""

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


AL_FOLIO = {
    "notes/af/_posts/2025-11-08-blogdomain.md": (
        "---\nlayout: post\ntitle: 블로그 도메인 바꾸기\n---\n\n검색했을 때 아래와 같이 나온다.\n"
        '{% include figure.liquid loading="eager" path="assets/img/7.png" class="img-fluid rounded z-depth-1" %}\n'
        '<div class="caption">\n    호스팅케이알에서 검색했을 때\n</div>\n\n다음 문단.\n'
    ),
    "notes/af/_posts/2025-11-06-diary.md": (
        "---\nlayout: post\ntitle: 일기\n---\n\n사진들.\n\n<div class=\"row mt-3\">\n"
        + "".join(
            '    <div class="col-sm mt-3 mt-md-0">\n'
            f'        {{% include figure.liquid path="assets/img/7.png" alt="사진 {n}" class="img-fluid" %}}\n'
            "    </div>\n"
            for n in (1, 2, 3)
        )
        + "</div>\n\n끝.\n"
    ),
    "notes/af/assets/img/7.png": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
        b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
    ),
}
AL_FOLIO_CAPTION = CAPTION.replace("p.figcaption", "div.caption").replace('img[alt="손실 곡선"]', "figure.kb-figure img")


def test_an_al_folio_caption_is_a_small_centred_caption_under_its_figure(tmp_path, serve, page):
    site = build_site_with(tmp_path, AL_FOLIO)
    page.goto(serve(site.site_dir) + "notes/2025-11-08-blogdomain/", wait_until="load")
    assert page.evaluate(AL_FOLIO_CAPTION) == {"align": "center", "smaller": True, "below": True}


ROW = """() => [1, 2, 3].map(n => document.querySelector(`article img[alt="사진 ${n}"]`).getBoundingClientRect().top)"""


def test_an_al_folio_row_of_figures_is_side_by_side_and_one_under_another_on_a_phone(tmp_path, serve, page):
    site = build_site_with(tmp_path, AL_FOLIO)
    url = serve(site.site_dir) + "notes/2025-11-06-diary/"
    page.set_viewport_size({"width": 1000, "height": 800})
    page.goto(url, wait_until="load")
    tops = page.evaluate(ROW)
    assert max(tops) - min(tops) < 2  # one row, as Bootstrap's grid lays it out
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(url, wait_until="load")
    tops = page.evaluate(ROW)
    assert tops[0] < tops[1] < tops[2]
