"""Notes in the shapes of real posts of Korean study blogs that the site once showed worse than their blogs
(written for the project, none copied): minimal-mistakes and Chirpy posts, a 2017 Jekyll blog linking its
own posts by full URL with gists and `$$` blocks, and plain-Markdown notes kept on GitHub that open with
`# 목차`. `tests/builds/test_blog_posts_build.py` builds them."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

POSTS = "notes/blog/_posts/"
WEEK = "notes/week4/"

NOTES: dict[str, str] = {
    # minimal-mistakes: tags written as lists inside the list, a YouTube iframe
    POSTS + "AI/2021-08-12-md_transformer_intro.md": """---
defaults:
  - scope:
      path: ""
    values:
      layout: single

title: "transformer 소개"
excerpt: "about : "
categories:
  - ai_models
tags:
  - [transformer]
  - []
date: 2021-08-12
---

<br>

> 해당 글은 트랜스포머 강의 영상을 바탕으로 정리했습니다.

<iframe width="885" height="498" src="https://www.youtube.com/embed/AbCdEfGh123" title="YouTube video player" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>

# Transformer

- Sequential data를 처리하는 모델
- RNN 없이 attention 만으로 문장을 인코딩한다
""",
    # a 2017 Jekyll blog: links to its own posts by full URL, a gist, `\\_` in a `$$` block
    POSTS + "2017-03-09-rnnlstm.md": """---
title: RNN과 LSTM을 이해해보자!
category: Natural Language Processing
tag: RNN
---

**GRU(Gated Recurrent Unit)**가 궁금하신 분은 [이곳](https://someone.github.io/deep%20learning/2017/05/13/GRU/)을 참고하시면 좋습니다.

## LSTM

LSTM은 cell state 라는 컨베이어 벨트로 그래디언트가 오래 전파되도록 만든 RNN 입니다. 게이트 구조는 [GRU 글의 구조](https://someone.github.io/deep%20learning/2017/05/13/GRU/#구조)와 비교해 보세요.

$$
\\begin{align*}
{ f }_{ t }&=\\sigma ({ W }_{ xh\\_ f }{ x }_{ t }+{ W }_{ hh\\_ f }{ h }_{ t-1 }+{ b }_{ h\\_ f })
\\end{align*}
$$

손실 함수만 바꾸면 LSTM 코드가 됩니다.

<script src="https://gist.github.com/someone/0123456789abcdef0123456789abcdef.js"></script>

아직 정리하지 않은 [재귀 신경망 글](https://someone.github.io/deep%20learning/2017/04/03/recursive/)도 있습니다.
""",
    POSTS + "2017-05-13-GRU.md": """---
title: GRU
category: deep learning
tag: RNN
---

기본적인 RNN 과 LSTM 셀이 궁금하신 분은 [이곳](http://someone.github.io/natural%20language%20processing/2017/03/09/rnnlstm/)을 참고하세요.

## 구조

GRU는 reset 게이트와 update 게이트 두 개로 LSTM 을 단순하게 만든 셀이다.
""",
    POSTS + "2017-05-14-backprop.md": """---
title: 오차 역전파
category: deep learning
---

## Softmax-with-Loss 노드

소프트맥스 함수와 교차 엔트로피 오차를 조합한 노드입니다. \\<$a_k$=노드의 입력값, $L$=노드의 출력값\\>
""",
    # minimal-mistakes with kramdown attribute lists, and a formula whose `$` ends its line
    POSTS + "machine-learning/2021-01-23-information-theory.md": """---
title: "[정보이론] Entropy"
categories:
  - machine-learning
use_math: true
---

## Entropy

![image](https://images.example.com/entropy-plot.png){: .align-center}{: width='500'}

균일하지 않은 분포 $p(x) = 0.99$ 를 관측했다고 하자. 이는 $
1 - p = 0.01$임을 의미하고, 다음 시행을 예측하기 쉬워진다.

$$u_{it} = tanh(W_w h_{it} + b_w)$$ {: .text-center }
$$a_{it} = \\frac{exp(u_{it})}{\\sum_t exp(u_{it})}$$, $$s_i = \\sum_t a_{it} h_{it}$${: .text-center }
""",
    # the whole body: a list whose last item is empty, and no newline at the end of the file
    POSTS + "machine-learning/2021-03-21-regularization.md": """---
title: "[ML] Regularization"
categories:
  - machine-learning
use_math: true
---

- 라그랑주 승수와 연결지어 생각
- """,
    # Chirpy: a cover image, a heading with a formula
    POSTS + "2025-01-17-paper-review.md": """---
title: "[논문리뷰] 벡터의 노름"
date: 2025-01-17
categories: [Paper Review]
tags: [math]
math: true
image:
  path: /assets/img/cover.png
  alt: 노름 그림
---

## 1.1 벡터의 노름

노름은 원점에서부터의 거리를 말한다.

### 1.1.1 $$L_1$$ 노름

각 성분의 변화량의 절대값을 모두 더한다.
""",
    # plain Markdown kept on GitHub: the first heading is the table of contents
    WEEK + "RNN.md": """# 목차

- **Vanilla RNN**
- **LSTM**

# 1. Vanilla RNN

과거의 정보를 포함하기 위해 자기 자신으로 돌아오는 recurrent 구조를 가진다.
""",
    WEEK + "Transformer.md": """# 목차

- **Transformer**
- **Multiheaded attention (MHA)**

# 1. Transformer

`transformer`는 재귀적인 구조가 아닌, **attention** 이라고 불리는 구조로 되어 있다.

# 2. Multiheaded attention (MHA)

하나의 입력에 여러 개의 attention 을 적용해 서로 다른 관점의 표현을 얻는다. 각 head 는 query, key, value 를 따로 만들어 그 결과를 이어 붙인다.

**[Reference]**

[The Illustrated Transformer]([The Illustrated Transformer – Someone – Visualizing one concept at a time. (someone.github.io)](https://someone.example.com/illustrated-transformer/))
""",
}

FILES: dict[str, bytes] = {"notes/blog/assets/img/cover.png": png(60, 20)}


def blog_posts_tree() -> dict[str, str | bytes]:
    return {**NOTES, **FILES}
