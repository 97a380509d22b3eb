"""What a note hides (`<div style="display:none">`, a Hexo post's thumbnail and its words kept for link previews)
is hidden on its page and left out of the search index, as its readers never saw it; strict build, the index
read from Pagefind's files. The note is written here in that shape; it is no real post."""

from __future__ import annotations

import pytest

from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import build_site_with

NOTE = """---
title: "배치 정규화 정리"
date: 2024-05-01 10:00:00
---
<div style="display:none">썸네일설명문구 미리보기전용</div>

배치 정규화는 미니배치의 평균과 분산으로 정규화한다.

<p style="display: none;">감춘문단입니다</p>

<div style="display:none !important">중요하게감춘글</div>

학습이 안정된다.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("hidden"), {"notes/2024-05-01-batchnorm.md": NOTE})


def test_hidden_text_stays_hidden_on_the_page_and_out_of_the_index(built):
    page = indexed_pages(built.site_dir)["notes/2024-05-01-batchnorm/"]
    words = page.visible + " " + " ".join(page.hidden)
    assert "배치" in words and "안정된다" in words
    for hidden in ("썸네일설명문구", "미리보기전용", "감춘문단입니다", "중요하게감춘글"):
        assert hidden not in words, words
    article = built.article("notes/2024-05-01-batchnorm/")
    assert '<div data-search-exclude style="display:none">썸네일설명문구' in article  # still on the page, hidden
    assert '<div data-search-exclude style="display:none ! important">중요하게감춘글' in article  # `!important` too
