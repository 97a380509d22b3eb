"""What a post embeds that would run on the site (a Gist's `<script>`, a YouTube `<iframe>`), as a link.

Nothing from a note runs in a reader's browser (the sanitizer removes scripts and frames from every page
made from notes), but a reader must not lose what the blog showed there: each embed becomes a link to
what it showed (the Gist, the video with its thumbnail, the embedded page), and the author is warned
at its line. Other scripts (MathJax's configuration, analytics) go with a note of what was removed.
Works on text whose code is set aside, before the images step (which shows the video's thumbnail as
every image from another host); the line count is kept. An embed inside raw HTML (`<center><iframe ...>
</iframe></center>`, a block Markdown leaves as it is) becomes the same links written in HTML, where the
Markdown link would show as its brackets.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from hooks.kb.posts.report import Problem

LineOf = Callable[[int], int]

_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</script\s*>)", re.I | re.S)
_IFRAME = re.compile(r"<iframe\b(?P<attrs>[^>]*?)(?:/>|>.*?</iframe\s*>|>)", re.I | re.S)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_TITLE = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_GIST = re.compile(r"^(?:https?:)?//gist\.github\.com/(?P<gist>[\w-]+/[0-9a-f]+|[0-9a-f]+)\.js(?:\?file=(?P<file>[^&#]+))?", re.I)
_YOUTUBE = re.compile(
    r"^(?:https?:)?//(?:www\.)?youtube(?:-nocookie)?\.com/embed/(?P<id>[\w-]{6,})(?:\?(?P<query>[^#]*))?", re.I
)
_VIMEO = re.compile(r"^(?:https?:)?//player\.vimeo\.com/video/(?P<id>\d+)", re.I)
_START = re.compile(r"(?:^|&)start=(\d+)")
_GENERIC_TITLE = re.compile(r"^(?:youtube video player|vimeo video player|embedded content)?$", re.I)
_MATHJAX = re.compile(r"mathjax|katex", re.I)
# A block Markdown leaves as raw HTML: one whose first line opens with a tag (`<center>`, `<p align=..>`)
_HTML_BLOCK_START = re.compile(r"(?:[ \t]*\n)*[ ]{0,3}<[A-Za-z][\w-]*[\s/>]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Link:
    """A link an embed becomes: to `url`, showing `text`, or the picture at `picture` with `text` as its alt."""

    url: str
    text: str  # as read, not escaped
    picture: str = ""
    bracketed: bool = False  # Markdown writes the address in <...>: an iframe's may hold anything

    def markdown(self) -> str:
        shown = f"![{link_label(self.text)}]({self.picture})" if self.picture else link_label(self.text)
        return f"[{shown}](<{self.url}>)" if self.bracketed else f"[{shown}]({self.url})"

    def html(self) -> str:
        text = html.escape(" ".join(self.text.split()))
        shown = f'<img alt="{text}" src="{html.escape(self.picture)}">' if self.picture else text
        return f'<a href="{html.escape(self.url)}">{shown}</a>'


def as_markdown(links: tuple[Link, ...]) -> str:
    return "<br>".join(link.markdown() for link in links)


def embeds_as_links(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<script src="https://gist.github.com/u/id.js">` and `<iframe src=...>` -> links to what they showed;
    other `<script>` elements removed; each reported at its line."""
    if "<script" not in text.lower() and "<iframe" not in text.lower():
        return text, []
    problems: list[Problem] = []

    def report(match: re.Match, what: str, done: str, level: str = "warning") -> None:
        problems.append(Problem(path, line_of(match.start()), what, done, level))

    def script(m: re.Match) -> str:
        keep_lines = "\n" * m.group(0).count("\n")
        src = _attribute(_SRC, m["attrs"])
        gist = _GIST.match(src or "")
        if gist:
            report(m, f"a GitHub Gist embedded with <script> ('{src}')", "a link to the gist is shown instead")
            return _written(gist_links(gist["gist"], gist["file"]), m) + keep_lines
        runs = f"a <script> from '{src}'" if src else "an inline <script>"
        if _MATHJAX.search(src or "") or _MATHJAX.search(m["body"] or ""):
            report(m, f"{runs} (MathJax or KaTeX)", "removed: the site typesets formulas itself", "info")
        else:
            report(m, runs, "removed: nothing from a note runs on the site")
        return keep_lines

    def iframe(m: re.Match) -> str:
        keep_lines = "\n" * m.group(0).count("\n")
        src = (_attribute(_SRC, m["attrs"]) or "").strip()
        if not src:
            report(m, "an <iframe> with no source", "removed: nothing from a note runs on the site")
            return keep_lines
        if urlsplit(src).scheme.lower() not in ("", "http", "https"):  # javascript:, data:, vbscript:
            report(m, f"an <iframe> of '{src[:60]}'", "removed: nothing from a note runs on the site")
            return keep_lines
        report(m, f"an <iframe> embedding '{src}'", "a link to what it showed is shown instead")
        return _written(embedded_links(src, _attribute(_TITLE, m["attrs"]) or ""), m) + keep_lines

    text = _SCRIPT.sub(script, text)
    return _IFRAME.sub(iframe, text), problems


def _written(links: tuple[Link, ...], embed: re.Match) -> str:
    """The links in Markdown, or in HTML inside raw HTML, where Markdown would show their brackets."""
    if _in_html_block(embed.string, embed.start()):
        return "<br>".join(link.html() for link in links)
    return as_markdown(links)


