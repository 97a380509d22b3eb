"""A fence opens a code block whatever its info string says, as GFM, kramdown and markdown-it read it
(`mkdocs.yml`: superfences' `relaxed_headers`): one whose words superfences cannot read was no fence, and every
fence after it paired up wrongly, the page's headings shown inside a code block."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.config import load_config

from tests.helpers.sitebuild import ROOT, reader_text

CONFIG = load_config(str(ROOT / "mkdocs.yml"))


def render(text: str) -> str:
    return markdown.Markdown(extensions=CONFIG.markdown_extensions, extension_configs=CONFIG.mdx_configs).convert(text)


@pytest.mark.parametrize(
    "info",
    [
        "component VPCard",  # VuePress Hope's component block, without its plugin
        "python3 main.py",  # a file name after the language
        "python 실습 코드",
        'js title="app.js" foo',
        'python foo="bar"',
        'python title="train.py"',  # read already: stays as it was
        "text",
    ],
)
def test_any_info_string_opens_a_code_block(info):
    html = render(f"```{info}\nx = 1\n```\n\n## 다음 절\n\n```python\ny = 2\n```\n")
    assert "<h2" in html and "다음 절" in html.split("<h2", 1)[1]  # the heading after it is a heading
    assert html.count("<code") == 2 and "```" not in html
    assert "x = 1" in reader_text(html.split("<code", 1)[1].split("</code>", 1)[0])
