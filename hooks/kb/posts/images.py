"""Figures and local links in notes: found wherever the blog kept the file, shown as the blog showed them.

Blogs point at their files in their own layout (`/assets/images/x.png`, `../img/post/x.png`, a raw
`<img src="../assets/img/x.png">` written relative to the post file). We look, in order: relative to the
note, from the docs root and from the blog's own root (the folder holding its `_posts/`: a Jekyll site
root; the `static/` beside a Hugo site's `content/`), then by file name anywhere under docs/ when exactly one file has it. A file found is written as a
`kb-docs:` link (`local_urls`), right on every page that shows it. A missing image becomes a placeholder
showing its alt text, never a broken icon. An image on another host is shown from there as the blog showed
it: an `<img>` loaded lazily and without a referrer (or from the site's own copy when the site downloads
them: `hooks/kb/machinery/downloads.py`).
"""

from __future__ import annotations

import html
import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from hooks.kb.posts import readme2tex
from hooks.kb.posts.badges import badge_text
from hooks.kb.posts.data_figures import broken_data_figure
from hooks.kb.posts.line_map import kept_lines
from hooks.kb.posts.local_urls import SCHEME, docs_url
from hooks.kb.posts.note import Banner
from hooks.kb.posts.report import Problem

# A link's or image's URL, its parentheses balanced as kramdown and CommonMark read them: a Typora setting many
# minimal-mistakes blogs copied saves figures under a folder named `$(filename)`, `/images/$(filename)/x.png`
_URL = r"(?:[^()\s]|\((?:[^()\s]|\([^()\s]*\))*\))+"
# ![alt](url "title") with one level of nested brackets in alt; <img ... src="url" ...>. HackMD's size after them
# (markdown-it-imsize: `![](https://hackmd.io/_uploads/x.png =400x)`, `=300x200`, `=x150`; Zenn's and Azure
# DevOps' too), which had been read as part of the URL, the image lost: its width and height.
_MD_IMAGE = re.compile(
    r"!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(?:<(?P<angled>[^>\n]+)>|(?P<url>" + _URL + "))"
    r"(?:\s+(?P<title>\"[^\"\n]*\"|'[^'\n]*'))?(?:\s+=(?P<width>\d+%?)?x(?P<height>\d+%?)?(?<!=x))?\s*\)"
    r"(?P<attrs>\{:?[^{}\n]*\})?"  # kramdown/attr_list attributes: kept for a real image only
)
# kramdown reads an image's URL up to its balanced closing parenthesis, spaces and all: a notebook converted
# to Markdown names its figures after the post, `![png](/assets/images/2023-04-10-CNN 4 (CIFAR10 (2) AlexNet)/x.png)`
_MD_IMAGE_SPACED = re.compile(
    r"!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?P<angled>(?!))?"
    r"(?P<url>[^()\s](?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*?)(?P<title>(?!))?\)"
    r"(?P<attrs>\{:?[^{}\n]*\})?"
)
# [text](url): a link that is not an image; only targets that MkDocs would not find are rewritten (and, by
# `unpublished`, links to drafts). Its text may go on to the next line of its paragraph, as CommonMark and
# kramdown read it (`[딥러닝 기초\n  정리](basics.md)`), not past a blank line.
_TEXT_BREAK = r"\n(?![ \t]*\n)"
MD_LINK = re.compile(
    r"(?<!!)(?<!\\)\[(?P<text>(?:[^\[\]\n]|" + _TEXT_BREAK + r"|\[[^\[\]\n]*\])*)\]\(\s*(?:<(?P<angled>[^>\n]+)>|(?P<url>"
    + _URL
    + "))"
    r"(?P<rest>(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\))"
    # and the attribute list right after it, the link's (`{ #setup }` from Docsify's `':id=setup'`, kramdown's
    # `{: .btn}`, `{:target="_blank"}`): a link kept as its text takes it along, where it showed after the text
    r"(?P<attrs>\{:?[ \t]*(?:[#.][\w-]|[\w-]+=)[^{}\n]*\})?"
)
_REFERENCE = re.compile(r"^(?P<lead> {0,3}\[[^\]\n]+\]:[ \t]*)(?:<(?P<angled>[^>\n]+)>|(?P<url>\S+))", re.M)
_HTML_TAG = re.compile(r"<(?P<name>img|a|source|video|audio)\b(?P<attrs>[^>]*)>", re.I)
_URL_ATTR = re.compile(
    r"""(?P<lead>\s(?P<name>src|href|poster|srcset)\s*=\s*)(?P<q>["'])(?P<url>[^"']*)(?P=q)""", re.I
)
_ALT_ATTR = re.compile(r"\balt\s*=\s*([\"'])(?P<alt>[^\"']*)\1", re.I)
_CLASS = re.compile(r"(?<![\w\"'=])\.([A-Za-z][\w-]*)")  # `.align-center` in an attribute list
_SIZE_ATTR = re.compile(r"""\b(?P<name>width|height)\s*=\s*["']?(?P<value>[\d.]+(?:px|%)?)["']?""", re.I)
# A path on the author's computer is no address: Typora writes a pasted image as
# `C:\Users\me\AppData\Roaming\Typora\typora-user-images\image-2021.png`, some editors `file:///C:/...`.
_AUTHORS_PATH = r"file:|[A-Za-z]:[\\/]"
_ON_THE_AUTHORS_COMPUTER = re.compile(rf"^(?:{_AUTHORS_PATH})", re.I)
_EXTERNAL = re.compile(rf"^(?!{_AUTHORS_PATH})(?:[a-z][a-z0-9+.-]*:|//)", re.I)
_README = re.compile(r"readme\.(?:md|markdown|mdown|mkdn|mkd|mkdown)$", re.I)
_PAGE_LINK = re.compile(r"\.(?:md|markdown|mdown|mkdn|mkd|mkdown)$|/$", re.I)
# a file of a GitHub repository, as its README links its notes: `.../blob/<branch>/<path>.md#section`
_GITHUB_FILE = re.compile(
    r"https?://github\.com/(?P<repo>[^/\s()]+/[^/\s()]+)/blob/[^/\s()]+/"
    r"(?P<path>[^#?\s()]+\.(?:md|markdown))(?:\?[^#\s()]*)?(?P<fragment>#[^\s()]*)?(?=$|[\s)>])",
    re.I,
)


