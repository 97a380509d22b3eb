"""In a post kramdown drew, a single `~` shows as itself (its strikethrough is `~~`); pymdownx.tilde made `~text~`
with no space in it a subscript, small and lowered."""

import markdown
import pytest

from hooks.kb.posts.body import kramdown_tildes
from hooks.kb.posts.ingest import read_note

POST = "notes/_posts/2025-10-20-text.md"
EXTENSIONS = ["pymdownx.tilde"]


def tildes(text: str, path: str = POST) -> str:
    return kramdown_tildes(text, path, lambda offset: 1)[0]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("리뷰! ~[https://blog.com/1](https://blog.com/1)~ #영화", "리뷰! &#126;[https://blog.com/1](https://blog.com/1)&#126; #영화"),
        ("범위는 1~2,3~4 입니다", "범위는 1&#126;2,3&#126;4 입니다"),
        ("H~2~O", "H&#126;2&#126;O"),
    ],
)
def test_a_tilde_pair_is_two_tildes(text, shown):
    assert tildes(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "0~1 사이의 값, 1~2달",  # a single tilde: no subscript anyway
        "a ~~취소선~~ b",  # kramdown's strikethrough, and pymdownx.tilde's
        "[홈](http://a.com/~u/~v)",  # in an address
        "<http://a.com/~u/x~>",
        "~ 공백 ~",  # a space inside: no subscript
    ],
)
def test_other_tildes_are_left_as_they_are(text):
    assert tildes(text) == text


def test_a_note_github_drew_keeps_its_tildes():  # GitHub strikes `~text~` through: not kramdown's reading
    assert tildes("1~2,3~4", "notes/til/text.md") == "1~2,3~4"


def test_the_page_shows_the_tildes_and_no_subscript():
    src = "---\ntitle: 전처리\n---\n\n> 리뷰 올려놨어요! ~[https://blog.com/1234/](https://blog.com/1234/)~ #영화\n"
    note, _ = read_note(POST, src.encode())
    html = markdown.markdown(note.body, extensions=EXTENSIONS)
    assert "<sub>" not in html and html.count("&#126;") == 2  # the two tildes, as characters
    assert '<a href="https://blog.com/1234/">' in html
