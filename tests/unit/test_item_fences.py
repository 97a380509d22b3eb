"""A list item whose code opens on its marker's line (`* ```python`) holds that code, as kramdown, CommonMark and
markdown-it read it; Python-Markdown read no fence there and showed the code as the item's text."""

import markdown
import pytest

from hooks.kb.posts.code import item_fences
from hooks.kb.posts.ingest import read_note


@pytest.mark.parametrize(
    ("text", "split", "added"),
    [
        ("* ```python\n  wandb.finish()\n  ```\n", "* \n  ```python\n  wandb.finish()\n  ```\n", (2,)),
        ("- 설명\n1. ~~~bash\n   ls -al\n   ~~~\n", "- 설명\n1. \n   ~~~bash\n   ls -al\n   ~~~\n", (3,)),
        ("  - ```\n    x = 1\n    ```\n", "  - \n    ```\n    x = 1\n    ```\n", (2,)),
    ],
)
def test_the_fence_goes_under_its_item(text, split, added):
    assert item_fences(text) == (split, added)


@pytest.mark.parametrize(
    "text",
    [
        "- ``dtype = torch.uint8``: 8비트 정수\n",  # two backticks: a code span
        "- ```python``` 으로 감싼다\n",  # a code span of three: its info string holds a backtick
        "```markdown\n* ```python\n```\n",  # an item's fence shown inside a code block is that block's text
        "- 목록\n\n```python\nx = 1\n```\n",
    ],
)
def test_other_text_is_left_as_it_is(text):
    assert item_fences(text) == (text, ())


def test_the_items_code_is_a_code_block_and_the_later_fences_pair_right():
    src = (
        "---\ntitle: 실험 관리\n---\n\n"
        "- Python 코드에 연동하는 방법\n"
        "  - wandb.init : 실험 추적을 시작\n"
        "* ```python\n"
        "  # 새로운 run 설정\n"
        '  wandb.init(project="intro")\n'
        "  ```\n"
        "  ```python\n"
        "  wandb.finish()\n"
        "  ```\n"
        "\n"
        "#### Artifacts\n"
        "\n"
        "```python\n"
        "run = wandb.init()\n"
        "```\n"
    )
    note, problems = read_note("notes/_posts/2025-10-21-wandb.md", src.encode())
    html = markdown.markdown(note.body, extensions=["pymdownx.superfences"])
    assert "```" not in html and html.count("<pre") == 3
    item = html[html.index("<li>", html.index("</ul>")) : html.rindex("</li>")]
    assert "# 새로운 run 설정" in item and item.count("<pre") == 2  # both blocks in the item, as code
    assert "run = " not in item and "Artifacts</h" in html  # the note's next block and heading after it
    # the heading's problem is told at its line in the file, the fence's added line counted out
    assert [p.line for p in problems if "heading levels" in p.what] == [15]
