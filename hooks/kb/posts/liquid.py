"""The Liquid that Jekyll posts use, evaluated as Jekyll would, so paths, figures and links between posts
survive; what cannot run here is removed with a warning naming the tag.

- `{{ site.baseurl }}`, `{{ site.url }}` (and `base_path`) are the site root: empty, so `/assets/x.png`
  after them is a docs-root path that the images step finds.
- `{{ "/assets/x.png" | relative_url }}` and `absolute_url`, `prepend:`, `append:` on string literals or
  `site.*` give the path they would give on the blog.
- `{% post_url 2021-08-10-rnn %}` and `{% link _posts/2021-08-10-rnn.md %}` become a link to that note's
  page here (`local_urls.docs_url`); a target that is not among the notes is a warning, and the link's text
  stays as plain text.
- A figure include (`{% include figure image_path=... alt=... caption=... %}`, `figure.html`,
  `image.html`, `figure.liquid path=...`) becomes a figure with its caption.
- minimal-mistakes' `{% include video id="..." provider="youtube" %}` becomes a link to the video, with its
  thumbnail (`embeds.video_link`).
- `{% raw %}` keeps its content, in a Jekyll post's code too (`code_without_raw_tags`); `{% include toc %}` is the
  note's table of contents there (`[TOC]`), as minimal-mistakes drew its box of the post's sections.
- `{{ page.title }}` (Jekyll) and `{{ $frontmatter.title }}` (VuePress' Vue interpolation, `$page.title` too)
  are the value of that front-matter key, as the post showed it.
"""

from __future__ import annotations

import html
import posixpath
import re
import shlex
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from hooks.kb.posts.callouts import box_body
from hooks.kb.posts.embeds import embedded_link, video_link, youtube_id
from hooks.kb.posts.line_map import kept_lines
from hooks.kb.posts.local_urls import docs_url
from hooks.kb.posts.report import Problem

LineOf = Callable[[int], int]

# Jekyll reads these extensions as Markdown posts (its `markdown_ext` default).
JEKYLL_MARKDOWN = (".md", ".markdown", ".mkdown", ".mkdn", ".mkd")
# and MDX, the Markdown of Gatsby's and Docusaurus' posts, notebooks (fastpages, Quarto) and Quarto and R Markdown
# documents (`notebooks`)
NOTE_EXTENSIONS = (*JEKYLL_MARKDOWN, ".mdx", ".ipynb", ".qmd", ".rmd")

_VAR = re.compile(r"\{\{-?\s*(?P<expr>[^{}]*?)\s*-?\}\}")
_TAG = re.compile(r"\{%-?\s*(?P<name>\w+)(?P<args>[^%]*?)\s*-?%\}")
_RAW = re.compile(r"(\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\})", re.S)
_RAW_TAGS = re.compile(r"^\{%-?\s*raw\s*-?%\}|\{%-?\s*endraw\s*-?%\}$")  # of one `_RAW` match
# A Markdown link whose whole target is a post link: `[text]({% post_url x %}#part)`; its text stays when
# the post is not here.
_LINKED_POST = re.compile(
    r"\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(?:\{\{-?\s*site\.(?:base)?url\s*-?\}\}\s*)*"
    r"(?P<tag>\{%-?\s*(?:post_url|link)\s[^%]*?-?%\})(?P<fragment>#[^)\s]*)?\s*\)"
)
_ANY = re.compile(
    "(?P<linked>"
    + _LINKED_POST.pattern
    + ")"
    + "|(?P<var>"
    + _VAR.pattern
    + ")"
    + "|(?P<tagged>"
    + _TAG.pattern.replace("?P<name>", "?P<tag_name>").replace("?P<args>", "?P<tag_args>")
    + ")"
)
_SITE_VARS = {"site.baseurl": "", "site.url": "", "base_path": "", "site.github.url": ""}
# A front-matter value by name: Jekyll's `page.title`, VuePress' `$frontmatter.title` (and `$page.frontmatter.x`,
# `$page.title`: Vue interpolation in a VuePress page, written with the same braces).
_PAGE_KEY = re.compile(r"^(?:page|\$frontmatter|\$page\.frontmatter|\$page(?=\.title$))\.(?P<key>[\w-]+)$")
_STRING = re.compile(r"""^(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)')$""")
_FIGURE_INCLUDE = re.compile(r"(?:^|/)(?:figure|image|img|picture|photo)\w*(?:\.html|\.liquid)?$", re.I)
_IMAGE_PARAMS = ("image_path", "path", "src", "url", "file", "image", "img")
_CAPTION_PARAMS = ("caption", "description", "title")


