"""HackMD's own marks, read only in a note that is HackMD's (`hooks/kb/posts/hackmd.py`)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.hackmd import hackmd_tags, inserted_and_superscript, is_hackmd_note, signed_quotes


@pytest.mark.parametrize(
    ("body", "front_matter"),
    [
        ("# 제목\n\n###### tags: `boostcamp`\n", {}),
        ("본문\n\n:::spoiler 정답\n답\n:::\n", {}),
        ("```python=\nx = 1\n```\n", {}),
        ("```cpp=101\nint x;\n```\n", {}),
        ("> 질문입니다 [name=김민수]\n", {}),
        ("![](https://hackmd.io/_uploads/rJx1.png)\n", {}),
        ("{%hackmd theme-dark %}\n", {}),
        ("본문\n", {"breaks": False}),
        ("본문\n", {"GA": "UA-1"}),
    ],
)
def test_a_note_is_hackmd_s_by_one_of_its_own_marks(body, front_matter):
    assert is_hackmd_note(body, front_matter)


@pytest.mark.parametrize(
    ("body", "front_matter"),
    [
        ("수고했어요^_^ 그리고 C++ 과 i++\n", {}),
        ("```python\nx = 1\n```\n\n```python3 main.py\n```\n", {}),
        ("df[name=='a'] 로 거른다\n", {}),  # brackets outside a quote
        ("::: tip\n팁\n:::\n", {}),
        ("본문\n", {"layout": "post", "breaks": "yes"}),
        # a heading that starts with "Tags:" is a note's heading: HackMD reads its tags from an h6 only
        ("## Tags: 태그 붙이는 규칙\n\n태그는 소문자로 쓴다.\n", {}),
        ("#### Tags:\n[[RHEL]] [[Linux]]\n", {}),
        # HackMD's marks shown as code in a note on Markdown
        ("HackMD 문법:\n\n```markdown\n###### tags: `boostcamp`\n:::spoiler 정답\n답\n:::\n> 질문 [name=김민수]\n```\n", {}),
        ("~~~markdown\n```python=\nx = 1\n```\n~~~\n", {}),
        ("테마는 `{%hackmd theme-dark %}` 로 바꾼다.\n", {}),
    ],
)
def test_an_ordinary_note_is_not(body, front_matter):
    assert not is_hackmd_note(body, front_matter)


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("++모멘텀++ 이 핵심", "<ins>모멘텀</ins> 이 핵심"),
        ("2^n^ 개, 19^th^ 세기", "2<sup>n</sup> 개, 19<sup>th</sup> 세기"),
        ("수고했어요^_^ 와 ^^;", "수고했어요^_^ 와 ^^;"),  # a smile, as HackMD users write it
        ("C++ 와 i++ 그리고 ++i", "C++ 와 i++ 그리고 ++i"),
        ("a++b++c", "a++b++c"),  # pluses inside a word
        ("x ^ y ^ z", "x ^ y ^ z"),
        ("두 논문[^1][^2] 참고, ref[^a],[^b]", "두 논문[^1][^2] 참고, ref[^a],[^b]"),  # footnotes side by side
        ("2^10^[^1]", "2<sup>10</sup>[^1]"),
        ("| ++i | i++ |", "| ++i | i++ |"),  # a table's cells: never one mark across two
        ("| ++중요++ | 2^k^ |", "| <ins>중요</ins> | 2<sup>k</sup> |"),
        ("| a^2 | b^2 |", "| a^2 | b^2 |"),
    ],
)
def test_inserted_text_and_superscripts(written, shown):
    assert inserted_and_superscript(written) == shown


def test_a_quote_is_signed_by_its_name_and_time_and_its_colour_goes():
    text = "> 스케줄러를 써야 하나요? [name=김민수] [time=Tue, Aug 10, 2021] [color=#907bf7]\n> 네.\n\n[name=x] 밖은 그대로"
    assert signed_quotes(text) == "> 스케줄러를 써야 하나요? — 김민수, Tue, Aug 10, 2021\n> 네.\n\n[name=x] 밖은 그대로"
    assert signed_quotes("> [color=red]\n> 빨간 인용") == ">\n> 빨간 인용"


def test_a_tags_line_is_the_note_s_tags_and_its_line_stays_empty():
    lines = []
    text, tags, problems = hackmd_tags("# 제목\n###### tags: `AI Tech` `NLP`\n본문\n", "n.md", lambda at: lines.append(at) or 2, str)
    assert (text, tags) == ("# 제목\n\n본문\n", ("AI Tech", "NLP"))
    assert [p.line for p in problems] == [2]
    text, tags, _ = hackmd_tags("###### Tags: 정규화, 최적화\n", "n.md", lambda at: 1, str)
    assert (text, tags) == ("\n", ("정규화", "최적화"))
    heading = "## Tags: 태그 붙이는 규칙\n"  # a heading of the note, in HackMD too: only an h6 lists tags
    assert hackmd_tags(heading, "n.md", lambda at: 1, str)[:2] == (heading, ())


def test_a_spoiler_under_a_list_item_is_a_folded_box_of_that_item():
    """HackMD folds a `:::spoiler` written under an item's text, code and all; here it was text around the code."""
    from hooks.kb.posts.admonitions import directive_boxes

    text = "* 학습률을 바꿔 본다\n    :::spoiler 설정\n    \x020\x03\n\n\n    :::\n    결과는 나빴다.\n\n1. 답\n   :::info\n   3이다\n   :::\n"
    boxed, problems = directive_boxes(text, "n.md", lambda at: 1)
    assert boxed.split("\n") == [
        "* 학습률을 바꿔 본다", "", '    ??? note "설정"', "        \x020\x03", "", "", "    결과는 나빴다.",
        "", "1. 답", "", '   !!! info "정보"', "       3이다", "",
    ]  # fmt: skip
    assert len(problems) == 2
    # less deep than the item's text: a box of the note's own, after the list
    assert directive_boxes("- 항목\n\n :::tip\n 내용\n :::\n", "n.md", lambda at: 1)[0].startswith('- 항목\n\n<div class="admonition tip"')
    # a box's closing line at the margin closes the note's box, not an unknown block opened in an item inside it
    outer = ":::tip\n- 항목\n    ::: {.column}\n    글\n:::\n"
    assert directive_boxes(outer, "n.md", lambda at: 1)[0].startswith('<div class="admonition tip"')
    # four spaces in outside a list item: an indented code block's text, not a box
    code = "본문\n\n    :::spoiler 설정\n    내용\n    :::\n"
    assert directive_boxes(code, "n.md", lambda at: 1) == (code, [])


