"""The "노트 상태" page: per note, what the author should fix and what was normalized for them.

The two lists of problems are HTML, put in the page after Markdown (`StatusPage.fill`): at 1000 notes
they hold some 10,000 lines, and Python-Markdown took 3 s to read them as Markdown. Headings, counts and
the concept candidates (the concept step's section) stay Markdown. A note's title is shown there as its author wrote it
(a formula in it as its TeX source), like the problems themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from hooks.kb.posts.registry import NoteRegistry
from hooks.kb.posts.report import Problem


def _marker(level: str) -> str:
    return f"<!--kb-status:{level}-->"


@dataclass(frozen=True)
class StatusPage:
    markdown: str
    lists: dict[str, tuple[tuple[str, tuple[Problem, ...]], ...]]  # level -> (path, its problems)

    def fill(self, html: str, href: Callable[[str], str | None], registry: NoteRegistry) -> str:
        """The page's HTML with its lists of problems in place; `href(path)` links a note's page."""
        for level, entries in self.lists.items():
            html = html.replace(_marker(level), _problem_list(entries, href, registry), 1)
        return html


def _problem_list(entries, href, registry: NoteRegistry) -> str:
    out = ["<ul>"]
    for path, problems in entries:
        label = f"<code>{escape(path)}</code>"
        note, link = registry.get(path), href(path)
        if note is not None and link is not None:
            label = f'<a href="{escape(link)}">{escape(note.title)}</a> ({label})'
        out.append(f"<li>{label}<ul>")
        for problem in problems:
            where = f"{problem.line}행" if problem.line else "파일"
            out.append(f"<li><code>{where}</code> {escape(problem.what)} — {escape(problem.done)}</li>")
        out.append("</ul></li>")
    out.append("</ul>")
    return "\n".join(out)


def render_status(
    registry: NoteRegistry, page_path: str = "status.md", candidates: list[str] | None = None
) -> StatusPage:
    """The page; `candidates`: the Markdown lines of its "개념 후보" section (the concept step's)."""
    by_path: dict[str, list[Problem]] = defaultdict(list)
    for problem in registry.problems:
        if problem.path not in registry.drafts:  # a draft appears nowhere, not even here
            by_path[problem.path].append(problem)
    published = registry.published()
    to_fix = sorted(p for p, probs in by_path.items() if any(x.level == "warning" for x in probs))
    out = [
        "# 노트 상태",
        "",
        f"노트 {len(published)}개가 페이지가 되었습니다. 초안(`draft: true`, `published: false`) {len(registry.drafts)}개는 어디에도 싣지 않았습니다.",
        f"고칠 것이 있는 파일은 {len(to_fix)}개입니다. 아래 내용은 빌드할 때마다 새로 만들어집니다.",
        "",
        "## 고쳐야 할 것",
        "",
    ]
    out.append(_marker("warning") if to_fix else "없습니다.")
    out += [
        "",
        "## 자동으로 정리한 것",
        "",
        "블로그마다 다르게 쓰는 형식을 이 사이트의 형식으로 맞춘 내용입니다. 고치지 않아도 됩니다.",
        "",
    ]
    tidied = sorted(p for p, probs in by_path.items() if any(x.level == "info" for x in probs))
    out.append(_marker("info") if tidied else "없습니다.")
    out += candidates or []
    lists = {"warning": _entries(by_path, to_fix, "warning"), "info": _entries(by_path, tidied, "info")}
    return StatusPage("\n".join(out) + "\n", lists)


def _entries(by_path, paths, level) -> tuple[tuple[str, tuple[Problem, ...]], ...]:
    return tuple((path, tuple(p for p in by_path[path] if p.level == level)) for path in paths)

