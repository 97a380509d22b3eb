"""Pure functions of ingest, one line per case, Korean and English side by side."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hooks.kb.pages.messages import known
from hooks.kb.posts.front_matter import KST, as_bool, as_datetime, as_list
from hooks.kb.posts.ingest import note_stem, note_url, read_note, slugify
from hooks.kb.posts.lists import reindent_lists

UTC = UTC


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-10-05 18:00:00 +0900", datetime(2022, 10, 5, 18, tzinfo=timezone(timedelta(hours=9)))),
        ("2023-01-25 09:59:55Z", datetime(2023, 1, 25, 9, 59, 55, tzinfo=UTC)),
        ("2023-01-25T09:59:55+09:00", datetime(2023, 1, 25, 9, 59, 55, tzinfo=timezone(timedelta(hours=9)))),
        ("2021-08-10", datetime(2021, 8, 10, tzinfo=KST)),
        ("2021-8-1 7:05", datetime(2021, 8, 1, 7, 5, tzinfo=KST)),
        # a 12-hour clock, as Jekyll's Time.parse reads it (a Chirpy blog's `date: 2022-03-16 05:00:00 PM`)
        ("2022-03-16 05:00:00 PM", datetime(2022, 3, 16, 17, tzinfo=KST)),
        ("2022-01-18 01:32:00 AM", datetime(2022, 1, 18, 1, 32, tzinfo=KST)),
        ("2022-01-18 12:10 am", datetime(2022, 1, 18, 0, 10, tzinfo=KST)),
        ("2022-01-18 12:10 p.m.", datetime(2022, 1, 18, 12, 10, tzinfo=KST)),
        ("2022-01-18 07:00 PM +0900", datetime(2022, 1, 18, 19, tzinfo=timezone(timedelta(hours=9)))),
        ("2022-01-18 17:00 PM", None),
        ("2023-13-45", None),
        ("어제", None),
        (12345, None),
    ],
)
def test_as_datetime(value, expected):
    assert as_datetime(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("AI boostcourse", ("AI", "boostcourse")),  # Jekyll: two categories
        ("딥러닝, 자연어 처리", ("딥러닝", "자연어 처리")),
        (["Boostcamp AI Tech 4기"], ("Boostcamp AI Tech 4기",)),
        (["NLP", "NLP", None, ""], ("NLP",)),
        (3, ("3",)),
        (None, ()),
    ],
)
def test_as_list(value, expected):
    assert as_list(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(True, True), ("false", False), ("no", False), ("maybe", None)]
)
def test_as_bool(value, expected):
    assert as_bool(value) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Boostcamp 12days", "boostcamp-12days"),
        ("[네이버 부스트 캠프] AI-Tech-re - week2(5)", "네이버-부스트-캠프-ai-tech-re-week2-5"),
        ("CNN 정리!!", "cnn-정리"),
        ("???", ""),
    ],
)
def test_slugify(title, expected):
    assert slugify(title) == expected


def test_note_url_from_date_and_title_without_repeating_the_date():
    day = datetime(2023, 8, 2, tzinfo=KST)
    assert note_url("notes/x.md", "2023-08-02 TIL", day) == "notes/2023-08-02-til/"
    assert note_url("notes/til.md", "???", None) == "notes/til/"
    assert note_url("notes/til.md", "???", day) == "notes/2023-08-02-til/"


@pytest.mark.parametrize(
    ("path", "title", "url"),
    [
        ("notes/g/journals/2023_08_02.md", "2023-08-02", "notes/2023-08-02/"),  # a Logseq journal
        ("notes/daily/2023-08-02.md", "2023-08-02", "notes/2023-08-02/"),  # a daily note
        ("notes/daily/회고.md", "2023-08-02", "notes/2023-08-02-회고/"),
    ],
)
def test_a_note_titled_by_its_date_alone_is_addressed_by_it_once(path, title, url):
    assert note_url(path, title, datetime(2023, 8, 2, tzinfo=KST)) == url


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("notes/_posts/DL/2021-08-10-rnn.md", "RNN 정리"),
        ("notes/_posts/DL/2021-08-10-rnn.md", "RNN 정리 (고침)"),  # an edited title keeps the URL
        ("notes/2021-08-10-rnn.markdown", "???"),
    ],
)
def test_a_jekyll_file_name_gives_the_url_as_jekyll_does(path, title):
    day = datetime(2021, 9, 1, tzinfo=KST)  # the front-matter's date does not move it either
    assert note_url(path, title, day) == note_url(path, title, None) == "notes/2021-08-10-rnn/"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("- a\n  - b\n    - c\n", "- a\n    - b\n        - c\n"),  # kramdown two-space nesting
        ("- a\n    - b\n", "- a\n    - b\n"),  # already four spaces: unchanged
        # outside every list, four spaces after a blank line are an indented code block, dashes and all, to
        # kramdown, GitHub and Python-Markdown: left as written, not made a list no renderer showed
        ("**Label**\n\n    - 하나\n    - 둘\n\n본문\n", "**Label**\n\n    - 하나\n    - 둘\n\n본문\n"),
        ("    x = 1\n\n    - y\n", "    x = 1\n\n    - y\n"),  # a blank line inside the code keeps it code
        ("    - 코드\n- 항목\n  - 하위\n", "    - 코드\n\n- 항목\n    - 하위\n"),  # a list after it is a list
        ("1. one\n   - sub\n", "1. one\n    - sub\n"),  # under `1. ` the content column is 3
        ("text\n- a\n", "text\n\n- a\n"),  # a list right after a paragraph
        ("- a\n## 제목\n", "- a\n\n## 제목\n"),  # a heading ends the list
        ("- a\n\n  문단\n", "- a\n\n    문단\n"),  # continuation paragraph
        # an item right under an item's second paragraph, or under a lazy line when the kind changes: a blank
        # line before it, for Python-Markdown read it as a line of that paragraph ("둘째 문단 - b")
        ("- a\n\n  둘째 문단\n- b\n", "- a\n\n    둘째 문단\n\n- b\n"),
        ("- a\n  - b\n\n    b의 문단\n  - c\n", "- a\n    - b\n\n        b의 문단\n\n    - c\n"),
        ("1. 하나\n2. 둘\n이어진 줄\n - 점\n", "1. 하나\n2. 둘\n    이어진 줄\n\n- 점\n"),
        ("- a\n이어진 줄\n- b\n", "- a\n    이어진 줄\n- b\n"),  # the same kind under a lazy line: as it was
        # under a code block after the item's text: the code and the items after it had run into one paragraph
        ("- a\n\n  ```python\n  x = 1\n  ```\n- b\n", "- a\n\n    ```python\n    x = 1\n    ```\n\n- b\n"),
        ("문단\n  들여쓴 줄\n", "문단\n  들여쓴 줄\n"),  # no list: untouched
        ("> **요약**\n> - a\n> - b\n", "> **요약**\n>\n> - a\n> - b\n"),  # a list after a quote's text
        ("> - a\n>   - b\n", "> - a\n>     - b\n"),  # two-space nesting inside a quote
        ("> 1. one\n>    - sub\n> 2. two\n", "> 1. one\n>     - sub\n> 2. two\n"),
        ("> > - a\n> >   - b\n", "> > - a\n> >     - b\n"),  # a quote in a quote
        (">인용\n>둘째 줄\n", ">인용\n>둘째 줄\n"),  # no list in the quote: as written
        # a quote under an item's text (kramdown's GFM and CommonMark start one there) at the margin, where
        # Python-Markdown reads `>` in the item's text as a quote (indented, it was text); its list nested
        ("- a\n  > 항목 안 인용\n  - b\n", "- a\n> 항목 안 인용\n    - b\n"),
        (
            "1. 변환\n   - 예\n     > - $\\log$ 의 접선\n     >   - 절편\n     >\n     > $$y$$\n   - 끝\n",
            "1. 변환\n    - 예\n> - $\\log$ 의 접선\n>     - 절편\n>\n> $$y$$\n    - 끝\n",
        ),
        ("- a\n\n  > 인용\n", "- a\n\n    > 인용\n"),  # after a blank line, as before
        ("- a\n> 인용\n", "- a\n\n> 인용\n"),  # a quote ends the list
        (  # a Material box's list is nested inside the box
            '!!! note "정리"\n    목록:\n\n    1. 하나\n       - 아래\n    2. 둘\n',
            '!!! note "정리"\n    목록:\n\n    1. 하나\n        - 아래\n    2. 둘\n',
        ),
        ("- a\n  - b\n\n??? tip\n    - x\n      - y\n", "- a\n    - b\n\n??? tip\n    - x\n        - y\n"),
        ("!!! note\n    글\n\n본문\n", "!!! note\n    글\n\n본문\n"),  # no list in the box: as written
    ],
)
def test_reindent_lists(source, expected):
    assert reindent_lists(source) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_read_note_never_raises_on_bytes(raw):
    note, problems = read_note("notes/fuzz.md", raw)
    assert note is not None or problems


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("-\n:#$`{}%[]* \tab가나!<>h1/=") + ["---\n", "{% raw %}", "```", "  - "]),
        max_size=200,
    )
)
def test_read_note_never_raises_on_markdownish_text(pieces):
    note, _ = read_note("notes/fuzz.md", "".join(pieces).encode())
    assert note is not None and note.title


@pytest.mark.parametrize(
    "block",
    [
        "{{< katex display >}}\nx^2\n{{< /katex >}}",
        "{{< hint info >}}\n상자\n{{< /hint >}}",
        "{{< highlight python >}}\ny = 1\n{{< /highlight >}}",
        "{% note info %}\n상자\n{% endnote %}",
        "{% codeblock lang:python %}\ny = 1\n{% endcodeblock %}",
    ],
)
def test_a_hugo_or_hexo_block_keeps_the_line_numbers_below_it(block):
    source = f"+++\ntitle = 't'\n+++\n앞 문단\n{block}\n![없는 그림](none.png)\n"
    _, problems = read_note("notes/a.md", source.encode())
    image_line = source.split("\n").index("![없는 그림](none.png)") + 1
    assert [p.line for p in problems if "not found" in p.what] == [image_line]


@pytest.mark.parametrize(
    ("path", "stem"),
    [
        ("notes/blog/content/post/2020-07-25-r-markdown-연습.ko.markdown", "2020-07-25-r-markdown-연습"),  # Hugo's Korean page
        ("notes/blog/content/post/attention.en-us.md", "attention"),
        ("notes/blog/content/post/model.v2.md", "model.v2"),  # no language: kept
        ("notes/blog/_posts/2021-01-01-bert.ko.md", "2021-01-01-bert.ko"),  # not Hugo's: Jekyll keeps the name
        ("notes/blog/content/blog/vae/index.mdx", "index"),
        ("notes/matrix/examples.tex.md", "examples"),  # readme2tex's source of `examples.md`: that note's name
    ],
)
def test_a_hugo_pages_language_is_not_part_of_its_name(path, stem):
    assert note_stem(path) == stem


# Keras 3's progress line, as nbconvert writes a cell's output into the Markdown: coloured by terminal codes
_PREDICTED = "    \x1b[1m1/1\x1b[0m \x1b[32m━━━━━━━━━━━━━━━━━━━━\x1b[0m\x1b[37m\x1b[0m \x1b[1m0s\x1b[0m 21ms/step\n"


def test_a_notebook_s_terminal_colours_are_not_shown_as_codes():
    raw = f"# 모델 학습\n\n```python\nmodel.predict(x)\n```\n\n{_PREDICTED}\n    \x1b[0;31mValueError\x1b[0m: 입력 크기\n"
    note, _ = read_note("notes/학습.md", raw.encode())
    assert "\x1b" not in note.body and "[1m" not in note.body and "[0;31m" not in note.body
    assert "    1/1 ━━━━━━━━━━━━━━━━━━━━ 0s 21ms/step\n" in note.body and "ValueError: 입력 크기" in note.body



@pytest.mark.parametrize(
    ("path", "a_list"),
    [
        ("notes/blog/_posts/2023-01-02-terms.md", True),  # Jekyll: kramdown's definition list
        ("notes/blog/_drafts/terms.md", True),
        ("notes/site/content/posts/terms.md", True),  # Hugo: goldmark's
        ("notes/TIL/용어.md", False),  # GitHub: the lines as text
        ("notes/vault/용어.md", False),  # Obsidian, Typora, Notion
    ],
)
def test_a_term_and_its_definition_line_are_a_definition_list_only_where_the_blog_drew_one(path, a_list):
    source = "---\ntitle: 용어\n---\n\nEpoch\n: 전체 데이터를 한 번 보는 것\n"
    note, problems = read_note(path, source.encode())
    assert ("\n: 전체" in note.body) is a_list and ("\n&#58; 전체" in note.body) is not a_list
    said = [p for p in problems if "': '" in p.what]
    assert len(said) == (0 if a_list else 1) and all(known(p) for p in said)  # in Korean on the 노트 상태 page


@pytest.mark.parametrize("path", ["notes/blog/_posts/2018-10-18-probability.md", "notes/site/content/posts/probability.md"])
def test_a_definitions_lazy_line_stays_in_it_before_another_definition_of_its_term(path):
    """kramdown and goldmark keep a definition's text going on at the margin in that definition, and a `: `
    line after it is the term's next definition; Python-Markdown read the lines from the lazy one on as a
    list nested in the first definition, its terms the definition's own lines."""
    source = (
        "---\ntitle: 확률\n---\n\n*결합 확률*\n: 두 사건이 동시에 일어날 확률로, 사건 A와 B에 대해\n"
        "결합 확률은 P(A, B)로 쓴다.\n: 예) 빨간 카드이면서 4일 확률은 1/26\n\n*조건부 확률*\n: B일 때 A일 확률\n"
    )
    note, _ = read_note(path, source.encode())
    html = markdown.markdown(note.body, extensions=["def_list"])
    assert "<dl>" not in html.split("<dd>", 1)[1].split("</dd>", 1)[0]  # no list nested in the definition
    assert html.count("<dt>") == 2 and html.count("<dd>") == 3
    assert re.search(r"<dd>두 사건이 동시에 일어날 확률로, 사건 A와 B에 대해\s+결합 확률은 P\(A, B\)로 쓴다\.</dd>", html)


