"""Notes that are not Jekyll posts, in the shapes they come in (written for the project, none copied): a
study repository's README whose first heading carries a code span and a hits badge; a note written for GitHub
with Markdown inside `<p align="center">` and `<div align="center">` after a blank line (a figure beside it,
a table, bold text) and in a column `<div>` inside another, its opening tag over two lines; a notebook converted to Markdown whose table is closed by `</center><br>` on the line under
its last row; a VuePress page marking lines of its code (```` ```python{2} ````) above two plain fences; a GitHub README whose formulas readme2tex typeset as SVG files beside it
(`<img src="/logistic/tex/....svg?invert_in_darkmode&sanitize=true">`), and an SVG holding a script beside it; a
repository keeping readme2tex's pairs, each note's `X.tex.md` (TeX) beside the `X.md` readme2tex wrote from it
(formulas as `svg/<hash>.svg` images), the second linking the first; a glossary written `용어` then `: 정의`
in a Jekyll post (kramdown's definition list) and in a GitHub TIL note (text there); a Slidev deck whose slides open with their settings; a Tistory post
converted to Markdown with its image marker as an image's alt text (`![##_Image|kage@..._##](https://...)`).
`tests/builds/test_note_forms_build.py` builds them."""

from __future__ import annotations

import base64
import unicodedata
from urllib.parse import quote

from tests.helpers.blog_shapes import png

# a formula as readme2tex writes it: the SVG namespace as a prefix, glyphs drawn by reference
TEX_SVG = (
    '<ns0:svg xmlns:ns0="http://www.w3.org/2000/svg" xmlns:ns1="http://www.w3.org/1999/xlink" height="20pt" '
    'width="60pt" viewBox="0 0 60 20"><ns0:defs><ns0:path d="M1.7 -0.7C1.6 -0.5 1.4 -0.1 1.0 -0.1Z" id="g1-120"/>'
    '</ns0:defs><ns0:g fill-opacity="0.9"><ns0:use x="10" y="12" ns1:href="#g1-120"/></ns0:g></ns0:svg>'
)

# a glossary as both kramdown and GitHub users write it; kramdown draws a definition list, GitHub the lines
_GLOSSARY = "자주 나오는 용어.\n\nEpoch\n: 전체 데이터를 한 번 다 보는 것\n\nBatch\n: 한 번에 보는 데이터 묶음\n: 미니배치라고도 한다\n"

MAC = "notes/notion-dl/" + unicodedata.normalize("NFD", "딥러닝 용어 86ce4bada0e6")  # as a Mac names it