@dataclass(frozen=True)
class ImageIndex:
    """What files exist under docs/ besides pages: their paths, and paths by lower-cased file name."""

    paths: frozenset[str]
    by_name: Mapping[str, tuple[str, ...]]
    # each path by its Unicode NFC form: a Korean name a Mac wrote decomposed (NFD: a Notion export's folders)
    # is the same name typed composed (NFC) in a link, as macOS, Notion, Obsidian and Typora find it
    by_composed: Mapping[str, str]

    @classmethod
    def of(cls, paths) -> ImageIndex:
        paths = frozenset(paths)
        by_name: dict[str, list[str]] = {}
        for path in sorted(paths):
            by_name.setdefault(composed(posixpath.basename(path)).lower(), []).append(path)
        return cls(paths, {k: tuple(v) for k, v in by_name.items()}, {composed(p): p for p in sorted(paths)})

    def resolve(self, note_path: str, url: str, media_path: str = "") -> str | None:
        """The docs-relative path of the file `url` written in `note_path`, or None. `media_path`: the
        folder Chirpy's `media_subpath:` (formerly `img_path:`) puts before a relative image path."""
        target = unquote(url.split("#", 1)[0].split("?", 1)[0]).strip()
        if not target:
            return None
        target = target.replace("\\", "/")  # `\assets\img\a.png`: a browser reads a web page's `\` as `/`
        if _ON_THE_AUTHORS_COMPUTER.match(target):  # found by its name, if the folder was brought along
            target = "/" + re.sub(r"^(?:file:/*)?(?:[A-Za-z]:)?", "", target, flags=re.I).lstrip("/")
        if media_path and not target.startswith(("/", "../", "./")):
            found = self.resolve(note_path, posixpath.join("/" + media_path.strip("/"), target))
            if found is not None:
                return found
        base = posixpath.dirname(note_path)
        blog_root = note_path.split("/_posts/", 1)[0] if "/_posts/" in note_path else None
        if blog_root is None and "/content/" in note_path:  # a Hugo site: `/x` is its `static/x`
            blog_root = note_path.split("/content/", 1)[0] + "/static"
        climbed = re.sub(r"^(?:\.\./|\./)+", "", target)
        if target.startswith("/"):
            candidates = [target.lstrip("/")]
            if blog_root:
                candidates.append(posixpath.join(blog_root, target.lstrip("/")))
        else:
            candidates = [posixpath.join(base, target), climbed]
            if blog_root:
                candidates.append(posixpath.join(blog_root, climbed))
        for candidate in candidates:
            candidate = posixpath.normpath(candidate)
            if candidate in self.paths:
                return candidate
            if composed(candidate) in self.by_composed:
                return self.by_composed[composed(candidate)]
        same_name = self.by_name.get(composed(posixpath.basename(target)).lower(), ())
        return same_name[0] if len(same_name) == 1 else None


