"""Notes in the shapes of exported and converted study notes that the site once showed worse than their own
tools (written for the project, none copied): a Notion export (its folder named after the page, `&` and
all, an item's children four spaces in), a Hydejack post (`{:.note}`, `<details>` over `<div markdown="1">`),
a Chirpy post with prompts written in HTML, a jupyter-book notebook post (`{:.output_data_text}` before an
output, a pandas table) and a TIL kept on GitHub (bare URLs). `tests/builds/test_blog_forms_build.py`
builds them."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

NOTION_FOLDER = "notes/notion/자료구조 & 알고리즘 5d41402abc4b2a76b9719d911017c592"

NOTES: dict[str, str | bytes] = {
    "notes/notion/자료구조 & 알고리즘 5d41402abc4b2a76b9719d911017c592.md": """# 자료구조 & 알고리즘

## 배열

- 접근 : O(1)
- 탐색 : O(N)
\x20\x20\x20\x20
    ### 메서드 시간 복잡도
\x20\x20\x20\x20
    - indexOf : O(N)
    - push : O(1)

![시간 복잡도 표](%EC%9E%90%EB%A3%8C%EA%B5%AC%EC%A1%B0%20&%20%EC%95%8C%EA%B3%A0%EB%A6%AC%EC%A6%98%205d41402abc4b2a76b9719d911017c592/Untitled%201.png)
""",
    NOTION_FOLDER + "/Untitled 1.png": png(40, 20),
    "notes/hydejack/_posts/2023-03-02-sgd.md": """---
layout: post
title: '[DL] 경사 하강법'
categories: [DL]
---

* toc
{:toc}

## 1. 확률적 경사 하강법

미니배치마다 기울기를 구해 한 걸음씩 내려간다.

❗학습률이 너무 크면 발산한다.\x20\x20
{:.note title='주의'}

전체 데이터를 한 번 도는 것을 에폭이라 한다.
{:.message}

![손실 곡선](loss.png)

학습률에 따른 손실 곡선
{:.figcaption}

<details><summary>유도 과정 보기</summary><div markdown="1">

손실의 [기울기](https://ko.wikipedia.org/wiki/기울기)를 **반대 방향**으로 따라간다.

```python
w = w - lr * grad
```

</div></details>
""",
    "notes/hydejack/_posts/loss.png": png(40, 20),
    "notes/chirpy/_posts/2025-03-01-dropout.md": """---
title: 드롭아웃
date: 2025-03-01 10:00:00 +0900
categories: [AI, 딥러닝]
---

드롭아웃은 학습 중 뉴런을 확률적으로 끈다.

<blockquote class="prompt-tip">
<p>한 줄: 여러 모델을 앙상블한 효과를 낸다.</p>
</blockquote>

<blockquote class="prompt-warning">
추론 때는 끄기<br>
- model.eval()<br>
</blockquote>

<details>
<summary>정답</summary>

- ② 학습 때만 적용

</details>
""",
    "notes/jupyter/05-titanic.md": """---
title: 'Titanic EDA'
kernel_name: python3
---

# 데이터 불러오기

<div markdown="1" class="cell code_cell">
<div class="input_area" markdown="1">
```python
df.head(2)
```
</div>

<div class="output_wrapper" markdown="1">
<div class="output_subarea" markdown="1">

{:.output_data_text}
```
   survived  pclass
0         0       3
```

<div markdown="0" class="output output_html">
<table border="1" class="dataframe">
  <thead><tr><th></th><th>survived</th><th>pclass</th></tr></thead>
  <tbody><tr><th>0</th><td>0</td><td>3</td></tr></tbody>
</table>
</div>

</div>
</div>
</div>
""",
    "notes/til/2023/February.md": """# February(2월)

> ## 23.02.01(수)
> > 참고한 글\x20\x20
> > https://someone.github.io/posts/cnn-basics/#합성곱-연산\x20\x20
""",
    "notes/chirpy/_posts/2025-03-08-lr-schedule.md": """---
layout: post
title: 학습률 스케줄 실험
date: 2025-03-08 21:00:00 +0900
---

학습률을 줄여 가며 녹화한 학습 곡선이다.

{% include embed/video.html src='/assets/video/lr.mp4' title='학습 곡선 녹화' %}

참고한 강의:

{% include embed/youtube.html id='_gaAoJBMJ_Q' %}
""",
    "notes/chirpy/assets/video/lr.mp4": b"\x00\x00\x00\x18ftypmp42",
    "notes/peer-session/week3-optimizer.md": """# Week3 옵티마이저 피어세션

###### tags: `boostcamp` `Optimizer`

## 모멘텀
관성처럼 이전 기울기를 누적한다.
그래서 진동이 줄어든다.

```python=
v = beta * v + grad
w = w - lr * v
```

:::spoiler 퀴즈 정답
모멘텀 계수는 보통 0.9로 둔다.
:::

> Adam 과 비교하면요? [name=박지은] [time=Wed, Aug 11, 2021] [color=#907bf7]

* 실험 설정
    :::spoiler 실험 코드
    ```python=
    lr = 0.01
    ```
    :::
    결과는 좋았다.

++중요++ 한 건 2^k^ 배치, 수고했어요^_^
""",
}
