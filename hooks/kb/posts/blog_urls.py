"""Links to a blog's own posts by their address on the blog, led to the posts' pages here.

Bloggers link their other posts by full URL (`[이곳](https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/)`),
not with `{% post_url %}`. When the post is among the notes, the link should lead to its page here, not off
to the blog. The site knows a post's address on its blog only where the post says it or Jekyll gives it
without the blog's `_config.yml`: the post's own `permalink:` (placeholders expanded) and Jekyll's built-in
styles, all of which carry the post's date (`/:categories/:year/:month/:day/:title/` or `.html`, and the
`ordinal` and `weekdate` styles' day of the year and week). A link matches whatever its host (a blog moves
between `github.io` and its own domain) and under a base path (`/blog/...`); among notes with the same
address, the one of the linking note's blog wins. Links in code are never touched.

A theme's permalink set only in the blog's `_config.yml` carries no date (Chirpy's `/posts/:title/`), and a
link to another blog's `/posts/rnn/` must not land on this blog's `rnn` note. Such a link is followed only
to the linking note's own blog: written without a host (`/posts/rnn/#학습`, which can only be the blog's
own), or at a host the blog shows to be its own: at least two of the blog's links to that host's
`/posts/<title>/` name its posts' file names, and at most a third name none (`own_hosts`). A Hugo page under
`content/posts/` has such an address too, without a date: `graphrag.ko.md` (or the bundle `graphrag/index.md`)
is `/posts/graphrag/`, `/ko/posts/graphrag/` in its language's folder.

A Velog or Tistory post kept on GitHub says its address on the blog (`source:`, `tistoryPostUrl:`, a velog-sync
header's `🔗 [원문 링크](...)`: `Note.permalinks`), and the blog's posts link each other by it
(`https://velog.io/@user/slug`, `https://blog.tistory.com/81`). Such an address is matched with its host only
(`hosted_key`): `/81` is a post of every Tistory blog. A note's link to its own address (without a `#part`) is the
post on its blog, and stays so.

When the blog's `_config.yml` is among the notes too, it says where every post without its own `permalink:`
was (`permalink: /:categories/:title/`) and at which host (`url:`; `blog_config.blog_address`): a link from one
of the blog's notes to such an address, without a host or at that host, leads to that post's page here. A link from one of its notes to another address of the blog (no host, or the blog's) that no note
here had is the blog's page: a path alone is given the blog's host, so it leads there and not nowhere here, and each
such link is noted on the status page.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote, urlsplit

from hooks.kb.machinery.cache import key_digest
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.posts.bare_urls import has_bare_url, link_bare_urls
from hooks.kb.posts.code import protect_code
from hooks.kb.posts.failures import line_in
from hooks.kb.posts.front_matter import yaml_block
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.note import Note
from hooks.kb.posts.report import Problem

_DATED_NAME = re.compile(r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})-(?P<rest>.+)$")
# Jekyll's `pretty` slugify, cased: what the `:title` of a post's URL keeps of its file name.
_NOT_KEPT = re.compile(r"[^\w.~!$&'()+,;=@-]+")
# Jekyll's named permalink styles (`permalink: pretty`), as the patterns they stand for
NAMED_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",  # Jekyll's default
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_STYLES = tuple(pattern for name, pattern in NAMED_STYLES.items() if name != "none")  # a dated post's built-in ones
_PLACEHOLDER = re.compile(r":(categories|year|month|day|i_month|i_day|short_year|y_day|week|short_day|title|slug|name|output_ext)")
# A link's target: Markdown inline `](url)`, a reference definition `[id]: url`, `<url>`, raw `href="url"`;
# balanced parentheses inside it are its own (`/posts/Boostcamp-15(1)days/`), as in Markdown.
_TARGET = re.compile(
    r"""(?P<lead>\]\(\s*<?|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?|(?<![\w"'=])<(?=https?://)|\bhref\s*=\s*["'])"""
    r"""(?P<url>(?:https?:)?//(?:[^\s()<>"'\]]|\([^\s()<>"'\]]*\))+|/(?:[^\s()<>"'\]]|\([^\s()<>"'\]]*\))*)"""
    r"""(?P<close>>?)""",
    re.M | re.I,
)


# A Hugo page's language, the last part of its file name (`graphrag.ko.md`)
HUGO_LANGUAGE = r"\.(?:ko|en|ja|zh|fr|de|es|pt|ru|vi)(?:-[a-z]{2,4})?"
# A Hugo page in the `posts` section, as a bundle or not, its language (`.ko`) apart: Hugo's default address
# for it is `/posts/<name>/`.
_HUGO_POST = re.compile(
    rf"(?:^|/)content/posts/(?P<name>[^/]+?)(?:/index)?(?:{HUGO_LANGUAGE})?"
    r"\.(?:md|markdown)$",
    re.I,
)
# `posts/<title>` (under a base path too), the key of an address in Chirpy's `/posts/:title/` style
_UNDATED = re.compile(r"^(?:[^/]+/)?(?P<path>posts/[^/]+)$")


def post_paths(
    src_path: str, fields: Mapping, categories: Iterable[str], date: datetime | None, builtin: bool = True
) -> tuple[str, ...]:
    """The paths (`key`s) a Jekyll post had on its blog: its `permalink:`, and (`builtin`) Jekyll's built-in
    styles for a post whose file name is dated (`2017-05-13-GRU.md`), from its front-matter date or the
    name's."""
    name = posixpath.basename(src_path).rsplit(".", 1)[0]
    named = _DATED_NAME.match(name)
    permalink = fields.get("permalink")
    if named is None and not isinstance(permalink, str):
        return ()
    slug = str(fields.get("slug") or (named.group("rest") if named else name))
    title = _NOT_KEPT.sub("-", slug).strip("-")
    days = [d for d in (date, _day(named.group("date")) if named else None) if d is not None]
    patterns = [permalink] if isinstance(permalink, str) and permalink.strip() else []
    if named is not None and builtin:
        patterns += _STYLES
    found: list[str] = []
    for pattern in patterns:
        for day in days or [None]:
            if day is None and _needs_date(pattern):
                continue
            found.append(key(_expand(pattern, [c.lower() for c in categories], day, title, name)))
    return tuple(dict.fromkeys(p for p in found if p))


def hosted_key(url: str) -> str | None:
    """The key of a Velog or Tistory post's address, its host part of it (`velog.io/@user/slug`,
    `blog.tistory.com/81`): a path alone (`/81`) names a post on any blog. Tistory's mobile address
    (`blog.tistory.com/m/81`) is the same post's. None for any other host."""
    parts = urlsplit(url.strip())
    host = _host(parts.netloc)
    if host == "velog.io":
        return key(host + parts.path)
    if host.endswith(".tistory.com"):
        return key(host + re.sub(r"^/m(?=/)", "", parts.path))
    return None


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
    # (blog root, host) -> `posts/<title>` -> docs path: the undated addresses of a blog at its own host
    own: Mapping[tuple[str, str], Mapping[str, str]] = dataclasses.field(default_factory=dict)
    # blog root -> `posts/<title>` -> docs path: the undated addresses of a blog, for links without a host
    undated: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    # blog root -> (its own host, key -> docs path): its posts at the address its `_config.yml` gives them
    configured: Mapping[str, tuple[str, Mapping[str, str]]] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, notes: Iterable[tuple[str, Iterable[str]]], own=None, undated=None, configured=None) -> BlogIndex:
        """From (docs path, its `post_paths`) pairs, `own_hosts`, `undated_titles` and `configured_paths` of
        the notes."""
        by_path: dict[str, list[str]] = {}
        for src_path, paths in notes:
            for path in paths:
                by_path.setdefault(path, []).append(src_path)
        return cls({k: tuple(v) for k, v in by_path.items()}, own or {}, undated or {}, configured or {})

    def __bool__(self) -> bool:
        return bool(self.by_path or self.own or self.undated or self.configured)

    def note_at(self, url: str, near: str) -> str | None:
        """The note whose blog address `url` is (under a base path too), the one of `near`'s blog first."""
        if not self:
            return None
        parts = urlsplit(url) if "//" in url[:8] else None
        hosted = hosted_key(url) if parts else None  # a Velog or Tistory post, at its host only
        if hosted and hosted in self.by_path:
            return _same_blog_first(self.by_path[hosted], near)
        full = key(parts.path if parts else url)
        for candidate in (full, full.partition("/")[2]):  # a project site's base path: `/blog/...`
            found = self.by_path.get(candidate)
            if found:
                return _same_blog_first(found, near)
        host, configured = self.configured.get(blog_root(near), ("", {}))
        if configured and (parts is None or (host and _host(parts.netloc) == host)):
            for candidate in (full, full.partition("/")[2]):
                if candidate in configured:
                    return configured[candidate]
        undated = _UNDATED.match(full)
        if undated is None:
            return None
        if parts is None:  # no host: the linking note's own blog
            return self.undated.get(blog_root(near), {}).get(undated.group("path"))
        return self.own.get((blog_root(near), _host(parts.netloc)), {}).get(undated.group("path"))


    def blog_page(self, url: str, near: str) -> str | None:
        """When `url` is a page of `near`'s own blog (written without a host, or at the host its `_config.yml`
        names) that no note here had: its address on the blog, the host put before a path. None otherwise,
        and for a file (`/assets/a.pdf`: the images step's)."""
        host = self.configured.get(blog_root(near), ("", {}))[0]
        parts = urlsplit(url)
        if not host or (parts.netloc and _host(parts.netloc) != host) or (not parts.netloc and url.startswith("//")):
            return None
        if _FILE.search(parts.path) or not parts.path.strip("/"):
            return None
        return url if parts.netloc else f"https://{host}{url}"


# A file's path, not a page's: an extension other than `.html`
_FILE = re.compile(r"\.(?!html?$)[A-Za-z0-9]{1,5}$")


# A Jekyll blog's folders of posts: its own, and fastpages' notebooks, which it turns into posts
_POST_FOLDERS = ("/_posts/", "/_notebooks/")


def is_blog_post(src_path: str) -> bool:
    """A post of a Jekyll blog (in its `_posts/`, or fastpages' `_notebooks/`)."""
    return any(folder in f"/{src_path}" for folder in _POST_FOLDERS)


def blog_root(src_path: str) -> str:
    """The folder of the blog a note came from: what is above its `_posts/` (fastpages' `_notebooks/`, a Hugo
    site's `content/`), else its own folder."""
    for folder in (*_POST_FOLDERS, "/content/"):
        if folder in src_path:
            return src_path.split(folder, 1)[0]
    return posixpath.dirname(src_path)


def own_hosts(
    notes: Iterable[tuple[str, str]], titles: dict[str, dict[str, str]] | None = None
) -> dict[tuple[str, str], dict[str, str]]:
    """From (docs path, body) of every note: for each blog and each host its notes link as
    `https://host/posts/<title>/` where the blog shows it is its own (two links or more name its posts'
    file names, at most a third name none), the blog's posts by their `posts/<title>` key there.
    `titles`: the notes' `undated_titles`, when the caller has them."""
    notes = list(notes)
    if titles is None:
        titles = undated_titles(src_path for src_path, _ in notes)
    hits: Counter[tuple[str, str]] = Counter()
    misses: Counter[tuple[str, str]] = Counter()
    for src_path, body in notes:
        root = blog_root(src_path)
        if root not in titles or "posts/" not in body:
            continue
        for host, path in UNDATED_LINKS.get(body, lambda body=body: _undated_links(body)):
            (hits if path in titles[root] else misses)[(root, host)] += 1
    return {place: titles[place[0]] for place, n in hits.items() if n >= 2 and misses[place] * 2 <= n}


# A post's own address in its front-matter: then the blog's `permalink` was not its
_OWN_PERMALINK = re.compile(r"^permalink[ \t]*:[ \t]*\S", re.M)
_SLUG = re.compile(r"""^slug[ \t]*:[ \t]*["']?(?P<slug>[^"'\n#]*?)["']?[ \t]*$""", re.M)


def configured_paths(
    notes: Iterable[Note], configured: Mapping[str, tuple[str, str]]
) -> dict[str, tuple[str, dict[str, str]]]:
    """For each blog (`blog_root`) whose `_config.yml` sets `permalink` (`configured`: root -> (pattern, its
    own host)), its own host and its posts by the key of that address; a post with its own `permalink:` had
    that one instead (`Note.permalinks`)."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for note in notes:
        root = blog_root(note.src_path)
        if root not in configured or "/_posts/" not in note.src_path:
            continue
        front = yaml_block(note.source)
        if _OWN_PERMALINK.search(front):
            continue
        pattern, host = configured[root]
        slug = _SLUG.search(front)
        fields = {"permalink": pattern, "slug": slug["slug"].strip() if slug else None}
        paths = found.setdefault(root, (host, {}))[1]
        for path in post_paths(note.src_path, fields, note.categories, note.date, builtin=False):
            paths.setdefault(path, note.src_path)
    return found


def undated_titles(src_paths: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each blog (`blog_root`), its dated posts (and Hugo's pages in `posts/`) by the `posts/<title>` key of
    their undated address."""
    titles: dict[str, dict[str, str]] = {}
    for src_path in src_paths:
        named = _DATED_NAME.match(posixpath.basename(src_path).rsplit(".", 1)[0])
        hugo = _HUGO_POST.search(src_path) if named is None else None
        if named is not None or hugo is not None:
            title = _NOT_KEPT.sub("-", named.group("rest") if named else hugo.group("name")).strip("-")
            titles.setdefault(blog_root(src_path), {}).setdefault(key("posts/" + title), src_path)
    return titles


# A note's links in the `https://host/posts/<title>/` style, read again only when its text changes.
UNDATED_LINKS = BuildMemo("blog-undated-links")


def _undated_links(body: str) -> tuple[tuple[str, str], ...]:
    """(host, `posts/<title>` key) of each link of `body` outside code to an undated post address."""
    found = []
    for m in _TARGET.finditer(protect_code(body).text):
        parts = urlsplit(m.group("url"))
        undated = _UNDATED.match(key(parts.path)) if parts.netloc else None
        if undated is not None:
            found.append((_host(parts.netloc), undated.group("path")))
    return tuple(found)


def _host(netloc: str) -> str:
    host = netloc.rpartition("@")[2].split(":", 1)[0].casefold()
    return host.removeprefix("www.")


def link_blog_posts(body: str, index: BlogIndex, near: str) -> tuple[str, list[tuple[str, str]]]:
    """`body` with each link to a note's blog address pointing at the note (`kb-docs:`), and the
    (address, docs path) of each link so changed. Code is left as written."""
    if not index or not (_TARGET.search(body) or has_bare_url(body)):
        return body, []
    protected = protect_code(body)
    changed: list[tuple[str, str]] = []

    def note_href(url: str) -> tuple[str | None, str | None]:
        """(the note at `url`, its `kb-docs:` address), (None, None) for no note or the note's own address
        (the post on its blog: 원문 링크); the link counted as changed when there is one."""
        found = index.note_at(url, near)
        if found is None or (found == near and "#" not in url):
            return found, None
        changed.append((url, found))
        return found, docs_url(found, "#" + url.split("#", 1)[1] if "#" in url else "")

    def target(m: re.Match) -> str:
        url = m.group("url")
        found, href = note_href(url)
        if href is not None:
            if m.group("lead") == "<":  # an autolink: `kb-docs:` is no scheme Markdown links by itself
                return f"[{url}]({href})"
            return m.group("lead") + href + m.group("close")
        if found is None and (away := index.blog_page(url, near)) is not None:
            changed.append((url, ""))
            return m.group(0).replace(url, away, 1)
        return m.group(0)

    def bare(url: str) -> str | None:  # a bare address, which magiclink links: as `<url>` is
        href = note_href(url)[1]
        return None if href is None else f"[{url}]({href})"

    linked = link_bare_urls(_TARGET.sub(target, protected.text), bare)
    return (protected.restore(linked), changed) if changed else (body, [])


# A note's body with its links to notes led here: the same while its text and every note's address are.
LINKED = BuildMemo("blog-links")


def next_build() -> None:
    """Under `mkdocs serve`: keep what the last build asked for, forget the rest (`BuildMemo.next_build`)."""
    LINKED.next_build()
    UNDATED_LINKS.next_build()


def link_notes_to_notes(
    notes: list[Note], configured: Mapping[str, tuple[str, str]] | None = None
) -> tuple[list[Note], list[Problem]]:
    """The notes with their links to other notes' blog addresses pointing at those notes, and a note of
    each link so changed for the status page. `configured`: blog root -> (permalink pattern, own host), from
    the blogs' `_config.yml` (`blog_config.blog_address`)."""
    undated = undated_titles(note.src_path for note in notes)
    own = own_hosts(((note.src_path, note.body) for note in notes), undated)
    at_configured = configured_paths(notes, configured or {})
    index = BlogIndex.of(((note.src_path, note.permalinks) for note in notes), own, undated, at_configured)
    if not index:
        return notes, []
    addresses = key_digest(
        [
            sorted(index.by_path.items()),
            sorted((k, sorted(v.items())) for k, v in own.items()),
            sorted((k, sorted(v.items())) for k, v in undated.items()),
            sorted((k, host, sorted(v.items())) for k, (host, v) in at_configured.items()),
        ]
    )
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
                if target
                else Problem(
                    note.src_path,
                    line_in(note.source, url),
                    f"link '{url}' is an address on the note's blog that no note here had",
                    "left as a link to the blog" if "//" in url else "led to that address on the blog",
                    "info",
                )
                for url, target in changed
            ]
        out.append(note)
    return out, problems


def _same_blog_first(paths: tuple[str, ...], near: str) -> str:
    root = blog_root(near)
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
