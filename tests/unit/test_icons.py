"""Icon and emoji shortcodes: read where they stand apart, as GitHub reads them; never inside a ratio or a slice."""

import markdown
import pytest
from material.extensions.emoji import twemoji

from hooks.kb.posts.icons import icon_or_character


def _html(text: str) -> str:
    return markdown.markdown(
        text,
        extensions=["pymdownx.emoji", "hooks.kb.posts.icons"],
        extension_configs={"pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": icon_or_character}},
    )


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("잘 됐다 :smile:", "잘 됐다 😄"),
        ("완료:white_check_mark:", "완료✅"),
        ("(:thumbsup:)", "(👍)"),
        ("비율 1:100:1000", "비율 1:100:1000"),
        ("a[1:100:2] 슬라이싱", "a[1:100:2] 슬라이싱"),
        ("x:x:y", "x:x:y"),
        ("Note:warning:", "Note:warning:"),
        ("std::vector::iterator", "std::vector::iterator"),
    ],
)
def test_an_emoji_shortcode_is_its_character_only_where_it_stands_apart(written, shown):
    assert _html(written) == f"<p>{shown}</p>"


def test_a_theme_icon_is_its_inline_svg_and_an_emoji_never_a_picture_from_a_cdn():
    html = _html(":material-check: :fontawesome-brands-github: :smile:")
    assert html.count('<span class="twemoji"><svg') == 2 and "😄" in html
    assert "<img" not in html and "src=" not in html and "href=" not in html