def _readable_alt(alt: str) -> str:
    """An image's alt text as words: a Notion export writes the image's percent-encoded path there
    (`CNN%20%E1%84%80%E1%85%AE%E1%84%8C%E1%85%A9/Untitled%202.png`), which a placeholder or a screen reader read."""
    return composed(unquote(alt)) if _PERCENT_ENCODED.search(alt) else alt


_PERCENT_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")


def composed(text: str) -> str:
    """`text` in Unicode NFC: Hangul as one character per syllable, as keyboards type it."""
    return unicodedata.normalize("NFC", text)


def banner_of(
    value, note_path: str, index: ImageIndex, line: int, media_path: str = ""
) -> tuple[Banner | None, list[Problem]]:
    """The cover image of Chirpy's `image: {path: ..., alt: ...}` (or Hydejack's `image: /x.png`): found
    as the body's images are (Chirpy puts `media_subpath` before a relative path); missing, a warning."""
    if isinstance(value, dict):
        url, alt = next((value[k] for k in ("path", "src", "url") if value.get(k)), None), value.get("alt")
        caption = str(value.get("caption") or "").strip()
    else:
        url, alt, caption = value, None, ""
    if not isinstance(url, str) or not url.strip():
        return None, []
    url, alt = url.strip(), str(alt or "").strip()
    if _EXTERNAL.match(url):
        return Banner(url, alt, caption), []
    found = index.resolve(note_path, url, media_path)
    if found is None:
        problem = Problem(
            note_path, line, f"image '{url}' not found under docs/", "shown as a placeholder with its alt text"
        )
        return Banner(None, alt or posixpath.basename(url), caption), [problem]
    return Banner(docs_url(found, _fragment(url)), alt, caption), []


def banner_html(banner: Banner) -> str:
    """The cover image above the note's text (not lazy: it is the first thing on the page)."""
    caption = f"<figcaption>{html.escape(banner.caption)}</figcaption>" if banner.caption else ""
    if banner.url is None:
        return f'<figure class="kb-banner">{placeholder(banner.alt)}{caption}</figure>'
    extra = "" if banner.url.startswith(SCHEME) else ' referrerpolicy="no-referrer"'  # another host's
    src, alt = html.escape(banner.url, quote=True), html.escape(banner.alt, quote=True)
    return f'<figure class="kb-banner"><img src="{src}" alt="{alt}"{extra}>{caption}</figure>'


# What `placeholder` writes, as a pattern (its text is escaped: no `<` in it)
PLACEHOLDER = r'<span class="kb-missing-image"[^<>]*>[^<]*</span>'


def placeholder(alt: str, reason: str = "이미지 없음") -> str:
    """What the page shows for a figure it cannot show. Search leaves it out (`data-search-exclude`, which
    Material's search reads): a result's excerpt shows what the note says, not what the site says about it."""
    label = html.escape(alt.strip() or "이미지", quote=True)
    return (
        f'<span class="kb-missing-image" role="img" aria-label="{reason}: {label}" data-search-exclude>'
        f"{reason}: {label}</span>"
    )


def external_image(url: str, alt: str, sizes: Mapping[str, str] | None = None, classes: str = "") -> str:
    """An image on another host, shown from there: lazily, with no referrer (hosts that refuse
    hotlinking by the referrer still serve it), its width, height and classes (`.align-center`) when the
    note gives them."""
    size = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in (sizes or {}).items())
    if classes:
        size = f' class="{html.escape(classes, quote=True)}"' + size
    return (
        f'<img src="{html.escape(url, quote=True)}" alt="{html.escape(alt.strip(), quote=True)}"{size}'
        ' loading="lazy" referrerpolicy="no-referrer">'
    )


