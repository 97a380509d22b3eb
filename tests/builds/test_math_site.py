"""Math in whole builds: the seeds, a note with every form, bad TeX, and a page that is not a note."""

from __future__ import annotations

import re

import pytest

from tests.builds.test_site import SEED_URLS
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import ROOT, build_docs, site_pages, write_tree

FORMS = (ROOT / "tests" / "fixtures" / "math_forms.md").read_text(encoding="utf-8")
# Counted by hand in docs/notes/: 000 writes six ($\times$ x3, $+$, $=$, the product), 001 nine, 002 two.
SEED_FORMULAS = {"000_e0550d1027c63615": 6, "001_521814ed1747e112": 9, "002_63ecd8a897674820": 2}
SLOT_CHARS = re.compile("[\ue000\ue001]")


def article(page_html: str) -> str:
    return re.search(r"<article.*?</article>", page_html, re.S).group(0)


@pytest.fixture(scope="module")
def forms_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("forms")
    docs = write_tree(root / "docs", {**site_pages(), "notes/forms.md": FORMS})
    return build_docs(docs, root / "site")


def test_every_seed_formula_is_mathml(shipped_site):
    for note, count in SEED_FORMULAS.items():
        html = article(shipped_site.html(SEED_URLS[note]))
        assert html.count("<math ") == count, note
        assert "kb-math-error" not in html
    assert sum(SEED_FORMULAS.values()) == 17


def test_no_slot_characters_leak_anywhere(shipped_site, forms_site):
    for site in (shipped_site, forms_site):
        for path in site.site_dir.rglob("*"):
            if path.suffix in (".html", ".json", ".xml"):
                assert not SLOT_CHARS.search(path.read_text(encoding="utf-8")), path


def test_every_form_is_math_and_title_and_search_read_plain(forms_site):
    page = forms_site.html("notes/수식-표기-모음-o-n-2/")
    html = article(page)
    assert html.count("<math ") == 21  # 20 in the body, 1 in the title heading
    assert html.count('display="block"') == 4
    assert "kb-math-error" not in html
    assert "<title>수식 표기 모음 O(n^2)" in page
    assert 'id="복잡도-on2-정리"' in page
    # the table of contents shows the heading's formula typeset, as the heading does
    assert re.search(
        r'href="#복잡도-on2-정리"[^>]*>\s*<span class="md-ellipsis">\s*<span class="md-typeset">\s*'
        r'복잡도 <math alttext="O\(n\^2\)">.*?</math> 정리',
        page,
    )
    indexed = indexed_pages(forms_site.site_dir)["notes/수식-표기-모음-o-n-2/"]
    assert indexed.title == "수식 표기 모음 O(n^2)"
    titles = [a["text"] for a in indexed.anchors if a["element"].startswith("h")]
    assert "복잡도 O(n^2) 정리" in titles
    assert not any("$" in title for title in [indexed.title, *titles])


def test_bad_tex_warns_with_file_and_line_and_leaves_the_page_whole(tmp_path):
    note = "---\ntitle: 틀린 수식\n---\n\n알 수 없는 $\\foo x$ 매크로\n\n괄호 $\\frac{a}{b$ 끝\n\n닫지 않은 $$ a + b\n\n멀쩡한 $y^2$ 와 **굵게**\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/bad.md": note})
    site = build_docs(docs, tmp_path / "site")  # strict: note problems only warn
    html = article(site.html("notes/틀린-수식/"))
    assert html.count('class="kb-math-error"') == 3
    assert "$\\foo x$" in html and html.count("<math ") == 1 and "<strong>굵게</strong>" in html
    assert 'notes/bad.md:5: formula $\\foo x$ cannot be typeset (Unknown command "\\foo".)' in site.log
    assert "notes/bad.md:7: formula $\\frac{a}{b$ cannot be typeset" in site.log
    assert "notes/bad.md:9: formula $$ a + b cannot be typeset (unterminated $$)" in site.log


def test_pages_that_are_not_notes_get_math_too(tmp_path):
    """Concept pages embed note passages: the hook works on any page's Markdown."""
    page = "# 개념: 조건부 확률\n\n노트에서 옮긴 문단: $ p(x \\mid y) = \\frac {p(x,y)}{p(y)} $\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "concepts/bayes.md": page})
    site = build_docs(docs, tmp_path / "site")
    assert article(site.html("concepts/bayes/")).count("<math ") == 1


def test_an_edited_note_shows_its_new_formulas_in_the_next_build(tmp_path):
    """Under `mkdocs serve` the module state outlives a build: a note's body set aside in on_files is
    reused only while the note is the same."""
    note = "---\ntitle: 고치는 노트\n---\n\n## 식 $a^2$\n\n본문 $b_1$ 끝\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/edit.md": note})
    first = article(build_docs(docs, tmp_path / "site").html("notes/고치는-노트/"))
    (docs / "notes" / "edit.md").write_text(note.replace("$b_1$", "$c_2$ 와 $\\foo$"), encoding="utf-8")
    second = build_docs(docs, tmp_path / "site")
    html = article(second.html("notes/고치는-노트/"))
    assert 'alttext="b_1"' in first and 'alttext="b_1"' not in html
    assert 'alttext="c_2"' in html and html.count('class="kb-math-error"') == 1
    assert 'id="식-a2"' in html and "notes/edit.md:7: formula $\\foo$ cannot be typeset" in second.log
