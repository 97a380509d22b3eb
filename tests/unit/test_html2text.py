"""html2text's `[code]` ... `[/code]` blocks (a Velog feed kept on GitHub): the code blocks they were."""

import pytest

from hooks.kb.posts.html2text import html2text_code

VELOG = (
    "## 💻파이썬 사전(Dictionary) 구조\n"
    "[code] \n"
    "    >>> score = {}\n"
    "    >>> score['kim'] = 99\n"
    "    \n"
    "    >>> print(score['kim'])\n"
    "    99\n"
    "[/code]\n"
    "\n"
    "Query: 질의\n"
)


def test_block_becomes_a_fence_line_for_line():
    text, problems = html2text_code(VELOG, "notes/v.md", first_line=6)
    assert text.split("\n") == [
        "## 💻파이썬 사전(Dictionary) 구조",
        "```",
        ">>> score = {}",
        ">>> score['kim'] = 99",
        "",
        ">>> print(score['kim'])",
        "99",
        "```",
        "",
        "Query: 질의",
        "",
    ]
    assert [(p.line, p.level) for p in problems] == [(7, "info")]


def test_in_a_list_item_keeps_the_items_indent():
    text, _ = html2text_code("  * 예시\n  [code]\n      x = 1\n  [/code]\n", "n.md")
    assert text == "  * 예시\n  ```\n  x = 1\n  ```\n"


@pytest.mark.parametrize(
    "text",
    [
        "BBCode의 [code] 태그와 [/code] 태그\n",  # markers inside a sentence: the author's text
        "[code]\nx = 1\n[/code]\n",  # code not indented as html2text writes it
        "[code]\n    x = 1\n",  # never closed
        "```\n[code]\n    x = 1\n[/code]\n```\n",  # inside a fenced code block
        "[code]\n[/code]\n",  # nothing between
    ],
)
def test_anything_else_is_left_as_written(text):
    assert html2text_code(text, "n.md") == (text, [])


def test_said_in_korean_and_read_so_by_ingest():
    from hooks.kb.pages.messages import known
    from hooks.kb.posts.ingest import read_note

    raw = "---\ntitle: \"8/2 Attention Mechanism\"\ndate: 2024-08-02 12:52:26\n---\n\n" + VELOG
    note, problems = read_note("notes/velog-posts/2024-08-02_attention.md", raw.encode())
    assert "```\n>>> score = {}\n>>> score['kim'] = 99" in note.body
    assert "[code]" not in note.body
    found = [p for p in problems if "[code]" in p.what]
    assert len(found) == 1 and found[0].line == 7 and known(found[0])
