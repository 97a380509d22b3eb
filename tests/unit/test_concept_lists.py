"""A concept page's long lists, pure: the URLs they link to and the titles they show."""

from __future__ import annotations

import posixpath

import pytest

from hooks.kb.concepts.lists import note_href, notes_html, page_url
from tests.builds.test_concept_pages import a_note


@pytest.mark.parametrize(
    ("page", "directory_urls", "url"),
    [
        ("concepts/lstm.md", True, "concepts/lstm/"),
        ("concepts/lstm.md", False, "concepts/lstm.html"),
        ("concepts/index.md", True, "concepts/"),
        ("concepts/index.md", False, "concepts/index.html"),
    ],
)
def test_page_url_is_the_url_mkdocs_gives_the_page(page, directory_urls, url):
    assert page_url(page, directory_urls) == url


@pytest.mark.parametrize(
    ("note_url", "from_url", "directory_urls", "anchor", "href"),
    [
        ("notes/a-b/", "concepts/lstm/", True, None, "../../notes/a-b/"),
        (
            "notes/노트/",
            "concepts/lstm/",
            True,
            "게이트",
            "../../notes/%EB%85%B8%ED%8A%B8/#%EA%B2%8C%EC%9D%B4%ED%8A%B8",
        ),
        ("notes/a b/", "concepts/lstm/", True, "lstm", "../../notes/a%20b/#lstm"),
        ("notes/a-b/", "concepts/lstm.html", False, None, "../notes/a-b/index.html"),
    ],
)
def test_note_href_is_the_final_url_relative_and_percent_encoded(
    note_url, from_url, directory_urls, anchor, href
):
    assert note_href(a_note(note_url), from_url, directory_urls, anchor) == href


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("a <b> & c", "a &lt;b&gt; &amp; c"),
        ("**굵게** [링크](x)", "**굵게** [링크](x)"),  # no Markdown in a title: shown as written
        ('"따옴표"', '"따옴표"'),
        ("A &amp; B", "A &amp; B"),  # a character reference shows as one, as Markdown shows it
        ("\\$5 or $5", "&#36;5 or &#36;5"),  # a lone $ can never pair with one on the next line
        ("부등식 $a<b$ 노트", "부등식 $a<b$ 노트"),  # the formulas step typesets it from the page Markdown
    ],
)
def test_a_listed_title_is_html_escaped(title, shown):
    assert f">{shown}</a> · 2023-01-02</li>" in notes_html([a_note("notes/x/", title)], "concepts/lstm/")


@pytest.mark.parametrize(
    ("target", "start"),
    [
        ("notes/a/", "concepts/lstm/"),
        ("notes/a/index.html", "concepts/"),
        ("concepts/x/", "concepts/lstm/"),
        ("concepts/lstm/", "concepts/lstm/"),
        ("notes/b/c/", "notes/"),
    ],
)
def test_relative_url_is_what_relpath_gives(target, start):
    assert note_href(a_note(target), start) == posixpath.relpath(target, start) + (
        "/" if target.endswith("/") else ""
    )
