"""A post saved as its blog's feed gave it: the HTML of its body, its title outside it.

The GitHub Actions that copy a Velog blog's RSS feed into a repository (`scripts/update_blog.py`, kept by many
Korean students: `file.write(entry.description)` into `velog-posts/<title>.md`) write each post as the HTML
the feed's Markdown renderer made of its body, and nothing else:

    <h1 id="1-기존의-머신러닝-딥러닝">1. 기존의 머신러닝, 딥러닝</h1>
    <ul>
    <li>Train: ...</li>

The shape, not the folder, tells it: a file without front-matter opens with a tag and its first heading carries the anchor the
renderer made of the heading's words (`id="1-기존의-머신러닝-딥러닝"`), which an author writing HTML by hand
does not write. Such a body never holds the post's title (the feed gives it beside the body): the file's name
is the title, as the script wrote it (`Train, Test, Validation.md`), and every heading is one of the post's
sections, where the first had titled the note (`1. 기존의 머신러닝, 딥러닝`).

The feed's renderer read the post's formulas as text, which Velog's own page typesets as written: in them
its emphasis tags are the underscores it read as emphasis (`\\mathcal{L}<em>{\\text{DPO}} ... </em>{(x, y)}`:
`\\mathcal{L}_{\\text{DPO}} ... _{(x, y)}`), its entities the characters they stand for (`$&gt; 0$`), and in
a display formula a backslash closing a line the `\\\\` line break it unescaped (a `cases` row). Its other
unescapes (`\\,` as `,`) cannot be told from what was written and stay.
"""

from __future__ import annotations

import html
import re

from hooks.kb.math.tex import find_formulas
from hooks.kb.posts.body import inside_html_lists
from hooks.kb.posts.report import Problem

_FIRST_HEADING = re.compile(r"<h(?P<level>[1-6])\s[^>]*?\bid=\"(?P<id>[^\"]+)\"[^>]*>(?P<text>.*?)</h(?P=level)>", re.S | re.I)
_NOT_LETTER = re.compile(r"[\W_]+")
_TAG = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"</?em>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#39|#x27);")
_UNESCAPED_BREAK = re.compile(r"(?<!\\)\\[ \t]*$", re.M)  # a lone backslash closing a line: `\\` unescaped


def is_feed_body(text: str) -> bool:
    """The HTML a blog's feed gave for a post's body (see the module's docstring)."""
    if not text.lstrip().startswith("<"):
        return False
    heading = _FIRST_HEADING.search(text)
    if heading is None:
        return False
    anchor = _NOT_LETTER.sub("", heading["id"].casefold())
    words = _NOT_LETTER.sub("", html.unescape(_TAG.sub("", heading["text"])).casefold())
    return bool(anchor) and anchor == words


def feed_formulas(text: str, path: str, first_line: int) -> tuple[str, list[Problem]]:
    """The formulas of a feed's body as their author wrote them: the renderer's emphasis tags, entities and
    unescaped line breaks undone (see the module's docstring), with a note of each formula restored."""
    problems: list[Problem] = []
    out: list[str] = []
    pos = 0
    for start, end, formula in find_formulas(text):
        if formula is None:
            continue
        source = formula.source
        written = _ENTITY.sub(lambda m: html.unescape(m.group(0)), _EMPHASIS.sub("_", source))
        if source.startswith(("$$", "\\[")):  # a display formula, wherever it stands
            written = _UNESCAPED_BREAK.sub(r"\\\\", written[:-2]) + written[-2:]
        if written != source:
            out += [text[pos:start], written]
            pos = end
            problems.append(
                Problem(
                    path,
                    first_line + formula.line - 1,
                    "a formula as a blog feed's HTML gave it (emphasis tags, entities, a line break's backslash)",
                    "read as its author wrote it, as the blog showed it",
                    "info",
                )
            )
    return "".join(out) + text[pos:], problems


