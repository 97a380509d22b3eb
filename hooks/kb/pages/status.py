"""The "노트 상태" page: per note, what the author should fix and what was normalized for them, in Korean.

Problems are grouped by note: the note's title and file, its counts per kind (수식 2 · 링크 1), then each
problem at its line (the same line the build log gives). A group of more than `OPEN_UP_TO` problems is
collapsed (`<details>`), so a site with hundreds of warnings reads in one screen: the counts per kind of
the whole site first, then one line per note. Front-matter keys that only set the post's look on its blog
(`layout`, `toc`, `sidebar`, `comments`...) are no note's problem: one line lists them for the whole site, each
with the number of notes that set it, and the notes per key folded under it.

The lists are HTML put in the page after Markdown (`StatusPage.fill`), as late as the build allows (MkDocs
finds broken links while it renders the notes): at 1000 notes they hold some 10,000 lines, and
Python-Markdown took 3 s to read them as Markdown. Headings, counts and the concept candidates (the
concept step's section) stay Markdown. A note's title is shown there as its author wrote it (a formula in it as its TeX
source), like the problems themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from hooks.kb.pages.messages import KINDS, korean
from hooks.kb.posts.registry import NoteRegistry
from hooks.kb.posts.report import Problem, look_keys

OPEN_UP_TO = 3  # a note with more problems than this shows them folded
LEVELS = ("warning", "info")  # listed note by note
MARKERS = (*LEVELS, "look")


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
        for level in MARKERS:
            html = html.replace(_marker(level), placeholder(level), 1)
        return html

    def fill(self, html: str, href: Callable[[str], str | None], registry: NoteRegistry) -> str:
        """The page's HTML with every problem reported so far in place; `href(path)` links a note's page."""
        by_level = problems_by_level(registry)
        for level in LEVELS:
            listing = _level_html(level, by_level[level], href, registry)
            html = html.replace(_marker(level), listing, 1).replace(placeholder(level), listing, 1)
        shown = [p for p in registry.problems if p.path not in registry.drafts]
        listing = _look_html(look_keys(shown), href, registry)
        return html.replace(_marker("look"), listing, 1).replace(placeholder("look"), listing, 1)


def problems_by_level(registry: NoteRegistry) -> dict[str, dict[str, list[Problem]]]:
    """level -> file -> its problems, in the order of their lines (the reading steps and MkDocs' link check
    report at different times); drafts appear nowhere, not even here."""
    out: dict[str, dict[str, list[Problem]]] = {level: defaultdict(list) for level in LEVELS}
    for problem in registry.problems:
        if problem.path not in registry.drafts and problem.level in out:
            out[problem.level][problem.path].append(problem)
    return {
        level: {path: sorted(problems, key=_line) for path, problems in sorted(found.items())}
        for level, found in out.items()
    }


def _line(problem: Problem) -> int:
    return problem.line or 0  # a problem of the whole file (no line) first


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


def _look_html(by_key: dict[str, list[str]], href, registry: NoteRegistry) -> str:
    """One line for the site: each key that only set a post's look on its blog, with how many notes set it;
    under it, folded, the notes per key."""
    if not by_key:
        return ""
    notes = len({path for paths in by_key.values() for path in paths})
    counts = " · ".join(f"<code>{escape(key)}</code> {len(paths)}" for key, paths in by_key.items())
    line = (
        f'<p class="kb-status-look">블로그 테마에서 글 모양만 정하는 머리말 키(노트 {notes}개): {counts} — '
        "이 사이트는 목차·사이드바 같은 페이지 모양을 스스로 그리므로 무시했습니다. 고치지 않아도 됩니다.</p>"
    )

    def label(path: str) -> str:
        return _note_link(path, href, registry) or f"<code>{escape(path)}</code>"

    rows = "\n".join(
        f"<li><code>{escape(key)}</code>: " + ", ".join(label(path) for path in paths) + "</li>"
        for key, paths in by_key.items()
    )
    return f'{line}\n<details class="kb-status-look-notes"><summary>키별 노트 보기</summary>\n<ul>\n{rows}\n</ul></details>'


def _note_link(path: str, href, registry: NoteRegistry) -> str | None:
    """The note's title linked to its page, or None for a file that is no note with a page."""
    note, link = registry.get(path), href(path)
    return f'<a href="{escape(link)}">{escape(note.title)}</a>' if note is not None and link is not None else None


def _group(path, problems, rows, counts, href, registry: NoteRegistry) -> str:
    label = f"<code>{escape(path)}</code>"
    if (link := _note_link(path, href, registry)) is not None:
        label = f"{link} {label}"
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


def render_status(registry: NoteRegistry, candidates: list[str] | None = None) -> StatusPage:
    """The page; `candidates`: the Markdown lines of its "개념 후보" section (the concept step's)."""
    published = registry.published()
    out = [
        "# 노트 상태",
        "",
        f"노트 {len(published)}개가 페이지가 되었습니다. 초안(`draft: true`, `published: false`) "
        f"{len(registry.drafts)}개는 어디에도 싣지 않았습니다.{_kept_private(registry)} 이 페이지는 빌드할 때마다 새로 만들어지며, "
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
        "",
        _marker("look"),
    ]
    out += candidates or []
    return StatusPage("\n".join(out) + "\n")


def _kept_private(registry: NoteRegistry) -> str:
    """The sentence counting the drafts that are posts their blog kept private or protected, if any: how many
    and how to publish one, never which (the site is public; the build log names the files)."""
    count = sum(note.private for note in registry.drafts.values())
    if not count:
        return ""
    return (
        f" 그중 {count}개는 블로그에서 비공개·보호로 둔 글(`tistoryVisibility: \"0\"`, `is_private: true`)이라 "
        "초안처럼 두었습니다. 파일은 빌드 기록의 경고에 나오며, 실으려면 그 값을 공개(`\"3\"`, `false`)로 고치세요."
    )