@pytest.mark.parametrize(
    ("fence", "kind"),
    [
        ("```mermaid\ngraph LR\n    A[데이터] --> B[모델]\n```", "mermaid"),  # Chirpy's `mermaid: true`
        ("~~~ Mermaid\nsequenceDiagram\n~~~", "mermaid"),
        ("```flow\nst=>start: 시작\n```", "flow"),  # Typora's and Hexo's flowchart.js
        ("```plantuml\n@startuml\n@enduml\n```", "plantuml"),
    ],
)
def test_a_diagram_drawn_from_text_is_told_with_its_line_not_lost_silently(fence, kind):
    source = f"---\ntitle: 흐름\nmermaid: true\n---\n\n## 학습 흐름\n\n{fence}\n"
    note, problems = read_note("notes/flow.md", source.encode())
    told = [p for p in problems if "diagram" in p.what]
    assert [(p.line, p.level) for p in told] == [(8, "warning")]
    assert kind in told[0].what and told[0].done == "shown as its source" and known(told[0])
    assert fence.split("\n")[1] in note.body  # the source stays, as a code block


def test_a_diagram_fence_shown_inside_another_code_block_is_that_blocks_text():
    source = "# 쓰는 법\n\n````markdown\n```mermaid\ngraph LR\n```\n````\n\n```python\nflow = 1\n```\n"
    _, problems = read_note("notes/how.md", source.encode())
    assert not [p for p in problems if "diagram" in p.what]


