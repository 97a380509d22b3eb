"""A fence right under a quote's line is after the quote, as GFM reads it (a fence is no lazy continuation)."""

import markdown
import pytest

from hooks.kb.posts.ingest import read_note

EXTENSIONS = ["pymdownx.superfences"]


def body_of(text: str):
    note, _ = read_note("notes/x.md", ("# 제목\n\n" + text).encode())
    return note


@pytest.mark.parametrize(
    "text",
    [
        "> ### Keras를 이용한 다층 퍼셉트론 구현\n```\nmodel = Sequential()\n```\n",  # html2text's quote heading, then its [code]
        "> 참고: 아래 코드는 책의 예제\n```python\nmodel = Sequential()\n```\n",
        "  > 참고\n~~~\nmodel = Sequential()\n~~~\n",
    ],
)
def test_the_code_is_after_the_quote(text):
    note = body_of(text)
    html = markdown.markdown(note.body, extensions=EXTENSIONS)
    quote, after = html.split("</blockquote>")
    assert "<pre" not in quote and "<pre" in after
    assert note.added_lines == (2,)  # the blank line is none of the file's: problems keep their lines


def test_a_fence_inside_the_quote_stays_there():
    note = body_of("> 참고\n> ```\n> x = 1\n> ```\n")
    assert note.body == "> 참고\n> ```\n> x = 1\n> ```\n" and note.added_lines == ()
