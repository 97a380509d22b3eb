"""Markdown after a blank line inside an HTML block (hooks/kb/posts/html_blocks.py): which elements get
`markdown="1"`, each paired with the tag that closes it as an HTML parser pairs them."""

from __future__ import annotations

import re

import pytest

from hooks.kb.posts.html_blocks import markdown_in_html_blocks, preformatted_outputs


def marked(text: str) -> list[str]:
    """The opening tags given `markdown="1"`, in order."""
    out, _ = markdown_in_html_blocks(text, "notes/x.md", lambda offset: 1)
    return re.findall(r'<[a-z]+[^>]*markdown="1"[^>]*>', out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<div align="center">\n\n![그림](a.png)\n\n</div>\n', ['<div align="center" markdown="1">']),
        # the inner one holds the Markdown, and so does the outer: both
        (
            '<div class="a">\n<div class="b">\n\n**굵게**\n\n</div>\n</div>\n',
            ['<div class="a" markdown="1">', '<div class="b" markdown="1">'],
        ),
        # the Markdown is after the inner one's end: the outer only
        (
            '<div class="a">\n<div class="b">\n그림\n</div>\n\n**굵게**\n\n</div>\n',
            ['<div class="a" markdown="1">'],
        ),
        ("<center>\n<p>\n\n- 항목\n\n</p>\n</center>\n", ['<center markdown="1">', '<p markdown="1">']),
        # a `<pre>` is no `<p>`; after a blank line only HTML: left as written
        ('<div>\n<pre>\n\n코드\n</pre>\n\n<img src="a.png">\n</div>\n', ['<div markdown="1">']),
        ('<div>\n\n<img src="a.png">\n\n</div>\n', []),
        # never closed, or closed by a stray tag of another name: left as written
        ("<div>\n\n**굵게**\n\n</section>\n", []),
        # an inline `<div>` inside is counted: the outer closes at the last `</div>`
        ('<div class="a">\n텍스트 <div>안</div>\n\n**굵게**\n\n</div>\n', ['<div class="a" markdown="1">']),
    ],
)
def test_an_html_block_holding_markdown_after_a_blank_line_gets_markdown(text, expected):
    assert marked(text) == expected


def test_two_thousand_nested_divs_are_each_paired_with_their_own_closing_tag():
    depth = 2000
    text = (
        "<div>\n" * depth + "\n본문 **굵게**\n\n" + "</div>\n" * depth + "<div>\n\n끝\n"
    )  # the last never closed
    assert len(marked(text)) == depth


def test_a_quote_of_p_lines_is_its_text_a_line_break_between_lines():
    from hooks.kb.posts.html_blocks import quoted_paragraphs

    text = (
        "> <p><span>제목</span><span>RAPTOR</span></p>\n> <p><span>분류</span><span>cs.CL</span></p>\n\n"
        '> <p class="x">kept: a paragraph with its own attributes</p>\n\n<p>not quoted</p>\n'
    )
    out, problems = quoted_paragraphs(text, "notes/a.md", lambda offset: 1)
    assert out.split("\n")[:2] == [
        "> <span>제목</span> <span>RAPTOR</span><br>",
        "> <span>분류</span> <span>cs.CL</span>",
    ]
    assert out.split("\n")[3:] == text.split("\n")[3:] and problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<pre>\n0    1\ndtype: int64\n</pre>", "<pre><code>0    1\ndtype: int64\n</code></pre>"),
        ('<pre class="output">[1 2 3]</pre>', '<pre class="output"><code>[1 2 3]</code></pre>'),
        ("<pre><code>이미 코드</code></pre>", "<pre><code>이미 코드</code></pre>"),
        ("문장 안의 `<pre>` 이야기", "문장 안의 `<pre>` 이야기"),
    ],
)
def test_a_bare_pre_is_drawn_as_a_code_block(text, expected):
    out, _ = preformatted_outputs(text, "notes/x.md", lambda offset: 1)
    assert out == expected


def test_a_head_of_theme_styles_goes_line_for_line():
    text = "<head>\n  <style>\n    table.dataframe {\n\n      width: 100%;\n    }\n  </style>\n</head>\n\n# 판다스"
    out, problems = preformatted_outputs(text, "notes/x.md", lambda offset: 3)
    assert out == "\n" * 8 + "\n# 판다스" and "style" not in out
    assert [(p.line, p.level) for p in problems] == [(3, "info")]
