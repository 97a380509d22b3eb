"""Links to a blog's own posts by their address on the blog, led to the posts' pages here.

Bloggers link their other posts by full URL (`[이곳](https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/)`),
not with `{% post_url %}`. When the post is among the notes, the link should lead to its page here, not off
to the blog. The site knows a post's address on its blog only where the post says it or Jekyll gives it
without the blog's `_config.yml`: the post's own `permalink:` (placeholders expanded) and Jekyll's built-in
styles, all of which carry the post's date (`/:categories/:year/:month/:day/:title/` or `.html`, and the
`ordinal` and `weekdate` styles' day of the year and week). A link matches whatever its host (a blog moves
between `github.io` and its own domain) and under a base path (`/blog/...`); among notes with the same
address, the one of the linking note's blog wins. Links in code are never touched.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote, urlsplit

from hooks.kb.machinery.cache import key_digest
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem

_DATED_NAME = re.compile(r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})-(?P<rest>.+)$")
# Jekyll's `pretty` slugify, cased: what the `:title` of a post's URL keeps of its file name.
_NOT_KEPT = re.compile(r"[^\w.~!$&'()+,;=@-]+")
_STYLES = (
    "/:categories/:year/:month/:day/:title:output_ext",  # `date`, Jekyll's default
    "/:categories/:year/:month/:day/:title/",  # `pretty`
    "/:categories/:year/:y_day/:title:output_ext",  # `ordinal`
    "/:categories/:year/W:week/:short_day/:title:output_ext",  # `weekdate`
)
_PLACEHOLDER = re.compile(r":(categories|year|month|day|i_month|i_day|short_year|y_day|week|short_day|title|slug|name|output_ext)")
# A link's target: Markdown inline `](url)`, a reference definition `[id]: url`, `<url>`, raw `href="url"`.
_TARGET = re.compile(
    r"""(?P<lead>\]\(\s*<?|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?|(?<![\w"'=])<(?=https?://)|\bhref\s*=\s*["'])"""
    r"""(?P<url>(?:https?:)?//[^\s()<>"'\]]+|/[^\s()<>"'\]]*)(?P<close>>?)""",
    re.M | re.I,
)


def post_paths(src_path: str, fields: Mapping, categories: Iterable[str], date: datetime | None) -> tuple[str, ...]:
    """The paths (`key`s) a Jekyll post had on its blog: its `permalink:`, and Jekyll's built-in styles
    for a post whose file name is dated (`2017-05-13-GRU.md`), from its front-matter date or the name's."""
    name = posixpath.basename(src_path).rsplit(".", 1)[0]
    named = _DATED_NAME.match(name)
    permalink = fields.get("permalink")
    if named is None and not isinstance(permalink, str):
        return ()
    slug = str(fields.get("slug") or (named.group("rest") if named else name))
    title = _NOT_KEPT.sub("-", slug).strip("-")
    days = [d for d in (date, _day(named.group("date")) if named else None) if d is not None]
    patterns = [permalink] if isinstance(permalink, str) and permalink.strip() else []
    if named is not None:
        patterns += _STYLES
    found: list[str] = []
    for pattern in patterns:
        for day in days or [None]:
            if day is None and _needs_date(pattern):
                continue
            found.append(key(_expand(pattern, [c.lower() for c in categories], day, title, name)))
    return tuple(dict.fromkeys(p for p in found if p))


def key(path: str) -> str:
    """What two spellings of one address share: `/Deep%20learning/2017/05/13/GRU/`, `.../GRU.html` and
    `.../gru/index.html` are `deep learning/2017/05/13/gru`."""
    path = unquote(path.split("#", 1)[0].split("?", 1)[0])
    path = re.sub(r"/+", "/", path).strip("/")
    path = re.sub(r"(?:^|/)index\.html?$", "", path)
    return re.sub(r"\.html?$", "", path).casefold()


@dataclass(frozen=True)
class BlogIndex:
    """Notes by the paths they had on their blogs."""

    by_path: Mapping[str, tuple[str, ...]]  # key -> docs paths of the notes

    @classmethod
    def of(cls, notes: Iterable[tuple[str, Iterable[str]]]) -> BlogIndex:
        """From (docs path, its `post_paths`) pairs."""
        by_path: dict[str, list[str]] = {}
        for src_path, paths in notes:
            for path in paths:
                by_path.setdefault(path, []).append(src_path)
        return cls({k: tuple(v) for k, v in by_path.items()})

    def note_at(self, url: str, near: str) -> str | None:
        """The note whose blog address `url` is (under a base path too), the one of `near`'s blog first."""
        if not self.by_path:
            return None
        path = urlsplit(url).path if "//" in url[:8] else url
        full = key(path)
        for candidate in (full, full.partition("/")[2]):  # a project site's base path: `/blog/...`
            found = self.by_path.get(candidate)
            if found:
                return _same_blog_first(found, near)
        return None


def link_blog_posts(body: str, index: BlogIndex, near: str) -> tuple[str, list[tuple[str, str]]]:
    """`body` with each link to a note's blog address pointing at the note (`kb-docs:`), and the
    (address, docs path) of each link so changed. Code is left as written."""
    if not index.by_path or not _TARGET.search(body):
        return body, []
    protected = protect_code(body)
    changed: list[tuple[str, str]] = []

    def target(m: re.Match) -> str:
        url = m.group("url")
        found = index.note_at(url, near)
        if found is None:
            return m.group(0)
        changed.append((url, found))
        fragment = "#" + url.split("#", 1)[1] if "#" in url else ""
        if m.group("lead") == "<":  # an autolink: `kb-docs:` is no scheme Markdown links by itself
            return f"[{url}]({docs_url(found, fragment)})"
        return m.group("lead") + docs_url(found, fragment) + m.group("close")

    linked = _TARGET.sub(target, protected.text)
    return (protected.restore(linked), changed) if changed else (body, [])


# A note's body with its links to notes led here: the same while its text and every note's address are.
LINKED = BuildMemo("blog-links")


def link_notes_to_notes(notes: list[Note]) -> tuple[list[Note], list[Problem]]:
    """The notes with their links to other notes' blog addresses pointing at those notes, and a note of
    each link so changed for the status page."""
    index = BlogIndex.of((note.src_path, note.permalinks) for note in notes)
    if not index.by_path:
        return notes, []
    addresses = key_digest(sorted(index.by_path.items()))
    out, problems = [], []
    for note in notes:
        body, changed = LINKED.get(
            (note.src_path, note.body, addresses), lambda n=note: link_blog_posts(n.body, index, n.src_path)
        )
        if changed:
            note = dataclasses.replace(note, body=body)
            problems += [
                Problem(
                    note.src_path,
                    line_in(note.source, url),
                    f"link '{url}' is the blog's address of the note '{target}'",
                    "linked to its page here",
                    "info",
                )
                for url, target in changed
            ]
        out.append(note)
    return out, problems


def _same_blog_first(paths: tuple[str, ...], near: str) -> str:
    root = near.split("/_posts/", 1)[0] if "/_posts/" in near else posixpath.dirname(near)
    return min(paths, key=lambda p: (not p.startswith(root + "/"), len(p), p))


def _expand(pattern: str, categories: list[str], day: datetime | None, title: str, name: str) -> str:
    def value(m: re.Match) -> str:
        what = m.group(1)
        if what == "categories":
            return "/".join(categories)
        if what in ("title", "slug"):
            return title
        if what == "name":
            return name
        if what == "output_ext":
            return ".html"
        assert day is not None
        return {
            "year": f"{day:%Y}",
            "month": f"{day:%m}",
            "day": f"{day:%d}",
            "i_month": str(day.month),
            "i_day": str(day.day),
            "short_year": f"{day:%y}",
            "y_day": f"{day:%j}",
            "week": f"{day:%V}",
            "short_day": f"{day:%a}",
        }[what]

    return _PLACEHOLDER.sub(value, pattern)


def _needs_date(pattern: str) -> bool:
    return bool(re.search(r":(?:year|month|day|i_month|i_day|short_year|y_day|week|short_day)", pattern))


def _day(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return None
