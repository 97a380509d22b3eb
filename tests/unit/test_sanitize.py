"""Hostile HTML in notes: nothing runs, legitimate HTML survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks.kb.machinery.sanitize import sanitize_html

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
        ("<p><big><strong>P1.</strong></big> 문제</p>", "<p><big><strong>P1.</strong></big> 문제</p>"),
        ('<img src="a.png" style="zoom:50%;">', '<img src="a.png" style="zoom:50%">'),
        ('<span style="color:red;position:fixed;top:0">빨강</span>', '<span style="color:red">빨강</span>'),
        (  # hidden on the page as on the blog, and out of the search sections
            '<div style="display: none;">썸네일 설명</div>',
            '<div data-search-exclude style="display:none">썸네일 설명</div>',
        ),
        (  # a row of pictures, side by side as on Velog and Tistory
            '<div style="display:flex; gap:10px;"><img src="a.png" style="width:50%;"></div>',
            '<div style="display:flex;gap:10px"><img src="a.png" style="width:50%"></div>',
        ),
        (
            '<table><tr><th style="text-align: center;">가</th></tr></table>',
            '<table><tbody><tr><th style="text-align:center">가</th></tr></tbody></table>',
        ),
        ('<div style="background:url(https://t.example/x.png)">a</div>', '<div style="">a</div>'),
        ('<span style="color:url(javascript:x)">a</span>', '<span style="">a</span>'),
        (
            '<a class="headerlink" href="#파라미터-갯수">¶</a>',
            '<a class="headerlink" href="#파라미터-갯수">¶</a>',
        ),
        (
            '<div class="admonition info"><p class="admonition-title">참고</p></div>',
            '<div class="admonition info"><p class="admonition-title">참고</p></div>',
        ),
        # Material's content tabs (a note kept in an MkDocs site): the radio group shows one tab at a time
        (
            '<input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" onchange="x()">',
            '<input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio">',
        ),
        # a theme icon a note names (`:material-check:`): its shape; nothing it could load or run
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" onload="x()"><path d="M21 7z" fill-rule="evenodd" '
            'style="fill:url(https://t.example/a)"/><use href="https://t.example/s.svg#a"/><script>1</script></svg>',
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 7z" fill-rule="evenodd" style=""></path></svg>',
        ),
        # a figure embedded in the page (nbconvert's --embed-images, an image pasted into Typora): kept when raster
        ('<img alt="png" src="data:image/png;base64,iVBORw0KGgo=">', '<img alt="png" src="data:image/png;base64,iVBORw0KGgo=">'),
        ('<img src="data:image/jpeg;base64,/9j/4AAQ" width="300">', '<img src="data:image/jpeg;base64,/9j/4AAQ" width="300">'),
        ('<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">', "<img>"),
        ('<img src="data:text/html,<script>alert(1)</script>">', "<img>"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">링크</a>', "<a>링크</a>"),
        ('<a href="data:image/png;base64,iVBORw0KGgo=">그림</a>', "<a>그림</a>"),
    ],
)
def test_sanitize_html(dirty, clean):
    assert sanitize_html(dirty) == clean
