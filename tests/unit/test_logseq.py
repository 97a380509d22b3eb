"""A Logseq page read as Logseq shows it (hooks/kb/posts/logseq.py): recognized by its own marks only, its
properties as front-matter or hidden, its outline as nested lists, line for line."""

from __future__ import annotations

import pytest

from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.logseq import graph_copies, has_logseq_marks, page_title, read_page
from hooks.kb.posts.logseq_links import link_pages_by_name, resolve_block_refs


@pytest.mark.parametrize(
    ("text", "logseq"),
    [
        ("title:: 역전파\n\n- 연쇄 법칙\n", True),  # page properties at the top
        ("- 경사 하강법\n  collapsed:: true\n\t- 학습률\n", True),  # a block's property under its bullet
        ("- Gradient descent\n  id:: 6512a3f0-1111-4222-8333-444455556666\n", True),
        ("- 위의 식은 ((6512a3f0-1111-4222-8333-444455556666))와 같다\n", True),  # a block reference
        ("# 역전파\n\n- 연쇄 법칙\n\t- 미분\n", False),  # tab-indented bullets alone: any editor writes them
        ("---\ntitle: x\n---\n\nkey:: value\n", False),  # front-matter: a blog post
        ("C++의 std::vector는 배열이다.\n", False),
        ("- 범위 연산자 `a::b`\n", False),
        ("Dataview 필드:\n\n회의:: 월요일\n", False),  # a property under a paragraph, not under a bullet
        # Dataview's fields atop an Obsidian note: the note is no outline (a heading, paragraphs at the margin)
        ("up:: [[딥러닝 MOC]]\nstatus:: 정리중\n\n# CNN 정리\n\n합성곱 신경망은 ...\n", False),
        ("std::vector 정리\n\n벡터는 ...\n", False),  # C++'s scope, no space after the `::`
        ("- 선언\n  std::vector<int> v;\n", False),
        ("- 주소\n  fe80::1\n", False),
        ("Note:: this is a readme\n\n본문 문단\n", False),
        # a heading block Logseq wrote without its bullet, its property and children indented under it
        ("# 원리\ncollapsed:: true\n\t- 지식은 분류할 수 있다\n\t  card-repeats:: 1\n", True),
        # Dataview's fields over a heading and a list at the margin: an Obsidian note's shape
        ("up:: [[MOC]]\n\n# CNN\n\n- 합성곱\n- 풀링\n", False),
        # a reference-shaped id in code is code
        ("# UUID 정리\n\n```sql\nSELECT * WHERE id IN ((6512a3f0-1111-4222-8333-444455556666));\n```\n", False),
    ],
)
def test_a_logseq_page_is_known_by_its_own_marks(text, logseq):
    assert has_logseq_marks(text) is logseq


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("notes/g/pages/딥러닝___CNN.md", "딥러닝/CNN"),
        ("notes/g/pages/ML%2FLoss.md", "ML/Loss"),
        ("notes/g/pages/Why Paulis%3F.md", "Why Paulis?"),
        ("notes/g/pages/Backprop.md", "Backprop"),
    ],
)
def test_a_namespaced_file_name_is_the_pages_name(path, title):
    assert page_title(path) == title


def _page(text: str, path: str = "notes/g/pages/p.md"):
    page, problems = read_page(text, path)
    assert page.text.count("\n") - len(page.added) == text.count("\n")  # every line keeps its number
    return page, problems


def test_page_properties_are_its_title_tags_and_date_and_others_are_listed():
    page, problems = _page(
        "title:: 역전파 정리\ntags:: [[딥러닝]], #미분\nalias:: BP\ncreated:: 2023-03-02\ndeck:: AI\n\n- 본문\n"
    )
    assert page.fields == {
        "title": "역전파 정리",
        "tags": ["딥러닝", "미분"],
        "aliases": ["BP"],
        "date": "2023-03-02",
    }
    assert page.text.split("\n")[:6] == ["<!-- title:: 역전파 정리 -->", "", "<!-- alias:: BP -->", "", "", ""]
    assert [p.what for p in problems] == ["Logseq page property 'deck:: AI'"]