@pytest.mark.parametrize(
    ("cover", "image"),
    [
        ("/assets/img/graph.png", {"path": "/assets/img/graph.png", "alt": ""}),
        (["/assets/img/a.jpg", "/assets/img/b.jpg"], {"path": "/assets/img/a.jpg", "alt": ""}),  # one at random: the first
        ([{"/assets/img/a.jpg": "서울의 밤"}], {"path": "/assets/img/a.jpg", "alt": "서울의 밤"}),
        ([], None),
        ({"x": 1, "y": 2}, None),
    ],
)
def test_beautiful_jekylls_cover_image_is_the_notes_cover(cover, image):
    from hooks.kb.posts.front_matter import fold_aliases

    fields = fold_aliases({"title": "t", "cover-img": cover}, "notes/x.md", {}, [])
    assert fields.get("image") == image


@pytest.mark.parametrize(
    ("cover", "image"),
    [
        (  # PaperMod: the alt, or the caption, which shows under the picture
            {"image": "images/graphrag.png", "alt": "구조", "caption": "GraphRAG 파이프라인"},
            {"path": "images/graphrag.png", "alt": "구조", "caption": "GraphRAG 파이프라인"},
        ),
        ({"image": "cover.jpg", "caption": "파이프라인"}, {"path": "cover.jpg", "alt": "파이프라인", "caption": "파이프라인"}),
        ({"image": "cover.jpg", "hidden": True}, None),  # hidden on the post's page
        ({"image": "cover.jpg", "hiddenInSingle": "true"}, None),
        ({"image": "cover.jpg", "hiddenInList": True}, {"path": "cover.jpg", "alt": "", "caption": ""}),  # lists only
        ({"image": "", "alt": "x"}, None),
        ("/img/cover.png", {"path": "/img/cover.png", "alt": ""}),  # Butterfly, jasper: a path alone
        (False, None),
    ],
)
def test_a_posts_cover_is_its_cover_image_unless_its_blog_hid_it(cover, image):
    from hooks.kb.posts.front_matter import fold_aliases

    problems = []
    fields = fold_aliases({"title": "t", "cover": cover}, "notes/site/content/posts/x.md", {"cover": 4}, problems)
    assert fields.get("image") == image
    assert [p.line for p in problems if "cover" in p.what] == [4]  # read, hidden or unused: one line, at its key


