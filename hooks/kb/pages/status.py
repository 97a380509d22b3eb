"""The "노트 상태" page: per note, what the author should fix and what was normalized for them, in Korean.

Problems are grouped by note: the note's title and file, its counts per kind (수식 2 · 링크 1), then each
problem at its line (the same line the build log gives). A group of more than `OPEN_UP_TO` problems is
collapsed (`<details>`), so a site with hundreds of warnings reads in one screen: the counts per kind of
the whole site first, then one line per note.

The lists are HTML put in the page after Markdown (`StatusPage.fill`), as late as the build allows (MkDocs
finds broken links while it renders the notes): at 1000 notes they hold some 10,000 lines, and
Python-Markdown took 3 s to read them as Markdown. Headings, counts and the short list of concept
candidates stay Markdown. A note's title is shown there as its author wrote it (a formula in it as its TeX
source), like the problems themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from hooks.kb.pages.listing import escape_markdown, note_link
from hooks.kb.pages.messages import KINDS, korean
from hooks.kb.posts.registry import NoteRegistry
from hooks.kb.posts.report import Problem

OPEN_UP_TO = 3  # a note with more problems than this shows them folded
LEVELS = ("warning", "info")


def _marker(level: str) -> str:
    return f"<!--kb-status:{level}-->"


def placeholder(level: str) -> str:
    """Where a list goes once the page's HTML is made: an element the sanitizer keeps (it drops comments)."""
    return f'<div id="kb-status-{level}"></div>'


@dataclass(frozen=True)
class StatusPage:
    markdown: str

    @staticmethod
    def mark(html: str) -> str:
        """The page's HTML with its comment markers made into placeholders that survive sanitizing."""
        for level in LEVELS:
            html = html.replace(_marker(level), placeholder(level), 1)
        return html

    def fill(self, html: str, href: Callable[[str], str | None], registry: NoteRegistry) -> str:
        """The page's HTML with every problem reported so far in place; `href(path)` links a note's page."""
        by_level = problems_by_level(registry)
        for level in LEVELS:
            listing = _level_html(level, by_level[level], href, registry)
            html = html.replace(_marker(level), listing, 1).replace(placeholder(level), listing, 1)
        return html


def problems_by_level(registry: NoteRegistry) -> dict[str, dict[str, list[Problem]]]:
    """level -> file -> its problems, in file order; drafts appear nowhere, not even here."""
    out: dict[str, dict[str, list[Problem]]] = {level: defaultdict(list) for level in LEVELS}
    for problem in registry.problems:
        if problem.path not in registry.drafts:
            out[problem.level][problem.path].append(problem)
    return {level: dict(sorted(found.items())) for level, found in out.items()}


def _level_html(level, by_path: dict[str, list[Problem]], href, registry: NoteRegistry) -> str:
    if not by_path:
        return "<p>없습니다.</p>"
    kinds: Counter[str] = Counter()
    groups = []
    for path, problems in by_path.items():
        rows = [korean(p) for p in problems]
        counts = Counter(kind for kind, _, _ in rows)
        kinds.update(counts)
        groups.append(_group(path, problems, rows, counts, href, registry))
    total = sum(kinds.values())
    noun = "경고" if level == "warning" else "정리"
    head = (
        f'<p class="kb-status-total">파일 {len(by_path)}개, {noun} {total}건: '
        + " · ".join(f"{KINDS[k]} {kinds[k]}" for k in KINDS if kinds[k])
        + "</p>"
    )
    return head + '\n<ul class="kb-status-notes">\n' + "\n".join(groups) + "\n</ul>"


def _group(path, problems, rows, counts, href, registry: NoteRegistry) -> str:
    label = f"<code>{escape(path)}</code>"
    note, link = registry.get(path), href(path)
    if note is not None and link is not None:
        label = f'<a href="{escape(link)}">{escape(note.title)}</a> {label}'
    summary = (
        f'{label} <span class="kb-status-counts">'
        + " · ".join(f"{KINDS[k]} {counts[k]}" for k in KINDS if counts[k])
        + "</span>"
    )
    items = "\n".join(
        f"<li><code>{p.line}행</code> {escape(what)} — {escape(done)}</li>"
        if p.line
        else f"<li><code>파일</code> {escape(what)} — {escape(done)}</li>"
        for p, (_, what, done) in zip(problems, rows, strict=True)
    )
    if len(problems) > OPEN_UP_TO:  # the note's link stays outside <summary>: no control inside a control
        folded = f"<details><summary>{len(problems)}건 보기</summary>\n<ul>\n{items}\n</ul></details>"
        return f"<li>{summary}\n{folded}</li>"
    return f"<li>{summary}\n<ul>\n{items}\n</ul></li>"


def render_status(registry: NoteRegistry, page_path: str = "status.md") -> StatusPage:
    published = registry.published()
    out = [
        "# 노트 상태",
        "",
        f"노트 {len(published)}개가 페이지가 되었습니다. 초안(`draft: true`, `published: false`) "
        f"{len(registry.drafts)}개는 어디에도 싣지 않았습니다. 이 페이지는 빌드할 때마다 새로 만들어지며, "
        "줄 번호는 빌드 기록(`mkdocs build -v`)과 같습니다.",
        "",
        "## 고쳐야 할 것",
        "",
        _marker("warning"),
        "",
        "## 자동으로 정리한 것",
        "",
        "블로그마다 다르게 쓰는 형식을 이 사이트의 형식으로 맞춘 내용입니다. 고치지 않아도 됩니다.",
        "",
        _marker("info"),
    ]
    out += _candidates(registry, page_path)
    return StatusPage("\n".join(out) + "\n")


_SHOWN_CANDIDATES = 30
_SHOWN_NOTES = 5


def _candidates(registry: NoteRegistry, page_path: str) -> list[str]:
    """Headings several notes share that no concept covers: what to add to docs/concepts.yml next."""
    found = registry.topic_candidates
    out = [
        "",
        "## 개념 후보",
        "",
        "여러 노트가 제목으로 쓰지만 아직 개념 페이지가 없는 주제입니다. "
        "`docs/concepts.yml`에 개념으로 추가하면 그 노트들을 모은 페이지가 생깁니다.",
        "",
    ]
    if not found:
        return out + ["없습니다."]
    for candidate in found[:_SHOWN_CANDIDATES]:
        links = [_note_link(registry, path, page_path) for path in candidate.notes[:_SHOWN_NOTES]]
        more = len(candidate.notes) - _SHOWN_NOTES
        out.append(
            f"- **{escape_markdown(candidate.label, math=False)}** — 노트 {len(candidate.notes)}개: "
            + ", ".join(links)
            + (f" 외 {more}개" if more > 0 else "")
        )
    if len(found) > _SHOWN_CANDIDATES:
        out.append(f"- 그 밖에 {len(found) - _SHOWN_CANDIDATES}개")
    return out


def _note_link(registry: NoteRegistry, path: str, page_path: str) -> str:
    note = registry.get(path)
    return (
        f"[{escape_markdown(note.title)}](<{note_link(note, page_path)}>)"
        if note
        else f"`{path.replace('`', '')}`"
    )
