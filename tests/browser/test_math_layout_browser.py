"""Math as a reader sees it in Chromium: the rows of an alignment line up at their relation signs, numbers
and references work, and on a 390 px phone no formula makes the page wider than the screen.

The fixture is tests/fixtures/math_layout.md; screenshots land in tests/screenshots/math_layout_*.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builds.test_math_site import FORMS
from tests.helpers.sitebuild import ROOT, build_docs, site_pages, write_tree

SHOTS = Path(__file__).parent.parent / "screenshots"
LAYOUT = (ROOT / "tests" / "fixtures" / "math_layout.md").read_text(encoding="utf-8")
GOLDEN = ROOT / "tests" / "golden" / "math"
NOTES = {
    "layout": ("notes/layout.md", "notes/수식-배치-확인/"),
    "forms": ("notes/forms.md", "notes/수식-표기-모음-o-n-2/"),
    "environments": ("notes/environments.md", "notes/environments/"),
    "blog-forms": ("notes/blog_forms.md", "notes/blog-forms/"),
    "delimiters": ("notes/delimiters.md", "notes/sized-delimiters/"),
    "openings": ("notes/openings.md", "notes/cell-openings/"),
    "vectors": ("notes/vectors.md", "notes/vectors/"),
    "enclosures": ("notes/enclosures.md", "notes/enclosures/"),
}
# A statistics post cancelling an integral to 1 and boxing its answer
ENCLOSURES = """---
title: enclosures
---

$$
E[X] = \\frac{1}{C} \\cancelto{1}{\\int_0^\\infty C x^{\\alpha} e^{-x} dx} = \\boxed{\\alpha \\beta}, \\quad \\bcancel{y} + \\xcancel{z}
$$
"""
# Vectors as ML notes write them: an arrow over a letter after a parenthesis, one under a subscript
VECTORS = """---
title: vectors
---

$$L(\\theta) = P(\\vec{y} | x; \\theta) + \\vec{v}_i$$
"""
# Sized delimiters, one of each pair as the base of a script (written for this test)
DELIMITERS = """---
title: sized delimiters
---

$$\\Big(y_i-(w x_i+b)\\Big)^2$$

