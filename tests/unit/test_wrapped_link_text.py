"""A Markdown link whose text goes on to a second line of its paragraph is a link, as CommonMark and kramdown
read it: one to a note or file that was not brought along is warned and kept as its text, as the same link
on one line is; one to a note here leads to its page (`MD_LINK` in hooks/kb/posts/images.py)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.images import ImageIndex, fix_images

NOTES = frozenset({"notes/til/README.md", "notes/til/딥러닝_기초_Optimizer.md"})


def fixed(body: str) -> tuple[str, list]:
    lines = body.split("\n")

    def line_of(offset: int) -> int:
        return 1 + body.count("\n", 0, offset) if offset <= len(body) else len(lines)

    return fix_images(body, "notes/til/README.md", ImageIndex.of([]), line_of, notes=NOTES)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("정리: [딥러닝 기초 Regularization 정리](딥러닝_기초_Regularization.md)\n", "정리: 딥러닝 기초 Regularization 정리\n"),
        ("정리: [딥러닝 기초\nRegularization 정리](딥러닝_기초_Regularization.md)\n", "정리: 딥러닝 기초\nRegularization 정리\n"),
        ("* [Recurrent Neural Network\n  (RNN)](../NLP/Basics_RNN.md#rnn이란)\n", "* Recurrent Neural Network\n  (RNN)\n"),
    ],
    ids=["one-line", "wrapped", "wrapped-in-item"],
)
def test_a_link_to_a_note_not_here_is_its_text_on_one_line_or_two(written, kept):
    body, problems = fixed(written)
    assert body == kept
    assert [(p.line, p.done) for p in problems] == [(1, "kept as plain text")]


def test_a_wrapped_link_to_a_note_here_is_left_for_mkdocs_to_resolve():
    written = "[Adam\n정리](딥러닝_기초_Optimizer.md#2-adam)\n"
    assert fixed(written) == (written, [])


def test_a_blank_line_ends_the_text_a_link_may_wrap():
    written = "[메모\n\n다음 문단](없는_노트.md)\n"
    body, problems = fixed(written)
    assert body == written and problems == []  # no link: `[메모` and `다음 문단](...)` are text, as on GitHub


def test_a_wrapped_link_is_warned_at_the_line_it_opens_on():
    body, problems = fixed("# 6일차\n\n오늘은 [옵티마이저\n비교](../optimizer.md)를 봤다.\n")
    assert body == "# 6일차\n\n오늘은 옵티마이저\n비교를 봤다.\n"
    assert [str(p) for p in problems] == [
        "notes/til/README.md:3: link '../optimizer.md' leads to no page or file of this site — kept as plain text"
    ]
