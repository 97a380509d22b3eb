"""The long lists of a concept page ("다른 노트", "언급만 한 노트"): raw HTML whose links a strict build no
longer checks, so these tests follow them in a built site, and check that titles show as written."""

from __future__ import annotations

import posixpath
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest

from hooks.kb.concepts.lists import note_href, notes_html, page_url
from hooks.kb.posts.note import Note
from tests.builds.test_concept_site import REGISTRY, build
from tests.helpers.crawl import broken_links
from tests.helpers.sitebuild import build_docs, site_pages, write_tree


def a_note(url: str, title: str = "노트") -> Note:
    return Note(f"{url.strip('/')}.md", title, "", url, date=datetime(2023, 1, 2, tzinfo=UTC))


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


def older_and_mentioning(count: int = 23) -> dict[str, str]:
    notes = {
        f"notes/n{i:02}.md": f"---\ntitle: 노트 {i:02} <&>\ndate: 2023-01-{i + 1:02}\n---\n## LSTM\n\n게이트 설명\n"
        for i in range(count)
    }
    notes["notes/m.md"] = (
        "---\ntitle: 언급 <b>굵게</b> & 끝\ndate: 2023-02-01\n---\n## 메모\n\nLSTM도 나중에 보자\n"
    )
    return notes


def list_links(html: str, heading_id: str) -> list[str]:
    """The hrefs of the list after the heading with the id `heading_id`."""
    after = html.split(f'id="{heading_id}"', 1)[1]
    return re.findall(r'href="([^"]+)"', after.split("</ul>", 1)[0].split("<ul>", 1)[1])


def test_the_lists_link_to_real_pages_and_sections_of_the_built_site(tmp_path: Path):
    site = build(tmp_path, older_and_mentioning())
    lstm = site.html("concepts/lstm/")
    older = list_links(lstm, "다른-노트-3")
    mentions = list_links(lstm, "언급만-한-노트")
    assert len(older) == 6 and len(mentions) == 1  # 3 notes, each its own link and its passage's
    assert all("%" in href and "노트" not in href for href in older)  # Hangul percent-encoded
    assert [b for b in broken_links(site.site_dir) if b.page == "concepts/lstm/index.html"] == []
    for href in older + mentions:  # and, decoded, each is a note's page (the crawler checked the #section)
        path, _, section = unquote(href).partition("#")
        assert (site.site_dir / "concepts/lstm" / path / "index.html").resolve().is_file(), href
        assert path.startswith("../../notes/") and section in ("", "lstm")


def test_a_listed_title_with_markup_characters_shows_as_written(tmp_path: Path):
    site = build(tmp_path, older_and_mentioning())
    lstm = site.html("concepts/lstm/")
    assert "노트 00 &lt;&amp;&gt;</a> · 2023-01-01" in lstm
    assert "언급 &lt;b&gt;굵게&lt;/b&gt; &amp; 끝</a> · 2023-02-01" in lstm
    assert "<b>굵게</b>" not in lstm


def test_a_formula_in_a_listed_title_or_heading_is_typeset(tmp_path: Path):
    notes = older_and_mentioning()
    notes["notes/n00.md"] = "---\ntitle: 부등식 $a<b$ 와 $x \\& y$\ndate: 2023-01-01\n---\n## LSTM $h<t$\n\n게이트\n"
    notes["notes/m.md"] = "---\ntitle: 언급 $p<q$\ndate: 2023-02-01\n---\n## 메모\n\nLSTM도 나중에 보자\n"
    site = build(tmp_path, notes)
    lstm = site.html("concepts/lstm/")
    for tex in ("a&lt;b", "x \\&amp; y", "h&lt;t", "p&lt;q"):
        assert f'<math alttext="{tex}">' in lstm, tex
    assert "kb-math-error" not in lstm
    assert "concepts/lstm.md" not in site.log  # no formula of the page is reported as bad


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


def test_the_lists_link_to_real_pages_without_directory_urls(tmp_path: Path):
    files = {**site_pages(), "concepts.yml": REGISTRY, **older_and_mentioning()}
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site", use_directory_urls=False)
    lstm = (site.site_dir / "concepts/lstm.html").read_text(encoding="utf-8")
    links = list_links(lstm, "다른-노트-3") + list_links(lstm, "언급만-한-노트")
    assert len(links) == 7 and all(href.startswith("../notes/") and "index.html" in href for href in links)
    assert [b for b in broken_links(site.site_dir) if b.page == "concepts/lstm.html"] == []
