"""In a post kramdown drew, code lines at the margin under a list item's fence are the item's code, as kramdown
took them (lazily, as a paragraph's lines); Python-Markdown showed the fences and the code as inline code."""

import markdown
import pytest

from hooks.kb.posts.code import lazy_code_lines
from hooks.kb.posts.ingest import read_note

ITEM = (
    "* **AutoTokenizer**\n"
    "  * 모델마다 다른 토크나이저 활용\n"
    "  ```python\n"
    'tokenizer = AutoTokenizer.from_pretrained("bert-base")\n'
    "  ```\n"
)


@pytest.mark.parametrize(
    ("text", "indented"),
    [
        (ITEM, ITEM.replace("\ntokenizer", "\n  tokenizer")),
        ("- step\n    ~~~bash\nls -al\n  cd ..\n    ~~~\n", "- step\n    ~~~bash\n    ls -al\n    cd ..\n    ~~~\n"),
    ],
)
def test_code_lines_go_to_their_fence(text, indented):
    assert lazy_code_lines(text) == indented


@pytest.mark.parametrize(
    "text",
    [
        "```python\nx = 1\n```\n",  # a fence at the margin
        "  - a\n    ```python\n\tmodel_name = 'bert'\n    ```\n",  # a tab is four columns: at the fence already
        "- a\n  ```python\n  def f():\n      return 1\n  ```\n",
    ],
)
def test_code_at_its_fence_is_left_as_it_is(text):
    assert lazy_code_lines(text) == text


def _html(path: str, body: str) -> tuple[str, str]:
    note, _ = read_note(path, ("---\ntitle: 허깅페이스\n---\n\n" + body).encode())
    return note.body, markdown.markdown(note.body, extensions=["pymdownx.superfences"])


def test_a_jekyll_posts_item_holds_the_code_block():
    body, html = _html("notes/_posts/2025-10-22-hf.md", ITEM)
    assert body.count("\n") == ITEM.count("\n")  # line for line
    assert "<pre" in html and "```" not in html and "<code>python" not in html
    assert html.index("토크나이저 활용") < html.index("<pre") < html.index("</ul>")  # in the item, under its text


def test_a_note_github_drew_is_not_read_so():
    body, _ = _html("notes/til/hf.md", ITEM)
    fence = next(line for line in body.split("\n") if "```python" in line)
    code = next(line for line in body.split("\n") if "tokenizer =" in line)
    assert len(code) - len(code.lstrip()) < len(fence) - len(fence.lstrip())  # not moved to the fence: GitHub
    # ended the item at the margin line, not kramdown's reading