NOTES: dict[str, str | bytes] = {
    "notes/pytorch-study/README.md": """# `PyTorch` 스터디 기록 [![Hits](https://hits.seeyoufarm.com/api/count/incr/badge.svg?url=https%3A%2F%2Fgithub.com%2Fstudy)](https://hits.seeyoufarm.com)

## 주차별 정리

|주차|주제|
|:---:|---|
|1|Tensor 다루기|
""",
    "notes/cnn-notes/CNN 정리.md": """# CNN 정리

<p align="center">

![합성곱 연산](images/conv.png)

</p>

<div align="center">

**표 1.** 층별 출력 크기

| 층 | 출력 |
|:---:|:---:|
| conv1 | 28×28×6 |

</div>

<div class="columns">
<div
  class="left">

- 입력층
- 은닉층

</div>
<img src="images/conv.png" width="300">
</div>

끝.
""",
    "notes/cnn-notes/images/conv.png": png(40, 20),
    "notes/TIL/10월/13일(딥러닝).md": """# 14장 모델 성능 향상

샘플의 열은 다음과 같습니다.

<br><center>

|열|의미|
|---|---|
|0|주석산 농도|
|1|아세트산 농도|
</center><br>

이 문단은 가운데 정렬이 아닙니다.
""",
    "notes/vuepress-docs/docs/pytorch/loop.md": """---
title: 학습 루프
---

```python{2}
for x, y in loader:
    optimizer.zero_grad()
```

중간 문단.

```bash
python train.py
```

```python
model.eval()
```
""",
    "notes/ml-book/logistic/README.md": """# 로지스틱 회귀

### 시그모이드 함수
<p align="center"><img src="/logistic/tex/5f1c0ab5e1b1d40b0d8e1c2b8f7a6a11.svg?invert_in_darkmode&sanitize=true" align=middle width=100.29pt height=34.36pt/></p>

- 입력 데이터 <img src="/logistic/tex/9a0c3f3e0c2a4b1d8e7f6a5b4c3d2e1f.svg?invert_in_darkmode&sanitize=true" align=middle width=14.06pt height=20.22pt/> 에 대하여
""",
    "notes/ml-book/logistic/tex/5f1c0ab5e1b1d40b0d8e1c2b8f7a6a11.svg": TEX_SVG,
    "notes/ml-book/logistic/tex/9a0c3f3e0c2a4b1d8e7f6a5b4c3d2e1f.svg": TEX_SVG,
    "notes/ml-book/logistic/plot.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
    "notes/matrix-calculus/README.tex.md": "# 행렬 미분\n\n## 표기\n\n벡터 $\\mathbf{x}$ 의 미분\n\n"
    "\\begin{align}\ndy&=\\frac{dy}{d\\mathbf{x}}d\\mathbf{x}\n\\end{align}\n\n[예제 모음](examples.md)\n",
    "notes/matrix-calculus/README.md": (
        "# 행렬 미분\n\n## 표기\n\n벡터 <img src=\"svg/c416d0c6d8ab37f889334e2d1a9863c3.svg?invert_in_darkmode\" align=middle "
        "width=14.6pt height=14.6pt/> 의 미분\n\n<p align=\"center\"><img src=\"svg/1f80db88a38606d519d5360fe87c5722.svg?"
        "invert_in_darkmode\" align=middle width=177.6pt height=78.8pt/></p>\n\n[예제 모음](examples.md)\n"
    ),
    "notes/matrix-calculus/examples.tex.md": "# 행렬 미분 예제\n\n표기는 [본문](./README.md#표기)을 따른다. $d(\\mathbf{X}^\\top)$\n",
    "notes/matrix-calculus/examples.md": (
        "# 행렬 미분 예제\n\n표기는 [본문](./README.md#표기)을 따른다. <img src=\"svg/a5d4fd403c305234001f2f87d133519b.svg?"
        "invert_in_darkmode\" align=middle width=79.8pt height=27.9pt/>\n"
    ),
    "notes/matrix-calculus/svg/c416d0c6d8ab37f889334e2d1a9863c3.svg": TEX_SVG,
    "notes/matrix-calculus/svg/1f80db88a38606d519d5360fe87c5722.svg": TEX_SVG,
    "notes/matrix-calculus/svg/a5d4fd403c305234001f2f87d133519b.svg": TEX_SVG,
    "notes/study-slides/slides.md": """---
theme: seriph
highlighter: shiki
drawings:
  persist: false
title: 오차역전파법 발표
---

# 오차역전파법

---
layout: two-cols
class: text-center
---

# 연쇄 법칙

$$
\\frac{\\partial z}{\\partial x} = \\frac{\\partial z}{\\partial t}\\frac{\\partial t}{\\partial x}
$$

::right::

덧셈 노드는 기울기를 그대로 흘려보낸다.

---
layout: end
---

# 감사합니다
""",
    "notes/tistory/39일차 칼만 필터.md": """# 39일차 칼만 필터

두 분포를 곱하면 분산이 작아진다.

![##_Image|kage@xYzAb/btqAbCdEfGh/QwErTyUiOpAsDfGhJkLzXc/img.png|alignCenter|data-origin-width="0" data-origin-height="0"|||_##](https://img1.daumcdn.net/thumb/R1280x0/?scode=mtistory2&fname=https%3A%2F%2Fblog.kakaocdn.net%2Fdn%2FxYzAb%2Fimg.png)

끝.
""",
    "notes/notebooks/2023-05-02-loss-curve.md": f"""---
title: 손실 곡선 그리기
---

```python
plt.plot(history.history["loss"])
```


{"    "}
![png](data:image/png;base64,{base64.b64encode(png(8, 6)).decode()})
{"    "}

잘못 복사된 그림:

![정확도 곡선](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA%%)
""",
    # Notion links the page's own figure by its folder's name, as the Mac spelled it
    MAC + ".md": f"# 딥러닝 용어\n\n## 활성화 함수\n\n![Untitled]({quote(MAC.rsplit('/', 1)[1])}/Untitled.png)\n",
    MAC + "/Untitled.png": png(8, 8),
    "notes/notion-dl/CNN 구조 28a0703f1456/Untitled.png": png(8, 8),
    "notes/notion-dl/딥러닝 스터디.md": """# 딥러닝 스터디

[딥러닝 용어](딥러닝%20용어%2086ce4bada0e6.md#활성화-함수) · [[딥러닝 용어 86ce4bada0e6]]

![용어 그림](딥러닝%20용어%2086ce4bada0e6/Untitled.png)
""",
    "notes/dezero/step05.md": """# 5단계: 역전파 이론

> 수치 미분은 계산 비용과 정확도 면에서 문제가 있습니다. \\
지금이 바로 역전파가 등장할 시점입니다!
""",
    "notes/typora/정규화 기법 정리.md": (
        "# 정규화 기법 정리\n\n[toc]\n\n## 배치 정규화\n\n본문\n\n"
        "![image-20210801170512345](C:\\Users\\me\\AppData\\Roaming\\Typora\\typora-user-images\\image-20210801170512345.png)"
        "\n\n## 레이어 정규화\n\n본문\n"
    ),
    "notes/typora/typora-user-images/image-20210801170512345.png": png(8, 8),
    "notes/notion-dl/옵티마이저 정리.md": "# 옵티마이저 정리\n\n<aside>\n💡 **핵심**: 학습률이 너무 크면 발산한다.\n\n</aside>\n\n본문.\n",
    "notes/notion-dl/배치 정규화 4f2a9c1e8b7d6a5f4e3d2c1b0a998877.md": (
        "# 배치 정규화\n\n날짜: 2022년 10월 19일\nTags: Batch Normalization, 딥러닝\n\n본문.\n"
    ),
    "notes/gitbook/활성화 함수.md": (
        "# 활성화 함수\n\n{% embed url=\"https://www.youtube.com/watch?v=Xvg00QnyaIY\" %}\n\n{% tabs %}\n"
        "{% tab title=\"ReLU\" %}\n$$\\max(0, x)$$\n{% endtab %}\n\n{% tab title=\"시그모이드\" %}\n"
        "$$\\frac{1}{1+e^{-x}}$$\n{% endtab %}\n{% endtabs %}\n"
    ),
    "notes/hexo-blog/source/_posts/seq2seq.md": "---\ntitle: Seq2Seq 정리\ndate: 2022-01-08\n---\n\n본문.\n",
    "notes/hexo-blog/source/_posts/attention.md": (
        "---\ntitle: 어텐션 정리\ndate: 2022-01-15\n---\n\n"
        "{% blockquote Vaswani et al., Attention Is All You Need %}\n어텐션만으로 충분하다.\n{% endblockquote %}\n\n"
        "{% img /images/attention.png 300 '\"구조\" \"어텐션 구조\"' %}\n\n"
        "{% post_link seq2seq 지난 글 %} 참고, {% youtube iDulhoQ2pro %}\n"
    ),
    "notes/hexo-blog/source/images/attention.png": png(8, 8),
    "notes/vuepress-docs/docs/loss.md": "---\ntitle: 손실 함수\n---\n\n[[toc]]\n\n## 평균 제곱 오차\n\n본문\n\n## 교차 엔트로피\n\n본문\n",
    "notes/velog/3주차 회고.md": "---\ntitle: 3주차 회고\n---\n\n추천 영상:\n\n!youtube[aircAruvnKk]\n\n끝.\n",
    "notes/docusaurus-site/docs/tensor.md": (
        "---\ntitle: 텐서 만들기\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
        '<Tabs>\n  <TabItem value="pt" label="PyTorch">\n\n```python\nx = torch.zeros(3)\n```\n\n  </TabItem>\n'
        '  <TabItem value="tf" label="TensorFlow">\n\n```python\nx = tf.zeros(3)\n```\n\n  </TabItem>\n</Tabs>\n'
    ),
    "notes/notebooks/케라스 학습.md": (
        "# 케라스 학습\n\n```python\nmodel.fit(x, y, epochs=1)\n```\n\n    Epoch 1/1\n"
        "    \x1b[1m32/32\x1b[0m \x1b[32m━━━━━━━━━━━━━━━━━━━━\x1b[0m\x1b[37m\x1b[0m \x1b[1m1s\x1b[0m 4ms/step - loss: 0.6931\n"
    ),
    "notes/fastpages/_posts/2020-03-02-dropout.md": (
        "---\nlayout: post\ntitle: 드롭아웃 실험\n---\n\n{% include tip.html content='드롭아웃 비율은 **0.5**에서 시작한다' %}\n\n"
        "{% include warning.html content=\"추론 때는 평가 모드로 바꾼다\" %}\n\n"
        "{% include youtube.html content='<a href=\"https://youtu.be/Ilg3gGewQ5U\">https://youtu.be/Ilg3gGewQ5U</a>' %}\n\n"
        '{% include screenshot url="loss.png" caption="검증 손실" %}\n'
    ),
    "notes/fastpages/images/loss.png": png(8, 8),
    "notes/fastpages/_posts/2020-03-05-terms.md": "---\nlayout: post\ntitle: 학습 용어\n---\n\n" + _GLOSSARY,
    "notes/TIL/학습 용어.md": "# 학습 용어 TIL\n\n" + _GLOSSARY,
    "notes/vuepress-docs/docs/optim.md": '---\ntitle: 옵티마이저 비교\n---\n\n## Adam <Badge text="추천" type="tip"/>\n\n본문.\n',
}
