"""A note's `data:` figures written out as files of their own, each linked lazily where it stood."""

from __future__ import annotations

import base64

import pytest

from hooks.kb.posts.data_figures import FOLDER, broken_data_figure, figures_apart

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
DATA = base64.b64encode(PNG).decode()


def test_a_notebooks_figure_is_a_file_linked_lazily_and_the_same_figure_one_file():
    body = f"출력:\n\n![png](data:image/png;base64,{DATA})\n\n다시 ![png](data:image/png;base64,{DATA[:20]}\n{DATA[20:]})\n"
    text, figures = figures_apart(body)
    assert len(figures) == 1 and figures[0].content == PNG and figures[0].path.startswith(FOLDER)
    link = f'![png](kb-docs:{figures[0].path}){{: loading="lazy" }}'
    assert text == f"출력:\n\n{link}\n\n다시 {link}\n"  # line numbers kept: the second image's line break went


def test_an_html_image_keeps_its_attributes_and_an_attribute_list_is_kept():
    jpeg = base64.b64encode(b"\xff\xd8\xff\xe0" + b"\x01" * 40).decode()
    text, figures = figures_apart(
        f'<img width="300" src="data:image/jpeg;base64,{jpeg}">\n![그림](data:image/png;base64,{DATA}){{: width="50%"}}'
    )
    png, jpg = (f.path for f in figures)
    assert png.endswith(".png") and jpg.endswith(".jpg")
    assert text == (
        f'<img loading="lazy" width="300" src="kb-docs:{jpg}">\n![그림](kb-docs:{png}){{: width="50%" loading="lazy" }}'
    )


def test_code_and_what_is_not_base64_stay_as_written():
    body = f"```md\n![png](data:image/png;base64,{DATA})\n```\n![x](data:image/png;base64,%%%)\n"
    assert figures_apart(body) == (body, ())


@pytest.mark.parametrize(
    ("url", "broken"),
    [
        (f"data:image/png;base64,{DATA}", False),
        (f"data:image/jpeg;base64,{DATA}", False),  # a PNG said to be a JPEG: a browser shows it all the same
        ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%%", True),  # not base64
        (f"data:image/png;base64,{DATA[:-3]}", True),  # cut off: its padding gone
        ("data:image/gif;base64," + base64.b64encode(b"hello, not a picture").decode(), True),
        ("data:text/plain;base64,aGk=", False),  # no figure: the sanitizer's to drop
    ],
)
def test_a_data_figure_a_browser_cannot_show_is_known(url, broken):
    assert broken_data_figure(url) is broken
