"""Hugo's shortcodes and Hexo's tag plugins, read as those generators draw them.

- Hugo: `{{< figure src=... caption=... >}}` (and a theme's `image`/`img`) is a figure with its caption;
  `{{< katex >}}x{{< /katex >}}` a formula (`display` for a display one); hugo-book's and Hextra's `{{< tabs >}}`
  Material's content tabs, titled by each `{{< tab "PyTorch" >}}` (or by Hextra's `items="A,B"`), and their
  `{{< details "제목" >}}` (learn's `{{% expand %}}`, Hugo's own `{{< details summary="제목" >}}`) a folded box of
  that title; `{{< highlight py "linenos=true" >}}`
  a code block; `{{< hint info >}}` (hugo-book) and `{{% notice tip %}}` (learn, relearn) boxes;
  Hugo Blox's and Hextra's `{{< callout note >}}` and tranquilpeak's `{{< alert info >}}` boxes too, and LoveIt's
  (DoIt's, FixIt's) `{{< admonition type=tip title="제목" open=false >}}` a box of that kind titled so, folded
  where `open=false` says (positional too: `{{< admonition tip "제목" false >}}`); tranquilpeak's
  `{{< blockquote "저자" "책" >}}` a quote signed so and its `{{< wide-image src=... >}}` a figure; `{{< button url=... >}}PDF{{< /button >}}` (Hugo Blox;
  `href=` in hugo-book and Hextra) a link showing its text; `{{< youtube id >}}` the video as a link. Any other
  shortcode's markers go and its content stays, with a note. An escaped one (`{{</* gist spf13 7896402 */>}}`,
  how a Hugo post shows a shortcode's syntax, in code or out) is shown as Hugo showed it: `{{< gist spf13 7896402 >}}`.
- Hexo: `{% asset_img x.png 설명 %}` is the figure `x.png` from the post's asset folder (`<post name>/x.png`,
  `post_asset_folder: true`); `{% note info %}`...`{% endnote %}` (NexT, Butterfly) a box;
  `{% codeblock lang:py %}` a code block. Its other core tags too: `{% blockquote 저자, 책 %}` a quote signed
  so (`{% pullquote %}` a quote), `{% youtube id %}`/`{% vimeo id %}` the video as a link, `{% img /x.png 300 %}`
  the image, `{% iframe url %}` a link to the page, `{% link 글 https://... %}` a link, `{% post_link slug 제목 %}`
  a link to that note (as `{% post_url %}`), `{% gist id %}` (also jekyll-gist's and HackMD's, and Hugo's `{{< gist
  user id >}}`) and `{% jsfiddle id %}` a link to the code; HackMD's `{%pdf %}`, `{%slideshare %}`, `{%speakerdeck %}`
  and `{%hackmd @user/note %}` a link to what they showed, its `{%hackmd theme-dark %}` nothing; NexT's `{% label primary@텍스트 %}` its text highlighted,
  `{% kbd Ctrl %}` a key and each `<!-- tab 제목 -->` of its `{% tabs %}` under its title in bold.

These run before formulas and code are set aside: a katex shortcode holds TeX, a highlight one code. Fenced
code and code spans are left as written, and so is what a `{% raw %}` holds and an HTML comment
(`hooks.kb.posts.comments`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import PurePosixPath

from hooks.kb.posts.callouts import TITLES, box_body
from hooks.kb.posts.code import CODE_SPAN, protect_code
from hooks.kb.posts.comments import comments_aside
from hooks.kb.posts.embeds import as_markdown, embedded_link, gist_links, link_label, video_link
from hooks.kb.posts.liquid import figure_html, tag_params
from hooks.kb.posts.report import Problem

_OPEN = r"\{\{[<%]-?\s*"
_CLOSE = r"\s*-?[>%]\}\}"
_BOX_KINDS = {
    "info": "info", "note": "note", "tip": "tip", "warning": "warning", "danger": "danger",
    "success": "success", "primary": "note", "default": "note", "important": "important",
    "caution": "warning", "error": "danger",
    # LoveIt's other kinds, each one of Material's
    "abstract": "abstract", "question": "question", "failure": "failure", "bug": "bug", "example": "example",
    "quote": "quote",
}  # fmt: skip


def _figure(src: str, alt: str, caption: str, width: str = "") -> str:
    size = f' width="{html.escape(width, quote=True)}"' if re.fullmatch(r"\d+(?:px)?", width) else ""
    image = f'<img src="{html.escape(src, quote=True)}" alt="{html.escape(alt, quote=True)}"{size.replace("px", "")}>'
    return figure_html(image, caption)


def _box(kind: str, body: str, title: str = "", folded: bool = False) -> str:
    kind = _BOX_KINDS.get(kind.lower(), "note")
    title = " ".join(title.split()) or TITLES.get(kind, kind)
    return f'{"???" if folded else "!!!"} {kind} "{title}"\n' + box_body(body.strip("\n").split("\n"))


_PAIRED = re.compile(
    _OPEN + r"(?P<name>katex|highlight|hint|notice|callout|button|alert|blockquote|admonition|details|expand|tabs|tab)\b"
    r"(?P<args>[^}]*?)" + _CLOSE
    + r"\n?(?P<body>.*?)\n?" + _OPEN + r"/\s*(?P=name)" + _CLOSE,
    re.S,
)  # fmt: skip
_SINGLE = re.compile(_OPEN + r"(?P<name>/?[\w./-]+)(?P<args>(?:[^}]|\}(?!\}))*?)" + _CLOSE)
_HEXO_IMG = re.compile(r"\{%-?\s*asset_img\s+(?P<args>.*?)\s*-?%\}")
_HEXO_NOTE = re.compile(r"\{%-?\s*note\b(?P<args>[^%]*)%\}\n?(?P<body>.*?)\n?\{%-?\s*endnote\s*-?%\}", re.S)
_HEXO_QUOTE = re.compile(
    r"\{%-?\s*(?P<name>blockquote|pullquote)\b(?P<args>[^%]*)%\}\n?(?P<body>.*?)\n?\{%-?\s*end(?P=name)\s*-?%\}", re.S
)
_HEXO_INLINE = re.compile(
    r"\{%-?\s*(?P<name>youtube|vimeo|img|image|iframe|link|post_link|label|kbd|gist|jsfiddle|pdf|slideshare|speakerdeck|hackmd)"
    r"\s+(?P<args>[^%\n]*?)\s*-?%\}"
)
# what HackMD's embeds (and Hexo's `{% jsfiddle %}`) showed, by the address of the page they embed
_EMBEDDED_PAGES = {
    "jsfiddle": ("https://jsfiddle.net/{}", "JSFiddle에서 코드 보기"),
    "slideshare": ("https://www.slideshare.net/{}", "SlideShare에서 슬라이드 보기"),
    "speakerdeck": ("https://speakerdeck.com/{}", "Speaker Deck에서 슬라이드 보기"),
    "hackmd": ("https://hackmd.io/{}", "HackMD에서 노트 보기"),
}
# NexT's tab inside `{% tabs 이름 %}`: `<!-- tab 제목 @icon -->` ... `<!-- endtab -->`
_NEXT_TAB = re.compile(r"^<!--[ \t]*(?:end)?tab\b[ \t]*(?P<title>[^@\n]*?)[ \t]*(?:@[\w-]+[ \t]*)?-->[ \t]*$", re.M)
_HEXO_CODE = re.compile(r"\{%-?\s*codeblock\b(?P<args>[^%]*)%\}\n?(?P<body>.*?)\n?\{%-?\s*endcodeblock\s*-?%\}", re.S)


def _fitted(replace: Callable[[re.Match], str]) -> Callable[[re.Match], str]:
    """`replace`, its result given the lines of what it replaces (blank ones added at its end), so every line
    after it keeps its number in the note's warnings; one that cannot fit (a one-line shortcode made a code
    block) is kept as it is."""

    def fitted(m: re.Match) -> str:
        out = replace(m)
        return out + "\n" * max(0, m.group(0).count("\n") - out.count("\n"))

    return fitted


def _paired(m: re.Match) -> str:
    name, body = m["name"], m["body"]
    positional, _ = tag_params(m["args"])
    if name == "katex":
        tex = body.strip()
        display = "display" in positional or "display=true" in m["args"] or "\n" in tex
        if display and "\n" in m.group(0):
            return f"$$\n{tex}\n$$"
        return f"$${tex}$$" if display else f"${tex}$"
    if name == "highlight":
        lang = positional[0] if positional else ""
        return f"```{lang}\n{body}\n```"
    _, named = tag_params(m["args"])
    if name in {"details", "expand"}:  # hugo-book's and Hextra's `details`, learn's and relearn's `expand`
        # Hugo's own (0.140 on) names the box by `summary` (its `title` is the box's tooltip)
        title = named.get("summary") or named.get("title") or (positional[0] if positional and positional[0] != "open" else "")
        opened = "open" in positional or named.get("open") == "true" or named.get("closed") == "false"
        boxed = _box("note", _PAIRED.sub(_fitted(_paired), body), title or "자세히", folded=True)
        return boxed.replace("???", "???+", 1) if opened else boxed  # `???+`: foldable, shown unfolded
    if name == "tabs":  # hugo-book's, Hextra's (`items="A,B"` names its tabs in order) and learn's tabs
        return _tabs(body, [item.strip() for item in named.get("items", "").split(",") if item.strip()])
    if name == "tab":  # a tab outside a set of tabs: its content under its title
        return _tab(m, [])
    if name == "blockquote":  # tranquilpeak: `{{< blockquote "David Levithan" "Wide Awake" >}}`
        source = ", ".join(p for p in positional if not p.startswith("http"))
        return "\n".join(_quoted(body) + ([f"> — {source}"] if source else []))
    if name == "button":  # Hugo Blox's `url=`, hugo-book's and Hextra's `href=`: a link showing its text
        url, text = named.get("url") or named.get("href"), " ".join(body.split())
        return f"[{text}](<{url}>)" if url and text else text
    kind = named.get("type") or (positional[0] if positional else "note")  # Hextra: `callout type="info"`
    body = _PAIRED.sub(_fitted(_paired), body)  # a formula in a box
    if name == "admonition":  # LoveIt: `type title open`, by name or in that order
        title = named.get("title") or (positional[1] if len(positional) > 1 else "")
        opened = named.get("open") or (positional[2] if len(positional) > 2 else "true")
        return _box(kind, body, title, folded=opened.strip().lower() == "false")
    return _box(kind, body)


_TAB = re.compile(
    _OPEN + r"tab\b(?P<args>[^}]*?)" + _CLOSE + r"\n?(?P<body>.*?)\n?" + _OPEN + r"/\s*tab" + _CLOSE, re.S
)


def _tabs(body: str, items: list[str]) -> str:
    """A set of tabs as Material's content tabs (`=== "PyTorch"` over each tab's indented lines), one shown at a
    time as on the blog; a tab with no title of its own takes the next of the set's `items`."""
    body = re.sub(r"^[ \t]+(?=\{\{[<%]-?\s*tab\b)", "", body, flags=re.M)  # Hextra indents its tabs: tabs at the margin
    first = [True]

    def tab(m: re.Match) -> str:
        drawn = _tab(m, items)
        if first[0]:  # `===!`: a set of its own, not the tabs of a set just above it
            first[0] = False
            return drawn.replace("===", "===!", 1)
        return drawn

    return _TAB.sub(_fitted(tab), body)


