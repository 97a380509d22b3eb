r"""A note synced from GitBook writes its brackets escaped: `LIFO\(Last In First Out\)`, `### 1\) 소개`, `\[+ 추가]`.

GitBook's editor escapes `(`, `)`, `[` and `]` in the Markdown it writes to GitHub, and its readers see the
brackets; its own formulas are `$$...$$`. Read as a MathJax blog is read, `\(...\)` and `\[...\]` were
formulas: "Last In First Out" typeset as one italic word. In a note that shows it is GitBook's (a `{% hint %}`,
`{% embed %}`, `{% tabs %}`, `{% code %}`, `{% content-ref %}`, `{% file %}` or a `.gitbook/assets/` figure),
these escapes are the brackets, before formulas are found.
"""

from __future__ import annotations

import re

from hooks.kb.posts.code import protect_code
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