# Image links that stop working: a link signed with an expiry (S3's `X-Amz-Expires`, a Notion export's, lasts
# an hour; Tistory's `expires=...&signature=`), and Notion's private file storage, refused without a signature.
_SIGNED = re.compile(r"[?&]X-Amz-Expires=|[?&]expires=\d+.*[?&]signature=", re.I)
_PRIVATE = re.compile(
    r"https?://(?:prod-files-secure\.s3\.[\w.-]+amazonaws\.com|s3\.[\w.-]+\.amazonaws\.com/secure\.notion-static\.com)/",
    re.I,
)


def _short(url: str) -> str:
    """A URL as a warning names it: without its query (signatures hundreds of characters long)."""
    return url.split("?", 1)[0] + ("?…" if "?" in url else "")


def fix_images(
    body: str,
    note_path: str,
    index: ImageIndex,
    line_of: Callable[[int], int],
    media_path: str = "",
    notes: frozenset[str] | None = None,
) -> tuple[str, list[Problem]]:
    """Rewrite image references and local links in `body`; `line_of(offset)` gives the source line;
    `media_path` is Chirpy's `media_subpath:` or `img_path:`, the folder of relative image paths;
    `notes`, the docs paths of all notes, tells which links name a note that is not here."""
    problems: list[Problem] = []
    line = kept_lines(line_of, body)

    def report(offset: int, what: str, done: str, level: str = "warning") -> None:
        # `body` is the text the running pass reads (it is rebound once the pass is done; no pass adds a line)
        problems.append(Problem(note_path, line(body, offset), what, done, level))

    def expiring(offset: int, url: str) -> None:
        if _SIGNED.search(url):
            report(
                offset,
                f"image '{_short(url)}' is a signed link that expires (Notion's or Tistory's file storage)",
                "shown from there, as on the blog; once expired it shows nothing: download the image next to the note",
            )
        elif _PRIVATE.match(url):
            report(
                offset,
                f"image '{url}' is a link to Notion's private file storage, which serves a file only to a signed link",
                "shown from there, as on the blog, where it shows nothing either: download the image next to the note",
            )

    def broken_figure(offset: int, alt: str) -> str:
        report(offset, "a figure embedded as a 'data:' URL is no picture (its base64 does not decode, or not to an image)",
               "shown as a placeholder with its alt text")  # fmt: skip
        return placeholder(alt.strip() or "data: URL")

    def markdown_image(m: re.Match) -> str:
        url = (m["angled"] or m["url"]).strip()
        alt, attrs = _readable_alt(m["alt"]), m["attrs"] or ""
        sized = [f'{name}="{m[name]}"' for name in ("width", "height") if m.re is _MD_IMAGE and m[name]]
        if sized and not attrs:  # HackMD's `=400x`
            attrs = "{: " + " ".join(sized) + " }"
        if url.startswith("data:"):
            return broken_figure(m.start(), alt) if broken_data_figure(url) else m.group(0)
        if url.lower().startswith("attachment:"):  # a Jupyter cell's pasted image, stored in the .ipynb
            found = index.resolve(note_path, url.split(":", 1)[1])
            if found is not None:
                return f"![{alt}]({docs_url(found)}){attrs}"
            report(
                m.start(),
                f"image '{url}' is a notebook attachment, kept inside the .ipynb, not a file",
                "shown as a placeholder with its alt text; put the image next to the note to show it",
            )
            return placeholder(alt.strip() or _file_name(url.split(":", 1)[1]))
        if _EXTERNAL.match(url):
            expiring(m.start(), url)
            alt = alt if alt.strip() else badge_text(url) or alt  # `![](https://img.shields.io/badge/...)`
            return external_image(url, alt, _sizes(attrs), " ".join(_CLASS.findall(attrs)))
        found = index.resolve(note_path, url)
        if found is None:
            report(
                m.start(), f"image '{url}' not found under docs/", "shown as a placeholder with its alt text"
            )
            return placeholder(alt.strip() or _file_name(url))
        title = f" {m['title']}" if m["title"] else ""
        return f"![{alt}]({docs_url(found, _fragment(url))}{title}){attrs}"

    def spaced_image(m: re.Match) -> str:
        """An image the pattern above left: its URL has spaces or parentheses, or a title kramdown reads."""
        url = m["url"].strip()
        if not re.search(r"[\s()]", url) or re.match(r"^\S+\s+([\"']).*\1$", url):
            return m.group(0)
        return markdown_image(m)

    def markdown_link(m: re.Match) -> str:
        url = (m["angled"] or m["url"]).strip()
        if notes is not None and _GITHUB_FILE.match(url):
            return in_repository(m, url)
        if _EXTERNAL.match(url) or url.startswith("#"):
            return m.group(0)
        readme = _folder_readme(note_path, url, notes) if notes is not None else None
        if readme is not None:  # `[2주차](./week2/)`: the folder's README, which GitHub shows under its files
            return f"[{m['text']}](<{readme}{_fragment(url)}>{m['rest']}{m['attrs'] or ''}"
        if _PAGE_LINK.search(url.split("#")[0]):
            if notes is None or _note_here(note_path, url, notes):
                return m.group(0)  # pages and anchors: MkDocs resolves and checks them
            spelled = _note_spelled_otherwise(note_path, url, notes) or _typeset_source(note_path, url, notes)
            if spelled is not None:  # the note, its name composed otherwise (NFD/NFC): as it is spelled here
                return f"[{m['text']}](<{spelled}{_fragment(url)}>{m['rest']}{m['attrs'] or ''}"
            return unlinked(m, url)
        found = index.resolve(note_path, url)
        if found is not None:
            return f"[{m['text']}]({docs_url(found, _fragment(url))}{m['rest']}{m['attrs'] or ''}"
        if notes is None or url.startswith("/"):  # a path of the blog's site: maybe a post's address
            return m.group(0)
        named = _note_without_extension(note_path, url, notes)
        if named is not None:  # `[L2](딥러닝_기초_Regularization#l2)`: the note of that name, as meant
            return f"[{m['text']}](<{named}{_fragment(url)}>{m['rest']}{m['attrs'] or ''}"
        return unlinked(m, url)

    own_repository: list[str | None] = []  # worked out at the first GitHub link

    def in_repository(m: re.Match, url: str) -> str:
        """`https://github.com/<owner>/<repo>/blob/main/Math/MLE.md`, a TIL repository's README linking its
        own notes: the note `Math/MLE.md` of the folder this note's repository was copied into, here."""
        if not own_repository:
            own_repository.append(_own_repository(body, note_path, notes or frozenset()))
        found = _GITHUB_FILE.match(url)
        target = _repository_note(found["path"], note_path, notes or frozenset())
        if target is None or found["repo"].lower() != own_repository[0]:
            return m.group(0)
        report(m.start(), f"link '{url}' is the GitHub address of the note '{target}'", "linked to its page here", "info")
        here = posixpath.relpath(target, posixpath.dirname(note_path))
        return f"[{m['text']}](<{here}{found['fragment'] or ''}>{m['rest']}{m['attrs'] or ''}"

    def unlinked(m: re.Match, url: str) -> str:
        """A link to a note or file of the blog that was not brought along: its text, as a link to a
        missing post shows (a copied `_posts/` without the rest, a TIL folder taken alone). Left as a
        link, it would lead nowhere here, and on a concept page quoting it stop a strict build."""
        report(m.start(), f"link '{url}' leads to no page or file of this site", "kept as plain text")
        return m["text"]

    def reference(m: re.Match) -> str:
        url = (m["angled"] or m["url"]).strip()
        if _EXTERNAL.match(url) or url.startswith("#") or _PAGE_LINK.search(url.split("#")[0]):
            return m.group(0)
        found = index.resolve(note_path, url)
        return m["lead"] + docs_url(found, _fragment(url)) if found else m.group(0)

    def html_tag(m: re.Match) -> str:
        tag, attrs = m["name"].lower(), m["attrs"]
        if tag == "img":
            return html_image(m)

        def one(a: re.Match) -> str:
            url = a["url"].strip()
            if a["name"].lower() == "srcset":
                return f"{a['lead']}{a['q']}{_srcset(url)}{a['q']}"
            if not url or _EXTERNAL.match(url) or url.startswith("#"):
                return a.group(0)
            page = _linked_note(note_path, url, notes) if tag == "a" and notes is not None else None
            if page is not None:  # `<a href="../week2/">`: MkDocs resolves no link in raw HTML
                return f"{a['lead']}{a['q']}{docs_url(page, _fragment(url))}{a['q']}"
            found = index.resolve(note_path, url)
            if found is None:
                if tag != "a" or not _PAGE_LINK.search(url.split("#")[0]):
                    report(m.start(), f"link '{url}' not found under docs/", "left as written")
                elif notes is not None and not url.startswith("/") and not url.split("#")[0].endswith("/"):
                    # `<a href="week3/day9.md">` to a note that is not among the notes: MkDocs checks no raw HTML
                    report(m.start(), f"link '{url}' leads to no page or file of this site", "left as written")
                return a.group(0)
            return f"{a['lead']}{a['q']}{docs_url(found, _fragment(url))}{a['q']}"

        return f"<{m['name']}{_URL_ATTR.sub(one, attrs)}>"

    def _srcset(value: str) -> str:
        """`a.png 1x, b.png 2x`: each local candidate found is a `kb-docs:` link, the rest kept."""
        out = []
        for candidate in value.split(","):
            url, _, size = candidate.strip().partition(" ")
            found = None if _EXTERNAL.match(url) else index.resolve(note_path, url)
            out.append((docs_url(found) if found else url) + (" " + size if size else ""))
        return ", ".join(out)

    def html_image(m: re.Match) -> str:
        source = next((a for a in _URL_ATTR.finditer(m["attrs"]) if a["name"].lower() == "src"), None)
        if source is None:
            return m.group(0)
        url = source["url"].strip()
        alt_attr = _ALT_ATTR.search(m["attrs"])
        alt = alt_attr["alt"] if alt_attr else ""
        if url.startswith("data:") and broken_data_figure(html.unescape(url)):
            return broken_figure(m.start(), alt)
        if url.startswith("data:") or not url:
            return m.group(0)
        if _EXTERNAL.match(url):
            tag = m.group(0)
            if not re.search(r"\breferrerpolicy\s*=", tag, re.I):  # not the <img> a Markdown image became above
                expiring(m.start(), html.unescape(url))
            extra = "".join(
                f' {name}="{value}"'
                for name, value in (("loading", "lazy"), ("referrerpolicy", "no-referrer"))
                if not re.search(rf"\b{name}\s*=", tag, re.I)
            )
            if alt_attr is None:  # a badge says its text (a link holding only it is no empty link)
                extra += f' alt="{html.escape(badge_text(html.unescape(url)) or "")}"'
            return tag[:-2] + extra + " />" if tag.endswith("/>") else tag[:-1] + extra + ">"
        found = index.resolve(note_path, url)
        if found is None:
            report(
                m.start(), f"image '{url}' not found under docs/", "shown as a placeholder with its alt text"
            )
            return placeholder(alt.strip() or _file_name(html.unescape(url)))
        start, end = source.span("url")
        attrs = m["attrs"][:start] + docs_url(found, _fragment(url)) + m["attrs"][end:]
        return f"<{m['name']}{attrs}>"

    body = _MD_IMAGE.sub(markdown_image, body)
    if "![" in body:
        body = _MD_IMAGE_SPACED.sub(spaced_image, body)
    if "](" in body:
        body = MD_LINK.sub(markdown_link, body)
    if "]:" in body:
        body = _REFERENCE.sub(reference, body)
    if "<" in body:
        body = _HTML_TAG.sub(html_tag, body)
    return body, problems


