r"""A Jekyll post's backslashes as kramdown read them (hooks/kb/posts/kramdown_escapes.py): a one-backslash
`\(..\)` around no TeX is brackets, `\|` in a formula kramdown read as text is a bar; other notes keep TeX's
meaning."""

from __future__ import annotations

import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.kramdown_escapes import is_jekyll_post, kramdown_escapes

POST = "notes/blog/_posts/Math/2018-09-28-gaussian.md"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (r"정밀도라고 한다. \(정밀도의 개념 알아보기.\)", "정밀도라고 한다. &#40;정밀도의 개념 알아보기.&#41;"),
        ("\\[\n[x, y] 좌표\n\\]", "&#91;\n[x, y] 좌표\n&#93;"),
        (r"\\( N(x\|\mu, \sigma^2) \\)", r"\\( N(x|\mu, \sigma^2) \\)"),  # kramdown's escaped bar
        (r"5. $\|\Sigma\| \text{: 행렬식}$", r"5. $|\Sigma| \text{: 행렬식}$"),
        (r"$$\| \boldsymbol{s} \|_{1} = \sum_k |s_k|$$", r"$$\| \boldsymbol{s} \|_{1} = \sum_k |s_k|$$"),
        (r"$a \\| b$ and \\( \Vert x \Vert \\)", r"$a \\| b$ and \\( \Vert x \Vert \\)"),  # `\\|` was `\|`
        (r"\\( \frac{1}{2} \\) 와 \\[ x^2 \\]", r"\\( \frac{1}{2} \\) 와 \\[ x^2 \\]"),  # kramdown's math
        (r"`\(code\)` and `$\|x\|$`", r"`\(code\)` and `$\|x\|$`"),  # code is code
        (r"\(바깥 $\|x\|$ 안\)", r"&#40;바깥 $|x|$ 안&#41;"),  # the formula inside the brackets is found
        # in a table row the escaped bar keeps the cell whole; the table reads it as a bar
        ("| 기호 | 뜻 |\n|---|---|\n| $\\|w\\|$ | 크기 |", "| 기호 | 뜻 |\n|---|---|\n| $\\|w\\|$ | 크기 |"),
        # holding TeX, the formula the author meant (the blog showed its source in brackets)
        (r"분산은 \(\sigma^2\) 이다", r"분산은 \(\sigma^2\) 이다"),
        ("\\[\n\\frac{a}{b}\n\\]", "\\[\n\\frac{a}{b}\n\\]"),
    ],
)
def test_a_jekyll_posts_backslashes_are_what_kramdown_made_of_them(written, read):
    assert kramdown_escapes(written, POST)[0] == read


@pytest.mark.parametrize(
    "path", ["notes/obsidian/가우시안.md", "notes/til/Math/MLE.md", "notes/posts/2021-08-10-rnn.md"]
)
def test_other_notes_keep_tex_meanings(path):
    written = r"\(\alpha\) 와 $\|x\|_2$"
    assert not is_jekyll_post(path)
    assert kramdown_escapes(written, path) == (written, [])


def test_brackets_where_a_formula_was_read_are_noted_at_their_line():
    text, problems = kramdown_escapes("첫 줄\n둘째 \\(괄호\\) 줄\n", POST, first_line=9)
    assert text == "첫 줄\n둘째 &#40;괄호&#41; 줄\n"
    assert [(p.line, p.level) for p in problems] == [(10, "info")]
    assert "kramdown's escaped bracket" in problems[0].what
    assert known(problems[0])  # said in Korean on the 노트 상태 page
