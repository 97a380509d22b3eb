"""minimal-mistakes' notices written in HTML: `<div class="notice--info" markdown="1">` ... `</div>` (several
paragraphs, a list or a formula in one notice), or `<p class="notice--warning">한 줄</p>`.

The theme draws any element of the class `notice`, `notice--primary`, `--info`, `--warning`, `--success` or
`--danger` as a coloured box. Python-Markdown kept the element and its class, which the site does not style:
the box showed as plain text. The class becomes Material's box of that kind (`admonition info`), other
classes and attributes kept, so the element is a box here too. (`{: .notice--info}` after or before a
paragraph is read with kramdown's other attribute lists, in `hooks.kb.posts.body`.)
"""

from __future__ import annotations

import re

from hooks.kb.posts.body import NOTICE_KINDS, LineOf
from hooks.kb.posts.report import Problem

_NOTICE_TAG = re.compile(
    r"<(?P<name>div|p|section|aside|blockquote)\b(?P<before>[^>]*?\bclass\s*=\s*)"
    r"(?P<q>[\"'])(?P<classes>[^\"'>]*)(?P=q)",
    re.I,
)
_NOTICE_CLASS = re.compile(r"(?<![\w-])notice(?:--(?P<kind>\w+))?(?![\w-])")


def notice_elements(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """An element of minimal-mistakes' notice class -> the same element as Material's box of that kind."""
    if "notice" not in text:
        return text, []
    problems: list[Problem] = []

    def boxed(tag: re.Match) -> str:
        notice = _NOTICE_CLASS.search(tag["classes"])
        if notice is None:
            return tag.group(0)
        kind = NOTICE_KINDS.get(notice["kind"], "note")
        problems.append(
            Problem(
                path,
                line_of(tag.start()),
                f"minimal-mistakes notice <{tag['name'].lower()} class=\"{notice.group(0)}\">",
                f"shown as a '{kind}' box",
                "info",
            )
        )
        classes = tag["classes"][: notice.start()] + f"admonition {kind}" + tag["classes"][notice.end() :]
        return f"<{tag['name']}{tag['before']}{tag['q']}{classes}{tag['q']}"

    return _NOTICE_TAG.sub(boxed, text), problems