def _repository_note(path: str, note_path: str, notes: frozenset[str]) -> str | None:
    """The note at `path` of the repository folder `note_path` is in, if it was brought along."""
    path = unquote(path)
    for target in sorted(notes):
        if target.endswith("/" + path) and note_path.startswith(target[: -len(path)]):
            return target
    return None


def _own_repository(body: str, note_path: str, notes: frozenset[str]) -> str | None:
    """The `owner/repo` whose GitHub links in `body` lead to most notes here other than this one: the
    repository the notes came from. Another repository's `README.md` is not this folder's README."""
    counts: Counter[str] = Counter()
    for found in _GITHUB_FILE.finditer(body):
        target = _repository_note(found["path"], note_path, notes)
        if target is not None and target != note_path:
            counts[found["repo"].lower()] += 1
    return counts.most_common(1)[0][0] if counts else None


def link_target(note_path: str, url: str) -> tuple[str, str]:
    """(the path a relative link `url` in `note_path` names, unquoted and without its fragment; that path
    from the docs root)."""
    target = unquote(url.split("#", 1)[0]).strip()
    return target, posixpath.normpath(posixpath.join(posixpath.dirname(note_path), target))


def _note_here(note_path: str, url: str, notes: frozenset[str]) -> bool:
    """Whether the relative page link `url` in `note_path` leads to a note, or outside the notes' folder
    (a page of the site's own: MkDocs checks those)."""
    target, path = link_target(note_path, url)
    if target.startswith("/") or target.endswith("/"):
        return True
    return path in notes or not (path.startswith("..") or path.startswith(note_path.split("/", 1)[0] + "/"))


