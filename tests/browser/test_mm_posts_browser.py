"""In a browser, a minimal-mistakes post (tests/helpers/mm_posts.py) looks as its theme showed it: a figure
`{: .align-left}` stands at the left with the paragraph's text beside it, one `{: .align-center}` is centred,
the two of a `<figure class="half">` stand side by side, and a notice written as
`<div class="notice--warning">` is a box, as Material draws its warnings."""

from __future__ import annotations

from tests.helpers.blog_shapes import png
from tests.helpers.mm_posts import NOTES, URL
from tests.helpers.sitebuild import build_site_with

LAYOUT = """() => {
    const left = document.querySelector('article img[alt="시그모이드 그래프"]');
    const centre = document.querySelector('article img[alt="ReLU 그래프"]');
    const walk = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    let text = null;
    while (walk.nextNode()) if (walk.currentNode.data.includes('출력을 0과 1 사이로')) { text = walk.currentNode; break; }
    const box = document.querySelector('article div.admonition.warning');
    if (!left || !centre || !text || !box) return null;
    const l = left.getBoundingClientRect(), c = centre.getBoundingClientRect();
    const column = centre.parentElement.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(text);  // the text's first line box
    const firstLine = range.getClientRects()[0];
    const rule = getComputedStyle(box);
    const [a, b] = [...document.querySelectorAll('article figure.half img')].map(i => i.getBoundingClientRect());
    return {
        float: getComputedStyle(left).float,
        textBeside: firstLine.left >= l.right - 1 && firstLine.top < l.bottom,
        centred: Math.abs((c.left - column.left) - (column.right - c.right)) <= 2,
        boxed: parseFloat(rule.borderLeftWidth) > 0 && rule.borderLeftColor !== rule.color,
        halves: Math.abs(a.top - b.top) < 1 && b.left >= a.right && a.width > 100,
    };
}"""


def test_a_minimal_mistakes_posts_figures_and_notice_look_as_on_its_blog(tmp_path, serve, page):
    site = build_site_with(tmp_path, NOTES)
    page.goto(serve(site.site_dir) + URL, wait_until="load")
    shown = page.evaluate(LAYOUT)
    assert shown == {"float": "left", "textBeside": True, "centred": True, "boxed": True, "halves": True}


FIGURE_POST = """---
title: "고급 Minimal Mistakes: 이미지편"
---
<figure class="align-left">
  <img src="/assets/images/left.png" alt="왼쪽 그림">
  <figcaption>왼쪽 정렬한 모습</figcaption>
</figure>
이 문서의 **좌측 정렬 결과**는 다음과 같다. 보다시피 왼쪽으로 가게 된다. 이 문단의 텍스트는 그림 오른쪽에 온다.

<figure class="align-right">
  <img src="/assets/images/left.png" alt="오른쪽 그림">
  <figcaption>오른쪽 정렬한 모습</figcaption>
</figure>
이번에는 그림이 오른쪽에 서고 글이 그 왼쪽에 온다.
"""

FIGURE_BESIDE_TEXT = """(args) => {
    const [alt, words] = args;
    const figure = document.querySelector(`article img[alt="${alt}"]`).closest('figure');
    const walk = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    let text = null;
    while (walk.nextNode()) if (walk.currentNode.data.includes(words)) { text = walk.currentNode; break; }
    const range = document.createRange();
    range.selectNodeContents(text);
    const line = range.getClientRects()[0], box = figure.getBoundingClientRect();
    return {
        float: getComputedStyle(figure).float,
        beside: line.top < box.bottom && (line.left >= box.right - 1 || line.right <= box.left + 1),
    };
}"""


def test_a_captioned_figure_aligned_left_or_right_stands_beside_its_text(tmp_path, serve, page):
    notes = {
        "notes/mmblog/_posts/2020-07-18-minimal-mistakes-image.md": FIGURE_POST,
        "notes/mmblog/assets/images/left.png": png(150, 150),
    }
    site = build_site_with(tmp_path, notes)
    page.goto(serve(site.site_dir) + "notes/2020-07-18-minimal-mistakes-image/", wait_until="load")
    left = page.evaluate(FIGURE_BESIDE_TEXT, ["왼쪽 그림", "좌측 정렬 결과"])
    right = page.evaluate(FIGURE_BESIDE_TEXT, ["오른쪽 그림", "그림이 오른쪽에"])
    assert left == {"float": "left", "beside": True}
    assert right == {"float": "right", "beside": True}
