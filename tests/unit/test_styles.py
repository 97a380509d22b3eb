"""A note's inline style as this site can show it: colours readable on its page, no negative margins."""

from __future__ import annotations

import pytest

from hooks.kb.machinery.styles import is_light, kept_declarations, readable_styles


@pytest.mark.parametrize(
    ("colour", "light"),
    [
        ("white", True),
        ("#fff", True),
        ("#FFFFFF", True),
        ("#ffff", True),
        ("#eeeeee", True),
        ("rgb(255, 255, 255)", True),
        ("rgba(100%, 100%, 100%, 0.9)", True),
        ("yellow", True),
        ("#ffff00", True),
        ("red", False),
        ("#000", False),
        ("black", False),
        ("#999999", False),
        ("rgb(30, 30, 30)", False),
        ("var(--accent)", False),
        ("#12", False),
    ],
)
def test_is_light(colour, light):
    assert is_light(colour) is light


@pytest.mark.parametrize(
    ("style", "kept"),
    [
        ("color:white", ""),
        ("color:white;background-color:#333", "color:white;background-color:#333"),
        ("color:black;background-color:#fff5b1", "color:black;background-color:#fff5b1"),
        (
            "width:fit-content;margin-left:0;margin-right:auto;color:white",
            "width:fit-content;margin-left:0;margin-right:auto",
        ),
        ("display:block;margin:0 auto", "display:block;margin:0 auto"),
        ("margin-top:-500px;display:none;color:red", "display:none;color:red"),  # hidden as on the blog
        ("display:flex;gap:10px", "display:flex;gap:10px"),  # a row of pictures, as Velog and Tistory set them
        ("display:grid", ""),
        ("display:none ! important", "display:none ! important"),  # hidden however it insists
        ("color:white ! important", ""),
    ],
)
def test_kept_declarations(style, kept):
    assert kept_declarations(style) == kept


def test_readable_styles_touches_tags_only_never_text_that_shows_one():
    html = (
        '<p style="color:white">a</p><code>&lt;p style="color:white"&gt;</code>'
        '<font color="#FFF" size="3">b</font><font color="red">c</font>'
    )
    assert readable_styles(html) == (
        '<p style="">a</p><code>&lt;p style="color:white"&gt;</code><font size="3">b</font><font color="red">c</font>'
    )


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        # Obsidian's highlighter, in a note published to Tistory
        ("<mark style='background:#eb3b5a'>전이</mark>", '<mark style="background-color:#eb3b5a">전이</mark>'),
        ('<mark style="background: #FFB86CA6;">요약</mark>', '<mark style="background-color:#FFB86CA6">요약</mark>'),
        ('<span style="background: rgba(255, 0, 0, 0.3)">x</span>', '<span style="background-color:rgba(255, 0, 0, 0.3)">x</span>'),
        ('<p style="background:yellow;color:black">x</p>', '<p style="background-color:yellow;color:black">x</p>'),
        # anything more than a colour is no colour: dropped, as before
        ('<div style="background: url(x.png) red">x</div>', '<div style="">x</div>'),
        ('<div style="background:#fff url(x.png)">x</div>', '<div style="">x</div>'),
        # text that says it is text
        ("<p>background: red</p>", "<p>background: red</p>"),
        ('<code>&lt;mark style="background:red"&gt;</code>', '<code>&lt;mark style="background:red"&gt;</code>'),
    ],
)
def test_a_background_holding_a_colour_alone_is_its_background_color(html, kept):
    from hooks.kb.machinery.sanitize import sanitize_html

    assert sanitize_html(html) == kept
