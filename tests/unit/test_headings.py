"""hooks/kb/posts/headings.py: heading levels close their gaps; the nesting the author wrote is kept."""

from __future__ import annotations

import pytest

from hooks.kb.posts.headings import close_heading_gaps


def _levels(text: str) -> list[str]:
    closed, _ = close_heading_gaps(text, "notes/x.md", lambda offset: text.count("\n", 0, offset) + 1)
    return [line.split(" ", 1)[0] for line in closed.splitlines() if line.startswith("#")]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("## 개요\n#### 세부\n", ["##", "###"]),  # h2 then h4
        ("### RNN\n### LSTM\n", ["##", "##"]),  # the first heading below h2
        ("## A\n#### B\n### C\n## D\n###### E\n", ["##", "###", "###", "##", "###"]),
        ("## A\n### B\n#### C\n", ["##", "###", "####"]),  # nothing to close
        ("##제목\n####소제목\n", ["##제목", "###소제목"]),  # Python-Markdown needs no space
        ("Transformer\n---\n#### Attention\n", ["###"]),  # a setext h2 counts as an h2
    ],
)
def test_each_heading_is_one_level_below_the_heading_it_sits_under(written, shown):
    assert _levels(written) == shown


def test_a_closed_gap_is_reported_once_with_its_line_and_untouched_text_is_returned_as_it_was():
    text = "본문\n\n## 개요\n\n#### 세부\n\n#### 또\n"
    closed, problems = close_heading_gaps(text, "notes/x.md", lambda offset: text.count("\n", 0, offset) + 1)
    assert closed == "본문\n\n## 개요\n\n### 세부\n\n### 또\n"
    assert [(p.line, p.level) for p in problems] == [(5, "info")]
    plain = "## A\n\n### B\n"
    assert close_heading_gaps(plain, "notes/x.md", lambda offset: 1) == (plain, [])
