"""Notes that are not Jekyll posts, in the shapes they come in (written for the project, none copied): a
study repository's README whose first heading carries a code span and a hits badge.
`tests/builds/test_note_forms_build.py` builds them."""

from __future__ import annotations

NOTES: dict[str, str | bytes] = {
    "notes/pytorch-study/README.md": """# `PyTorch` 스터디 기록 [![Hits](https://hits.seeyoufarm.com/api/count/incr/badge.svg?url=https%3A%2F%2Fgithub.com%2Fstudy)](https://hits.seeyoufarm.com)

## 주차별 정리

|주차|주제|
|:---:|---|
|1|Tensor 다루기|
""",
}