def test_a_journal_is_dated_by_its_file_name():
    page, _ = _page("- 오늘 배운 것\n", "notes/g/journals/2023_03_02.md")
    assert page.fields["date"] == "2023-03-02" and page.fields["title"] == "2023-03-02"


def test_the_tab_outline_is_nested_by_two_spaces_and_hidden_properties_are_one_comment():
    page, _ = _page(
        "- 손실 함수\n  collapsed:: true\n  id:: 6512a3f0-1111-4222-8333-444455556666\n\t- MSE\n\t\t- 회귀\n"
    )
    assert page.text.split("\n") == [
        "- 손실 함수",
        "    <!-- collapsed:: true",
        "    id:: 6512a3f0-1111-4222-8333-444455556666 -->",
        "  - MSE",
        "    - 회귀",
        "",
    ]


def test_an_authors_block_property_is_listed_and_an_empty_block_is_no_heading_underline():
    page, _ = _page("- 논문\n  저자:: Vaswani\n-\n")
    assert page.text.split("\n") == ["- 논문", "  **저자**: Vaswani", "- <!---->", ""]


def test_a_fence_opening_a_block_goes_on_a_line_of_its_own_under_its_bullet():
    page, _ = _page("- 코드\n\t- ```python\n\t  x = 1\n\t\tif x:\n\t  ```\n")
    assert page.text.split("\n")[1:6] == ["  - <!---->", "    ```python", "    x = 1", "  \tif x:", "    ```"]
    assert page.added == (3,)


def test_tasks_images_macros_and_tags_as_logseq_draws_them():
    page, problems = _page(
        "- TODO 과제 제출\n- DONE 복습\n- ![구조](../assets/a.png){:height 300, :width 400}\n"
        "- {{youtube https://youtu.be/x}}\n- {{renderer :tocgen}}\n- #[[선형 대수]] 정리\n- #card 질문\n"
        "- [[딥러닝/CNN]] 참고\n- 빈칸 {{c1 정답}}\n- {{embed [[역전파]]}}\n"
    )
    assert page.text.split("\n")[:10] == [
        "- [ ] 과제 제출",
        "- [x] 복습",
        "- ![구조|400](../assets/a.png)",
        "- <https://youtu.be/x>",
        "- ",
        "- [[선형 대수|#선형 대수]] 정리",
        "- \\#card 질문",
        "- [[딥러닝/CNN]] 참고",
        "- 빈칸 정답",
        "- ![[역전파]]",  # an embed: the page's blocks, once every page is read (`wikilinks.py`)
    ]
    assert {p.what for p in problems} == {"Logseq macro '{{renderer :tocgen}}'"}


def test_a_tasks_scheduled_and_deadline_lines_are_a_small_date_line():
    page, problems = _page(
        "- TODO 과제 제출\n  SCHEDULED: <2024-01-01 Mon>\n\t- DONE 복습\n\t  DEADLINE: <2024-01-02 Tue 18:00>\n"
        "- 본문에 SCHEDULED: <2024-01-01 Mon> 라고 쓰면 글이다\n- ```\n  SCHEDULED: <2024-01-03 Wed>\n  ```\n"
    )
    lines = page.text.split("\n")
    assert lines[1] == '  <small class="kb-task-date">예정 <time datetime="2024-01-01">2024-01-01 Mon</time></small>'
    assert lines[3] == '    <small class="kb-task-date">마감 <time datetime="2024-01-02">2024-01-02 Tue 18:00</time></small>'
    assert lines[4] == "- 본문에 SCHEDULED: <2024-01-01 Mon> 라고 쓰면 글이다"  # in a sentence: text
    assert "  SCHEDULED: <2024-01-03 Wed>" in lines  # in code: code
    assert problems == []


def test_quote_and_note_blocks_are_a_quote_and_a_box():
    page, _ = _page("- 인용\n  #+BEGIN_QUOTE\n  원문\n  #+END_QUOTE\n- #+BEGIN_NOTE\n  주의\n  #+END_NOTE\n")
    assert page.text.split("\n")[:7] == [
        "- 인용",
        "    <!-- #+BEGIN_QUOTE -->",
        "  > 원문",
        "    <!-- #+END_QUOTE -->",
        "- !!! note",
        "      주의",
        "    <!-- #+END_NOTE -->",
    ]