# A code block the feed's renderer cut at its first blank line: an item's fence (`- 예시:` then ```python) closed
# where the item ended, its code's next lines read as the post's paragraphs and headings (`# 주석` an <h1>),
# up to its closing fence, which the renderer either left as text (`print(x)```</p>`) or read as a new fence
# that held the post's following Markdown as code (`<pre><code>\n### 유통\n...`) up to the next opening fence.
_CUT_BLOCK = re.compile(
    r'(?P<open><pre><code class="language-[^"<>]*">)(?P<code>(?:(?!</code>).)*?\n)</code></pre>'
    r"(?P<close>(?:\s*</(?:li|ul|ol)>)*)",
    re.S,
)
_NEXT_BLOCK = re.compile(
    r"\s*(?:<h(?P<level>[1-6])\b[^>]*>(?P<heading>.*?)</h(?P=level)>|<p>(?P<para>.*?)</p>|<hr\s*/?>"
    r"|<pre><code>(?P<rest>.*?)</code></pre>)",
    re.S,
)
_CODE_SPAN = re.compile(r"<code>(.*?)</code>", re.S)


def _as_written(fragment: str) -> str:
    """The text a fragment of the feed's HTML was rendered from: code spans in backticks, tags gone."""
    return html.unescape(_TAG.sub("", _CODE_SPAN.sub(r"`\1`", fragment)))


def feed_fences(text: str, path: str, first_line: int) -> tuple[str, list[Problem]]:
    """A feed body's code blocks its renderer cut at a blank line, whole again (see `_CUT_BLOCK`), and the
    Markdown a stray fence held as code given back as Markdown; a note of each. A cut block whose closing
    fence is not found is left as the feed gave it."""
    problems: list[Problem] = []
    out: list[str] = []
    pos = 0
    for cut in _CUT_BLOCK.finditer(text):
        if cut.start() < pos:
            continue
        lines: list[str] = []
        at, rest, closed = cut.end(), None, False
        while (block := _NEXT_BLOCK.match(text, at)) is not None:
            at = block.end()
            if block["rest"] is not None:  # the closing fence, read as an opening one
                rest, closed = html.unescape(block["rest"]), True
                break
            if block["level"]:
                lines.append("#" * int(block["level"]) + " " + _as_written(block["heading"]) + "\n")
            elif block["para"] is not None:
                para = _as_written(block["para"])
                if para.rstrip().endswith("```"):  # the closing fence, left as the paragraph's text
                    lines.append(para.rstrip()[:-3].rstrip() + "\n")
                    closed = True
                    break
                lines.append(para + "\n\n")
            else:
                lines.append("---\n")
        if not closed:
            continue
        code = cut["code"].rstrip("\n") + "\n\n" + html.escape("".join(lines).rstrip("\n"), quote=False)
        whole = cut["open"] + code + "</code></pre>" + cut["close"]
        if rest is not None:  # the Markdown after the closing fence, up to the next block's code, closed
            whole += "\n\n" + rest.strip("\n") + "\n```\n"
        out += [text[pos : cut.start()], whole]
        pos = at
        line = first_line + text.count("\n", 0, cut.start())
        problems.append(
            Problem(path, line, "a code block a blog feed's HTML cut at its first blank line", "shown whole, as the blog showed it", "info")
        )
    return "".join(out) + text[pos:], problems


_MARGIN_CODE = re.compile(
    r'^<pre><code class="language-(?P<lang>[^"<>\s]*)">(?P<code>.*?)</code></pre>[ \t]*$', re.S | re.M
)


def feed_code_fences(text: str) -> str:
    """A feed body's code blocks at the margin (`<pre><code class="language-python">` opening a line, in no
    HTML list) as the fenced blocks its author wrote, highlighted as Velog highlights them; one inside a list
    item stays the item's HTML."""
    if "<pre><code class=" not in text:
        return text
    inside = inside_html_lists(text)

    def fence(m: re.Match) -> str:
        if inside(m.start()):
            return m.group(0)
        code = html.unescape(m["code"]).rstrip("\n")
        ticks = "`" * max(3, max((len(run) for run in re.findall(r"`{3,}", code)), default=0) + 1)
        lang = m["lang"].lower()
        lang = "text" if lang in ("plaintext", "plain", "") else lang
        return f"\n{ticks}{lang}\n{code}\n{ticks}\n"

    return _MARGIN_CODE.sub(fence, text)
