"""Notebook posts in the shapes fastpages and Quarto blogs publish (written for the project, none copied): a
fastpages `_notebooks/` post (its header cell, `#hide`, `#collapse-hide`, `#hide_input`, prompts and prints
in one output, a DataFrame, a figure, a pasted image), a Quarto post (`---` raw cell, `#|` options, a Plotly
chart), a notebook beside the `.md` nbconvert wrote from it, a Jekyll blog's draft notebook in `_writing/`, and Quarto and R Markdown documents (one bilingual, its divs shown per profile). `tests/builds/test_notebook_posts_build.py`
builds them; `tests/unit/test_notebooks.py` reads them cell by cell."""

from __future__ import annotations

import base64
import json

from tests.helpers.blog_shapes import png

FIGURE = base64.b64encode(png(8, 6)).decode()
PASTED = base64.b64encode(png(4, 4)).decode()
DATAFRAME = """<div>
<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }
</style>
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;"><th></th><th>나이</th></tr>
  </thead>
  <tbody>
    <tr><th>0</th><td>24</td></tr>
  </tbody>
</table>
</div>"""


def markdown(source: str, **extra) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source.splitlines(keepends=True), **extra}


def code(source: str, *outputs: dict, tags: tuple[str, ...] = ()) -> dict:
    metadata = {"tags": list(tags)} if tags else {}
    return {
        "cell_type": "code", "execution_count": 1, "metadata": metadata, "outputs": list(outputs),
        "source": source.splitlines(keepends=True),
    }  # fmt: skip


def stream(text: str, name: str = "stdout") -> dict:
    return {"output_type": "stream", "name": name, "text": text.splitlines(keepends=True)}


def result(data: dict) -> dict:
    return {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": data}


def notebook(*cells: dict, language: str = "python") -> bytes:
    meta = {"kernelspec": {"display_name": "Python 3", "language": language, "name": "python3"}}
    return json.dumps({"cells": list(cells), "metadata": meta, "nbformat": 4, "nbformat_minor": 5}).encode()


FASTPAGES = notebook(
    markdown("# 판다스 입력 정리\n> 콘솔 입력과 DataFrame\n\n- toc: true\n- badges: false\n- categories: [Python, pandas]"),
    markdown("* 입력되는 값은 기본적으로 **문자열**이다.\n\n![image.png](attachment:image.png)",
             attachments={"image.png": {"image/png": PASTED}}),
    code("#hide\nimport warnings\nwarnings.filterwarnings('ignore')", stream("숨긴 셀의 출력\n")),
    code("text = input('나이: ')\nprint(f'메아리 : {text}')", stream("나이:  24\n", "stdin"), stream("메아리 : 24\n")),
    code("#collapse-hide\nimport pandas as pd\ndf = pd.DataFrame({'나이': [24]})\ndf",
         result({"text/html": DATAFRAME, "text/plain": "   나이\n0  24"})),
    code("#hide_input\nplt.plot([1, 2])", result({"image/png": FIGURE, "text/plain": "<Figure size 640x480>"})),
    markdown("> Tip: 입력은 문자열이다.\n\n> youtube: https://youtu.be/XfoYk_Z5AkI\n\n{% include note.html content='Liquid 상자' %}"),
    code("print(f'{{나이}}')", stream("{나이}\n")),
    code("1 / 0", {"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
                   "traceback": ["\x1b[0;31mZeroDivisionError\x1b[0m: division by zero"]}),
)  # fmt: skip

QUARTO = notebook(
    {"cell_type": "raw", "metadata": {}, "source": "---\ntitle: 로지스틱 회귀\ndate: 2024-03-02\ncategories: [ML]\n---"},
    markdown("## 시그모이드\n\n$\\sigma(z) = \\frac{1}{1+e^{-z}}$"),
    code("#| echo: false\nimport numpy as np", stream("안 보이는 코드의 출력\n")),
    code("#| include: false\nsecret = 1", stream("아무것도 안 보임\n")),
    code("#| code-fold: true\n#| code-summary: 코드\nfig = px.line(y=[1, 2])\nfig.show()",
         result({"text/html": "<div id='p'></div><script>Plotly.newPlot('p')</script>",
                 "text/plain": "Figure({'data': [...]})"})),
)  # fmt: skip

QMD = """---
title: 펭귄 데이터 탐색
date: 2024-05-01
categories: [EDA]
---

## 결측치

```{python}
#| echo: false
import seaborn as sns
```

```{python}
#| code-fold: true
penguins.isna().sum()
```

성별 열에 결측치가 있다.
"""

BILINGUAL = """---
title: "TIL on WED"
date: "2024-01-10"
---

::: {.content-visible when-profile="ko"}

### 모두를 위한 파이썬

::: {layout-ncol=2}

![](./images/scan.png){group="my-gallery"}

:::{.callout-note}
딕셔너리, get
:::

:::

:::

::: {.content-visible when-profile="en"}

### Python for Everybody

:::
"""

# A notebook converted for a minimal-mistakes blog by a converter that writes outputs as `<pre>` and its CSS in
# a `<head>` at the top of the post.
CONVERTED = """---
layout: single
title: "판다스 기초"
categories: coding
---

<head>
  <style>
    table.dataframe {
      white-space: normal;
    }

    .output_prompt {
      overflow: auto;
    }
  </style>
</head>


```python
s = pd.Series([1, 2, 3])
print(s)
```

<pre>
0    1
dtype: int64
</pre>
**DataFrame 보기**
"""

NOTES: dict[str, str | bytes] = {
    "notes/fastpages/_notebooks/2021-11-08-console-input.ipynb": FASTPAGES,
    "notes/quarto/posts/logistic/index.ipynb": QUARTO,
    "notes/nbconvert/2023-04-10-cnn.ipynb": notebook(markdown("# 원본 노트북")),
    "notes/nbconvert/2023-04-10-cnn.md": "---\ntitle: CNN 정리\n---\n\n변환한 글.\n",
    "notes/quarto/posts/penguins/index.qmd": QMD,
    "notes/quarto/TIL/2024-01-10/index.qmd": BILINGUAL,
    "notes/quarto/TIL/2024-01-10/images/scan.png": png(6, 4),
    "notes/converted/_posts/2023-01-02-pandas.md": CONVERTED,
    "notes/keras/_posts/2017-01-27-keras-talk.md": "---\ntitle: 케라스 이야기\n---\n\n케라스 소개.\n",
    "notes/keras/_writing/Temp LSTM.ipynb": notebook(markdown("# 임시 초안")),
    "notes/keras/_drafts/2017-02-01-gru.ipynb": notebook(markdown("# GRU 초안")),
    "notes/rmd/2024-05-02-tidy.Rmd": "---\ntitle: dplyr 정리\n---\n\n```{r, echo=FALSE}\nlibrary(dplyr)\n```\n\n`filter()`로 행을 고른다.\n",
}