def _in_html_block(text: str, at: int) -> bool:
    """Whether `at` is inside a block Markdown passes through as raw HTML (its first line opens with a tag)."""
    blanks = [m.end() for m in _BLANK_LINE.finditer(text, 0, at)]
    start = blanks[-1] if blanks else 0
    return start < at and _HTML_BLOCK_START.match(text, start) is not None


# Velog's embeds, each alone on its line: `!youtube[dQw4w9WgXcQ]`, `!codepen[user/embed/abc?default-tab=result]`,
# `!codesandbox[abc?view=preview]`, `!twitter[user/status/123]`; Velog draws each as an <iframe> (a tweet's card).
_VELOG = re.compile(r"^[ \t]*!(?P<kind>youtube|codepen|codesandbox|twitter)\[(?P<code>[^\]\s]+)\][ \t]*$", re.M)
_VELOG_SRC = {
    "youtube": "https://www.youtube.com/embed/{}",
    "codepen": "https://codepen.io/{}",
    "codesandbox": "https://codesandbox.io/embed/{}",
    "twitter": "https://twitter.com/{}",
}


def velog_embeds(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """Velog's `!youtube[id]` (and codepen, codesandbox, twitter) alone on a line -> a link to what Velog showed
    there (the video with its thumbnail), with a note; it was the marker as text."""
    if "!" not in text or not _VELOG.search(text):
        return text, []
    problems: list[Problem] = []

    def embed(m: re.Match) -> str:
        src = _VELOG_SRC[m["kind"]].format(m["code"])
        problems.append(
            Problem(
                path, line_of(m.start()), f"a Velog embed '{m.group(0).strip()}'", "a link to what it showed is shown instead", "info"
            )
        )
        if m["kind"] == "twitter":
            return Link(src, f"트윗 보기: {m['code']}", bracketed=True).markdown()
        return embedded_link(src)

    return _VELOG.sub(embed, text), problems


def gist_links(gist: str, file: str | None = None) -> tuple[Link, ...]:
    """A link to a Gist (`user/id`), to one of its files when the embed named one."""
    url = f"https://gist.github.com/{gist}"
    if file:
        url += "#file-" + re.sub(r"[^\w-]", "-", file.lower())
    return (Link(url, f"GitHub Gist의 코드 보기: {gist} · {file}" if file else f"GitHub Gist의 코드 보기: {gist}"),)


# a YouTube video's address as a page names it: `youtu.be/ID`, `youtube.com/watch?v=ID`, `youtube.com/embed/ID`
_YOUTUBE_ADDRESS = re.compile(
    r"(?:youtu\.be/|youtube(?:-nocookie)?\.com/(?:watch\?(?:[^\s\"'<>#]*&)?v=|embed/))(?P<id>[\w-]{6,})", re.I
)


def youtube_id(text: str) -> str | None:
    """The id of the first YouTube video whose address `text` holds, or None."""
    found = _YOUTUBE_ADDRESS.search(text)
    return found["id"] if found else None


def video_link(provider: str, video: str, title: str = "", start: str | None = None) -> str | None:
    """A YouTube video as its thumbnail and a link, a Vimeo video as a link, in Markdown; None for another
    provider."""
    return as_markdown(_video_links(provider, video, title, start)) or None


def _video_links(provider: str, video: str, title: str = "", start: str | None = None) -> tuple[Link, ...]:
    caption = ": " + title if title and not _GENERIC_TITLE.match(title.strip()) else ""
    if provider == "youtube":
        url = f"https://www.youtube.com/watch?v={video}" + (f"&t={start}s" if start else "")
        thumbnail = f"https://i.ytimg.com/vi/{video}/hqdefault.jpg"
        return Link(url, f"YouTube 동영상{caption}", thumbnail), Link(url, f"YouTube에서 보기{caption}")
    if provider == "vimeo":
        return (Link(f"https://vimeo.com/{video}", f"Vimeo에서 동영상 보기{caption}"),)
    return ()


def embedded_link(src: str, title: str = "") -> str:
    """What an `<iframe src>` showed, as a link in Markdown: a video with its thumbnail, any other page by
    its address."""
    return as_markdown(embedded_links(src, title))


def embedded_links(src: str, title: str = "") -> tuple[Link, ...]:
    youtube, vimeo = _YOUTUBE.match(src), _VIMEO.match(src)
    if youtube:
        start = _START.search(html.unescape(youtube["query"] or ""))
        return _video_links("youtube", youtube["id"], title, start.group(1) if start else None)
    if vimeo:
        return _video_links("vimeo", vimeo["id"], title)
    url = "https:" + src if src.startswith("//") else src
    parts = urlsplit(url)
    shown = (parts.netloc + parts.path).rstrip("/") if parts.netloc else url
    label = title if title and not _GENERIC_TITLE.match(title.strip()) else shown
    return (Link(url, f"삽입된 페이지 보기: {label}", bracketed=True),)


def _attribute(pattern: re.Pattern, attrs: str) -> str | None:
    found = pattern.search(attrs)
    if found is None:
        return None
    return html.unescape(next(group for group in found.groups() if group is not None))


def link_label(text: str) -> str:
    """Text safe inside a Markdown link's brackets, on one line."""
    text = " ".join(text.split()).replace("<", "&lt;")
    return re.sub(r"([\[\]\\*_`])", r"\\\1", text)
