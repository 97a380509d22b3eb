"""Two kramdown readings, as pure functions: where an abbreviation is found (between ASCII word boundaries,
as kramdown finds it, so a Korean particle right after it does not hide it), and which lines of a normalized
body the normalizer put in (so that a body line names its line in the author's file), Jekyll's one-line
highlight blocks made fences included."""

from __future__ import annotations

import re

import markdown
import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.abbreviations import abbreviation_pattern
from hooks.kb.posts.body import liquid_code_blocks
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.line_map import added_lines, kept_lines, merged_lines, source_line

PATTERN = abbreviation_pattern(["ReLU", "CNN", "Leaky ReLU"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ReLU는 음수를 0으로 만든다", ["ReLU"]),  # a particle right after it, as Korean is written
        ("CNN을 쓰는 모델", ["CNN"]),
        ("(ReLU), ReLU.", ["ReLU", "ReLU"]),
        ("Leaky ReLU를 쓴다", ["Leaky ReLU"]),  # the longest name first
        ("활성화ReLU", ["ReLU"]),  # Hangul before it is no ASCII word either
        ("ReLUs and PReLU", []),  # inside an English word: not the abbreviation
        ("CNN_model", []),
    ],
)
def test_an_abbreviation_is_found_between_ascii_word_boundaries(text, found):
    assert PATTERN.findall(text) == found


def _titled(text: str) -> list[str]:
    import markdown

    html = markdown.markdown(text, extensions=["hooks.kb.posts.abbreviations", "md_in_html"])
    return re.findall(r'<abbr title="([^"]*)">([^<]*)</abbr>', html)


PASSAGE = '<div class="kb-passage" markdown>\n\n{}\n\n</div>'


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        # a note's page: wherever defined, a definition titles the word everywhere, as kramdown does
        ("HTML 앞\n\n> *[HTML]: Hyper Text\n\nHTML 뒤", [("Hyper Text", "HTML"), ("Hyper Text", "HTML")]),
        # a concept page: a passage's definition titles that passage's words only
        (
            PASSAGE.format("첫 노트의 HTML\n\n*[HTML]: Hyper Text") + "\n\n" + PASSAGE.format("둘째 노트의 HTML"),
            [("Hyper Text", "HTML")],
        ),
        # the page's own definition titles every passage, and a passage's own wins in it
        (
            "*[CNN]: 합성곱\n\n" + PASSAGE.format("CNN과 RNN\n\n*[CNN]: Convolutional") + "\n\n" + PASSAGE.format("CNN"),
            [("Convolutional", "CNN"), ("합성곱", "CNN")],
        ),
    ],
)
def test_an_abbreviation_titles_its_passage_on_a_concept_page_and_the_whole_note_page(text, titled):
    assert _titled(text) == titled


@pytest.mark.parametrize(
    ("before", "after", "added"),
    [
        ("설명:\n```python\nx = 1\n```\n다음", "설명:\n\n```python\nx = 1\n```\n\n다음", (2, 6)),  # around a fence
        ("> 인용\n> - 항목", "> 인용\n>\n> - 항목", (2,)),  # a quote's list: `>` alone
        ("문단\n- 하나\n  - 둘", "문단\n\n- 하나\n    - 둘", (2,)),  # a list re-indented in place is no new line
        ("문단\n\n본문", "문단\n\n본문", ()),
        ("| a |\n|---|\n<div>x</div>", "| a |\n|---|\n\n<div>x</div>", (3,)),
        # the empty comment that keeps two quotes apart, and the blank line under it
        ("> a\n\n> b\nc", "> a\n\n<!-- -->\n\n> b\nc", (3, 4)),
        ("<!-- -->\n\n> a", "<!-- -->\n\n> a", ()),  # the author's own comment
    ],
)
def test_the_lines_the_normalizer_put_in_are_found(before, after, added):
    assert added_lines(before, after) == added


def test_a_body_line_names_its_line_in_the_file():
    # body line 1 is the file's line 5; lines 2 and 6 were put in
    assert [source_line(5, (2, 6), n) for n in (1, 2, 3, 5, 7)] == [5, 6, 6, 8, 9]


@pytest.mark.parametrize(
    ("text", "fenced", "added"),
    [
        # the tags on lines of their own: a fence of as many lines, none put in
        ("a\n{% highlight py %}\nx = 1\n{% endhighlight %}\nb", "a\n```py\nx = 1\n```\nb", ()),
        # all on one line: the code and the closing fence are lines of their own now
        ("a\n{% highlight bash %}pip install torch{% endhighlight %}\nb", "a\n```bash\npip install torch\n```\nb", (3, 4)),
        # the code on the opening tag's line, the closing tag on a line of its own
        ("{% highlight py %}x = 1\ny = 2\n{% endhighlight %}\nz", "```py\nx = 1\ny = 2\n```\nz", (2,)),
        # two one-line blocks: the second's lines counted after the first's
        (
            "{% highlight py %}x{% endhighlight %}\n{% highlight py %}y{% endhighlight %}",
            "```py\nx\n```\n```py\ny\n```",
            (2, 3, 5, 6),
        ),
        ("no highlight here", "no highlight here", ()),
        # `linenos`: Jekyll numbered the lines (beautiful-jekyll's posts write every block so)
        (
            "{% highlight python linenos %}\nimport pandas as pd\n{% endhighlight %}",
            '```python linenums="1"\nimport pandas as pd\n```',
            (),
        ),
    ],
)
def test_a_highlight_block_is_a_fence_and_tells_the_lines_it_put_in(text, fenced, added):
    assert liquid_code_blocks(text) == (fenced, added)


