"""A title read from a note's first heading is the text that heading shows (`hooks/kb/posts/titles.py`)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.note import Note
from hooks.kb.posts.titles import heading_title, told_apart


@pytest.mark.parametrize(
    ("heading", "title", "figures"),
    [
        ("CNN 정리", "CNN 정리", ""),
        ("`nn.Module` 상속하기", "nn.Module 상속하기", ""),
        ("**Transformer** 와 *Attention*", "Transformer 와 Attention", ""),
        ("[CS231n](https://cs231n.github.io) 3강 정리", "CS231n 3강 정리", ""),
        ("~~틀린~~ 고친 제목", "틀린 고친 제목", ""),
        ("snake_case_var 와 __init__ 메서드", "snake_case_var 와 init 메서드", ""),
        ("`__init__` 메서드", "__init__ 메서드", ""),  # code is shown as written
        ("가격 \\* 수량", "가격 * 수량", ""),
        (
            "Boostcamp AI Tech [![Hits](https://hits.seeyoufarm.com/api/badge.svg?url=a)](https://hits.seeyoufarm.com)",
            "Boostcamp AI Tech",
            "[![Hits](https://hits.seeyoufarm.com/api/badge.svg?url=a)](https://hits.seeyoufarm.com)",
        ),
        ('RNN <img src="https://a.com/rnn.png" width=20>', "RNN", '<img src="https://a.com/rnn.png" width=20>'),
        (
            '<a href="https://x.com"><img src="logo.png"></a> 스터디',
            "스터디",
            '<a href="https://x.com"><img src="logo.png"></a>',
        ),
        ("![logo](logo.png)", "", "![logo](logo.png)"),  # a heading of figures alone names nothing
        ("<span style='color:red'>빨간</span> 제목", "빨간 제목", ""),
        ("<!-- fit -->Batch Normalization 발표", "Batch Normalization 발표", ""),  # a Marp deck's fitted title
        ("CNN 정리 <!-- TODO: 그림 -->", "CNN 정리", ""),
    ],
)
def test_heading_title(heading, title, figures):
    assert heading_title(heading) == (title, figures)


def test_a_missing_figure_in_the_first_heading_is_no_part_of_the_title():
    """The placeholder of a figure not found says what the site says ("이미지 없음: 로고"), not the heading:
    it stays on the heading's line, and the title is the heading's words."""
    from hooks.kb.posts.ingest import read_note

    note, _ = read_note("notes/a.md", "# CNN 정리 ![로고](missing.png)\n\n본문\n".encode())
    assert note.title == "CNN 정리"
    assert note.body.startswith('<span class="kb-missing-image"')
    assert "이미지 없음: 로고" in note.body

    alone, _ = read_note("notes/a.md", "# ![로고](missing.png)\n\n본문\n".encode())
    assert "이미지 없음" not in alone.title


def _note(path: str, title: str, body: str, given: bool = False) -> Note:
    return Note(path, title, body, f"notes/{path}/", title_given=given)


def test_notes_sharing_a_heading_s_title_are_told_apart_by_the_heading_their_text_opens_with():
    notes = [
        _note("a/Numpy.md", "Numpy", "\n## 목차\n\n* [배열](./01.md)\n"),  # its table of contents: stays
        _note("a/01.md", "Numpy", "\n## **배열** 만들기 ##\n\n본문\n"),
        _note("a/02.md", "numpy", "\n\n### `np.dot` 과 행렬곱\n"),  # one title whatever its case
        _note("a/03.md", "Numpy", "본문이 먼저\n\n## 나중 절\n"),  # opens with no heading: stays
        _note("a/04.md", "Numpy", "\n## Numpy\n"),  # its title again: stays
        _note("b/x.md", "회고", "\n## 1주차\n", given=True),  # titles its front-matter gave: the author's
        _note("b/y.md", "회고", "\n## 2주차\n", given=True),
        _note("c/only.md", "정리", "\n## 하나뿐\n"),  # no other note shares it
    ]
    assert told_apart(notes) == {"a/01.md": "Numpy: 배열 만들기", "a/02.md": "numpy: np.dot 과 행렬곱"}
