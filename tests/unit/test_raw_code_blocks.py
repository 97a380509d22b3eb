"""A raw HTML code block, `<pre>...</pre>` opening a line, is code: set aside with the fences (hooks/kb/posts/code.py)
and passed over by the list normalizer (hooks/kb/posts/lists.py), its lines as written."""

from __future__ import annotations

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.lists import reindent_lists

SHELL = "<pre>\n# 참고\nls\n\n#설치 #기록\n  - 목록 같은 줄\n</pre>"


def test_a_raw_pre_block_is_set_aside_on_as_many_lines():
    text = f"설명\n\n{SHELL}\n\n# 다음\n"
    protected = protect_code(text)
    assert "# 참고" not in protected.text and "# 다음" in protected.text
    assert protected.text.count("\n") == text.count("\n")
    assert protected.restore() == text
    inline = "본문의 <pre>한 줄</pre> 은 글이다\n"  # not opening a line: a paragraph's HTML, left to it
    assert protect_code(inline).text == inline


def test_a_raw_pre_block_can_be_left_in_the_text():
    assert protect_code(SHELL, raw_html=False).text == SHELL


def test_the_list_normalizer_leaves_a_raw_pre_blocks_lines_as_written():
    text = f"- 항목\n\n{SHELL}\n\n- 다음\n"
    assert SHELL in reindent_lists(text)
