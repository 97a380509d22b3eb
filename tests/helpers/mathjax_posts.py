r"""Jekyll posts in the shapes of MathJax-era study blogs (minimal-mistakes, TeXt, plain `layout: post` themes)
that the site once showed worse than their blogs did, written for the project (none copied): kramdown read
their backslashes before MathJax saw the page. `tests/builds/test_mathjax_posts_build.py` builds them."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

GAUSSIAN = "notes/mathblog/_posts/Math/2018-09-28-gaussian.md"
RELU = "notes/signals/_posts/2019-08-20-relu-taylor.md"
GRADIENT = "notes/mm/_posts/인공지능수학/2025-05-18-gradient.md"
BACKPROP = "notes/fundamental/_posts/deep_learning/2024-11-22-backprop.md"
PCA = "notes/gongdol/_posts/2019-07-27-pca.md"
INIT = "notes/deepdive/_posts/MachineLearning/2023-09-20-weight-init.md"
DIFFUSION = "notes/reading/_posts/2024-02-10-paper-reading-score.md"
REGRESSION = "notes/mathblog/_posts/Math/2018-09-27-regression.md"

NOTES: dict[str, str | bytes] = {
    # kramdown's escapes: `\(..\)` is brackets, `\|` in `\\(..\\)` and `$..$` a bar (in a table cell too);
    # `$$..$$` kept as written
    GAUSSIAN: r"""---
layout: post
title: 가우시안 분포 정리
category: Math
---

## 단일 변수의 가우시안 분포
\\( N(x\|\mu, \sigma^2) = \frac{1}{(2\pi\sigma^2)^{1/2}} \exp\left\lbrace-\frac{(x-\mu)^2}{2\sigma^2}\right\rbrace \\)
1. $\beta = \frac{1}{\sigma^2}$는 정밀도(precision)라고 한다. \(정밀도는 분산의 역수.\)
2. $\|\Sigma\|$는 공분산 행렬의 행렬식이다.

$$
\| \mathbf{x} \|_2 = \sqrt{\sum_i x_i^2}
$$

| 기호 | 뜻 |
|---|---|
| $\|\Sigma\|$ | 행렬식 |
""",
    # MathJax's TeX math-core refused: math in a case's \text{}, angle brackets written `<` `>`; an empty `$$`
    RELU: r"""---
title: ReLU와 테일러 전개
tags: 딥러닝
---

$$= \begin{cases}
0  & \text{: case i) when $\sum_{i=1}^{2}w_ix_i + b \leq 0$} \\
\sum_{i=1}^{2}w_ix_i + b & \text{: case ii) when $\sum_{i=1}^{2}w_ix_i + b > 0$}
\end{cases}$$
""",
    GRADIENT: r"""---
layout: single
title: "[선형대수] 벡터 미분"
use_math: true
---

<details>
<summary>예제</summary>
<div markdown="1">

1. $\displaystyle\frac{\partial\left<\mathbf x\cdot\mathbf x\right>}{\partial\mathbf x}=2\mathbf x^\top$

</div>
</details>

<details>
<summary>예제 2</summary>
<div markdown="1">

$$

$$

---

</div>
</details>
""",
    # kramdown's table without a header line: formulas boxed in one cell, and rows of two cells
    BACKPROP: r"""---
layout : post
title : 오차 역전파 요약
use_math : true
---

## 수식

|(1) $x_j$ = $\sum_{i} y_i w_{ji}$ <br><br> (2) $y_j$ = ${1} \over {1+\mathrm{e}^{-x_j}}$ &nbsp; : &nbsp; **활성화**

| 순전파 | $E = \frac{1}{2}\sum_j (y_j - d_j)^2$ |
| 역전파 | $\frac{\partial E}{\partial y_j} = y_j - d_j$, 조건부 $p(y\|x)$ |

| 기호 | 뜻 |
|---|---|
| $w$ | 가중치 |
""",
    # a TeXt post: its applet and video centered in raw HTML
    PCA: r"""---
title: 주성분 분석(PCA)
aside:
  toc: true
key: 20190727
tags: 선형대수
---

<p align="center">
<center><iframe class = "my_iframe" src="https://example.github.io/p5/pca_applet/" frameborder = "0"></iframe></center>
</p>

공분산 행렬 $\Sigma$의 고유벡터에 정사영한다.

$$
\Sigma = \frac{1}{n}X^TX
$$

식 (1)의 공분산 행렬에 대해

$$Var(X\vec{e}) = \vec{e}^T\Sigma\vec{e}$$

<center><iframe width="560" height="315" src="https://www.youtube.com/embed/jNwf-JUGWgg" frameborder="0" allowfullscreen></iframe></center>
""",
    # bullets a space in under an ordered item's lazy formula line, and an item under an item's second paragraph
    REGRESSION: r"""---
layout: post
title: 선형 모델 정리
category: Math
---

1. 입력의 선형 결합 모델
2. 기저 함수의 선형 결합 모델
\\( f(x, v) = v\_0 + \sum\_{k} v\_k\psi\_k(x) \\)
 - 여기서 $\psi\_k(x)$ 가 기저 함수다.
 - 상수항을 위해 $\psi\_0(x) = 1$ 로 둔다.

- 가우시안 기저

  폭은 $s$ 로 정한다.
- 시그모이드 기저
""",
    # the TeXt theme's setting: MathJax numbers every display formula, and posts refer to them by number
    "notes/gongdol/_config.yml": "mathjax: true # false (default), true\nmathjax_autoNumber: true\n",
    # minimal-mistakes with Typora's image folder, named `$(filename)` as the setting many blogs copied saves it
    INIT: r"""---
layout: single
title: "가중치 초기화 기법 정리"
categories: machinelearning
---

- LeCun
  - ![lecun]({{site.url}}/images/$(filename)/init_lecun.png)
  - 평균 0, 분산 $$ \frac{1}{N_{in}} $$ 으로 초기화
- He
  - ReLU를 쓰는 신경망

    ![he]({{site.url}}/images/$(filename)/init_he.png)
""",
    "notes/deepdive/images/$(filename)/init_lecun.png": png(40, 20),
    "notes/deepdive/images/$(filename)/init_he.png": png(40, 20),
    # a Chirpy paper reading: a long section title with a formula past the length a concept page shows of it,
    # and a quote under a list item's text (GFM starts one there)
    DIFFUSION: r"""---
layout: post
title: "[Generative Model] Score-based model 읽기"
categories: [Deep Learning, Paper Reading]
math: true
---

## 3. Method

### 3.1 Which probability distribution $p(\mathbf{y}\_{s}\|\mathbf{y}\_{s+1}, \mathbf{y}\_{0})$ is

확률 분포가 정규 분포임을 보인다: $\mathbf{y}\_s \sim \mathcal{N}(\mu, \sigma^2)$

1. 볼록 함수

   - 로그를 일차 함수로 바꿔 본다.
     > - 접선은 $h(y) = \kappa y + c(\kappa)$
     >
     > $$\begin{align} \kappa - \frac{1}{y} &=& 0 \end{align}$$
   - 다음 항목
""",
}
