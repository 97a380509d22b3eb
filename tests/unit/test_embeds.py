"""Embeds that would run on the site (Gists, iframes, scripts) become links or go, each at its line."""

from __future__ import annotations

import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.embeds import embeds_as_links


def _line_of(text: str):
    return lambda offset: text.count("\n", 0, offset) + 1


def _run(text: str):
    return embeds_as_links(text, "notes/p.md", _line_of(text))


@pytest.mark.parametrize(
    ("raw", "shown", "what"),
    [
        (
            '<script src="https://gist.github.com/kim/0a1b2c3d.js"></script>',
            "[GitHub Gist의 코드 보기: kim/0a1b2c3d](https://gist.github.com/kim/0a1b2c3d)",
            "a GitHub Gist embedded with <script>",
        ),
        (
            '<script src="https://gist.github.com/kim/0a1b2c3d.js?file=train.py"></script>',
            "[GitHub Gist의 코드 보기: kim/0a1b2c3d · train.py](https://gist.github.com/kim/0a1b2c3d#file-train-py)",
            "a GitHub Gist",
        ),
        (
            '<iframe width="560" src="https://www.youtube.com/embed/aircAruvnKk?start=30" '
            'title="YouTube video player"></iframe>',
            "[![YouTube 동영상](https://i.ytimg.com/vi/aircAruvnKk/hqdefault.jpg)]"
            "(https://www.youtube.com/watch?v=aircAruvnKk&t=30s)<br>"
            "[YouTube에서 보기](https://www.youtube.com/watch?v=aircAruvnKk&t=30s)",
            "an <iframe> embedding",
        ),
        (
            '<iframe src="https://player.vimeo.com/video/12345" title="CNN 강의"></iframe>',
            "[Vimeo에서 동영상 보기: CNN 강의](https://vimeo.com/12345)",
            "an <iframe> embedding",
        ),
        (
            '<iframe src="//colab.research.google.com/drive/abc"></iframe>',
            "[삽입된 페이지 보기: colab.research.google.com/drive/abc](<https://colab.research.google.com/drive/abc>)",
            "an <iframe> embedding",
        ),
    ],
)
def test_an_embed_becomes_a_link_to_what_it_showed(raw, shown, what):
    text, problems = _run(f"앞 문단\n\n{raw}\n")
    assert text == f"앞 문단\n\n{shown}\n"
    assert [(p.line, p.level) for p in problems] == [(3, "warning")]
    assert what in problems[0].what
    assert known(problems[0])  # said in Korean on the 노트 상태 page


@pytest.mark.parametrize(
    "raw",
    [
        "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
        '<iframe src="JavaScript:alert(1)"></iframe>',
        '<iframe src="data:text/html;base64,PHNjcmlwdD4="></iframe>',
        "<iframe></iframe>",
    ],
)
def test_an_iframe_that_would_run_a_script_goes_with_a_warning(raw):
    text, problems = _run(f"앞\n{raw}\n뒤")
    assert text == "앞\n\n뒤"
    assert "javascript" not in text.lower() and "data:" not in text
    assert [(p.line, p.level, p.done) for p in problems] == [
        (2, "warning", "removed: nothing from a note runs on the site")
    ]
    assert known(problems[0])  # said in Korean on the 노트 상태 page


def test_other_scripts_go_and_mathjax_is_only_noted():
    raw = (
        '<script type="text/x-mathjax-config">\nMathJax.Hub.Config({});\n</script>\n'
        '<script src="https://cdn.example.com/track.js"></script>\n본문'
    )
    text, problems = _run(raw)
    assert text == "\n\n\n\n본문"  # the lines kept: later warnings keep their line numbers
    assert [(p.line, p.level) for p in problems] == [(1, "info"), (4, "warning")]
    assert all(known(p) for p in problems)


def test_text_without_embeds_is_untouched():
    raw = "iframe이나 script 태그로 넣는 방법 (<b>굵게</b>)"
    assert embeds_as_links(raw, "n.md", _line_of(raw)) == (raw, [])


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (  # a TeXt post's centered video: Markdown would leave the block's brackets as text
            '<center><iframe width="560" src="https://www.youtube.com/embed/jNwf-JUGWgg"></iframe></center>',
            '<center><a href="https://www.youtube.com/watch?v=jNwf-JUGWgg"><img alt="YouTube 동영상"'
            ' src="https://i.ytimg.com/vi/jNwf-JUGWgg/hqdefault.jpg"></a><br>'
            '<a href="https://www.youtube.com/watch?v=jNwf-JUGWgg">YouTube에서 보기</a></center>',
        ),
        (
            '<p align="center">\n<center><iframe src="https://example.github.io/p5/pca_applet/"></iframe></center>\n</p>',
            '<p align="center">\n<center><a href="https://example.github.io/p5/pca_applet/">'
            "삽입된 페이지 보기: example.github.io/p5/pca_applet</a></center>\n</p>",
        ),
        (
            '<div>\n<script src="https://gist.github.com/kim/0a1b2c3d.js"></script>\n</div>',
            '<div>\n<a href="https://gist.github.com/kim/0a1b2c3d">GitHub Gist의 코드 보기: kim/0a1b2c3d</a>\n</div>',
        ),
    ],
)
def test_an_embed_inside_raw_html_is_a_link_written_in_html(raw, shown):
    assert _run(raw)[0] == shown


@pytest.mark.parametrize(
    ("src", "title", "shown"),
    [  # the link is written in HTML from what the embed named, never read back from its Markdown
        ("https://x.org/a b", "", '<a href="https://x.org/a b">삽입된 페이지 보기: x.org/a b</a>'),
        ("https://x.org/f(x)", "", '<a href="https://x.org/f(x)">삽입된 페이지 보기: x.org/f(x)</a>'),
        ("https://x.org/p", "실습 [1]  *정리*", '<a href="https://x.org/p">삽입된 페이지 보기: 실습 [1] *정리*</a>'),
    ],
)
def test_an_embed_inside_raw_html_keeps_its_whole_address_and_title(src, title, shown):
    titled = f' title="{title}"' if title else ""
    assert _run(f'<div>\n<iframe src="{src}"{titled}></iframe>\n</div>')[0] == f"<div>\n{shown}\n</div>"