def test_a_hugo_posts_cover_shows_above_its_text_with_its_caption():
    from hooks.kb.posts.images import ImageIndex, banner_html

    src = "notes/site/content/posts/graphrag.md"
    source = '---\ntitle: GraphRAG\ncover:\n  image: "images/graphrag.png"\n  caption: "GraphRAG <파이프라인>"\n---\n본문\n'
    images = ImageIndex.of(["notes/site/static/images/graphrag.png"])
    note, problems = read_note(src, source.encode(), images)
    assert banner_html(note.banner) == (
        '<figure class="kb-banner"><img src="kb-docs:notes/site/static/images/graphrag.png" alt="GraphRAG &lt;파이프라인&gt;">'
        "<figcaption>GraphRAG &lt;파이프라인&gt;</figcaption></figure>"
    )
    assert [p.line for p in problems if "cover" in p.what] == [3]


@pytest.mark.parametrize(
    ("path", "shown"),
    [  # kramdown makes a heading of text only: `#` alone is a paragraph there; CommonMark's empty heading shows nothing
        ("notes/blog/_posts/2021-08-10-fcn.md", "앞 문단\n\n&#35;\n\n## 구조\n\n> &#35;&#35;\n"),
        ("notes/site/content/posts/fcn.md", "앞 문단\n\n\n\n## 구조\n\n> \n"),
        ("notes/fcn.md", "앞 문단\n\n\n\n## 구조\n\n> \n"),
    ],
)
def test_a_line_of_only_hashes_is_what_its_blog_showed(path, shown):
    source = "---\ntitle: FCN\n---\n앞 문단\n\n#\n\n## 구조\n\n> ## \n"
    note, problems = read_note(path, source.encode())
    assert note.body == shown
    assert [(p.line, p.level) for p in problems if "only '#" in p.what] == [(6, "info"), (10, "info")]
