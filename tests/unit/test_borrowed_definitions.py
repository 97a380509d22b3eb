"""A passage quoted out of its note keeps what it uses of the note's definitions: reference links and images
resolved in place, the footnotes and abbreviations it uses appended; each note's footnotes scoped."""

from __future__ import annotations

import pytest
from markdown import Markdown
from pymdownx.slugs import slugify

from hooks.kb.concepts.borrowed import note_definitions, scope_footnotes, with_definitions
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.passages import PassageFinder
from tests.helpers.sitebuild import example_registry

FINDER = PassageFinder(load_concepts(example_registry()), slugify(case="lower"))
NOTE_END = """
## 참고

[paper]: https://example.org/lstm.pdf "원 논문"
[Colah]: <../blog/colah.md>
[fig]: img/lstm.png
[^belt]: 컨베이어 벨트에 비유한다.
    두 번째 줄도 각주다.

    각주의 둘째 문단.
[^unused]: 인용하지 않은 각주.

*[HTML]: Hyper Text Markup Language
*[CNN]: Convolutional Neural Network
"""


def lstm_passage(section: str) -> str:
    return next(p.markdown for p in FINDER.find("## LSTM\n\n게이트 세 개로 긴 의존성을 다루는 구조다.\n\n" + section + "\n" + NOTE_END).passages if p.concept == "lstm")


@pytest.mark.parametrize(
    ("section", "shown"),
    [
        ("LSTM은 [Hochreiter][paper]가 제안했다.", '[Hochreiter](<https://example.org/lstm.pdf> "원 논문")'),
        ("LSTM은 [Hochreiter] [PAPER]가 제안했다.", "[Hochreiter](<https://example.org/lstm.pdf>"),  # as Python-Markdown
        ("LSTM은 [Colah][]의 글로 배웠다.", "[Colah](<../blog/colah.md>)"),
        ("LSTM은 [colah]의 글로 배웠다.", "[colah](<../blog/colah.md>)"),  # a shortcut, any case
        ("LSTM 구조는 이렇다.\n\n![구조][fig]", "![구조](<img/lstm.png>)"),
        ("LSTM 구조는 이렇다. [![구조][fig]](https://example.org)", "[![구조](<img/lstm.png>)](https://example.org)"),
    ],
)
def test_a_reference_the_passage_uses_is_resolved_in_place(section, shown):
    assert shown in lstm_passage(section)


@pytest.mark.parametrize(
    "section",
    [
        "LSTM은 `[Hochreiter][paper]`를 보라.",  # code
        "LSTM은\n\n```\n[Hochreiter][paper]\n```\n\n코드다.",
        "LSTM은 [없는 것][nowhere]을 인용한다.",  # no such definition: literal, as on the note page
        "LSTM은 \\[paper\\]를 인용한다.",  # escaped
        "LSTM의 기댓값 $E[paper]$를 구한다.",  # a formula's brackets
    ],
)
def test_what_is_no_reference_stays_as_written(section):
    assert section in lstm_passage(section)


def test_a_cited_footnote_comes_with_its_whole_definition_and_no_other():
    shown = lstm_passage("LSTM은 cell state를 벨트처럼 쓴다[^belt].")
    definition = "[^belt]: 컨베이어 벨트에 비유한다.\n    두 번째 줄도 각주다.\n\n    각주의 둘째 문단."
    assert shown.endswith(definition + "\n")
    assert "unused" not in shown


def test_a_used_abbreviation_comes_with_its_definition_an_unused_one_does_not():
    shown = lstm_passage("LSTM의 게이트는 HTML처럼 읽힌다.")
    assert "*[HTML]: Hyper Text Markup Language" in shown and "*[CNN]" not in shown
    assert "*[CNN]" not in lstm_passage("LSTM의 게이트는 CNNs처럼 읽힌다.")  # not a whole word


def test_what_the_passage_defines_itself_is_not_appended_again():
    section = "LSTM은 벨트다[^belt].\n\n[^belt]: 여기서 정의한다."
    assert lstm_passage(section).count("[^belt]:") == 1


def test_a_note_without_definitions_is_left_alone():
    lines = ("## LSTM", "", "LSTM은 [1]번 그림과 같다.", "")
    assert note_definitions(lines) is None
    assert with_definitions("LSTM은 [1]번 그림과 같다.\n", lines) == "LSTM은 [1]번 그림과 같다.\n"


def test_scoped_footnotes_of_two_notes_stay_two_footnotes():
    one = scope_footnotes("첫 노트[^1].\n\n[^1]: 첫 노트의 각주.\n", "n1")
    two = scope_footnotes("둘째 노트[^1]. `[^1]`은 코드.\n\n[^1]: 둘째 노트의 각주.\n", "n2")
    assert "`[^1]`" in two  # code is code
    html = Markdown(extensions=["footnotes"]).convert(one + "\n" + two)
    assert "첫 노트의 각주." in html and "둘째 노트의 각주." in html
    assert 'href="#fnref:n1-1"' in html and 'id="fnref:n1-1"' in html  # the back-link has its target
    assert 'href="#fnref:n2-1"' in html and 'id="fnref:n2-1"' in html


def test_a_note_quoted_whole_has_its_references_resolved_too():
    body = "LSTM은 [Hochreiter][paper]가 제안한 구조로, cell state로 긴 의존성을 다룬다.\n\n[paper]: https://example.org/lstm.pdf\n"
    (passage,) = FINDER.find(body, "LSTM 정리").passages  # no heading: the note is the passage
    assert "[Hochreiter](<https://example.org/lstm.pdf>)" in passage.markdown


def test_a_notes_definitions_are_found_once_for_its_passages_and_dropped_after_a_build_without_the_note(
    monkeypatch,
):
    from hooks.kb.concepts import borrowed

    found = []
    real = borrowed.note_definitions
    monkeypatch.setattr(borrowed, "note_definitions", lambda lines, *rest: found.append(lines) or real(lines, *rest))
    note = ("## GRU", "", "GRU는 [gate][]를 둘로 줄였다.", "", "[gate]: https://example.org/gru-once.pdf")
    other = ("## 다른 노트", "", "[x]: https://example.org/other-once.pdf")
    for _ in range(3):  # three passages of the note
        assert "(<https://example.org/gru-once.pdf>)" in with_definitions("GRU는 [gate][]를 둘로 줄였다.\n", note)
    assert found == [note]
    borrowed.DEFINITIONS.next_build()  # a build that quoted only the other note
    with_definitions("[x]\n", other)
    borrowed.DEFINITIONS.next_build()
    with_definitions("GRU는 [gate][]를 둘로 줄였다.\n", note)
    assert found == [note, other, note]
