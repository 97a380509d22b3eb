"""The long lists of a concept page ("다른 노트", "언급만 한 노트"): raw HTML whose links a strict build no
longer checks, so these tests follow them in a built site, and check that titles show as written."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

from hooks.kb.posts.note import Note
from tests.builds.test_concept_site import REGISTRY, build
from tests.helpers.crawl import broken_links
from tests.helpers.sitebuild import build_docs, site_pages, write_tree


def a_note(url: str, title: str = "노트") -> Note:
    return Note(f"{url.strip('/')}.md", title, "", url, date=datetime(2023, 1, 2, tzinfo=UTC))


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


def test_the_lists_link_to_real_pages_without_directory_urls(tmp_path: Path):
    files = {**site_pages(), "concepts.yml": REGISTRY, **older_and_mentioning()}
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site", use_directory_urls=False)
    lstm = (site.site_dir / "concepts/lstm.html").read_text(encoding="utf-8")
    links = list_links(lstm, "다른-노트-3") + list_links(lstm, "언급만-한-노트")
    assert len(links) == 7 and all(href.startswith("../notes/") and "index.html" in href for href in links)
    broken = broken_links(site.site_dir)
    assert [b for b in broken if b.page == "concepts/lstm.html"] == []
    family = (site.site_dir / "concepts/family/sequence/index.html").read_text(encoding="utf-8")
    assert 'href="../../lstm.html"' in family and 'href="../../index.html"' in family
    assert [b for b in broken if b.page.startswith("concepts/family/")] == []
    # A concept's Korean name as a URL leads to its page, which is lstm.html here, not lstm/.
    redirect = (site.site_dir / "concepts/장단기-메모리/index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../lstm.html"' in redirect and 'concepts/lstm.html">' in redirect
    redirects = {b.page for b in broken if "kb-redirect" in (site.site_dir / b.page).read_text(encoding="utf-8")}
    assert redirects == set()
