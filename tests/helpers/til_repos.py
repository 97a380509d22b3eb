"""Study notes kept in repositories (written for the project, none copied), in the shapes they use: a GitHub
study repository's notes without front-matter in topic folders, linking each other by relative paths (with
`.md`, without it as a wiki would, percent-encoded, into folders that were not brought along) and to a
notebook beside them and to a draft, and its README linking them by their GitHub addresses; a Hugo Blox site's chapter (a page bundle under `content/`) with its PDF behind a
`{{< button >}}` and a figure from the site's `static/`; a notebook converted to Markdown in a Jekyll blog, its
figures in a folder named after the post, spaces and parentheses and all; a Gatsby blog's MDX post (JSX
components among its Markdown). `tests/builds/test_til_repos_build.py` builds them."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

FOLDER = "notes/ai-study/AI Basics/Deep Learning Basics/"

NOTES: dict[str, str | bytes] = {
    "notes/ai-study/README.md": """# 📝 TIL

### 🤖 ML/DL

- [정규화](https://github.com/someone/AI-study/blob/main/AI%20Basics/Deep%20Learning%20Basics/%EB%94%A5%EB%9F%AC%EB%8B%9D_%EA%B8%B0%EC%B4%88_Regularization.md)
- [Adam](https://github.com/someone/AI-study/blob/main/AI%20Basics/Deep%20Learning%20Basics/딥러닝_기초_Optimizer.md#2-adam)
- [CNN](https://github.com/someone/AI-study/blob/main/AI%20Basics/CNN.md)
- [다른 저장소의 README](https://github.com/other/repo/blob/main/README.md)
""",
    FOLDER + "딥러닝_기초_Regularization.md": """## 목차
* [1. Regularization 이란?](#1-regularization-이란)
* [2. 탐구](#2-탐구)

## 1. Regularization 이란?

딥러닝에서 **Regularization (정규화)** 란, **[오버피팅](딥러닝_기초_Overfitting_Dropout.md) 방지를 위한 일종의
규제** 를 의미한다. 손실 함수에 가중치의 크기를 더해 가중치가 지나치게 커지지 않도록 막는다.

* L2 Regularization
  * $L = L_0 + \\displaystyle \\frac{\\lambda}{n} \\sum_{w} w^2$
* 실험 코드 : [code (ipynb)](codes/Regularization_experiment.ipynb), [정리 중인 글](딥러닝_기초_Dropout.md)
* [Recurrent Neural Network (RNN)](../../Natural%20Language%20Processing/Basics_RNN과%20LSTM,%20GRU.md#rnn이란)
  에서는 Layer Normalization 이 더 효과적이다.

## 2. 탐구

Optimizer 는 [Adam](딥러닝_기초_Optimizer.md#2-adam) 을 사용한다.
""",
    FOLDER + "딥러닝_기초_Dropout.md": """---
title: Dropout (정리 중)
published: false
---

아직 쓰는 중.
""",
    FOLDER + "딥러닝_기초_Optimizer.md": """## 1. weight decay

weight decay 가 적용된 [L2 Regularization](딥러닝_기초_Regularization#1-regularization-이란) 을
Adam 으로 처리할 때의 성능 저하를 AdamW 가 해결한다.

## 2. Adam

| Optimizer | 핵심 아이디어 |
|-----------|---------------|
| Adam      | RMSProp **+ Momentum** |
""",
    "notes/hugo-blox/content/ko/blog/backprop/index.md": """---
title: "📁 4장 : 오차 역전파"
summary: 연쇄 법칙으로 그레이디언트를 구하는 과정을 정리합니다.
date: 2025-10-24
authors:
  - admin
math: true
---

역전파는 **연쇄 법칙**으로 손실의 그레이디언트를 층마다 구한다.

![계산 그래프](/media/chain.png)

{{< callout note >}}
합성 함수의 미분은 $\\frac{dy}{dx} = f'(g(x))\\,g'(x)$ 이다.
{{< /callout >}}

---
{{< button url="/uploads/deeplearning/4-역전파.pdf" style="primary" size="lg" icon="document-arrow-down" >}}
PDF 다운로드
{{< /button >}}
""",
    "notes/hugo-blox/static/media/chain.png": png(40, 20),
    "notes/hugo-blox/static/uploads/deeplearning/4-역전파.pdf": b"%PDF-1.4\n%%EOF\n",
    # files of the same names elsewhere: found by the path the post wrote, not by the name alone
    "notes/other/chain.png": png(10, 10),
    "notes/other/4-역전파.pdf": b"other",
    "notes/nb-blog/_posts/2023-04-10-CNN 4 (CIFAR10 (2) AlexNet).md": """---
tag: [Deep Learning, CNN, AlexNet]
toc: true
---

# 신경망 학습 (CIFAR10 in Pytorch)

```python
figure, axes = plt.subplots(nrows=4, ncols=8)
```

\x20\x20\x20\x20
![png](/assets/images/2023-04-10-CNN 4 (CIFAR10 (2) AlexNet)/output_20_0.png)
\x20\x20\x20\x20

![jpeg](/assets/images/2023-04-10-CNN 4 (CIFAR10 (2) AlexNet)/output_29_0.jpg)

![title kept](/assets/images/nb/plot.png "학습 곡선")
""",
    "notes/nb-blog/assets/images/2023-04-10-CNN 4 (CIFAR10 (2) AlexNet)/output_20_0.png": png(30, 20),
    "notes/nb-blog/assets/images/nb/plot.png": png(30, 20),
    "notes/gatsby-blog/content/blog/vae/index.mdx": """---
title: VAE 정리
date: 2022-03-01
---

import { Callout } from '../../components/Callout'
import LossPlot from './LossPlot'

VAE는 <Highlight>ELBO</Highlight>를 최대화한다.

<Callout type="warning">
KL 항이 0으로 무너지는 **posterior collapse** 에 주의한다.
</Callout>

<LossPlot data={[1, 2, 3]} onClick={() => alert('x')} />
""",
}