def test_headings_in_blocks_move_down_a_level_under_the_pages_title():
    page, _ = _page("- # 개요\n\t- ## 세부\n")
    assert page.text.split("\n")[:2] == ["- ## 개요", "  - ### 세부"]
    page, _ = _page("- ## 세부\n")
    assert page.text.startswith("- ## 세부")


def test_block_references_show_the_blocks_text_or_a_marker_with_a_warning():
    source = "- 연쇄 법칙은 미분을 곱한다\n  id:: 6512a3f0-1111-4222-8333-444455556666\n"
    referring = "- 참고: ((6512a3f0-1111-4222-8333-444455556666))\n- 없는 블록 ((6512a3f0-1111-4222-8333-000000000000))\n"
    a, _ = read_note("notes/g/pages/연쇄 법칙.md", source.encode(), graph=True)
    b, _ = read_note("notes/g/pages/역전파.md", referring.encode(), graph=True)
    notes, problems = resolve_block_refs([a, b])
    assert "참고: 연쇄 법칙은 미분을 곱한다 [↗](" in notes[1].body
    assert "없는 블록 (참조한 블록 없음)" in notes[1].body
    assert [(p.line, p.level) for p in problems] == [(2, "warning")]
    assert notes[0] is a  # a note with no reference is left as it was


def test_an_embedded_block_is_the_block_and_its_children_in_a_box():
    source = (
        "- 연쇄 법칙\n  id:: 6512a3f0-1111-4222-8333-444455556666\n\t- 합성 함수의 미분은 곱이다\n"
        "\t- 코드 `((6512a3f0-1111-4222-8333-000000000000))`\n- 다른 블록\n"
    )
    embedding = (
        "- 정리\n\t- {{embed ((6512a3f0-1111-4222-8333-444455556666))}}\n"
        "\t- 문장 속 {{embed ((6512a3f0-1111-4222-8333-444455556666))}} 임베드\n"
    )
    a, _ = read_note("notes/g/pages/연쇄.md", source.encode(), graph=True)
    b, _ = read_note("notes/g/pages/역전파.md", embedding.encode(), graph=True)
    notes, problems = resolve_block_refs([a, b])
    lines = notes[1].body.split("\n")
    assert lines[1] == '    - !!! quote kb-embed "[연쇄](kb-docs:notes/g/pages/%EC%97%B0%EC%87%84.md)"'
    assert lines[3] == "            - 연쇄 법칙"
    assert "                - 합성 함수의 미분은 곱이다" in lines and "다른 블록" not in notes[1].body
    assert "                - 코드 `((6512a3f0-1111-4222-8333-000000000000))`" in lines  # its code as written
    assert "    - 문장 속 연쇄 법칙 [↗](kb-docs:notes/g/pages/%EC%97%B0%EC%87%84.md) 임베드" in lines
    assert problems == []


def test_a_block_reference_in_code_stays_as_written():
    source = "- 연쇄 법칙은 미분을 곱한다\n  id:: 6512a3f0-1111-4222-8333-444455556666\n"
    referring = (
        "- 참조 문법: `((6512a3f0-1111-4222-8333-444455556666))`\n"
        "- 임베드 문법: `{{embed ((6512a3f0-1111-4222-8333-000000000000))}}`\n"
        "- 예시\n\t- ```\n\t  ((6512a3f0-1111-4222-8333-444455556666))\n\t  ```\n"
    )
    a, _ = read_note("notes/g/pages/연쇄 법칙.md", source.encode(), graph=True)
    b, _ = read_note("notes/g/pages/문법.md", referring.encode(), graph=True)
    notes, problems = resolve_block_refs([a, b])
    body = notes[1].body
    assert "`((6512a3f0-1111-4222-8333-444455556666))`" in body
    assert "`{{embed ((6512a3f0-1111-4222-8333-000000000000))}}`" in body
    assert "\n        ((6512a3f0-1111-4222-8333-444455556666))\n" in body
    assert "연쇄 법칙은" not in body and "참조한 블록 없음" not in body and problems == []