def test_lines_put_in_by_two_rewrites_are_numbered_in_the_last_result():
    # the first rewrite put in its line 3; the second put in its lines 2 and 5, which moves line 3 to 4
    assert merged_lines((3,), (2, 5)) == (2, 4, 5)
    assert merged_lines((), (2,)) == (2,)
    assert merged_lines((1, 2), ()) == (1, 2)


def test_an_offset_in_a_rewritten_text_is_found_at_the_original_line():
    original = "one\ntwo\nthree"
    rewritten = "1\n2222222\n3"  # the same lines, other lengths
    line = kept_lines(lambda offset: 10 + original.count("\n", 0, offset), original)
    assert [line(rewritten, rewritten.index(c)) for c in "123"] == [10, 11, 12]


def test_after_a_one_line_highlight_block_warnings_and_headings_name_the_authors_lines():
    source = (
        "---\ntitle: 설치\n---\n\n"  # lines 1-4
        "설치는 한 줄이다.\n\n"  # 5-6
        "{% highlight bash %}pip install torch{% endhighlight %}\n\n"  # 7-8
        "![그림](/assets/img/missing.png)\n\n"  # 9-10
        "## LSTM\n"  # 11
    )
    note, problems = read_note("_posts/2023-01-01-install.md", source.encode("utf-8"))
    assert [(p.line, p.what) for p in problems] == [(9, "image '/assets/img/missing.png' not found under docs/")]
    heading = note.body.split("\n").index("## LSTM") + 1
    assert note.source_line(heading) == 11


def test_kramdown_markers_after_a_table_of_contents_name_the_authors_lines():
    """The passes over a post's attribute lists each read the text the one before left: a match's offset is in
    that text, and the `{:toc}` seed taken out above moved every later one (a Hydejack post's boxes and table
    class were named two lines too early)."""
    source = (
        "---\ntitle: Attention의 Q, K, V\n---\n\n"  # lines 1-4
        "0. Table of Contents\n{:toc}\n\n"  # 5-7
        "| 구분 | Attention |\n|---|---|\n| Query | 디코더의 은닉 상태 벡터 |\n{:.stretch-table}\n\n"  # 8-12
        "* 목적 : 문맥이 비슷한 단어를 많이 반영한다.\n1. 디코더 셀의 토큰 벡터를 단어 벡터로 바꾼다.\n"  # 13-14
        '{:.note title="Attention의 목적 1"}\n\n'  # 15-16
        "끝.\n{: .notice--info}\n"  # 17-18
    )
    _, problems = read_note("_posts/2022-12-22-attention-qkv.md", source.encode("utf-8"))
    lines = {p.what.split(" '")[0]: p.line for p in problems if p.what.startswith("kramdown")}
    assert lines == {
        "kramdown": 5,  # the `{:toc}` marker with its seed item
        "kramdown attribute list": 11,
        "kramdown box": 13,
        "kramdown notice": 18,
    }


def test_an_attribute_list_under_a_quote_goes_with_its_line_kept():
    """An al-folio paper note's card: a quote of `<p><span>` lines with the blog's own class under it. kramdown
    put the class on the quote; read as the quote's last line, it made an empty paragraph at each end of it."""
    source = (
        "---\ntitle: FlashAttention\n---\n\n"  # lines 1-4
        '> <p><span>제목</span><span><a href="https://arxiv.org/abs/2205.14135">FlashAttention</a></span></p>\n'  # 5
        "> <p><span>분류</span><span>cs.LG</span></p>\n"  # 6
        "{: .block-headinfo}\n\n---\n\n## 1. TL;DR\n"  # 7-11
    )
    note, problems = read_note("notes/af/_posts/2026-05-02-flash.md", source.encode("utf-8"))
    assert "{:" not in note.body and note.source_line(note.body.split("\n").index("## 1. TL;DR") + 1) == 11
    assert [(p.line, p.level, known(p)) for p in problems if "under a quote" in p.what] == [(7, "info", True)]
    html = markdown.markdown(note.body, extensions=["attr_list", "md_in_html"])
    assert 'class="block-headinfo"' not in html
    # one paragraph of the card's lines, as the blog's one paragraph a line read: no paragraph inside a paragraph
    assert html.count("<p>") == 1 and html.count("<br") == 1 and "<span>제목</span> <span>" in html
