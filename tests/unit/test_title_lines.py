"""What the 노트 상태 page says of a note's title when its front-matter gives none.

A note without front-matter (a GitHub study repository, Typora, Obsidian, a Notion export) is titled as those
show it: by its only `# ` heading, or by a file name written as a title (`RNN과 LSTM 정리.md`, one word such as
`경사하강법.md`). Nothing is said of it. What is still said: a title taken from the first of several `# `
headings (it may be the note's first section), a slug, a number or an editor's placeholder for a name
(`day2_bert.md`, `0810.md`, `README.md`, `Untitled.md`: no title anywhere), and any note with front-matter but no
`title` in it."""

import pytest

from hooks.kb.pages.messages import korean
from hooks.kb.posts.ingest import read_note

FRONT = "---\ntags: [study]\n---\n"


def _title_lines(path: str, text: str) -> list[tuple[str, str, str]]:
    note, problems = read_note(path, text.encode())
    return [(p.level, p.what, p.done) for p in problems if p.what.startswith("no title in front-matter")]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("notes/Week15/Day5_관계_추출_데이터_구축_실습.md", "# 관계 추출 데이터 구축 실습\n\n## 과제 정의\n\n내용\n"),
        ("notes/README.md", "# BoostCamp-AITech\n\n## Level 1\n\n| Day | Topic |\n| --- | --- |\n"),
        ("notes/week.md", "Week 3 (11/20 ~ 11/24)\n===\n\n본문\n"),
        ("notes/1주차/경사하강법.md", "## 미분\n\n변수의 움직임에 따른 함수값의 변화\n"),
        ("notes/4주차/CNN.md", "## Convolution\n\n커널\n"),
        ("notes/RNN과 LSTM 정리.md", "RNN은 순서가 있는 데이터를 다룬다.\n"),
        ("notes/5주차/3. Docker.md", "# 목차\n\n- [개요](#1-개요)\n\n# 1. 개요\n\n가상화\n"),
        ("notes/4주차/CNN.md", "# 목차\n\n1. [Convolution](#1-convolution)\n\n# 1. Convolution\n\n커널\n"),
    ],
    ids=["heading", "readme", "setext", "korean-word", "one-word", "spaced-name", "contents-spaced", "contents-word"],
)
def test_a_note_without_front_matter_titled_as_github_shows_it_gets_no_line(path, text):
    assert _title_lines(path, text) == []


@pytest.mark.parametrize(
    ("path", "text", "severity"),
    [
        ("notes/Week9/Day2_BERT.md", "## BERT 언어모델\n\n**BERT모델을 소개합니다.**\n", "warning"),
        ("notes/week2/0810.md", "## data augmentation\n\n- Generalization\n", "warning"),
        ("notes/2021-08-10-no-title-here.md", "- just a list\n", "warning"),
        ("notes/rnn.md", FRONT + "RNN은 순서가 있는 데이터를 다룬다.\n", "warning"),
        ("notes/RNN과 LSTM 정리.md", FRONT + "RNN은 순서가 있는 데이터를 다룬다.\n", "info"),
        ("notes/repo/week2/README.md", "## 2주차\n\n- 6일차\n", "warning"),
        ("notes/Untitled.md", "메모\n", "warning"),
        ("notes/제목 없음.md", "메모\n", "warning"),
        ("notes/malformed/empty.md", "", "warning"),  # an empty file: its name is all it has
    ],
    ids=["underscore-slug", "number", "dated-slug", "front-matter-word", "front-matter-spaced", "readme", "untitled",
         "제목-없음", "empty-file"],
)
def test_a_note_with_no_title_anywhere_still_gets_its_line(path, text, severity):
    assert [line[0] for line in _title_lines(path, text)] == [severity]


def test_a_note_with_front_matter_but_no_title_is_told_its_heading_is_the_title():
    assert _title_lines("notes/week.md", FRONT + "# Week 3\n\n본문\n") == [
        ("info", "no title in front-matter", "the first '# ' heading is the title")
    ]


def test_a_title_taken_from_the_first_of_several_h1_sections_is_said_with_their_number():
    text = "추가 참고 자료 : https://example.com/cf\n# Collaborative Filtering 개념\n- 평점 예측\n\n# 1. Memory-based CF\n\n# 2. Model-based CF\n"
    note, problems = read_note("notes/RecSys/Collaborative_Filtering.md", text.encode())
    assert note.title == "Collaborative Filtering 개념"
    (problem,) = [p for p in problems if p.what == "no title in front-matter"]
    assert (problem.level, problem.line) == ("info", 2)
    assert problem.done == "the first of 3 '# ' headings is the title, the others its sections"
    assert "'# ' 제목 줄 3개 중 첫 줄을 제목으로, 나머지를 그 아래 절로 씁니다" in korean(problem)


def test_a_notion_export_titled_by_its_first_h1_gets_no_line_though_it_has_more():
    text = "# Deep Learning with Fastai\n\nCreated: Jul 11, 2020 2:05 AM\n\n# Introduction\n\n본문\n"
    assert _title_lines("notes/Deep Learning with Fastai 2e5e30bef5414a7081e343ce47412d41.md", text) == []
