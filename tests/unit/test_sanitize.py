"""Hostile HTML in notes: nothing runs, legitimate HTML survives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hooks.kb.machinery.sanitize import sanitize_html
from tests.helpers.sitebuild import build_docs, site_pages, write_tree

FIXTURE = Path(__file__).parent.parent / "fixtures" / "injection.md"


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ('<p onclick="x()">a<script>alert(1)</script></p>', "<p>a</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ("<IMG SRC=JaVaScRiPt:alert(1)>", "<img>"),
        ('<iframe src="//e.com"></iframe>ok', "ok"),
        ('<img src="a.png" onerror="x" width="70%">', '<img src="a.png" width="70%">'),
        ('<a href="data:text/html,x">d</a>', "<a>d</a>"),
        ('<p align="center"><u>밑줄</u><br></p>', '<p align="center"><u>밑줄</u><br></p>'),
        ("<details><summary>접기</summary>내용</details>", "<details><summary>접기</summary>내용</details>"),
        (
            '<a class="headerlink" href="#파라미터-갯수">¶</a>',
            '<a class="headerlink" href="#파라미터-갯수">¶</a>',
        ),
        (
            '<div class="admonition info"><p class="admonition-title">참고</p></div>',
            '<div class="admonition info"><p class="admonition-title">참고</p></div>',
        ),
    ],
)
def test_sanitize_html(dirty, clean):
    assert sanitize_html(dirty) == clean


@pytest.fixture(scope="module")
def injection_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("inject")
    docs = write_tree(root / "docs", site_pages())
    shutil.copy(FIXTURE, docs / "notes" / "injection.md")
    return build_docs(docs, root / "site")


def test_built_note_has_no_script_or_handler(injection_site):
    html = injection_site.html("notes/주입-시도-모음/")
    article = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
    for bad in (
        "<script",
        "onclick",
        "onerror",
        "onload",
        "onmouseover",
        "javascript:",
        "<iframe",
        "<object",
        "<form",
    ):
        assert bad not in article.lower(), bad
    for kept in ('align="center"', "<u>밑줄</u>", "<details>", "<table>", "가운데 정렬"):
        assert kept in article, kept


@pytest.mark.browser
def test_no_script_runs_in_the_browser(injection_site, serve, page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(serve(injection_site.site_dir) + "notes/주입-시도-모음/", wait_until="networkidle")
    page.click("#js-link", timeout=2000)
    page.get_by_text("마크다운 링크").click(timeout=2000)
    page.get_by_text("굵게").hover()
    page.get_by_text("가운데 정렬").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
