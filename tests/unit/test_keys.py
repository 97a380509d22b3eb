"""Keys: a combination or a named key is drawn as keys, as an MkDocs Material site drew it; `++i++` in a C or C++
note's prose stays the text it is."""

import markdown
import pytest


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=["pymdownx.keys", "hooks.kb.posts.keys"])


@pytest.mark.parametrize(
    "written",
    [
        "++i++ 는 오류다",
        "a++b++c",
        "x = ++i++ + 1",
        "++1++",
        "C++와 C++의 차이",
        "i++ 와 ++j",
        "++ab++",  # no key of that name: text, as pymdownx.keys left it
    ],
)
def test_prose_with_pluses_stays_text(written):
    html = _html(written)
    assert "<kbd" not in html and html == f"<p>{written}</p>"


@pytest.mark.parametrize(
    ("written", "keys"),
    [
        ("복사는 ++ctrl+c++", ["Ctrl", "C"]),
        ("++enter++ 로 실행", ["Enter"]),
        ("++shift+alt+page-up++", ["Shift", "Alt", "Page Up"]),
        ("새로고침 ++f5++", ["F5"]),
        ('++ctrl+"A"++', ["Ctrl", "A"]),
    ],
)
def test_a_combination_or_a_named_key_is_drawn_as_keys(written, keys):
    html = _html(written)
    assert '<span class="keys">' in html
    assert [part.split(">", 1)[1].split("<", 1)[0] for part in html.split("<kbd")[1:]] == keys
