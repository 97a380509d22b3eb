"""kramdown's `$$`: a display formula on block boundaries only, inline math inside a paragraph (a Jekyll post)."""

from __future__ import annotations

import pytest

from hooks.kb.math.slots import hold_formulas
from hooks.kb.math.tex import find_formulas
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.kramdown_math import kramdown_paragraph_math


def _displays(text: str) -> list[bool]:
    body = hold_formulas(text)
    body = body.restore(kramdown_paragraph_math(body).text)
    return [f.display for _, _, f in find_formulas(body) if f is not None]


@pytest.mark.parametrize(
    ("text", "displays"),
    [
        ("정의는 다음과 같다.\n$$ f(x) = wx + b $$\n\n다음 문단", [False]),  # right under a line of text
        ("Definition:\n$$ f(x) = wx + b $$", [False]),
        ("\n$$ f(x) = wx + b $$\n이때 $w$는 가중치", [False, False]),  # text right under it
        ("$$a$$\n$$b$$", [False, False]),  # two lines: one paragraph of two formulas
        ("앞 문단\n\n$$ f(x) = wx + b $$\n\n뒷 문단", [True]),  # blank lines around: a math block
        ("$$ f(x) $$", [True]),  # alone in the post
        ("앞 문단\n\n$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$\n\n뒤", [True]),
        ("다음과 같다.\n$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$\n\n뒤", [False]),
        ("문단\n\n$$ x $$\n{: .text-center}", [True]),  # an attribute list is a boundary
        ("- $$ x $$\n- 다음 항목", [True]),  # first in its item, up to the next item
        ("- 항목 설명\n  $$ x $$\n- 다음 항목", [False]),  # under the item's text
        ("> $$ x $$", [True]),  # first in its quote
        ("> 인용 속 설명\n> $$ x $$", [False]),
        ("> $$ a $$\n> $$ b $$", [False, False]),
        ("- 항목\n     > - 접선\n     >\n     > $$ x $$\n- 다음", [True]),  # a quote in an item, after its blank line
        ("값은 $$x^2$$ 이다", [False]),  # inside a sentence: inline anyway
        ("문단\n\n$$ x $$  \n\n끝", [True]),  # spaces after it: still alone
        # Liquid runs first: a line of tags alone (`{% raw %}`, kept for TeX's `{{`) is a blank line to kramdown
        ("다음과 같다.\n\n{% raw %}\n$$ E = mc^2 $$\n{% endraw %}\n\n끝.", [True]),
        ("다음과 같다.\n{% raw %}\n$$ E = mc^2 $$\n{% endraw %}\n끝.", [True]),
        # inside a block of raw HTML kramdown reads no math: the blog's MathJax drew the `$$` as a display
        ('<div align="center">\n$$ x = 1 $$\n</div>', [True]),
        ("<details><summary>증명</summary>\n$$ x = 1 $$\n</details>", [True]),
        ('문단\n\n<div align="center">\n$$ a $$\n$$ b $$\n</div>', [True, True]),
    ],
)
def test_a_double_dollar_formula_is_a_display_only_between_block_boundaries(text, displays):
    assert _displays(text) == displays


def test_only_a_jekyll_post_reads_its_double_dollars_as_kramdown():
    raw = "---\ntitle: 회귀\n---\n선형 회귀의 식:\n$$ y = wx + b $$\n\n끝\n".encode()
    for path, display in [
        ("notes/blog/_posts/2021-08-10-regression.md", False),
        ("notes/2021-08-10-regression.md", True),  # GitHub, Typora...: a `$$` line is a display
    ]:
        note, _ = read_note(path, raw)
        found = [f for _, _, f in find_formulas(note.body) if f is not None]
        assert [f.display for f in found] == [display], path
        assert found[0].tex == "y = wx + b"
