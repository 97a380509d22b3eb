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


def _listed(text: str) -> str:
    from hooks.kb.posts.lists import reindent_lists

    return markdown.markdown(reindent_lists(text), extensions=["sane_lists", "pymdownx.superfences"])


def test_a_heading_among_an_items_children_is_a_heading_inside_the_item():
    # Notion exports a list item's children four spaces in, two past the content column of `- `
    html = _listed("- 접근 : O(1)\n    \n    ### 메서드 빅오\n    \n    - Object.keys : O(N)\n")
    assert "<h3>메서드 빅오</h3>" in html and "###" not in html
    assert html.index("<h3>") > html.index("<li>") and "<li>Object.keys : O(N)</li>" in html


def test_four_spaces_past_the_content_column_are_still_code_in_the_item():
    html = _listed("- 예시\n\n      indented code\n")
    assert "<pre><code>indented code" in html
