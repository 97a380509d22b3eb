"""In a browser, the notes shaped like real study posts (tests/helpers/blog_posts.py): what only a browser
shows. A heading's formula is drawn in the table of contents, inside it; the cover image loads above the
text; the links that replaced a gist and a link inside a link target lead where they should."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.blog_posts import blog_posts_tree
from tests.helpers.sitebuild import build_docs, build_site_with, site_pages, write_tree

SHOTS = Path(__file__).parent.parent / "screenshots"
REVIEW = "notes/2025-01-17-paper-review/"


@pytest.fixture(scope="module")
def posts_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("posts_browser")
    return build_site_with(root, blog_posts_tree())  # strict: any MkDocs warning would abort


TOC_FORMULA = """() => {
    const toc = document.querySelector('.md-sidebar--secondary');
    const math = toc.querySelector('nav.md-nav--secondary a math');
    if (!math) return null;
    const box = math.getBoundingClientRect(), side = toc.getBoundingClientRect();
    const link = math.closest('a');
    return {width: box.width, height: box.height, inside: box.left >= side.left && box.right <= side.right,
            text: link.innerText.replace(/\\s+/g, ' ').trim(), href: link.getAttribute('href')};
}"""


def test_the_table_of_contents_draws_a_heading_s_formula(posts_site, serve, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(serve(posts_site.site_dir) + REVIEW, wait_until="load")
    found = page.evaluate(TOC_FORMULA)
    assert found is not None
    assert found["width"] > 5 and found["height"] > 5 and found["inside"], found
    assert "L_1" not in found["text"] and found["text"].startswith("1.1.1") and found["text"].endswith("노름")
    page.click(f"nav.md-nav--secondary a[href='{found['href']}']")
    page.wait_for_function("() => location.hash.length > 1")
    heading = page.evaluate("() => document.getElementById(decodeURIComponent(location.hash.slice(1))).innerText")
    assert heading.startswith("1.1.1") and "노름" in heading
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "toc_formula.png"))


def test_the_cover_image_loads_above_the_text(posts_site, serve, page):
    page.goto(serve(posts_site.site_dir) + REVIEW, wait_until="load")
    banner = page.evaluate(
        """() => {
            const img = document.querySelector('article figure.kb-banner img');
            const first = document.querySelector('article h2');
            return img && {loaded: img.complete && img.naturalWidth > 0,
                           above: img.getBoundingClientRect().bottom <= first.getBoundingClientRect().top};
        }"""
    )
    assert banner == {"loaded": True, "above": True}


def test_the_links_that_replaced_a_gist_and_a_nested_link_lead_where_they_should(posts_site, serve, page):
    base = serve(posts_site.site_dir)
    page.goto(base + "notes/2017-03-09-rnnlstm/", wait_until="load")
    assert page.locator("article script").count() == 0
    gist = page.get_by_role("link", name="GitHub Gist의 코드 보기", exact=False)
    assert gist.get_attribute("href") == "https://gist.github.com/someone/0123456789abcdef0123456789abcdef"
    page.get_by_role("link", name="이곳").first.click()
    page.wait_for_url("**/notes/2017-05-13-gru/")
    page.goto(base + "notes/transformer/", wait_until="load")
    link = page.get_by_role("link", name="The Illustrated Transformer")
    assert link.get_attribute("href") == "https://someone.example.com/illustrated-transformer/"


NUMBERED = """---
title: 번호 목록
---
1. 첫째
   1. 첫째의 하나
      1. 그 아래
2. 둘째
   - 점 아래
     1. 번호
"""


DEEP_NUMBERED = """# Convolution

1. Tensor
4. nn-model
   1. `torch.nn`
        1. Convolution Layers
            1. **Convolution**
               1. `nn.Conv#d`

- 목차
  1. 첫째
     1. 첫째의 하나
"""


@pytest.mark.parametrize(
    ("name", "text", "url", "lists"),
    [
        # Material's own: decimal, lower-alpha, lower-roman, lower-alpha
        ("n.md", NUMBERED, "notes/번호-목록/", 4),
        # Material: upper-alpha at the fourth level, upper-roman at the fifth, lower-roman two deep under a bullet
        ("0626-Convolution.md", DEEP_NUMBERED, "notes/convolution/", 7),
    ],
)
def test_a_numbered_list_is_numbered_at_every_depth_under_bullets_too(tmp_path, serve, page, name, text, url, lists):
    docs = write_tree(tmp_path / "docs", {**site_pages(), f"notes/{name}": text})
    site = build_docs(docs, tmp_path / "site")
    page.goto(serve(site.site_dir) + url, wait_until="load")
    styles = page.evaluate(
        "() => [...document.querySelectorAll('article ol')].map((ol) => getComputedStyle(ol).listStyleType)"
    )
    assert styles == ["decimal"] * lists


FIFTH_LEVEL = """# Week02 - AI Math

## [Day 06] - Numpy

### 1. Numpy

#### 1) Numpy part I

##### (3) array creation

numpy의 경우 값 자체가 순서대로 메모리에 저장됨
"""


def test_a_fifth_level_heading_keeps_its_letters_as_written(tmp_path, serve, page):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/Week02/Day06.md": FIFTH_LEVEL})
    site = build_docs(docs, tmp_path / "site")
    page.goto(serve(site.site_dir) + "notes/week02-ai-math/", wait_until="load")
    shown = page.evaluate(  # innerText: the letters as drawn, text-transform applied; the heading's ¶ left out
        "() => [...document.querySelectorAll('article h5')].map((h) => h.innerText.replace('¶', '').trim())"
    )
    assert shown == ["(3) array creation"]  # Material's h5 showed "(3) ARRAY CREATION"
