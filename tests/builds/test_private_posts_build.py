"""Posts their author kept private on the blog (Obsidian's Tistory plugin's `tistoryVisibility: "0"`, a Velog
backup's `is_private: true`) are not published, as drafts are not; a strict build still passes. The notes are
written here in those tools' shapes; none is a real post."""

from __future__ import annotations

import pytest

from tests.helpers.sitebuild import build_site_with

PRIVATE = """---
tistoryBlogName: tester
tistoryTitle: "[Docker] 연구실 서버 접속 메모"
tistoryVisibility: "0"
tistoryPostId: "82"
tistoryPostUrl: https://tester.tistory.com/82
---
서버 비밀번호와 접속 주소를 적어 둔 메모.
"""

PROTECTED = """---
title: "팀 과제 풀이"
date: 2024-08-05 10:00:00
source: "https://velog.io/@tester/팀-과제-풀이"
is_private: true
---
과제 정답 풀이.
"""

PUBLIC = """---
tistoryBlogName: tester
tistoryTitle: "[Math] 엔트로피 정리"
tistoryVisibility: "3"
tistoryPostId: "79"
tistoryPostUrl: https://tester.tistory.com/79
---
환경은 [서버 메모](docker.md)대로 만들었다. 엔트로피는 정보량의 기대값이다.
"""

# a Logseq page Logseq leaves out of a published graph
LOGSEQ_PRIVATE = "public:: false\ntitle:: 비밀 일기\n\n- 오늘 면접에서 받은 질문\n"

# a draft of its own (`published: false`) whose `public: true` is no key this site reads: a draft's problems stay unsaid
DRAFT = "---\ntitle: 초안\npublished: false\npublic: true\n---\n아직 쓰는 중.\n"

NOTES = {
    "notes/draft.md": DRAFT,
    "notes/graph/pages/diary.md": LOGSEQ_PRIVATE,
    "notes/vault/docker.md": PRIVATE,
    "notes/velog/팀-과제-풀이.md": PROTECTED,
    "notes/vault/entropy.md": PUBLIC,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("private"), NOTES)


def test_a_post_kept_private_has_no_page_and_nothing_of_it_is_on_the_site(built):
    pages = built.page_urls()
    assert not any("docker" in url or "연구실" in url or "과제" in url or "diary" in url or "일기" in url for url in pages)
    assert any("엔트로피" in url for url in pages)
    for path in built.site_dir.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "서버 비밀번호" not in text and "과제 정답" not in text and "면접에서" not in text, path


def test_a_link_to_it_is_its_text(built):
    article = built.article("notes/math-엔트로피-정리/")
    assert "서버 메모" in article and "docker" not in article


def test_the_build_log_names_each_file_and_why(built):
    assert "notes/vault/docker.md:4: the post is private on its blog (tistoryVisibility: 0)" in built.log
    assert "notes/velog/팀-과제-풀이.md:5: the post is private on its blog (is_private: true)" in built.log
    assert "notes/graph/pages/diary.md: the post is private on its blog (public: false)" in built.log


def test_the_status_page_counts_them_without_naming_them(built):
    status = built.html("status/")
    assert "그중 3개는 블로그에서 비공개·보호로 둔 글" in status
    assert "연구실 서버" not in status and "팀-과제" not in status and "비공개 글입니다" not in status


def test_a_drafts_own_problems_stay_out_of_the_log_though_its_key_is_a_privacy_key(built):
    assert "notes/draft.md" not in built.log
