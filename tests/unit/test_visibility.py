"""Posts kept private or protected on their blog are read as drafts (`hooks/kb/posts/visibility.py`)."""

from __future__ import annotations

import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.visibility import kept_private


@pytest.mark.parametrize(
    ("front", "state"),
    [
        ({"tistoryVisibility": "0"}, "private"),  # Obsidian's Tistory plugin: Open API 0 비공개
        ({"tistoryVisibility": 0}, "private"),
        ({"tistoryVisibility": "1"}, "protected"),  # 보호
        ({"tistoryVisibility": "15"}, "protected"),  # Tistory's editor: 15 보호
        ({"tistoryVisibility": "3"}, None),  # 발행
        ({"tistoryVisibility": "20"}, None),  # the editor's 공개
        ({"is_private": True}, "private"),  # a Velog backup with the author's token
        ({"is_private": "true"}, "private"),
        ({"is_private": False}, None),
        ({"visibility": "private"}, "private"),  # Tistory's XML backup converted
        ({"visibility": "protected"}, "protected"),
        ({"visibility": "public"}, None),
        ({"title": "공개 글"}, None),
    ],
)
def test_what_each_backup_says_of_a_post_kept_private(front, state):
    found = kept_private(front)
    assert (found and found.state) == state


def test_a_private_tistory_post_is_a_draft_with_a_warning_at_its_key():
    raw = '---\ntistoryTitle: "비공개 정리"\ntistoryVisibility: "0"\ntistoryPostId: "82"\n---\n본문\n'.encode()
    note, problems = read_note("notes/vault/docker.md", raw)
    assert note.draft and note.private
    [warning] = [p for p in problems if p.level == "warning"]
    assert (warning.line, warning.key) == (3, "tistoryVisibility")
    assert warning.what == "the post is private on its blog (tistoryVisibility: 0)"
    assert 'tistoryVisibility: "3"' in warning.done and known(warning)


def test_a_public_tistory_post_is_published_and_its_visibility_not_listed_as_unused():
    raw = '---\ntistoryTitle: "공개 정리"\ntistoryVisibility: "3"\n---\n본문\n'.encode()
    note, problems = read_note("notes/vault/entropy.md", raw)
    assert not note.draft and not note.private
    assert not [p for p in problems if "tistoryVisibility" in p.what]


def test_the_korean_line_names_the_state_and_a_key_named_private_elsewhere_is_not_translated():
    from hooks.kb.pages.messages import korean
    from hooks.kb.posts.report import Problem

    private = Problem("n.md", 4, "the post is private on its blog (tistoryVisibility: 0)", "not published, as a draft")
    protected = Problem("n.md", 4, "the post is protected on its blog (tistoryVisibility: 1)", "not published, as a draft")
    assert korean(private)[1] == "블로그에서 비공개 글입니다 (tistoryVisibility: 0)"
    assert korean(protected)[1] == "블로그에서 보호(비밀번호로만 보는) 글입니다 (tistoryVisibility: 1)"
    other = Problem("n.md", 2, "front-matter key 'private' is not used by this site", "ignored")
    assert "비공개" not in korean(other)[1]
