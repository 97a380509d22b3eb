"""Study notes kept as an MkDocs Material site or a Docsify site, dropped into docs/notes/ (written for the
project, none copied): a Material page with content tabs, boxes, keys and icons (and a Korean smile, `(^^)`, twice); a Docsify page with
`!>` / `?>` boxes (one under a list item), docsify-tabs, an image sized by `':size='`, a link by Docsify's
route (`#/ops/reshape?id=view`) and the site's `_sidebar.md`.
`tests/builds/test_doc_sites_build.py` builds them; `tests/browser/test_doc_sites_browser.py` opens them."""

from __future__ import annotations

from tests.helpers.blog_shapes import png

MATERIAL = "notes/optimizers/"
DOCSIFY = "notes/docsify-텐서/"
SIDEBAR = "notes/docsify-notes-목차/"

NOTES: dict[str, str | bytes] = {
    "notes/mkdocs-notes/docs/optim/optimizers.md": """# Optimizers

옵티마이저를 프레임워크별로 만들어 본다. :material-check: 확인함 :smile:

=== "PyTorch"

    ```python
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    ```

    학습률은 작게 시작한다 (^^) 다음에 (^^).

=== "TensorFlow"

    ```python
    opt = tf.keras.optimizers.Adam(learning_rate=1e-3)
    ```

??? tip "모멘텀이란?"
    이전 기울기의 ==이동 평균==을 쓴다.

학습을 멈추려면 ++ctrl+c++ 를 누른다.
""",
    "notes/docsify-notes/tensor.md": """# Docsify 텐서

!> `view()`는 메모리가 **연속**일 때만 쓸 수 있다.

?> 모르면 `reshape()`를 쓰자.

- 모양 바꾸기
  - 옵션 설명

    ?> `-1`은 남은 크기를
    알아서 채운다.

<!-- tabs:start -->

#### **NumPy**

```python
a.reshape(2, 3)
```

#### **PyTorch**

```python
t.view(2, 3)
```

<!-- tabs:end -->

![텐서 모양](img/shape.png ':size=50%')

[처음으로](README.md ':ignore')

다음은 [모양 바꾸기](#/ops/reshape?id=view) 편.

[설치 방법](install.md ':id=setup')은 따로 정리할 예정.
""",
    "notes/docsify-notes/_sidebar.md": "- [텐서](tensor.md)\n- [모양 바꾸기](ops/reshape.md)\n",
    "notes/docsify-notes/ops/reshape.md": "# 모양 바꾸기\n\n## view\n\n연속 메모리에서.\n",
    "notes/docsify-notes/README.md": "# 텐서 노트\n\n[텐서](tensor.md)\n",
    "notes/docsify-notes/img/shape.png": png(60, 30),
}
