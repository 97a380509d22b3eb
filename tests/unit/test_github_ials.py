"""Which notes GitHub shows (their kramdown attribute lists are text there) and which kramdown drew: a Jekyll
post, a note with front-matter, a page of a Jekyll or GitHub Pages site (`_config.yml` in its folders)."""

import pytest

from hooks.kb.posts.github_ials import shown_by_github
from hooks.kb.posts.images import ImageIndex
from hooks.kb.posts.ingest import read_note

FILES = frozenset({"notes/pages-site/_config.yml", "notes/repo/images/model.png"})


@pytest.mark.parametrize(
    ("path", "front", "github"),
    [
        ("notes/repo/README.md", False, True),
        ("notes/repo/week1/day1.md", False, True),
        ("notes/repo/week1/day1.md", True, False),  # front-matter: a post of some blog
        ("notes/blog/_posts/2021-08-10-rnn.md", False, False),
        ("notes/pages-site/week1/README.md", False, False),  # GitHub Pages renders it with kramdown
    ],
)
def test_notes_github_shows(path, front, github):
    assert shown_by_github(path, front, FILES) is github


BODY = '# 모델\n\n![model](images/model.png)\n{: width="50%"}\n\n끝\n'


def test_an_attribute_list_under_an_image_in_a_repository_note_is_its_text_and_said():
    note, problems = read_note("notes/repo/README.md", BODY.encode(), ImageIndex.of(FILES))
    assert '\n&#123;: width="50%"}\n' in note.body
    assert [(p.line, p.level) for p in problems if "attribute list" in p.what] == [(4, "warning")]


def test_the_same_in_a_github_pages_site_is_left_to_attr_list_as_kramdown_drew_it():
    note, problems = read_note("notes/pages-site/README.md", BODY.encode(), ImageIndex.of(FILES))
    assert '\n{: width="50%"}\n' in note.body
    assert not [p for p in problems if "attribute list" in p.what]