$$\\bigg[\\frac{a}{b}\\bigg]_{i} + f(x)\\Bigg|_{x=0}^{1}$$
"""
# Cells that open with a relation or a sign after `&` (written for this test, in the forms of real notes: the
# first is a CNN note's list of symbols), each with the gaps MathJax 3 leaves in its rows, in em: between the
# left column's math, the operator and what follows it (None: the columns' own spacing, not checked).
REL, BIN = 0.2778, 0.2222
OPENINGS = (
    (
        r"\begin{aligned} c_{in}&=\text{input channels}\\ k&=\text{kernel size} \end{aligned}",
        [[REL, REL]] * 2,
    ),
    (r"\begin{aligned} a&\le \text{상한}\\ k&\le c \end{aligned}", [[REL, REL]] * 2),
    (r"\begin{aligned} a&+\text{bias}\\ k&-c \end{aligned}", [[BIN, BIN]] * 2),
    (r"\begin{aligned} a&= -x \end{aligned}", [[REL, REL, 0]]),
    (r"\begin{aligned} L&=\text{first}\\ &=\text{second}\\ &= y \end{aligned}", [[REL, REL], [REL], [REL]]),
    (r"\begin{align*} a&=\text{x}\\ &\ge \text{y} \end{align*}", [[REL, REL], [REL]]),
    (r"\begin{split} a&=\text{x} \end{split}", [[REL, REL]]),
    (r"\begin{alignat}{2} a&=\text{x} & b&=\text{y} \end{alignat}", [[REL, REL, None, REL, REL]]),
    (r"\begin{array}{rl} a&=\text{x}\\ b&=c \end{array}", [[None, REL]] * 2),
)
OPENINGS_NOTE = "---\ntitle: cell openings\n---\n\n" + "".join(f"$${tex}$$\n\n" for tex, _ in OPENINGS)
# For each display formula that is a table, per row: each cell's math (children of the cells, the spacers
# of align* and the equation number left out) and the gap to the one before it, in em.
GAPS = """() => [...document.querySelectorAll('article math[display=block] > mtable')].map((table) =>
  [...table.children].map((row) => {
    const cells = [...row.children].filter((cell) => !(cell.getAttribute('style') || '').includes('%'));
    const boxes = cells.flatMap((cell) => [...cell.children]).map((child) => [child.textContent,
      child.getBoundingClientRect()]).filter(([, box]) => box.width > 0);
    const em = parseFloat(getComputedStyle(table).fontSize);
    return boxes.slice(1).map(([text, box], i) => [boxes[i][0], text, (box.left - boxes[i][1].right) / em]);
  }))"""

# For each display formula that is a table: per row, the left edge of the first operator of its second
# content column (the relation sign after `&`), where the first column's math ends, and the row's top and bottom.
ROWS = """() => [...document.querySelectorAll('article math[display=block]')].map((math) => {
  const table = math.querySelector(':scope > mtable');
  if (!table) return null;
  return [...table.children].filter((row) => row.localName === 'mtr').map((row) => {
    const cells = [...row.children].filter((cell) => !(cell.getAttribute('style') || '').includes('%'));
    const sign = cells[1] && cells[1].querySelector(':scope > mo');
    const box = row.getBoundingClientRect();
    const left = cells[0] ? [...cells[0].children].map((child) => child.getBoundingClientRect().right) : [];
    return {sign: sign ? sign.getBoundingClientRect().left : null, text: sign ? sign.textContent : null,
            leftEnd: left.length ? Math.max(...left) : null, top: box.top, bottom: box.bottom};
  });
})"""


@pytest.fixture(scope="module")
def math_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("math-layout")
    notes = {
        NOTES["layout"][0]: LAYOUT,
        NOTES["forms"][0]: FORMS,
        NOTES["environments"][0]: "---\ntitle: environments\n---\n"
        + (GOLDEN / "environments.md").read_text(encoding="utf-8"),
        NOTES["blog-forms"][0]: "---\ntitle: blog forms\n---\n"
        + (GOLDEN / "blog_forms.md").read_text(encoding="utf-8"),
        NOTES["delimiters"][0]: DELIMITERS,
        NOTES["openings"][0]: OPENINGS_NOTE,
        NOTES["vectors"][0]: VECTORS,
        NOTES["enclosures"][0]: ENCLOSURES,
    }
    docs = write_tree(root / "docs", {**site_pages(), **notes})
    return build_docs(docs, root / "site")


def test_relation_signs_of_every_row_line_up_and_rows_stack(math_site, serve, page):
    page.goto(serve(math_site.site_dir) + NOTES["layout"][1], wait_until="networkidle")
    tables = [rows for rows in page.evaluate(ROWS) if rows]
    aligned, align_star, array = tables[0], tables[1], tables[2]
    assert [row["text"] for row in aligned] == ["=", "=", "=", "="]
    assert [row["text"] for row in align_star] == ["=", "≥", "="]
    assert [row["text"] for row in array] == ["=", "="]
    for rows in (aligned, align_star, array):
        signs = [row["sign"] for row in rows]
        assert max(signs) - min(signs) <= 1, signs
        for row in rows:
            assert row["leftEnd"] is None or row["leftEnd"] <= row["sign"] + 1, (
                row
            )  # the left side ends before its sign
        for upper, lower in zip(rows, rows[1:], strict=False):
            assert lower["top"] >= upper["bottom"] - 1, (
                upper,
                lower,
            )  # one row under the other, not on one line
    SHOTS.mkdir(exist_ok=True)
    page.locator("article math[display=block]").nth(1).screenshot(path=str(SHOTS / "math_layout_align.png"))


def test_an_operator_opening_a_cell_is_spaced_as_mathjax_spaces_it(math_site, serve, page):
    """`c_{in}&=\\text{input channels}`: MathJax 3 shows "c_in = input channels", as LaTeX does (amsmath
    starts the cells after `&` with `{}`); Chromium drew a cell of one <mo> and text with no space around
    the `=`, and an opening `+` as a prefix sign."""
    page.goto(serve(math_site.site_dir) + NOTES["openings"][1], wait_until="networkidle")
    tables = page.evaluate(GAPS)
    assert len(tables) == len(OPENINGS)
    for (tex, expected), rows in zip(OPENINGS, tables, strict=True):
        assert len(rows) == len(expected), (tex, rows)
        for want, gaps in zip(expected, rows, strict=True):
            assert len(gaps) == len(want), (tex, gaps)
            for gap, (before, after, measured) in zip(want, gaps, strict=True):
                if gap is not None:
                    assert abs(measured - gap) <= 0.03, (tex, before, after, measured, gap)
    lefts = page.evaluate("""() => [...[...document.querySelectorAll('article math[display=block]')][4]
        .querySelectorAll('mtd > mo')].map((mo) => mo.getBoundingClientRect().left)""")
    assert len(lefts) == 3 and max(lefts) - min(lefts) <= 1, lefts  # with and without a left side
    SHOTS.mkdir(exist_ok=True)
    page.locator("article").screenshot(path=str(SHOTS / "math_layout_openings.png"))


def test_a_sized_delimiter_with_a_script_is_as_tall_as_its_partner(math_site, serve, page):
    """MathJax draws `\\Big)^2` as tall as `\\Big(`; a bare <mo> base of <msup> was drawn at text size."""
    page.goto(serve(math_site.site_dir) + NOTES["delimiters"][1], wait_until="networkidle")
    heights = page.evaluate("""() => [...document.querySelectorAll('article mo[minsize]')].map((mo) =>
        [mo.getAttribute('minsize'), mo.textContent, Math.round(mo.getBoundingClientRect().height)])""")
    assert len(heights) == 5, heights
    big = [h for size, _, h in heights if size == heights[0][0]]
    assert max(big) - min(big) <= 1, heights  # ( and )^2 alike
    text_size = page.evaluate("() => document.querySelector('article mi').getBoundingClientRect().height")
    assert all(h > text_size * 1.2 for _, _, h in heights), (heights, text_size)


def test_a_vector_arrow_is_centered_over_its_letter(math_site, serve, page):
    """MathJax centers `\\vec`'s arrow over the letter; a combining arrow with no width drew beside it."""
    page.goto(serve(math_site.site_dir) + NOTES["vectors"][1], wait_until="networkidle")
    boxes = page.evaluate("""() => [...document.querySelectorAll('article mover[accent=true]')].map((m) => {
        const base = m.firstElementChild.getBoundingClientRect(), arrow = m.lastElementChild.getBoundingClientRect();
        return {base: [base.left, base.right], arrow: (arrow.left + arrow.right) / 2, width: arrow.width,
                above: arrow.bottom <= base.top + base.height / 2};
    })""")
    assert len(boxes) == 2, boxes
    for box in boxes:
        left, right = box["base"]
        assert left <= box["arrow"] <= right and box["width"] > 0 and box["above"], box


