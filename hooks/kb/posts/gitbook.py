r"""A note synced from GitBook writes its brackets escaped: `LIFO\(Last In First Out\)`, `### 1\) 소개`, `\[+ 추가]`.

GitBook's editor escapes `(`, `)`, `[` and `]` in the Markdown it writes to GitHub, and its readers see the
brackets; its own formulas are `$$...$$`. Read as a MathJax blog is read, `\(...\)` and `\[...\]` were
formulas: "Last In First Out" typeset as one italic word. In a note that shows it is GitBook's (a `{% hint %}`,
`{% embed %}`, `{% tabs %}`, `{% code %}`, `{% content-ref %}`, `{% file %}` or a `.gitbook/assets/` figure),
these escapes are the brackets, before formulas are found.

GitBook's other blocks are drawn as GitBook draws them (`gitbook_blocks`), where they were left as text:
`{% embed url="..." %}` a link to what it embeds (a YouTube video with its thumbnail), `{% tabs %}` each
`{% tab title="PyTorch" %}` one after another under its title in bold, `{% content-ref %}` and `{% code %}`
their content (a code block's `title=` above it), `{% file src="..." %}` a link to the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.posts.code import protect_code
from hooks.kb.posts.embeds import embedded_link, youtube_id
from hooks.kb.posts.liquid import tag_params
from hooks.kb.posts.report import Problem

_GITBOOK = re.compile(r"\{%-?\s*(?:hint|endhint|embed|tabs|tab|code|content-ref|file|swagger)\b|\.gitbook/assets/")
_ESCAPED_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)\\([()\[\]])")


def gitbook_brackets(text: str, path: str) -> tuple[str, list[Problem]]:
    r"""In a GitBook note, `\(` `\)` `\[` `\]` outside code -> the bracket itself (as an HTML entity)."""
    if "\\" not in text or not _GITBOOK.search(text):
        return text, []
    protected = protect_code(text)
    if not _ESCAPED_BRACKET.search(protected.text):
        return text, []
    brackets = _ESCAPED_BRACKET.sub(lambda m: f"{m[1]}&#{ord(m[2])};", protected.text)
    problem = Problem(
        path,
        0,
        r"a note written by GitBook, its brackets escaped ('\(', '\)', '\[', '\]')",
        "shown as the brackets, as GitBook shows them, not as formula delimiters",
        "info",
    )
    return protected.restore(brackets), [problem]


_BLOCK_TAG = re.compile(
    r"\{%-?[ \t]*(?P<name>embed|endembed|tabs|endtabs|tab|endtab|content-ref|endcontent-ref|code|endcode|file|endfile)"
    r"\b(?P<args>[^%\n]*?)[ \t]*-?%\}"
)


def gitbook_blocks(text: str, path: str, line_of: Callable[[int], int]) -> tuple[str, list[Problem]]:
    """GitBook's `{% embed %}`, `{% tabs %}`/`{% tab %}`, `{% content-ref %}`, `{% code %}` and `{% file %}`
    (code set aside) -> what GitBook shows: links, titled parts, their content; lines kept."""
    if "{%" not in text or not _BLOCK_TAG.search(text):
        return text, []
    problems: list[Problem] = []

    def drawn(m: re.Match) -> str:
        name = m["name"]
        positional, named = tag_params(m["args"])
        if name == "embed" and named.get("url"):
            url = named["url"]
            video = youtube_id(url) if re.match(r"https?://(?:www\.|m\.)?youtu", url, re.I) else None
            return embedded_link(f"https://www.youtube.com/embed/{video}" if video else url, named.get("caption", ""))
        if name == "tab":  # GitBook's `title=`; jekyll-tabs' `{% tab group title %}`
            title = named.get("title") or (positional[1] if len(positional) > 1 else "")
            return f"**{title}**" if title else ""
        if name == "code" and named.get("title"):
            return f"**{named['title']}**"
        if name == "file" and named.get("src"):
            src = named["src"]
            return f"[{src.rsplit('/', 1)[-1]}](<{src}>)"
        if name in {"embed", "file"}:  # no address: nothing to show
            problems.append(Problem(path, line_of(m.start()), f"GitBook block '{m.group(0)}' names nothing", "removed"))
        return ""

    return _BLOCK_TAG.sub(drawn, text), problems