def _note_spelled_otherwise(note_path: str, url: str, notes: frozenset[str]) -> str | None:
    """The note the relative link `url` names with its Hangul composed otherwise than the file's name (NFD
    in the link, NFC on disk, or the other way): that note's path relative to `note_path`, or None."""
    path = composed(link_target(note_path, url)[1])
    found = next((note for note in notes if composed(note) == path), None)
    return posixpath.relpath(found, posixpath.dirname(note_path)) if found else None


def _typeset_source(note_path: str, url: str, notes: frozenset[str]) -> str | None:
    """A link to `X.md`, the copy readme2tex wrote of the note `X.tex.md` (left out: `readme2tex`): the
    source, relative to `note_path`, or None."""
    found = readme2tex.source_of(link_target(note_path, url)[1], notes)
    return posixpath.relpath(found, posixpath.dirname(note_path)) if found else None


def _note_without_extension(note_path: str, url: str, notes: frozenset[str]) -> str | None:
    """`딥러닝_기초_Regularization` written for the note `딥러닝_기초_Regularization.md` beside it: the
    link relative to `note_path`, or None."""
    target, path = link_target(note_path, url)
    if not target or posixpath.splitext(target)[1]:
        return None
    return target + ".md" if path + ".md" in notes else None


def _file_name(url: str) -> str:
    """The last part of an image's path (`.../day13/sgd.png` -> `sgd.png`): what a placeholder names when the
    note gave no alt text, so the reader knows which figure is missing."""
    return composed(unquote(posixpath.basename(url.split("#", 1)[0].split("?", 1)[0].rstrip("/"))))