def test_plain_notes_are_not_read_as_logseq():
    plain = "# 역전파\n\n- 연쇄 법칙\n\t- 미분\n\nC++의 std::vector\n"
    note, _ = read_note("notes/plain.md", plain.encode())
    assert "std::vector" in note.body and note.title == "역전파"


def test_logseqs_backups_are_copies_not_notes():
    paths = ["notes/g/pages/a.md", "notes/g/logseq/bak/pages/a/2023.md", "notes/g/logseq/version-files/x.md"]
    assert graph_copies(paths) == {"notes/g/logseq/": paths[1:]}


def test_pages_are_linked_by_their_namespace_title_and_alias_names():
    links = "- [[딥러닝/CNN]], [[convnet|합성곱 신경망]], [[Why Paulis?]], [[없는 페이지]]\n- `[[딥러닝/CNN]]`\n"
    notes = [
        read_note("notes/g/pages/딥러닝___CNN.md", "alias:: ConvNet\n\n- 합성곱\n".encode(), graph=True)[0],
        read_note("notes/g/pages/Why Paulis%3F.md", b"- x\n", graph=True)[0],
        read_note("notes/g/pages/목차.md", links.encode(), graph=True)[0],
    ]
    body = link_pages_by_name(notes)[2].body
    assert "[[딥러닝___CNN|딥러닝/CNN]], [[딥러닝___CNN|합성곱 신경망]], [[Why Paulis%3F|Why Paulis?]], [[없는 페이지]]" in body
    assert "`[[딥러닝/CNN]]`" in body  # code is never touched


def test_lines_of_a_block_around_its_hidden_properties_stay_lines_of_their_own():
    page, _ = _page("- 정리\n  id:: 6512a3f0-1111-4222-8333-444455556666\n  (i) 첫째\n")
    assert page.text.split("\n")[1:3] == ["    <!-- id:: 6512a3f0-1111-4222-8333-444455556666 -->  ", "  (i) 첫째"]
    page, _ = _page("- ## 정리\n  collapsed:: true\n  본문\n")  # under a heading: no break of its own
    assert page.text.split("\n")[1] == "    <!-- collapsed:: true -->"


def test_an_older_pages_front_matter_is_read_as_any_notes_and_its_drawers_hidden():
    text = "---\ntitle: 교차 엔트로피\nalias: CE\n---\n\n- ## 정의\n  :PROPERTIES:\n  :heading: true\n  :END:\n\t- 두 분포의 거리\n"
    note, _ = read_note("notes/g/pages/cross-entropy.md", text.encode(), graph=True)
    assert note.title == "교차 엔트로피"
    lines = note.body.split("\n")
    assert lines[0] == "- ## 정의" and lines[1] == "    <!-- :PROPERTIES:" and lines[3] == "    :END: -->"
    assert lines[4] == "    - 두 분포의 거리"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("![a](../assets/a.png){:height 300, :width 400}", "![a|400](../assets/a.png)"),
        ("![a](../assets/a.png){:width 512.5}", "![a|512](../assets/a.png)"),
        ("![a](../assets/a.png){:height 300}", "![a](../assets/a.png)"),  # no width: its own size
    ],
)
def test_an_images_logseq_size_is_applied_not_shown(written, shown):
    page, _ = _page(f"- {written}\n")
    assert page.text == f"- {shown}\n"


def test_a_page_logseq_leaves_out_of_a_published_graph_is_not_published():
    note, problems = read_note("notes/graph/pages/diary.md", "public:: false\ntitle:: 비밀 일기\n\n- 개인적인 내용\n".encode())
    assert note.draft
    assert [p.what for p in problems if "private" in p.what] == ["the post is private on its blog (public: false)"]


def test_a_macro_in_a_code_span_holding_a_backtick_stays_as_written():
    note, _ = read_note("notes/graph/pages/a.md", "title:: 코드\n\n- 예: ``a`{{embed [[x]]}}`` 끝\n".encode(), graph=True)
    assert "``a`{{embed [[x]]}}``" in note.body