def _tab(m: re.Match, items: list[str]) -> str:
    positional, named = tag_params(m["args"])
    title = named.get("title") or named.get("name") or named.get("header") or (positional[0] if positional else "")
    title = title or (items.pop(0) if items else "탭")
    inner = _PAIRED.sub(_fitted(_paired), m["body"]).strip("\n").split("\n")
    if m.string[m.start("body") - 1] != "\n":  # on the tag's line (`{{< tab "MacOS" >}} # 설치 {{< /tab >}}`): a line of its own
        inner[0] = inner[0].strip()
    return f'=== "{html.escape(" ".join(title.split()))}"\n' + box_body(inner)


def _single(m: re.Match, post_name: str, note: Callable[[int, str], None]) -> str:
    name = m["name"]
    positional, named = tag_params(m["args"])
    if name in {"figure", "image", "img", "wide-image"} and named.get("src"):
        caption = named.get("caption") or named.get("title") or ""
        return _figure(named["src"], named.get("alt") or caption, caption, named.get("width", ""))
    if name == "youtube" and (positional or named.get("id")):
        return video_link("youtube", named.get("id") or positional[0]) or ""
    if name == "gist" and positional:  # `{{< gist user id [file] >}}`
        return as_markdown(gist_links("/".join(positional[:2]), positional[2] if len(positional) > 2 else None))
    note(m.start(), f"Hugo shortcode '{m.group(0)[:60]}'")
    return ""


