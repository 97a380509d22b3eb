"""Indented code blocks are set aside with fenced ones (`hooks/kb/posts/code.py`): what CommonMark reads as code
outside lists, not a list item's, a footnote's or a box's indented paragraph."""

from __future__ import annotations

from hooks.kb.posts.code import indented_code_lines, protect_code


def test_indented_lines_after_a_blank_line_outside_lists_are_code():
    lines = [
        "결과는 다음과 같다",  # 0
        "",
        "    tensor([0.3], grad_fn=<AddBackward>)",  # 2: code
        "",
        "    <class 'dict'>",  # 4: the same block, after a blank line
        "* 항목",  # 5
        "",
        "    항목의 둘째 문단",  # 7: the item's
        "",
        "문단이 목록을 닫는다",  # 9
        "",
        "\t탭으로 들인 코드",  # 11: code
        "[^1]: 각주",  # 12
        "",
        "    각주의 둘째 문단",  # 14: the footnote's
        "",
        '!!! note "상자"',  # 16
        "    상자의 본문",  # 17: the box's
        "",
        "끝",
        "",
        "    마지막 출력",  # 21: code
    ]
    assert indented_code_lines(lines) == {2, 4, 11, 21}


def test_an_indented_block_comes_back_as_written_whatever_a_rewrite_does_around_it():
    text = "문단 \\%\n\n    C:\\data \\% [결과](out.md)\n    <class 'dict'>\n\n끝 \\%\n"
    protected = protect_code(text)
    assert "[결과]" not in protected.text and protected.text.count("\n") == text.count("\n")
    rewritten = protected.text.replace("\\%", "&#37;")
    assert protected.restore(rewritten) == text.replace("문단 \\%", "문단 &#37;").replace("끝 \\%", "끝 &#37;")


def test_an_html_element_s_indented_lines_are_its_own_up_to_its_closing_tag():
    """nbconvert's DataFrame (`<div>`, its `<style>` rules four spaces in, a blank line between) and a `<details>`
    holding Markdown after a blank line: the element's, for the rewrites that read them, not code."""
    lines = [
        "<div>",
        "<style scoped>",
        "    .dataframe tbody tr th {",
        "    }",
        "",
        "    .dataframe thead th {",  # 5: in the div
        "    }",
        "</style>",
        "</div>",
        "",
        "    출력",  # 10: code again
        "<details><summary>풀이</summary>",
        "",
        "    - 들여 쓴 풀이",  # 13: the element's
        "</details>",
        '<p align="center"><img src="a.png"></p>',  # closed on its line
        "",
        "    <img src=x> 코드",  # 17: code
    ]
    assert indented_code_lines(lines) == {10, 17}