@dataclass(frozen=True)
class PostIndex:
    """The notes of the site, found the ways Jekyll's `post_url` and `link` name them."""

    paths: frozenset[str]
    by_name: Mapping[str, tuple[str, ...]]  # file name without extension -> docs paths

    @classmethod
    def of(cls, paths: Iterable[str]) -> PostIndex:
        paths = tuple(paths)  # read twice below: a generator would leave `paths` empty
        by_name: dict[str, list[str]] = {}
        for path in paths:
            by_name.setdefault(file_stem(path), []).append(path)
        return cls(frozenset(paths), {k: tuple(v) for k, v in by_name.items()})

    def post_url(self, name: str, near: str = "") -> str | None:
        """`2021-08-10-rnn` or `DL/2021-08-10-rnn` (a subfolder of `_posts/`) -> the note's docs path.
        Among notes of the same name (several blogs dropped in), the one of `near`'s blog wins."""
        name = name.strip().strip("\"'").strip("/")
        found = self.by_name.get(file_stem(name), ())
        if "/" in name:
            folder = "/" + posixpath.dirname(name) + "/"
            found = tuple(p for p in found if folder in "/" + p) or found
        return _nearest(found, near)

    def link(self, target: str, near: str = "") -> str | None:
        """`_posts/2021-08-10-rnn.md` (a path from the blog's root) -> the note's docs path."""
        target = target.strip().strip("\"'").lstrip("/")
        found = tuple(p for p in self.paths if p == target or p.endswith("/" + target))
        if found:
            return _nearest(found, near)
        return self.post_url(target, near) if target.lower().endswith(JEKYLL_MARKDOWN) else None


def _nearest(paths: tuple[str, ...], near: str) -> str | None:
    """The path in the same blog as `near` (the folder above its `_posts/`), else the shortest."""
    if not paths:
        return None
    root = near.split("/_posts/", 1)[0] + "/" if "/_posts/" in near else posixpath.dirname(near) + "/"
    return min(paths, key=lambda p: (not p.startswith(root), len(p), p))


def file_stem(path: str) -> str:
    """The file name without its note extension (`.md`, `.ipynb`, `.qmd`...): the dots before it are the name's."""
    name = posixpath.basename(path)
    for ext in NOTE_EXTENSIONS:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def evaluate_liquid(
    text: str, path: str, line_of: LineOf, posts: PostIndex | None = None, page: Mapping[str, object] | None = None
) -> tuple[str, list[Problem]]:
    """The text with its Liquid evaluated (outside `{% raw %}`), and what was done, with lines; `page` is the
    note's front-matter, which `{{ page.title }}` and `{{ $frontmatter.title }}` show."""
    problems: list[Problem] = []
    posts = posts or PostIndex.of(())
    if "capture" in text:
        before = text
        text, found = captured_notices(text, path, line_of)
        problems.extend(found)
        line_of = partial(kept_lines(line_of, before), text)  # its lines kept by the pass above
    out, base = [], 0
    for i, part in enumerate(_RAW.split(text)):
        if i % 2:
            out.append(_RAW_TAGS.sub("", part))
        else:
            out.append(_Evaluator(path, line_of, posts, problems, base, page or {}).run(part))
        base += len(part)
    return "".join(out), problems


def code_without_raw_tags(code: str) -> str:
    """A Jekyll post's code block or span as its blog showed it: Jekyll runs Liquid before Markdown, in code
    too, so `{% raw %}{{ x }}{% endraw %}` around template code showed `{{ x }}`, never the tags."""
    return _RAW.sub(lambda m: _RAW_TAGS.sub("", m.group(0)), code) if "endraw" in code else code


# minimal-mistakes' way to put several paragraphs in a notice: capture them, then markdownify them in a div
_CAPTURE = re.compile(
    r"\{%-?\s*capture\s+(?P<name>[\w-]+)\s*-?%\}(?P<body>.*?)\{%-?\s*endcapture\s*-?%\}", re.S
)
_USE = r"\{\{-?\s*%s\s*(?:\|\s*markdownify\s*)?-?\}\}"
_NOTICE_DIV = r"<div\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bnotice(?:--(?P<kind>\w+))?\b[^\"']*[\"'][^>]*>\s*%s\s*</div>"


