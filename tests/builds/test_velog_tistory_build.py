"""Velog and Tistory posts kept on GitHub (a velog-sync repository, an html2text backup of a Velog feed, a
repository of the feed's HTML bodies, an Obsidian vault published with the Tistory plugin), built strictly: each page shows what the blog showed.
The notes are written here in those tools' shapes; none is a real post."""

from __future__ import annotations

import re

import pytest

from tests.helpers.sitebuild import build_site_with, reader_text

SYNCED_RNN = """# RNN 정리

📅 2025-09-11T06:19:57.206Z

🔗 [원문 링크](https://velog.io/@tester/RNN-정리)

---

# 순환 구조

은닉 상태는 $h_t = \\tanh(W_h h_{t-1} + W_x x_t)$ 로 갱신된다.
"""

SYNCED_LSTM = """# LSTM 정리

📅 2025-09-20T01:02:03.000Z

🔗 [원문 링크](https://velog.io/@tester/LSTM-정리)

---

# 게이트

[지난 글](https://velog.io/@tester/RNN-%EC%A0%95%EB%A6%AC)의 장기 의존성 문제를 게이트로 푼다.

""" + (  # html2text's table of two pictures, its hard-break spaces kept
    "![](https://velog.velcdn.com/images/tester/post/a.png)| ![](https://velog.velcdn.com/images/tester/post/b.png)  \n"
    "---|---  \n  \n"
)

HTML2TEXT = """---
title: "8/2 어텐션"
date: 2024-08-02 12:52:26
source: "https://velog.io/@tester/82-어텐션"
---

## 파이썬 사전 구조
[code]\x20
    >>> score = {}
    >>> score['kim'] = 99
[/code]

Query: 질의
"""

OBSIDIAN = """---
tistoryBlogName: tester
tistoryTitle: "[Math] 엔트로피 정리"
tistoryTags: 정보이론,엔트로피
tistoryVisibility: "3"
tistoryPostId: "79"
tistoryPostUrl: https://tester.tistory.com/79
---
#Math
## 1. Entropy
<mark style='background:#eb3b5a'>Entropy</mark>는 정보량의 기대값이다.
"""

# a post as the Velog RSS script writes it: the body's HTML alone, in a file named by the post's title
FEED_BODY = (
    '<h1 id="1-정책-경사">1. 정책 경사</h1>\n'
    "<ul>\n"
    "<li>목적 함수: $J(\\theta) = \\mathbb{E}<em>{\\tau}[R(\\tau)]$, 보상 합 $R</em>{t} &gt; 0$</li>\n"
    '<li>기울기를 따라 올라감<h2 id="a-기준값">a. 기준값</h2>\n'
    "</li>\n"
    "<li>분산을 줄임</li>\n"
    "</ul>\n"
    '<h1 id="2-정리">2. 정리</h1>\n'
    "<p>끝</p>"
)

NOTES = {
    "notes/starcookie/velog-posts/[06-01]강화학습(2).md": FEED_BODY,
    "notes/velog/posts/rnn-정리.md": SYNCED_RNN,
    "notes/velog/posts/lstm-정리.md": SYNCED_LSTM,
    "notes/velog-posts/2024/08/2024-08-02_어텐션.md": HTML2TEXT,
    "notes/vault/엔트로피.md": OBSIDIAN,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("velog"), NOTES)  # strict: any MkDocs warning aborts


def test_a_synced_posts_date_is_its_date_and_its_links_lead_here(built):
    article = built.article("notes/2025-09-20-lstm-정리/")
    assert '<time datetime="2025-09-20T10:02:03+09:00">' in article and "📅" not in article
    assert re.search(r'<a href="\.\./2025-09-11-rnn-정리/(?:#[^"]*)?">지난 글</a>', article)
    assert 'href="https://velog.io/@tester/LSTM-정리"' in article  # its own 원문 링크: the post on Velog


def test_two_pictures_over_a_header_line_have_no_empty_row(built):
    article = built.article("notes/2025-09-20-lstm-정리/")
    table = re.search(r"<table>.*?</table>", article, re.S).group(0)
    assert table.count("<img") == 2 and "<td" not in table


def test_html2texts_code_block_is_code(built):
    article = built.article("notes/2024-08-02-8-2-어텐션/")
    assert "[code]" not in article and "[/code]" not in article
    code = reader_text(re.search(r"<pre.*?</pre>", article, re.S).group(0))
    assert ">>> score = {}" in code and ">>> score['kim'] = 99" in code


def test_obsidian_tistory_note_has_its_title_tags_and_highlight(built):
    page = built.html("notes/math-엔트로피-정리/")
    assert "[Math] 엔트로피 정리" in reader_text(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
    assert "정보이론" in page and "엔트로피" in page
    assert re.search(r'<mark style="background-color:#eb3b5a">(?:<a [^>]*>)?Entropy', page)  # not the default yellow


def test_a_feed_body_is_titled_by_its_file_name_with_its_headings_and_formulas(built):
    page = built.html("notes/06-01-강화학습-2/")
    assert reader_text(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)).strip().rstrip("¶") == "[06-01]강화학습(2)"
    article = built.article("notes/06-01-강화학습-2/")
    assert re.search(r'<h2 id="[^"]*">1\. 정책 경사', article) and re.search(r'<h2 id="[^"]*">2\. 정리', article)
    assert '<h3 id="a-기준값">a. 기준값</h3>' in article and "## a." not in article  # the item's heading
    formulas = re.findall(r'<math alttext="([^"]*)"', article)
    assert formulas == ["J(\\theta) = \\mathbb{E}_{\\tau}[R(\\tau)]", "R_{t} &gt; 0"]
