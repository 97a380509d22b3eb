"""A Marp deck's image keywords (`hooks/kb/posts/slides.py`): the size is the image's, the other keywords go,
the rest of the alt text stays."""

from __future__ import annotations

import pytest

from hooks.kb.posts.slides import deck_of, marp_images


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("![w:300](a.png)", '![](a.png){ width="300" }'),
        ("![h:200 모델 구조](a.png)", '![모델 구조](a.png){ height="200" }'),
        ("![width:200px height:100px](a.png)", '![](a.png){ width="200" height="100" }'),
        ("![bg right:40%](a.png)", "![](a.png)"),
        ("![bg contain 배경](a.png)", "![배경](a.png)"),
        ("![sepia blur:10px 사진](https://x.org/a.png)", "![사진](https://x.org/a.png)"),
        ("![구조도](a.png)", "![구조도](a.png)"),  # no keyword: as written
        ("![w](a.png) 와 ![bg는 배경](b.png)", "![w](a.png) 와 ![bg는 배경](b.png)"),
    ],
)
def test_marp_image_keywords(written, read):
    assert marp_images(written) == read


@pytest.mark.parametrize(
    ("front_matter", "deck"),
    [
        ({"marp": True, "theme": "gaia"}, "marp"),
        ({"theme": "seriph", "highlighter": "shiki"}, "slidev"),
        ({"theme": "gaia"}, ""),
        ({"marp": "true"}, ""),  # quoted, a string: Marp for VS Code reads only the boolean
        ({"title": "CNN"}, ""),
    ],
)
def test_a_deck_is_known_by_its_front_matter(front_matter, deck):
    assert deck_of(front_matter) == deck
