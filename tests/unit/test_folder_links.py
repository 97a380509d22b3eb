"""A link to a folder of notes (`[2주차](./week2/)`), as a GitHub study repository's README links its weeks:
GitHub shows the folder with its README.md under the files, so the link leads to that README's page here
(`_folder_readme` in hooks/kb/posts/images.py)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.images import ImageIndex, fix_images

NOTES = frozenset(
    {
        "notes/til/README.md",
        "notes/til/week2/README.md",
        "notes/til/week2/day6.md",
        "notes/til/python_basics/readme.md",
        "notes/til/week3/day11.md",  # a folder without a README
    }
)


def fixed(body: str, note: str = "notes/til/README.md") -> tuple[str, list]:
    return fix_images(body, note, ImageIndex.of([]), lambda _: 1, notes=NOTES)


@pytest.mark.parametrize(
    ("written", "leads_to"),
    [
        ("[2주차](./week2/)", "[2주차](<week2/README.md>)"),
        ("[2주차](week2)", "[2주차](<week2/README.md>)"),  # no slash: GitHub's tree link all the same
        ("[2주차](./week2/#과제)", "[2주차](<week2/README.md#과제>)"),
        ("[파이썬 기초](./python_basics/)", "[파이썬 기초](<python_basics/readme.md>)"),  # any case of README
    ],
)
def test_a_link_to_a_folder_leads_to_its_readme(written, leads_to):
    body, problems = fixed(written + "\n")
    assert body == leads_to + "\n" and not problems


def test_a_link_up_to_the_repository_s_folder_leads_to_its_readme():
    body, problems = fixed("[처음으로](../)\n", "notes/til/week2/day6.md")
    assert body == "[처음으로](<../README.md>)\n" and not problems


def test_a_folder_without_a_readme_is_still_no_page():
    body, problems = fixed("[3주차](./week3)\n")
    assert body == "3주차\n"
    assert [p.what for p in problems] == ["link './week3' leads to no page or file of this site"]


@pytest.mark.parametrize(
    ("written", "leads_to"),
    [
        ('<a href="./week2/">2주차</a>', '<a href="kb-docs:notes/til/week2/README.md">2주차</a>'),
        ('<a href="week2/day6.md#과제">6일차</a>', '<a href="kb-docs:notes/til/week2/day6.md#과제">6일차</a>'),
    ],
)
def test_a_link_in_raw_html_to_a_note_or_its_folder_leads_to_its_page(written, leads_to):
    # MkDocs resolves Markdown links only: the `.md` address stayed in the page and led nowhere
    body, problems = fixed(written + "\n")
    assert body == leads_to + "\n" and not problems


def test_a_link_in_raw_html_to_a_note_that_is_not_there_is_told():
    # MkDocs checks links in Markdown only: this one led nowhere without a word
    body, problems = fixed('<a href="week3/day9.md#과제">9일차</a>\n')
    assert body == '<a href="week3/day9.md#과제">9일차</a>\n'
    assert [(p.what, p.done) for p in problems] == [
        ("link 'week3/day9.md#과제' leads to no page or file of this site", "left as written")
    ]