def _folder_readme(note_path: str, url: str, notes: frozenset[str]) -> str | None:
    """`./week2/` or `../week2`, a link to a folder of notes, written for GitHub, which shows the folder's
    README.md under its files: that README note relative to `note_path`, or None (no such folder, no README,
    or a link to a file)."""
    readme = _folder_readme_path(note_path, url, notes)
    return posixpath.relpath(readme, posixpath.dirname(note_path)) if readme else None


def _folder_readme_path(note_path: str, url: str, notes: frozenset[str]) -> str | None:
    """The docs path of the README note of the folder the relative link `url` names, or None."""
    target, path = link_target(note_path, url)
    if target.startswith("/") or (target and not target.endswith("/") and posixpath.splitext(target)[1]):
        return None
    readmes = sorted(
        (posixpath.basename(note) != "README.md", note)
        for note in notes
        if posixpath.dirname(note) == path and _README.match(posixpath.basename(note))
    )
    return readmes[0][1] if readmes else None


def _linked_note(note_path: str, url: str, notes: frozenset[str]) -> str | None:
    """The docs path of the note a relative link in raw HTML leads to (`<a href="../week2/README.md">`, or
    to its folder, `../week2/`), or None."""
    target, path = link_target(note_path, url)
    if not target or target.startswith("/"):
        return None
    return path if path in notes else _folder_readme_path(note_path, url, notes)


def _fragment(url: str) -> str:
    return "#" + url.split("#", 1)[1] if "#" in url else ""


def _sizes(attrs: str) -> dict[str, str]:
    """width/height from a kramdown or attr_list block (`{: width="70%"}`, `{width=300}`)."""
    return {m["name"].lower(): m["value"] for m in _SIZE_ATTR.finditer(attrs)}
