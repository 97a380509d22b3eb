"""A study post in the shape minimal-mistakes blogs write them (written for the project, none copied): a notice
paragraph `{: .notice--info}` and a notice `<div class="notice--warning" markdown="1">`, figures with
`{: .align-center}` and `{: .align-left}` (text beside it), two in a `<figure class="half">`, a button link `{: .btn .btn--primary}`, kramdown
abbreviations at the end (`*[ReLU]: ...`, the word used with Korean particles), and a heading with a typo of a
concept's name under a paragraph the normalizer sets apart from its code and list (blank lines put in).
`tests/builds/test_mm_posts_build.py` and `tests/browser/test_mm_posts_browser.py` build it."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

POST = "notes/mmblog/_posts/2021-08-12-activation.md"
URL = "notes/2021-08-12-activation/"

NOTES: dict[str, str | bytes] = {
    POST: """---
title: "[DL] 활성화 함수 정리"
excerpt: "ReLU와 시그모이드"
categories:
  - DeepLearning
tags:
  - [ReLU, CNN]
toc: true
toc_sticky: true
toc_label: "목차"
header:
  teaser: /assets/images/teaser.png
use_math: true
---

부스트캠프 AI Tech 3주차 강의를 듣고 정리한 글입니다.
{: .notice--info}

## ReLU

ReLU는 $f(x) = \\max(0, x)$ 이다. CNN에서 가장 많이 쓰는 활성화 함수다.

![ReLU 그래프](/assets/images/relu.png){: .align-center}

![시그모이드 그래프](/assets/images/sigmoid.png){: .align-left}
시그모이드는 출력을 0과 1 사이로 누른다. 입력이 크거나 작으면 기울기가 거의 0이 되어, 층이 깊으면
앞쪽 층까지 기울기가 전해지지 않는다. 그래서 은닉층에는 ReLU를 쓰고, 시그모이드는 이진 분류의 출력층에
남겨 둔다. 그림 옆으로 이 설명이 흐른다.

<div class="notice--warning" markdown="1">
**주의**: 시그모이드의 기울기는 $\\sigma'(x) \\le \\frac{1}{4}$ 이다.
</div>

[강의 자료](https://example.com/week3.pdf){: .btn .btn--primary}

구현:
```python
relu = lambda x: max(0, x)
```
정리하면
- 은닉층: ReLU
  - 음수 쪽이 죽으면 Leaky ReLU

<figure class="half">
    <a href="/assets/images/input.png"><img src="/assets/images/input.png" alt="입력"></a>
    <a href="/assets/images/output.png"><img src="/assets/images/output.png" alt="출력"></a>
    <figcaption>ReLU를 지난 특성 맵: 왼쪽은 입력, 오른쪽은 출력</figcaption>
</figure>

## Transfomer 맛보기

다음 주에 배운다.

*[ReLU]: Rectified Linear Unit
*[CNN]: Convolutional Neural Network
""",
    "notes/mmblog/assets/images/relu.png": png(120, 60),
    "notes/mmblog/assets/images/sigmoid.png": png(160, 120),
    "notes/mmblog/assets/images/teaser.png": png(20, 10),
    "notes/mmblog/assets/images/input.png": png(200, 100),
    "notes/mmblog/assets/images/output.png": png(200, 100),
}


def line_of(text: str) -> int:
    """The line of the post on which `text` is first written."""
    source = NOTES[POST]
    return source.count("\n", 0, source.index(text)) + 1
