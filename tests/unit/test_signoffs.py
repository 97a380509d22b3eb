"""A blog's sign-off (hooks/kb/concepts/signoffs.py): the closing block its posts end with word for word is the
blog's, not part of what the last section says; concept pages quote the sections without it."""

from __future__ import annotations

import pytest

from hooks.kb.concepts.signoffs import ending_start, signoff_starts, signoffs_blanked

BLOG = "notes/mm/_posts/"
# a minimal-mistakes blog's posts: `# 주제` over everything, a reference list, then the blog's request in a code block
SIGNOFF = "```\n💡 수정 필요한 내용은 댓글이나 메일로 알려주시면 감사하겠습니다!💡 \n```\n"


def post(topic: str, text: str, ending: str = SIGNOFF) -> str:
    return f"<br>\n\n# {topic}\n\n- {text}\n\n**📌reference**\n- boostcourse AI tech\n\n<br>\n\n{ending}"


@pytest.mark.parametrize(
    ("body", "first"),
    [
        ("# 제목\n\n본문\n\n마지막 문단\n둘째 줄\n\n", "마지막 문단"),
        ("# 제목\n\n<br>\n```\n감사합니다\n```\n", "```"),  # a closing code block is the ending, whatever is above
        ("본문\n\n```python\nx = 1\n```\n\n```\n끝\n```", "```"),
        ("````\n```\n안쪽\n```\n````\n", "````"),  # a longer fence holds shorter ones
        ("한 줄", "한 줄"),
    ],
)
def test_a_notes_ending_is_its_closing_code_block_or_last_paragraph(body, first):
    assert body[ending_start(body) :].split("\n")[0] == first


def test_an_empty_note_has_no_ending():
    assert ending_start("\n  \n") is None


def test_the_ending_three_posts_of_a_blog_share_is_its_signoff():
    notes = [
        (BLOG + "2021-08-02-math_vector.md", post("벡터", "벡터는 숫자의 배열")),
        (BLOG + "2021-08-03-math_matrix.md", post("행렬", "행렬은 벡터의 배열")),
        (BLOG + "AI/2021-08-04-bayes.md", post("베이즈 정리", "사전확률과 사후확률")),
        (BLOG + "2021-08-05-rnn.md", post("RNN", "순환 신경망", ending="끝까지 읽어주셔서 감사합니다\n")),
        ("notes/other/_posts/2021-08-05-rnn.md", post("RNN", "순환 신경망")),  # another blog: one post
    ]
    starts = signoff_starts(notes)
    assert sorted(starts) == sorted(path for path, _ in notes[:3])
    blanked = signoffs_blanked(notes)
    body = blanked[BLOG + "2021-08-02-math_vector.md"]
    assert "수정 필요한" not in body and "boostcourse AI tech" in body
    assert body.count("\n") == notes[0][1].count("\n")  # the note's lines keep their numbers


@pytest.mark.parametrize(
    "ending",
    [
        "<br>\n",  # no words: nothing to tell apart
        "```\n```\n",
    ],
)
def test_an_ending_without_words_is_no_signoff(ending):
    notes = [(BLOG + f"2021-08-0{i}-n{i}.md", post(f"주제{i}", "내용", ending=ending)) for i in range(1, 5)]
    assert signoff_starts(notes) == {}


def test_two_posts_sharing_an_ending_are_not_enough():
    notes = [(BLOG + f"2021-08-0{i}-n{i}.md", post(f"주제{i}", "내용")) for i in range(1, 3)]
    assert signoff_starts(notes) == {}


def test_an_ending_that_is_all_its_section_says_is_no_signoff():
    # notes of one folder that say the same under their last heading: what the section says, not a sign-off
    notes = [(f"notes/n{i:02}.md", "## LSTM\n\n게이트 설명\n") for i in range(5)]
    assert signoff_starts(notes) == {}
    notes = [(f"notes/n{i:02}.md", "게이트 설명\n") for i in range(5)]  # no heading: the whole note
    assert signoff_starts(notes) == {}
