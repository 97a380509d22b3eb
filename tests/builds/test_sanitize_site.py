"""Hostile HTML in a built note: nothing that could run is left, legitimate HTML survives."""

from __future__ import annotations


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
