"""Math in Chromium: every formula is rendered MathML, none is an error, no `$` delimiter is left.

Screenshots of the pages with math land in tests/screenshots/math_*.png.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.builds.test_math_site import FORMS, SEED_FORMULAS
from tests.builds.test_site import SEED_URLS
from tests.helpers.sitebuild import build_docs, site_pages, write_tree

SHOTS = Path(__file__).parent.parent / "screenshots"

# What the reader's browser shows: rendered <math> boxes, error boxes, and the article's text outside
# math and code, where a `$` would be a delimiter nobody turned into math.
MATH_ON_PAGE = """() => {
  const article = document.querySelector("article");
  const maths = [...article.querySelectorAll("math")];
  const copy = article.cloneNode(true);
  copy.querySelectorAll("math, code, pre, script").forEach((el) => el.remove());
  return {
    count: maths.length,
    rendered: maths.filter((m) => {
      const box = m.getBoundingClientRect();
      return getComputedStyle(m).display.includes("math") && box.width > 0 && box.height > 0;
    }).length,
    display: maths.filter((m) => getComputedStyle(m).display === "block math").length,
    errors: article.querySelectorAll(".kb-math-error").length,
    text: copy.textContent,
  };
}"""


@pytest.fixture(scope="module")
def forms_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("forms-browser")
    docs = write_tree(root / "docs", {**site_pages(), "notes/forms.md": FORMS})
    return build_docs(docs, root / "site")


def shoot(page, name: str) -> None:
    """The screen around the page's first formula, as a reader scrolling to it sees it."""
    SHOTS.mkdir(exist_ok=True)
    page.evaluate(
        "() => document.querySelector('article math, .kb-math-error')?.scrollIntoView({block: 'center'})"
    )
    page.screenshot(path=str(SHOTS / f"math_{name}.png"))


def test_every_seed_formula_renders(shipped_site, serve, page):
    base = serve(shipped_site.site_dir)
    total = 0
    for note, expected in SEED_FORMULAS.items():
        page.goto(base + SEED_URLS[note], wait_until="networkidle")
        seen = page.evaluate(MATH_ON_PAGE)
        assert seen["count"] == seen["rendered"] == expected, note
        assert seen["errors"] == 0
        assert "$" not in seen["text"]
        total += seen["count"]
        shoot(page, note)
    assert total == 17


def test_every_form_renders_and_only_meant_dollars_are_left(forms_site, serve, page):
    page.goto(serve(forms_site.site_dir) + "notes/수식-표기-모음-o-n-2/", wait_until="networkidle")
    seen = page.evaluate(MATH_ON_PAGE)
    assert seen["count"] == seen["rendered"] == 21
    assert seen["display"] == 4
    assert seen["errors"] == 0
    # the prices "$2.00 and $10.00" and the escaped "\$5" are dollars the author meant to show
    assert seen["text"].count("$") == 3
    assert "$2.00 and $10.00" in seen["text"] and "$5." in seen["text"]
    shoot(page, "forms")


def test_math_renders_after_instant_navigation(tmp_path, serve, page):
    # Material matches links against sitemap.xml with its port, so the site is built for the served URL.
    (tmp_path / "site").mkdir()
    base = serve(tmp_path / "site")
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/forms.md": FORMS})
    build_docs(docs, tmp_path / "site", site_url=base)
    page.goto(base + "notes/", wait_until="networkidle")
    page.evaluate("() => { window.kbSamePage = true }")  # survives only if Material swapped the page in
    page.locator('a[href$="o-n-2/"]').first.click()
    page.wait_for_url(re.compile(r"o-n-2/$"))  # the browser percent-encodes the Korean part
    # The address changes before the page is swapped in, and the note list already shows the title's formula.
    page.wait_for_function("() => (document.querySelector('article h1') || {}).textContent?.includes('수식 표기 모음')")
    page.wait_for_selector("article math")
    assert page.evaluate("() => window.kbSamePage === true"), "the click was a full page load"
    seen = page.evaluate(MATH_ON_PAGE)
    assert seen["count"] == seen["rendered"] == 21 and seen["errors"] == 0


def test_bad_tex_is_visible_as_an_error(tmp_path, serve, page):
    note = "---\ntitle: 틀린 수식\n---\n\n알 수 없는 $\\foo x$ 매크로, 멀쩡한 $y^2$.\n\n$$\n\\frac{a}{b\n$$\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/bad.md": note})
    site = build_docs(docs, tmp_path / "site")
    page.goto(serve(site.site_dir) + "notes/틀린-수식/", wait_until="networkidle")
    seen = page.evaluate(MATH_ON_PAGE)
    assert seen["errors"] == 2 and seen["rendered"] == 1
    error = page.locator(".kb-math-error").first
    assert error.inner_text() == "$\\foo x$"
    assert error.evaluate("e => getComputedStyle(e).borderTopStyle") == "dashed"
    shoot(page, "errors")


def test_text_in_a_formula_is_drawn_in_its_own_font(tmp_path, serve, page):
    # CS231n notes list their regularizers as `\textsf{...}` rows of an array; MathJax drew them sans-serif
    note = (
        "---\ntitle: 정규화 목록\n---\n\n"
        "$$\n\\begin{array}{ll}\n\\textbf{L2 regularization} & R(W) \\\\\n"
        "\\textsf{Dropout} & \\textsf{Fancier: \\textrm{Batch} normalization}\n\\end{array}\n$$\n\n"
        "학습률 $\\texttt{lr}=0.1$ 로 둔다.\n"
    )
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/sf.md": note})
    site = build_docs(docs, tmp_path / "site")
    page.goto(serve(site.site_dir) + "notes/정규화-목록/", wait_until="networkidle")
    fonts = page.evaluate(
        """() => [...document.querySelectorAll("article math mtext > span, article math code")].map((e) => {
             const style = getComputedStyle(e);
             return [e.textContent, style.fontFamily, style.backgroundColor, style.paddingLeft];
           })"""
    )
    by_text = {text: (family, background, padding) for text, family, background, padding in fonts}
    math_family = page.evaluate("() => getComputedStyle(document.querySelector('article math')).fontFamily")
    assert "Math" not in by_text["Dropout"][0] and by_text["Dropout"][0] != math_family  # the page's sans text
    assert by_text["Batch"][0] == math_family  # `\textrm` inside `\textsf`: the formula's serif again
    assert by_text["lr"][1] in ("rgba(0, 0, 0, 0)", "transparent") and by_text["lr"][2] == "0px"  # no code chip
