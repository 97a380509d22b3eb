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


def test_inline_style_keeps_what_the_note_shows_and_nothing_that_covers_or_fetches(injection_site):
    """Colours, a highlight, a width, a centring margin and a table column's alignment stay; position,
    z-index, a negative margin, a background that could fetch an address, and white text are gone."""
    html = injection_site.html("notes/주입-시도-모음/")
    article = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
    assert '<span id="red-text" style="color:red">' in article
    assert 'style="background-color:#fff5b1"' in article
    assert '<div id="cover" style="width:100%">' in article
    assert '<div id="wide-box" style="width:2000px">' in article
    assert '<div id="centred" style="display:block;margin:0 auto;width:50%">' in article
    assert '<span id="white-text" style="">' in article  # white on this page's white: the blog's colour dropped
    assert '<th style="text-align:center">가운데</th>' in article
    assert '<td style="text-align:right">3</td>' in article
    for dropped in ("position", "z-index", "margin-top", "url(", "tracker.example"):
        assert dropped not in article, dropped