def test_a_cancelled_term_is_struck_out_and_a_boxed_one_boxed(math_site, serve, page):
    """MathJax strikes out `\\cancel`ed terms and boxes `\\boxed` ones; Chromium drew math-core's <menclose> as a
    plain row, with neither strike nor box."""
    page.goto(serve(math_site.site_dir) + NOTES["enclosures"][1], wait_until="networkidle")
    strikes = page.evaluate("""() => [...document.querySelectorAll('article menclose > mrow[class^=menclose-]')].map((s) => {
        const box = s.parentElement.getBoundingClientRect(), own = s.getBoundingClientRect();
        return {cls: s.className.baseVal ?? s.getAttribute('class'), image: getComputedStyle(s).backgroundImage,
                width: own.width, height: own.height, covers: Math.abs(own.width - box.width) <= 1
                && Math.abs(own.height - box.height) <= 1};
    })""")
    assert len(strikes) == 4, strikes  # \\cancelto's, \\bcancel's, and \\xcancel's two
    for strike in strikes:
        assert "linear-gradient" in strike["image"] and strike["width"] > 5 and strike["height"] > 5, strike
        assert strike["covers"], strike  # laid over the whole struck term
    border = page.evaluate("""() => parseFloat(getComputedStyle(
        document.querySelector('article menclose[notation=box]')).borderTopWidth)""")
    assert border > 0
    SHOTS.mkdir(exist_ok=True)
    page.locator("article math[display=block]").first.screenshot(path=str(SHOTS / "math_layout_enclosures.png"))


