"""Study posts in the shapes of editors and themes the site once showed worse than their blogs (written for
the project, none copied): a post published from an HTML-exporting editor, its formulas typeset by KaTeX
(StackEdit's `katex--display` over MathML with a TeX annotation), and a Just the Docs page (an attribute
list under a heading, callouts over a quote and a paragraph), and a Jupyter Book chapter in MyST (`{math}` roles,
labelled `{math}` directives and `$$ (label)` referred to by `{eq}` and `[](#label)`, a figure, boxes, a code
cell). `tests/builds/test_study_posts_build.py` builds them."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

_KATEX_INLINE = (
    '<span class="katex--inline"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/'
    'Math/MathML"><semantics><mrow><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">'
    'x_i</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base">'
    '<span class="mord mathnormal">x</span><span class="msupsub"><span class="vlist">i</span></span></span></span>'
    "</span></span>"
)
_KATEX_DISPLAY = (
    '<span class="katex--display"><span class="katex-display"><span class="katex"><span class="katex-mathml"><math '
    'xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>μ</mi></mrow><annotation '
    'encoding="application/x-tex">\n\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i\n</annotation></semantics></math></span>'
    '<span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">μ</span>'
    '<span class="mfrac"><svg viewBox="0 0 400000 1296"><path d="M263,681c0.7,0,18,39.7,52,119\n'
    'M1001 80h400000v40h-400000z"></path></svg></span></span></span></span></span></span>'
)

NOTES: dict[str, str | bytes] = {
    "notes/stackedit/_posts/2022-08-01-batchnorm.md": f"""---
title: 배치 정규화
date: 2022-08-01 10:00:00 +0900
categories: [AI]
---

<h2 id="평균">평균</h2>
<ul>
<li>미니배치의 각 값 {_KATEX_INLINE} 로 평균을 구한다.<br>
{_KATEX_DISPLAY}</li>
</ul>
<p><img src="https://user-images.githubusercontent.com/1/bn.png" alt="" width="500"></p>
""",
    "notes/jtd/docs/dl/gru.md": """---
layout: default
title: GRU
parent: 딥러닝
---

# GRU
{: .fs-9 }

## 게이트
{: #gates }

{: .note }
> GRU는 게이트가 둘이다.
> - update gate

{: .warning-title }
> 헷갈리는 점
>
> reset gate는 과거를 **잊는** 비율이다.

{: .highlight }
파라미터 수는 LSTM보다 적다.

[게이트로](#gates)
""",
    "notes/book/dl/attention.md": """---
jupytext:
  text_representation:
    format_name: myst
kernelspec:
  name: python3
---

# 어텐션

쿼리 {math}`q`와 키 {math}`k_j`의 점수로 가중치를 구한다.

```{math}
:label: score
e_j = \\frac{q^\\top k_j}{\\sqrt{d}}
```

$$
\\alpha_j = \\mathrm{softmax}(e)_j
$$ (weights)

식 {eq}`score`를 정규화한 것이 [](#weights)이다. 가중치는 {numref}`fig-attn`에 보인다.

```{figure} img/attention.png
:width: 300px
:name: fig-attn

어텐션 가중치의 **히트맵**
```

:::{tip} 스케일링
{math}`\\sqrt{d}`로 나누지 않으면 softmax가 포화된다.
:::

```{code-cell} ipython3
:tags: [hide-input]

import torch
```
""",
    "notes/book/dl/img/attention.png": png(60, 30),
}