def test_a_hackmd_alert_is_a_box_of_its_colour_titled_by_nothing():
    """HackMD draws `:::info` as a coloured box with no title; here it was titled 정보 over the note's own heading."""
    from hooks.kb.posts.admonitions import directive_boxes

    text = ":::info\n#### 목차\n:::\n\n:::warning 주의할 점\n내용\n:::\n"
    boxed, _ = directive_boxes(text, "n.md", lambda at: 1, hackmd=True)
    assert boxed.startswith('<div class="admonition info" markdown="1">\n#### 목차\n</div>')
    assert '<p class="admonition-title" markdown="span">주의할 점</p>' in boxed  # a title written stays
    assert "정보" in directive_boxes(text, "n.md", lambda at: 1)[0]  # Docusaurus' and VuePress' boxes: titled
    item = "- 항목\n    :::success\n    좋다\n    :::\n"
    assert '    !!! success ""' in directive_boxes(item, "n.md", lambda at: 1, hackmd=True)[0]


def test_a_box_titled_by_nothing_is_tinted_in_its_colour():
    """Its border alone was faint: HackMD fills its alerts, GitBook its hints."""
    from pathlib import Path

    css = (Path(__file__).parents[2] / "overrides/assets/stylesheets/kb.css").read_text(encoding="utf-8")
    for kind in ("info", "success", "warning", "danger"):
        assert f".md-typeset .admonition.{kind}:not(:has(> .admonition-title)) {{ background-color:" in css


def test_a_jekyll_post_drafted_in_hackmd_is_read_as_its_blog_drew_it():
    """kramdown drew the post: its lines joined, `++` and `^` as written, whatever HackMD marks it carries."""
    from hooks.kb.posts.ingest import read_note

    source = (
        "---\nlayout: post\ntitle: 피어세션\n---\n\n![](https://hackmd.io/_uploads/rJx1.png)\n\n"
        "모멘텀은 관성처럼\n기울기를 누적한다. 2^n^ 과 ++i++\n"
    )
    jekyll, _ = read_note("notes/_posts/2021-08-10-peer.md", source.encode())
    assert "관성처럼\n기울기를" in jekyll.body and "2^n^ 과 ++i++" in jekyll.body
    hackmd, _ = read_note("notes/peer.md", source.encode())
    assert "관성처럼  \n기울기를" in hackmd.body and "2<sup>n</sup>" in hackmd.body