def captured_notices(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`{% capture notice-2 %}...{% endcapture %}` then `<div class="notice--info">{{ notice-2 | markdownify }}</div>`:
    the captured Markdown in a box of that kind where the blog showed it, or as text where `{{ notice-2 }}`
    stands alone. When the div follows the capture, as it usually does, the box takes the capture's lines
    and the div's are left blank, so every line keeps its number."""
    from hooks.kb.posts.body import NOTICE_KINDS  # body reads kramdown; it imports nothing of Liquid

    problems: list[Problem] = []
    for capture in reversed(list(_CAPTURE.finditer(text))):
        name, body = capture["name"], capture["body"].strip("\n")
        rest = text[capture.end() :]
        use = re.search(_NOTICE_DIV % (_USE % re.escape(name)), rest) or re.search(_USE % re.escape(name), rest)
        if use is None:
            continue
        boxed = "kind" in use.re.groupindex
        if boxed:
            kind = NOTICE_KINDS.get(use["kind"], "note")
            shown = f'!!! {kind} ""\n' + box_body(body.split("\n"))
            what = f"notice '{'notice--' + use['kind'] if use['kind'] else 'notice'}' around a captured text"
            problems.append(Problem(path, line_of(capture.end() + use.start()), what, f"shown as a '{kind}' box", "info"))
        else:
            shown = body
        at_once = not rest[: use.start()].strip()  # the div right after the capture
        blank = "\n" * use.group(0).count("\n")
        start, end = capture.end() + use.start(), capture.end() + use.end()
        if at_once:
            padded = shown + "\n" * max(0, capture.group(0).count("\n") - shown.count("\n"))
            text = text[: capture.start()] + padded + text[capture.end() : start] + blank + text[end:]
        else:
            text = text[:start] + shown + text[end:]
            text = text[: capture.start()] + "\n" * capture.group(0).count("\n") + text[capture.end() :]
    return text, problems


class _Evaluator:
    def __init__(
        self, path: str, line_of: LineOf, posts: PostIndex, problems: list[Problem], base: int, page: Mapping
    ):
        self.path, self.line_of, self.posts, self.problems, self.base = path, line_of, posts, problems, base
        self.page = page

    def run(self, part: str) -> str:
        # One pass, so every match's offset is the text's own and its line is right.
        return _ANY.sub(self.one, part)

    def one(self, m: re.Match) -> str:
        if m.group("linked") is not None:
            return self.linked_post(m)
        if m.group("var") is not None:
            return self.variable(m)
        return self.tag(m)

    def report(self, offset: int, what: str, done: str, level: str = "warning") -> None:
        self.problems.append(Problem(self.path, self.line_of(self.base + offset), what, done, level))

    def linked_post(self, m: re.Match) -> str:
        target = self.post_target(m.group("tag"), m.start())
        if target is None:
            return m.group("text")
        return f"[{m.group('text')}]({target}{m.group('fragment') or ''})"

    def post_target(self, tag: str, offset: int) -> str | None:
        """The link for a `post_url` or `link` tag, or None (warned) when the post is not here."""
        name, _, arg = _TAG.match(tag).group("name", "args", "args")
        arg = arg.strip()
        finder = self.posts.post_url if name == "post_url" else self.posts.link
        found = finder(arg, self.path)
        if found is None:
            self.report(offset, f"'{tag}' names a post that is not among the notes", "kept as plain text")
            return None
        return docs_url(found)

    def variable(self, m: re.Match) -> str:
        value = evaluate_expression(m.group("expr"), self.page)
        if value is None:
            self.report(m.start(), f"Liquid variable '{m.group(0)}' has no value here", "removed")
            return ""
        return value

    def tag(self, m: re.Match) -> str:
        name, args = m.group("tag_name"), m.group("tag_args").strip()
        if name in ("raw", "endraw"):
            return ""
        if name in ("post_url", "link"):
            target = self.post_target(m.group(0), m.start())
            return target if target is not None else html.escape(args)
        if name == "include" and args.split()[:1] == ["toc"]:  # minimal-mistakes' box of the post's sections
            self.report(
                m.start(),
                "'{% include toc %}' is Jekyll's table of contents",
                "shown as the note's table of contents there, as on the blog",
                "info",
            )
            return "[TOC]"
        if name == "include":
            figure = figure_from_include(args) or box_from_include(args)
            if figure is not None:
                return figure
            video = video_from_include(args)
            if video is not None:
                kind = args.split(maxsplit=1)[0].removesuffix(".html")
                what, done = (
                    ("a media file", "shown as its player, as on the blog") if kind in {"embed/video", "embed/audio"}
                    else ("a page", "a link to the page is shown instead") if kind == "embed/webpage"
                    else ("a video", "a link to the video is shown instead")
                )  # fmt: skip
                self.report(m.start(), f"Liquid tag '{' '.join(m.group(0).split())}' embeds {what}", done, "info")
                return video
        if name == "cite" and args:  # jekyll-scholar (al-folio): the reference is in the blog's .bib, not here
            self.report(m.start(), f"Liquid tag '{m.group(0)}' cites the blog's bibliography", "its keys are shown", "info")
            keys = (k.strip("\"'") for k in args.split() if not k.startswith("--"))
            return "(" + ", ".join(f"<cite>{html.escape(k)}</cite>" for k in keys) + ")"
        self.report(m.start(), f"Liquid tag '{m.group(0)}' cannot run here", "removed")
        return ""


def evaluate_expression(expr: str, page: Mapping[str, object] | None = None) -> str | None:
    """`"/x.png" | relative_url`, `site.baseurl | append: "/x"`, `page.title`: the string Jekyll would give, or
    None when the expression needs anything but string literals, `site.baseurl`/`site.url`, the page's own
    front-matter text (`page`) and these filters."""
    parts = [p.strip() for p in _split_filters(expr)]
    value = _operand(parts[0], page or {})
    for part in parts[1:]:
        if value is None:
            return None
        name, _, arg = part.partition(":")
        name, arg = name.strip(), _operand(arg.strip(), page or {}) if arg.strip() else None
        if name in ("relative_url", "absolute_url"):
            value = value if re.match(r"^[a-z][a-z0-9+.-]*:|^//", value, re.I) else "/" + value.lstrip("/")
        elif name in ("prepend", "append") and arg is not None:
            value = arg + value if name == "prepend" else value + arg
        elif name in ("strip", "uri_escape", "url_encode", "escape"):
            value = value.strip() if name == "strip" else value
        else:
            return None
    return value


def _split_filters(expr: str) -> list[str]:
    """Split at `|` outside quotes."""
    parts, current, quote = [], [], None
    for char in expr:
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "|":
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    return parts + ["".join(current)]


def _operand(token: str, page: Mapping[str, object]) -> str | None:
    m = _STRING.match(token)
    if m:
        return m.group("d") if m.group("d") is not None else m.group("s")
    key = _PAGE_KEY.match(token)
    if key is not None:
        value = page.get(key["key"])
        return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None
    return _SITE_VARS.get(token)


def figure_from_include(args: str) -> str | None:
    """`figure image_path="/x.png" alt="..." caption="..."` -> a figure in Markdown and HTML, or None when
    the include is not a figure with an image path."""
    name, _, rest = args.partition(" ")
    screenshot = name.strip() == "screenshot"  # fastpages: `screenshot url="x.png"` is the blog's `/images/x.png`
    if not _FIGURE_INCLUDE.search(name) and not screenshot:
        return None
    params = _include_params(rest)
    source = next((params[k] for k in _IMAGE_PARAMS if params.get(k)), None)
    if source is None:
        return None
    if screenshot and not re.match(r"[a-z][a-z0-9+.-]*:|/", source, re.I):
        source = "/images/" + source
    source = evaluate_expression(source) if "|" in source else source
    if not source:
        return None
    alt = params.get("alt") or params.get("title") or ""
    caption = next((params[k] for k in _CAPTION_PARAMS if params.get(k)), "")
    image = f'<img src="{html.escape(source, quote=True)}" alt="{html.escape(alt, quote=True)}">'
    return figure_html(image, caption)


def figure_html(image: str, caption: str = "") -> str:
    """An `<img>` as a figure, with its caption on one line (its Markdown read, no tag of its own kept): the
    figure every generator's own figure markup becomes (Jekyll includes, Hugo and Hexo tags, Tistory)."""
    if not caption:
        return f'<figure class="kb-figure">{image}</figure>'
    return f'<figure class="kb-figure" markdown="span">{image}<figcaption markdown="span">{_one_line(caption)}</figcaption></figure>'


# fastpages' boxes: `{% include info.html text="..." %}`; its alert is red, as a danger box is.
_INCLUDE_BOXES = {"info": "info", "tip": "tip", "note": "note", "important": "important", "warning": "warning", "alert": "danger"}  # fmt: skip


def box_from_include(args: str) -> str | None:
    """fastpages' `info.html text="..."` (and `alert`) and `tip.html content="..."` (and `note`, `important`,
    `warning`) -> a box of that kind holding the text, on one line so that every other line keeps its number;
    None for any other include."""
    name, _, rest = args.partition(" ")
    kind = _INCLUDE_BOXES.get(name.strip().removesuffix(".html"))
    params = _include_params(rest) if kind else {}
    text = params.get("text") or params.get("content")
    if not text:
        return None
    return f'<div class="admonition {kind}" markdown="1">{_one_line(text)}</div>'


# Chirpy's players of other sites (`embed/twitch.html id=...`): where the player's page is, and what its link says
_CHIRPY_PLAYERS = {
    "twitch": ("https://www.twitch.tv/videos/{}", "Twitch에서 동영상 보기"),
    "bilibili": ("https://www.bilibili.com/video/{}", "bilibili에서 동영상 보기"),
    "spotify": ("https://open.spotify.com/track/{}", "Spotify에서 듣기"),
}


def video_from_include(args: str) -> str | None:
    """minimal-mistakes' `video id="XsxDH4HcOWA" provider="youtube"`, fastpages' `youtube.html
    content='<a href="https://youtu.be/XsxDH4HcOWA">...</a>'` (a notebook's `> youtube: https://youtu.be/...`)
    and Chirpy's `embed/youtube.html id='...'` (and twitch, bilibili, spotify, webpage) -> the video or page as a
    link (`embeds`); Chirpy's `embed/video.html src='...'` and `embed/audio.html` -> the player of that file,
    its title under it, as Chirpy drew them."""
    name, _, rest = args.partition(" ")
    name = name.strip().removesuffix(".html")
    if name.startswith("embed/"):
        return _chirpy_embed(name.removeprefix("embed/"), _include_params(rest))
    if name == "youtube":  # fastpages: the video's address, linked or as code, in `content`
        video = youtube_id(_include_params(rest).get("content", ""))
        return video_link("youtube", video) if video else None
    if name != "video":
        return None
    params = _include_params(rest)
    if not params.get("id"):
        return None
    return video_link(params.get("provider", "youtube").lower(), params["id"])


def _chirpy_embed(kind: str, params: dict[str, str]) -> str | None:
    """Chirpy's `embed/<kind>.html` include, as Markdown or HTML on one line; None for a kind it does not have or
    an include missing what it needs."""
    if kind == "youtube" and params.get("id"):
        return video_link("youtube", params["id"])
    if kind in _CHIRPY_PLAYERS and params.get("id"):
        address, text = _CHIRPY_PLAYERS[kind]
        return f"[{text}](<{address.format(params['id'])}>)"
    if kind == "webpage" and params.get("url"):
        return embedded_link(params["url"])
    if kind in {"video", "audio"} and params.get("src"):
        poster = f' poster="{html.escape(params["poster"], quote=True)}"' if kind == "video" and params.get("poster") else ""
        flags = "".join(f" {flag}" for flag in ("loop", "muted") if params.get(flag) == "true")
        player = f'<{kind} controls{flags} src="{html.escape(params["src"], quote=True)}"{poster}></{kind}>'
        title = f"<br><em>{html.escape(params['title'])}</em>" if params.get("title") else ""
        return f"<p>{player}{title}</p>"
    return None


def _include_params(text: str) -> dict[str, str]:
    """`image_path="/x.png" alt='a b' caption=c` -> a dict; Liquid expressions stay as written."""
    return tag_params(text)[1]


def tag_params(text: str) -> tuple[list[str], dict[str, str]]:
    """A tag's parameters as a shell splits them (`x.png '그림 설명' width=300`): (the words without `=`,
    {key: value} of the others, keys in lower case)."""
    try:
        words = shlex.split(text.replace("\n", " "), posix=True)
    except ValueError:  # an unclosed quote
        words = text.split()
    positional = [word for word in words if "=" not in word]
    named = {key.strip().lower(): value for key, _, value in (w.partition("=") for w in words if "=" in w)}
    return positional, named


def _one_line(text: str) -> str:
    return " ".join(text.replace("<", "&lt;").split())
