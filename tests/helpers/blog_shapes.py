"""A small Jekyll blog in the shapes real Korean study blogs use, written here (no post is copied).

Dropped in as users do: the blog's `_posts/` under `docs/notes/blog/`, its `assets/` under `docs/`. Each
note holds one of the forms that broke whole real blogs: a link inside a link's text, a list 300 levels
deep, Liquid image paths, `{% post_url %}` and `{% link %}` (inline and reference-style), figure includes,
a raw `<img>` with `../assets`, a `.markdown` post, an `.html` plot with a script, a singular category with
spaces, tags that differ in case, `: ` lines under a heading, and Markdown nested too deep for
Python-Markdown (its page must show the note's text).
"""

from __future__ import annotations

import struct
import zlib


def png(width: int, height: int) -> bytes:
    """A real PNG of one colour: browsers decode it (naturalWidth > 0)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x30\x60\xc0" * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


POSTS = "notes/blog/_posts/"
NESTED_DIVS = 400  # `<div markdown="1">` this deep: Python-Markdown's md_in_html recurses past its limit

NOTES: dict[str, str] = {
    POSTS + "2022-03-01-professor-mail.md": """---
title: "[공지] 교수님께 메일 보내기"
category: Natural Language Processing
tags: [Python, 공지]
---
## 연락처

질문은 [교수님]([email](mailto:prof@example.com))께 보내세요.

## 정리

: 메일 제목에 과목명을 적는다
""",
    POSTS + "2022-03-02-liquid-figures.md": """---
title: CNN 그림 정리
categories: [DL, CNN]
tags: [python, vision]
---
## CNN

합성곱 층이 필터를 밀며 특징을 뽑는다.

![필터]({{ "/assets/img/posts/filter.png" | relative_url }})

![풀링]({{ site.baseurl }}/assets/img/posts/pooling.png){: width="300" }

![절대]({{ '/assets/img/posts/filter.png' | absolute_url }})

<img src="../assets/img/posts/pooling.png" alt="풀링 원본" width="200">

<p align="center"><img src="{{ site.url }}{{ site.baseurl }}/assets/img/posts/filter.png"></p>

{% include figure image_path="/assets/img/posts/filter.png" alt="필터 그림" caption="합성곱 **필터**" %}

외부 그림도 블로그처럼 보인다: ![외부](https://example.com/remote.png)
""",
    POSTS + "2022-03-03-links-between-posts.md": """---
title: 글 사이의 링크
category: 공부 기록
tags: [Python]
---
[이전 글]({% post_url 2022-03-01-professor-mail %})과 [그림 정리]({% link _posts/2022-03-02-liquid-figures.md %}#cnn)을 보라.

참고 링크는 [앞 글][prev]에 있다.

[prev]: {% post_url 2022-03-01-professor-mail %}

<a href="{{ site.baseurl }}{% post_url 2022-03-02-liquid-figures %}">HTML 링크</a>

[사라진 글]({% post_url 2020-01-01-gone %})은 이제 없다.
""",
    POSTS + "2022-03-04-deep-list.md": "---\ntitle: 300단 목록\n---\n"
    + "\n".join("  " * depth + f"- 깊이 {depth}" for depth in range(300))
    + "\n",
    POSTS + "2022-03-05-kramdown-post.markdown": """---
title: 확장자가 markdown인 글
---
## RNN

순환 신경망은 은닉 상태를 다음 시점으로 넘긴다.
""",
    POSTS + "2022-03-06-too-deep.md": "---\ntitle: 너무 깊은 HTML\n---\n"
    + '<div markdown="1">\n' * NESTED_DIVS
    + "깊은 곳의 글\n"
    + "</div>\n" * NESTED_DIVS,
    POSTS + "plot.html": "<html><body><div id='plot'></div><script>alert('plot')</script></body></html>\n",
}
ASSETS: dict[str, bytes] = {
    "assets/img/posts/filter.png": png(40, 30),
    "assets/img/posts/pooling.png": png(24, 24),
}


def blog_tree() -> dict[str, str | bytes]:
    return {**NOTES, **ASSETS}
