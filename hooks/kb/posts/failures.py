"""What happens to a note when something fails inside it: the note's own problem, never the build's.

- `failed_page`: a note that could not be read, rendered or post-processed (Python-Markdown's recursion,
  a library's error, anything) still gets its page: it says so plainly and shows the note's text, escaped.
- `LATER`: the problems found in a note after it was read (while its page renders and in the steps after
  it), kept by note across builds, so that a `mkdocs serve --dirty` build that does not render a page
  again still lists what its last render found.
- `link_problem`: MkDocs' own warning about a link in a note page ("Doc file 'notes/x.md' contains a
  link ...") becomes the note's problem, at the line where the link is written, so it is listed on the
  노트 상태 page and never stops a strict build; the site's own pages stay strict.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from hooks.kb.posts.registry import NoteRegistry
from hooks.kb.posts.report import Problem, log_problem

# MkDocs 1.6's messages about links (mkdocs/structure/pages.py), the file first.
_DOC_FILE = re.compile(r"^Doc file '(?P<path>[^']+)' contains (?P<rest>.*)$", re.S)
_KINDS = (
    (
        re.compile(
            r"^a link '(?P<url>.*)', but the target(?: '.*')? is not found among documentation files\."
        ),
        "link '{url}' leads to no page or file of this site",
    ),
    (
        re.compile(r"^an unrecognized relative link '(?P<url>.*)', it was left as is\."),
        "link '{url}' leads to no page or file of this site",
    ),
    (
        re.compile(r"^an absolute link '(?P<url>.*)', it was left as is\."),
        "link '{url}' is a path on the blog's own site, not on this one",
    ),
    (
        re.compile(r"^a link '(?P<url>.*)', but the doc '.*' does not contain an anchor '#(?P<anchor>.*)'\."),
        "link '{url}' leads to a section '#{anchor}' that the page does not have",
    ),
    (
        re.compile(r"^a link '(?P<url>.*)', but there is no such anchor on this page\."),
        "link '{url}' leads to a section that this page does not have",
    ),
    (
        re.compile(r"^a link to '(?P<url>.*)' which is excluded from the built site\."),
        "link '{url}' leads to a page that is not published",
    ),
)
LINK_DONE = "left as written; it leads nowhere here"


def linking_page(message: str) -> str | None:
    """The page one of MkDocs' link messages is about (`concepts/lstm.md`), None for another message."""
    found = _DOC_FILE.match(message)
    return found["path"] if found else None


def quoted_link(message: str, by_hand: dict[str, tuple[str, str]]) -> bool:
    """Whether one of MkDocs' link messages is about a link that a hand-written page shows only in the notes'
    passages it quotes at its marker (`by_hand`: page -> (quoted part, the page's own text)): the quoted
    note's, which the note reports itself. A link the page's own text holds too stays the page's."""
    found = _DOC_FILE.match(message)
    if found is None or found["path"] not in by_hand:
        return False
    quoted, own = by_hand[found["path"]]
    for pattern, _ in _KINDS:
        m = pattern.match(found["rest"])
        if m is not None:
            target = _link_to(m["url"])  # as a link's target: `x.md` is no link to `ax.md`, nor a word in prose
            return bool(target.search(quoted)) and not target.search(own)
    return False


def _link_to(url: str) -> re.Pattern:
    """A link to `url` written in Markdown or HTML: `](url)`, `](<url> "title")`, `[id]: url`, `href="url"`."""
    return re.compile(r"""(?:\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|\b(?:href|src)\s*=\s*["']?)""" + re.escape(url) + r"""(?=[\s>)"']|$)""", re.M)


def link_problem(message: str, source_of: Callable[[str], str | None]) -> Problem | None:
    """The note problem for one of MkDocs' link messages, or None when the message is not about a link
    in a note (`source_of(path)` is the note's text as written, None for any other page)."""
    found = _DOC_FILE.match(message)
    if found is None:
        return None
    path = found["path"]
    source = source_of(path)
    if source is None:
        return None
    for pattern, what in _KINDS:
        m = pattern.match(found["rest"])
        if m is not None:
            url = m["url"]
            return Problem(path, line_in(source, url), what.format(**m.groupdict()), LINK_DONE)
    return Problem(path, 0, found["rest"].strip(), LINK_DONE)


def line_in(source: str, text: str) -> int:
    """The line of `text`'s first occurrence in `source` (its path alone when the link was rewritten,
    as `../x.md` for `x.md`), 0 if it is not there."""
    page, _, anchor = text.partition("#")
    written = page.removesuffix(".md") + ("#" + anchor if anchor else "")  # `x#a`, read as the note `x.md`
    for needle in (text, written, page, text.rsplit("/", 1)[-1]):
        at = source.find(needle) if needle else -1
        if at >= 0:
            return source.count("\n", 0, at) + 1
    return 0


def failed_page(source: str, error: BaseException, title: str | None = None) -> str:
    """The HTML of a note page that could not be made: its title, what happened, then its text."""
    why = html.escape(reason(error))
    heading = f"<h1>{html.escape(title)}</h1>\n" if title else ""
    return (
        heading + '<div class="admonition failure">\n'
        '<p class="admonition-title">이 노트는 페이지로 만들지 못해 원문을 그대로 보여 줍니다</p>\n'
        f"<p>노트를 처리하는 중에 오류가 났습니다: <code>{why}</code>. "
        "노트 상태 페이지에도 적어 두었습니다.</p>\n"
        "</div>\n"
        f'<pre class="kb-note-source"><code>{html.escape(source)}</code></pre>\n'
    )


def failure_problem(path: str, stage: str, error: BaseException) -> Problem:
    """`stage`: "reading the note", "rendering the note", or a later step, "the formulas step"."""
    return Problem(path, 0, f"{stage} failed ({reason(error)})", "the page shows the note's text as written")


class LaterProblems:
    """Problems found in notes after they were read, by note; `report` logs each once."""

    def __init__(self):
        self._found: dict[str, list[Problem]] = {}
        self._rendered: set[str] = set()

    def next_build(self) -> None:
        self._rendered.clear()

    def rendering(self, path: str) -> None:
        """The note's page renders in this build: what its last render found is forgotten."""
        self._rendered.add(path)
        self._found[path] = []

    def report(self, problem: Problem, registry: NoteRegistry) -> None:
        if log_problem(problem):
            registry.problems.append(problem)
            self._found.setdefault(problem.path, []).append(problem)

    def carry_over(self, registry: NoteRegistry) -> None:
        """The problems of notes not rendered in this build, as their last render found them."""
        for note in registry.published():
            if note.src_path not in self._rendered:
                for problem in self._found.get(note.src_path, []):
                    if log_problem(problem):
                        registry.problems.append(problem)


LATER = LaterProblems()


def reason(error: BaseException) -> str:
    """What went wrong, in one line: `RecursionError: maximum recursion depth exceeded`."""
    text = str(error).strip().splitlines()
    return type(error).__name__ + (f": {text[0][:200]}" if text else "")