# Hugo's escaped shortcode (`{{</* gist spf13 7896402 */>}}`, `{{%/* notice */%}}`), in code or out: Hugo shows it
# as written without its comment marks, to tell how a shortcode is written; here it was removed as a shortcode
_ESCAPED = re.compile(r"\{\{(?P<open>[<%])/\*(?P<inner>.*?)\*/(?P<close>[>%])\}\}", re.S)
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.S)
_RAW_HELD = "{\x1a%"  # a tag's `{%` inside `{% raw %}` while the tags are drawn: no tag
_ESCAPED_HELD = "\x1a"  # between `{{` and `<` while the tags are drawn: no shortcode


def hugo_and_hexo_tags(text: str, path: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """The body with the shortcodes and tag plugins above drawn as the generator drew them."""
    if "{{<" not in text and "{{%" not in text and "{%" not in text:
        return text, []
    if "/*" in text:
        held = _ESCAPED.sub(lambda m: f"{{{{{_ESCAPED_HELD}{m['open']}{m['inner']}{m['close']}}}}}", text.replace(_ESCAPED_HELD, ""))
        if held != text:
            drawn, problems = _drawn(held, path, first_line)
            return drawn.replace("{{" + _ESCAPED_HELD, "{{"), problems
    return _drawn(text, path, first_line)


def _drawn(text: str, path: str, first_line: int) -> tuple[str, list[Problem]]:
    problems: list[Problem] = []
    post_name = PurePosixPath(path).stem
    # Fenced code is set aside (its lines kept): a tag written there is shown as code, and a box's tags around a
    # code block still pair up, the code moved into the box with the rest. So is what a `{% raw %}` holds: the tag
    # the post shows as written (`{% raw %}{% gist id %}{% endraw %}`, how a Jekyll post tells its syntax).
    fenced = protect_code(_RAW.sub(lambda m: m.group(0).replace("{%", _RAW_HELD), text) if "raw" in text else text, spans=False, raw_html=False)
    part, comments_back = comments_aside(fenced.text)  # a tag in a comment stayed unseen there

    def note(at: int, what: str) -> None:
        line = first_line + part.count("\n", 0, at)
        problems.append(Problem(path, line, f"{what} is not drawn here", "its markers removed, its text kept", "info"))

    part = _PAIRED.sub(_fitted(_paired), part)
    part = re.sub(r"^<--->[ \t]*$", "", part, flags=re.M)  # hugo-book's column break inside `columns`
    part = _HEXO_NOTE.sub(_fitted(lambda m: _box((m["args"].split() or ["note"])[0], m["body"])), part)
    part = _HEXO_CODE.sub(_fitted(lambda m: f"```{_hexo_lang(m['args'])}\n{m['body']}\n```"), part)
    part = _HEXO_IMG.sub(lambda m: _asset_img(m["args"], post_name), part)
    part = _HEXO_QUOTE.sub(_fitted(_hexo_quote), part)
    # a one-line tag in a code span is shown as written; spans are read only now, the code that a paired tag
    # holds (a `{% codeblock %}`'s template literal, its backtick unpaired on a line) made a fenced block above
    spans: list[str] = []
    part = CODE_SPAN.sub(lambda m: spans.append(m.group(0)) or f"\x1b{len(spans) - 1}\x1b", part.replace("\x1b", ""))
    part = _HEXO_INLINE.sub(_hexo_inline, part)
    part = _NEXT_TAB.sub(lambda m: f"**{m['title']}**" if m["title"] else "", part)  # `{% tabs %}` goes later
    part = _SINGLE.sub(lambda m: _single(m, post_name, note), part)
    part = re.sub("\x1b(\\d+)\x1b", lambda m: spans[int(m.group(1))], part)
    return fenced.restore(comments_back(part)).replace(_RAW_HELD, "{%"), problems


def _hexo_lang(args: str) -> str:
    m = re.search(r"lang:(\w+)", args)
    return m.group(1) if m else ""


def _asset_img(args: str, post_name: str) -> str:
    positional, named = tag_params(args)
    if not positional:
        return ""
    source = positional[0]
    title = " ".join(positional[1:]).strip("'\"")
    if not re.match(r"[a-z]+:|/", source):
        source = f"{post_name}/{source}"
    return _figure(source, title, title)


def _quoted(body: str) -> list[str]:
    """The lines of `body` as a Markdown quote's (a blank line a bare `>`, so the quote goes on)."""
    return [f"> {line}" if line.strip() else ">" for line in body.strip("\n").split("\n")]


def _hexo_quote(m: re.Match) -> str:
    """`{% blockquote 이안 굿펠로, 심층 학습 [https://...] %}` -> the quote, signed `— 이안 굿펠로, 심층 학습` (linked)."""
    quote = _quoted(m["body"])
    if m["name"] == "pullquote":
        return "\n".join(quote)
    words = m["args"].split()
    at = next((i for i, word in enumerate(words) if re.match(r"https?://", word)), None)
    source = " ".join(words[:at] if at is not None else words)
    if at is not None:
        source = f"[{source or words[at]}](<{words[at]}>)"
    return "\n".join(quote + ([">", f"> — {source}"] if source else []))  # its own line, as Hexo's footer


def _hexo_inline(m: re.Match) -> str:
    """Hexo's one-line tags (`_HEXO_INLINE`) as Hexo draws them; a Jekyll tag of the same name is left to Liquid."""
    name, args = m["name"], m["args"]
    positional, _ = tag_params(args)
    if name in {"youtube", "vimeo"} and positional:
        return video_link(name, positional[0]) or m.group(0)
    if name == "gist" and positional:  # Hexo's, jekyll-gist's and HackMD's `{% gist [user/]id [file] %}`
        return as_markdown(gist_links(positional[0], positional[1] if len(positional) > 1 else None))
    if name == "pdf" and positional:  # HackMD: `{%pdf https://.../paper.pdf %}`
        return f"[PDF 보기: {link_label(PurePosixPath(positional[0]).name or positional[0])}](<{positional[0]}>)"
    if name == "hackmd" and positional and positional[0].startswith("theme-"):
        return ""  # HackMD's `{%hackmd theme-dark %}` themes its page: the site's own theme shows it
    if name in _EMBEDDED_PAGES and positional:
        address, text = _EMBEDDED_PAGES[name]
        return f"[{text}](<{address.format(positional[0].lstrip('/'))}>)"
    if name in {"img", "image"}:  # `{% img [class] /path [width] [height] ['"title" "alt"'] %}`
        src = next((w for w in positional if re.match(r"[a-z]+://|/|\.{1,2}/|[\w-]+/|[\w.-]+\.\w{2,4}$", w)), None)
        if src is None:
            return m.group(0)
        rest = positional[positional.index(src) + 1 :]
        width = rest[0] if rest and rest[0].isdigit() else ""
        words = " ".join(w for w in rest if not w.isdigit())
        quoted = re.findall(r'"([^"]*)"', words)  # `'"title" "alt"'`: the alt text last
        alt = (quoted[-1] if quoted else words.strip("\"' ")) or PurePosixPath(src).stem
        size = f' width="{width}"' if width else ""
        return f'<img src="{html.escape(src, quote=True)}" alt="{html.escape(alt, quote=True)}"{size}>'
    if name == "iframe" and positional:
        return embedded_link(positional[0])
    if name == "link":  # Hexo's `{% link 글 https://... [external] [title] %}`; Jekyll's `{% link path %}` is Liquid's
        at = next((i for i, w in enumerate(positional) if re.match(r"https?://|/", w)), None)
        if not at:
            return m.group(0)
        return f"[{' '.join(positional[:at])}](<{positional[at]}>)"
    if name == "post_link" and positional:  # the link Liquid's `{% post_url %}` makes, the post's name its text
        text = " ".join(w for w in positional[1:] if w not in {"true", "false"}) or positional[0]
        return f"[{text}]({{% post_url {positional[0]} %}})"
    if name == "label":  # NexT: `{% label primary@텍스트 %}`
        return f"<mark>{html.escape(args.split('@', 1)[-1].strip())}</mark>"
    if name == "kbd":
        return f"<kbd>{html.escape(args.strip())}</kbd>"
    return m.group(0)
