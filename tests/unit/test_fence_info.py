"""A fence's info string as superfences reads it (`fence_info` in hooks/kb/posts/code.py): the line marks of
VuePress, VitePress, Docusaurus and Slidev become `hl_lines`, their titles `title`, their line numbers
`linenums`, HackMD's `python=` / `python=101` / `python=+` `linenums`; what superfences reads already stays as
written."""

from __future__ import annotations

import pytest

from hooks.kb.posts.code import fence_info, readable_fences


@pytest.mark.parametrize(
    ("info", "read"),
    [
        ("js{4}", 'js hl_lines="4"'),  # VuePress, VitePress
        ("python {1,3}", 'python hl_lines="1 3"'),  # Docusaurus
        ("jsx {1,4-6,11}", 'jsx hl_lines="1 4-6 11"'),
        ('py title="model.py" {2}', 'py hl_lines="2" title="model.py"'),
        ("js showLineNumbers", 'js linenums="1"'),  # Docusaurus
        ("ts:line-numbers {1}", 'ts hl_lines="1" linenums="1"'),  # VitePress
        ("python{all|3|5}", "python"),  # Slidev's click steps: nothing to mark without the clicks
        ("mermaid {scale: 0.5}", "mermaid"),
        ("python", "python"),
        ('jsx title="App.js"', 'jsx title="App.js"'),
        ("{.python .numberLines}", "{.python .numberLines}"),
        ("", ""),
        ("python=", 'python linenums="1"'),  # HackMD: numbered lines
        ("python=101", 'python linenums="101"'),  # from 101
        ("cpp=!", 'cpp linenums="1"'),  # numbered, long lines wrapped
        ("python!", "python"),  # long lines wrapped: they scroll here
        ("=", 'text linenums="1"'),
        ("python=abc", "python=abc"),  # no mark of HackMD's: as written
    ],
)
def test_fence_info(info, read):
    assert fence_info(info) == read


def test_only_openings_change():
    text = "```js{2}\nconst a = {b: 1}\n```\n\n````md\n```js{4}\nx\n```\n````\n"
    assert readable_fences(text) == 'js hl_lines="2"'.join(["```", "\nconst a = {b: 1}\n```\n\n````md\n```js{4}\nx\n```\n````\n"])


def test_hackmd_numbering_goes_on_from_the_last_numbered_block():
    text = "```python=\na = 1\nb = 2\n```\n\n```bash\nls\n```\n\n```python=+\nc = a + b\n```\n"
    assert readable_fences(text) == (
        '```python linenums="1"\na = 1\nb = 2\n```\n\n```bash\nls\n```\n\n```python linenums="3"\nc = a + b\n```\n'
    )
