"""Forms of exported and converted notes (Notion, Jupyter, Hydejack, Chirpy, GitHub) read as their own
tools show them: pure rewrites, one line per case."""

from __future__ import annotations

import markdown

from hooks.kb.posts.local_urls import docs_url, resolve_docs_urls


def test_a_file_name_with_an_ampersand_resolves_as_markdown_writes_it():
    # Notion names an export's folder after the page: `Algorithm & Data Structure <id>/Untitled.png`
    path = "notes/Algorithm & Data Structure 0c3a/Untitled 1.png"
    html = markdown.markdown(f"![Untitled]({docs_url(path)})")
    assert "&amp;" in html  # Markdown escapes the `&` in the attribute
    resolved = resolve_docs_urls(html, lambda p: "../../x.png" if p == path else None)
    assert 'src="../../x.png"' in resolved