def test_a_numbered_equation_shows_its_number_and_a_reference_leads_to_it(math_site, serve, page):
    page.goto(serve(math_site.site_dir) + NOTES["layout"][1], wait_until="networkidle")
    target = page.locator('article mtd[id="eq:batchnorm"]')
    assert target.text_content().strip() == "(1)"
    reference = page.locator('article a[href$="#eq:batchnorm"]')  # Material makes links absolute
    assert reference.inner_text().strip() == "(1)"
    reference.click()
    page.wait_for_function("() => location.hash === '#eq:batchnorm'")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]


@pytest.mark.parametrize("note", list(NOTES))
def test_no_formula_makes_a_phone_page_wider_than_the_screen(math_site, serve, browser, note):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ko-KR", is_mobile=True)
    phone = context.new_page()
    try:
        phone.goto(serve(math_site.site_dir) + NOTES[note][1], wait_until="networkidle")
        assert phone.locator("article math").count() > 0
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        SHOTS.mkdir(exist_ok=True)
        phone.screenshot(path=str(SHOTS / f"math_layout_phone_{note}.png"), full_page=True)
        # every formula wider than its box shows its start and can be scrolled to its end, inside its box
        unreachable = phone.evaluate("""() => [...document.querySelectorAll('article math')].filter((m) => {
            if (m.scrollWidth <= m.clientWidth + 1) return false;
            const style = getComputedStyle(m);
            if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') return true;
            const box = () => m.getBoundingClientRect();
            const first = m.firstElementChild.getBoundingClientRect().left;
            m.scrollLeft = m.scrollWidth;
            const last = m.lastElementChild.getBoundingClientRect().right;
            return first < box().left - 1 || last > box().right + 1;
        }).map((m) => m.getAttribute('alttext'))""")
        assert unreachable == []
    finally:
        context.close()


FADES = """() => [...document.querySelectorAll('article math')].map((m) => ({
  over: m.scrollWidth > m.clientWidth + 1,
  start: getComputedStyle(m).getPropertyValue('--kb-fade-start'),
  end: getComputedStyle(m).getPropertyValue('--kb-fade-end'),
}))"""


def test_a_formula_cut_at_its_edge_fades_on_the_side_with_more_to_see(math_site, serve, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ko-KR", is_mobile=True)
    phone = context.new_page()
    try:
        phone.goto(serve(math_site.site_dir) + NOTES["layout"][1], wait_until="networkidle")
        before = phone.evaluate(FADES)
        cut = [i for i, fade in enumerate(before) if fade["over"]]
        fits = [fade for fade in before if not fade["over"]]
        assert len(cut) >= 3 and fits  # the fixture's long inline, list and display formulas; short ones
        assert all(fade["start"] == "0px" and fade["end"] == "0px" for fade in fits), fits
        # at its start, a cut formula fades at its right edge only
        assert all(before[i]["start"] == "0px" and before[i]["end"] != "0px" for i in cut), before
        phone.evaluate(
            "(cut) => { const all = document.querySelectorAll('article math');"
            " for (const i of cut) all[i].scrollLeft = all[i].scrollWidth; }",
            cut,
        )
        phone.evaluate(
            "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
        )
        after = phone.evaluate(FADES)
        # scrolled to its end, it fades at its left edge only
        assert all(after[i]["start"] != "0px" and after[i]["end"] == "0px" for i in cut), after
    finally:
        context.close()
