"""The site's own HTML lists in a page's Markdown (hooks/kb/pages/html_lists.py): Markdown takes them whole,
unparsed, and the page's HTML is what Markdown made of the same list as raw HTML."""

from __future__ import annotations

import markdown
import pytest

from hooks.kb.pages.html_lists import END, START, html_list, stashed_lists
from tests.helpers.sitebuild import example_config

CONFIG = example_config()
EXTENSIONS = list(CONFIG.markdown_extensions)
WITHOUT = [e for e in EXTENSIONS if e != "hooks.kb.pages.html_lists"]

ITEMS = [
    '<a href="../../notes/a/">제목 &amp; A</a> · 2023-01-02',
    '<a href="../../notes/b/">B &lt;2&gt; \ue0003\ue001</a> · 날짜 없음 — <a href="../../notes/b/#x">x</a>, <a href="../../notes/b/#%EA%B0%80">가</a>',
]


def render(text: str, extensions: list) -> str:
    return markdown.Markdown(extensions=extensions, extension_configs=CONFIG.mdx_configs).convert(text)


def raw(items) -> str:
    """The list as it was written before it was marked: raw HTML Markdown parses."""
    return "\n".join(html_list(items).split("\n")[1:-1])


@pytest.mark.parametrize(
    "page",
    [
        "## 다른 노트 (2)\n\n이 개념을 다룬 부분으로 바로 갑니다.\n\n{list}\n\n## 관련 개념\n\n- [CNN](cnn.md)\n",
        "# 제목\n\n{list}\n",  # at the end of the page
        "{list}\n\n{list}\n\n본문",  # two lists, one right after the other
        '<div class="kb-passage" markdown>\n\n**굵게**\n\n</div>\n\n{list}\n\n- 항목\n',
    ],
)
@pytest.mark.parametrize("items", [ITEMS, ITEMS[:1], []])
def test_a_marked_list_renders_as_markdown_rendered_it_raw(page, items):
    marked = render(page.format(list=html_list(items)), EXTENSIONS)
    assert marked == render(page.format(list=raw(items)), WITHOUT)
    assert "<ul>" in marked and "kb-html-list" not in marked


def test_markdown_s_html_parser_never_sees_a_marked_list():
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIG.mdx_configs)
    html_block = md.preprocessors["html_block"]
    seen: list[str] = []
    parse = html_block.run
    html_block.run = lambda lines: seen.extend(lines) or parse(lines)
    html = md.convert(f"# 제목\n\n{html_list(ITEMS)}\n")
    assert seen and not any("<li>" in line or "kb-html-list" in line for line in seen)
    assert html.count("<li>") == len(ITEMS)


@pytest.mark.parametrize(
    "lines",
    [
        [START, "<ul>", "<li>**굵게**</li>", "<li><script>x</script></li>", "</ul>", END],  # another tag
        [START, "<ul>", "<li>a</li>", "<li>", "b</li>", "</ul>", END],  # an item over two lines
        [START, "<ul>", "<li>a</li>", "</ul>"],  # no end marker
        [START, "<ul>", "<li>a</li>", "</ul>", "텍스트", END],
        [START, "- 항목", END],  # Markdown between the markers
        ["문단", START, "<ul>", "<li>a</li>", "</ul>", END],  # no blank line before: inside a paragraph
        [START, "<ul>", '<li><a href="x" onclick="y">a</a></li>', "</ul>", END],
        [START, "<ul>", "<li>a < b</li>", "</ul>", END],
    ],
)
def test_anything_else_between_markers_is_left_to_markdown(lines):
    assert stashed_lists(list(lines), lambda html: pytest.fail(f"stored {html!r}")) == lines


def test_a_fence_that_shows_the_markers_keeps_them():
    page = f"```html\n{html_list(ITEMS[:1])}\n```\n\n    {START}\n"  # and an indented code block
    assert render(page, EXTENSIONS) == render(page, WITHOUT)
    assert render(page, EXTENSIONS).count("kb-html-list") == 3
