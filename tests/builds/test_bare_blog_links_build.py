"""A bare Tistory or Velog address in a note's text, which magiclink shows as a link, leads to the page here of
the post at that address, as a Markdown link to it does; strict build. Notes in the tools' shapes, none real."""

from __future__ import annotations

import re

import pytest

from tests.helpers.sitebuild import build_site_with

DOCKER = """---
tistoryBlogName: tester
tistoryTitle: "[Docker] 설치"
tistoryVisibility: "3"
tistoryPostUrl: https://tester.tistory.com/42
---
도커를 설치한다.
"""

SERVER = """---
tistoryBlogName: tester
tistoryTitle: "[Docker] 서버 연결"
tistoryVisibility: "3"
tistoryPostUrl: https://tester.tistory.com/82
---
### docker 설치 및 container 구동
* Docker 설치 : https://tester.tistory.com/42
* Docker 명령어 : https://tester.tistory.com/43 / (이 글은 여기 없음)
* 다른 블로그 : https://someone.tistory.com/16
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    files = {"notes/vault/docker.md": DOCKER, "notes/vault/server.md": SERVER}
    return build_site_with(tmp_path_factory.mktemp("bare"), files)


def test_a_bare_address_of_a_post_here_leads_to_its_page_showing_the_address(built):
    article = built.article("notes/docker-서버-연결/")
    assert re.search(r'<a href="\.\./docker-설치/">https://tester\.tistory\.com/42</a>', article), article
    assert '<a href="https://tester.tistory.com/43">https://tester.tistory.com/43</a>' in article
    assert '<a href="https://someone.tistory.com/16">https://someone.tistory.com/16</a>' in article
