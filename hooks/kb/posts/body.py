"""The body of a post, rewritten into Markdown that MkDocs and Material understand.

Each function takes text whose code has been set aside (`hooks.kb.code.protect_code`), keeps the
line count (so warnings name the right line) and reports what it changed.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable

from hooks.kb.math.slots import HELD_FORMULA_END
from hooks.kb.posts.callouts import box_body
from hooks.kb.posts.code import FENCE
from hooks.kb.posts.kramdown_escapes import is_hugo_page, reads_as_kramdown
from hooks.kb.posts.line_map import kept_lines
from hooks.kb.posts.lists import unquoted
from hooks.kb.posts.report import Problem

LineOf = Callable[[int], int]

# --- Liquid (evaluated in `liquid`; Jekyll's highlight blocks are code, set aside first) ----------


_HIGHLIGHT = re.compile(
    r"\{%-?\s*highlight\s+(?P<lang>\w+)(?P<options>[^%]*)%\}(?P<open>\n?)(?P<code>.*?)(?P<close>\n?)\{%-?\s*endhighlight\s*-?%\}", re.S
)


def liquid_code_blocks(text: str) -> tuple[str, tuple[int, ...]]:
    """`{% highlight python %}...{% endhighlight %}` -> a fenced code block (before code is set aside; `linenos`
    numbers its lines), and
    the lines of the result that are none of the author's: a fence needs lines of its own, so a tag on the
    line of the code (`{% highlight bash %}pip install torch{% endhighlight %}`) gives one more line each
    (numbered from 1; `line_map.source_line` reads them)."""
    if "highlight" not in text:
        return text, ()
    out: list[str] = []
    added: list[int] = []
    line, end = 1, 0  # the line of the result `end` (in `text`) is at
    for m in _HIGHLIGHT.finditer(text):
        out.append(text[end : m.start()])
        line += text.count("\n", end, m.start())
        if not m["open"]:
            added.append(line + 1)  # the code's first line, which was the opening tag's
        code_lines = m["code"].count("\n") + 1
        if not m["close"]:
            added.append(line + code_lines + 1)  # the closing fence, which was on the code's last line
        numbered = ' linenums="1"' if "linenos" in m["options"] else ""  # numbered lines, as Jekyll drew them
        out.append(f"```{m['lang']}{numbered}\n{m['code']}\n```")
        line += code_lines + 1
        end = m.end()
    out.append(text[end:])
    return "".join(out), tuple(added)


# --- GitHub's math blocks -------------------------------------------------------------------------
_MATH_FENCE = re.compile(
    r"(?P<open>[ \t]*(?:`{3,}|~{3,})[ \t]*math[ \t]*\n)(?P<tex>.*?)(?P<close>^[ \t]*[`~]{3,}[ \t]*$)",
    re.M | re.S,
)


def math_fences(text: str) -> str:
    """A ```` ```math ```` block -> `$$ ... $$`, a display formula, as GitHub and GitLab draw it (a TIL
    repository's notes use it beside `$$`); before formulas are found, so it is one. Each line stays where it
    was; a `math` block inside another code block is that block's text."""
    if "math" not in text:
        return text

    def display(fence: re.Match) -> str:
        m = _MATH_FENCE.fullmatch(fence.group(0))
        if m is None:
            return fence.group(0)
        indent = m["open"][: len(m["open"]) - len(m["open"].lstrip(" \t"))]
        return f"{indent}$$\n{m['tex']}{indent}$$"

    return FENCE.sub(display, text)


# --- kramdown attribute lists ---------------------------------------------------------------------
_TOC_MARKER = re.compile(
    r"^[ \t]*(?:[*-]|\d{1,9}\.)[ \t]+[^\n]*\n[ \t]*\{:[ \t]*(?:\.no_toc[ \t]*)?toc[ \t]*\}[ \t]*$", re.M | re.I
)
# `{: .notice--info}`, `{: .notice}` (minimal-mistakes), `{: .box-note}` (beautiful-jekyll's boxes), `{:.info}`
# (TeXt's alerts: `.success`, `.info`, `.warning`, `.error`)
_NOTICE_IAL = (
    r"\{:[ \t]*\.(?:notice(?:--(?P<kind>\w+))?|box-(?P<box>note|warning|error|success)"
    r"|(?P<alert>success|info|warning|error))[ \t]*\}"
)
_NOTICE = re.compile(rf"(?P<para>(?:^[^\n]+\n)+?)(?P<ial>^[ \t]*{_NOTICE_IAL})[ \t]*$", re.M)
# `{: .notice--info}` alone on the line above a paragraph: kramdown gives the block under it the class.
_LEADING_NOTICE = re.compile(
    rf"(?:\A|(?<=\n\n))(?P<ial>[ \t]*{_NOTICE_IAL})[ \t]*\n" r"(?P<para>(?:[ \t]*\S[^\n]*(?:\n|\Z))+)"
)
# Hydejack's boxes after their paragraph: `{:.note}`, `{:.note title="attention"}` (a labelled note), `{:.message}`
_HYDEJACK_BOX = re.compile(
    r"(?P<para>(?:^[^\n]+\n)+?)^[ \t]*\{:[ \t]*\.(?P<kind>note|message)"
    r"(?:[ \t]+title=(?P<q>[\"'])(?P<title>[^\"'\n]*)(?P=q))?[ \t]*\}[ \t]*$",
    re.M,
)
# `{:.output_data_text}` alone before a block (jupyter-book's notebook cells): kramdown gives the next block
# that class; Python-Markdown reads attribute lists only after a block, and showed this one as text.
# One between blank lines (`![](x.png)`, a blank line, `{: .align-center}`, a blank line) is consumed by kramdown too,
# whatever it was meant for: the blog showed no `{: ...}`.
_LEADING_IAL = re.compile(r"(?:\A|(?<=\n\n))[ \t]*\{:[^{}\n]*\}[ \t]*(?=\n|\Z)")
_BARE_TOC = re.compile(r"^[ \t]*\{:[ \t]*(?:\.no_toc[ \t]*)?toc[ \t]*\}[ \t]*$", re.M)
_NO_TOC = re.compile(r"[ \t]*\{:[ \t]*\.no_toc[ \t]*\}[ \t]*$", re.M)
# `# LSTM` over `{: .fs-8 }` (or `{: #id}`): kramdown gives the heading above the attributes; Python-Markdown
# reads them only on the heading's own line, and showed the line as text.
_IAL_UNDER_HEADING = re.compile(
    r"^(?P<heading>[ ]{0,3}#{1,6}[ \t][^\n]*?)[ \t]*\n[ \t]*(?P<ial>\{:[^{}\n]*\})[ \t]*$", re.M
)
# `| a | b |` rows then `{:.stretch-table}` (Hydejack's full-width table): kramdown gives the table the class;
# Python-Markdown read the line as one more row, its first cell `{:.stretch-table}`. `> ...` then
# `{: .block-headinfo}`: kramdown ends the quote at the attribute list and puts it on the quote (a class of the
# blog's own stylesheet); Python-Markdown read it as the quote's last line, its class on an empty paragraph there.
_IAL_UNDER_TABLE_OR_QUOTE = re.compile(r"^(?P<row>[ ]{0,3}(?P<mark>[|>])[^\n]*\n)[ \t]*(?P<ial>\{:[^{}\n]*\})[ \t]*$", re.M)
# `{: .align-center}{: width='500'}`: kramdown merges attribute lists that follow one another.
_IAL_RUN = re.compile(r"\{:[^{}\n]*\}(?:[ \t]*\{:[^{}\n]*\})+")
_ANY_IAL = re.compile(r"\{:[^{}\n]*\}")
# minimal-mistakes' buttons, `[강의 자료](url){: .btn .btn--primary}`: Material's own (`.md-button`).
_BUTTON = re.compile(r"(?<=[\s:])\.btn(?P<primary>--primary)?(?![\w-])")
# `$$...$$ {: .text-center }`: an attribute list after a formula (held aside while the body is read).
_IAL_AFTER_FORMULA = re.compile(f"(?<={HELD_FORMULA_END})[ \t]*\\{{:[^{{}}\n]*\\}}")
BOX_KINDS = {"note": "note", "warning": "warning", "error": "danger", "success": "success"}
NOTICE_KINDS = {
    None: "note",
    "primary": "abstract",
    "info": "info",
    "warning": "warning",
    "success": "success",
    "danger": "danger",
}


def convert_kramdown(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """kramdown's `* TOC {:toc}` is the note's table of contents there, as on the blog (`[TOC]`: a `## 목차`
    or just-the-docs' `## Table of contents` over it had been left with nothing under it); `{: .notice--info}`
    makes an admonition, and so do beautiful-jekyll's `{: .box-note}` (`-warning`, `-error`, `-success`), TeXt's `{:.info}` (`.success`,
    `.warning`, `.error`) and Hydejack's `{:.note}` and `{:.message}`; one alone before a block (`{:.output_data_text}` over a
    notebook's output) goes, as the blog showed nothing of it; other attribute lists (`{: width="70%"}`) are
    left to Python-Markdown's attr_list, which reads them, several in a row merged into one as kramdown does;
    one after a formula (`$$..$$ {: .text-center }`, a centered block on the blog) or under a table
    (`{:.stretch-table}`) goes: the site lays formulas and tables out itself."""
    problems: list[Problem] = []
    # Each pass below reads the text the passes before it left, lines kept, offsets moved: a match's line is
    # counted in the text it was found in (`m.string`), and named in the text as given.
    line = kept_lines(line_of, text)

    def toc(m: re.Match) -> str:  # the note's table of contents there, as kramdown drew it (and `[toc]` is)
        what, done = "kramdown '{:toc}' marker", "shown as the note's table of contents there, as on the blog"
        problems.append(Problem(path, line(m.string, m.start()), what, done, "info"))
        return "[TOC]" + "\n" * m.group(0).count("\n")

    def notice(m: re.Match) -> str:
        box = m["box"] or m["alert"]
        kind = BOX_KINDS.get(box) or NOTICE_KINDS.get(box or m["kind"], "note")
        problems.append(
            Problem(
                path,
                line(m.string, m.start("ial")),
                f"kramdown notice '{m.group('ial').strip()}'",  # as written: `{: .notice}` has no kind
                f"shown as a '{kind}' box",
                "info",
            )
        )
        return _boxed(f'!!! {kind} ""', m.group("para"))

    def leading_notice(m: re.Match) -> str:  # the box opens on the attribute list's line: lines keep their places
        boxed = notice(m)
        return boxed + "\n" if m["para"].endswith("\n") else boxed

    def hydejack_box(m: re.Match) -> str:
        title = ' ""' if m["kind"] == "message" else f' "{m["title"]}"' if m["title"] else ""
        problems.append(
            Problem(
                path, line(m.string, m.start()), f"kramdown box '{{:.{m['kind']}}}'", "shown as a 'note' box", "info"
            )
        )
        return _boxed("!!! note" + title, m["para"])

    def under_table_or_quote(m: re.Match) -> str:
        table = m["mark"] == "|"
        what = f"kramdown attribute list '{m['ial']}' under a {'table' if table else 'quote'}"
        done = "removed: the site lays tables out itself" if table else "removed: the site styles the quote itself"
        problems.append(Problem(path, line(m.string, m.start("ial")), what, done, "info"))
        return m["row"]  # its line stays, blank

    def leading(m: re.Match) -> str:
        problems.append(
            Problem(
                path,
                line(m.string, m.start()),
                f"kramdown attribute list '{m.group(0).strip()}' before a block",
                "removed: the site styles the block itself",
                "info",
            )
        )
        return ""

    if "{:" not in text:  # every form below starts so; the notice pattern is slow on long text
        return text, problems
    after_formula = _IAL_AFTER_FORMULA.search(text)  # first: line_of counts lines in the text as given
    if after_formula is not None:
        problems.append(
            Problem(
                path,
                line_of(after_formula.start()),
                "kramdown attribute list after a formula",
                "removed: the site lays formulas out itself",
                "info",
            )
        )
        text = _IAL_AFTER_FORMULA.sub("", text)
    text = _TOC_MARKER.sub(toc, text)
    text = _BARE_TOC.sub(toc, text)
    text = _LEADING_NOTICE.sub(leading_notice, text)
    text = _NOTICE.sub(notice, text)
    text = _HYDEJACK_BOX.sub(hydejack_box, text)
    # after the boxes: `{: .notice}` under a table boxes it, and `{: .notice}` or `{: .prompt-tip}` under a quote
    text = _IAL_UNDER_TABLE_OR_QUOTE.sub(under_table_or_quote, text)
    text = _NO_TOC.sub("", text)
    text = _IAL_UNDER_HEADING.sub(r"\g<heading> \g<ial>\n", text)  # its line stays, blank
    text = _LEADING_IAL.sub(leading, text)
    text = _IAL_RUN.sub(_merged_ials, text)
    if ".btn" in text:
        text = _ANY_IAL.sub(_material_buttons, text)
    return text, problems


def _boxed(header: str, paragraph: str) -> str:
    """A block an attribute list made a box: `header`, then its lines inside the box, each where it was, as
    deep under one another as they were (a list keeps its nesting); a quote's lines lose their `>`, as the
    box is what the quote was on the blog."""
    lines = paragraph.rstrip("\n").split("\n")
    if all(line.lstrip().startswith(">") for line in lines if line.strip()):
        lines = [unquoted(line) for line in lines]
    margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return header + "\n" + box_body(line[margin:].rstrip() for line in lines)


def _merged_ials(run: re.Match) -> str:
    return "{: " + " ".join(ial[2:-1].strip() for ial in _ANY_IAL.findall(run[0])) + "}"


def _material_buttons(ial: re.Match) -> str:
    return _BUTTON.sub(lambda b: ".md-button" + (b["primary"] or ""), ial[0])


# --- Chirpy's prompts ---------------------------------------------------------------------------
# Chirpy's prompts: a blockquote (lazy lines too) with `{: .prompt-tip}` on the line after it.
_PROMPT = re.compile(
    r"(?P<quote>^[ ]{0,3}>[^\n]*\n(?:^(?![ \t]*(?:\{:|>))[ \t]*\S[^\n]*\n|^[ ]{0,3}>[^\n]*\n)*?)"
    r"^[ \t]*\{:[ \t]*\.prompt-(?P<kind>tip|info|warning|danger)[ \t]*\}[ \t]*$",
    re.M,
)


def chirpy_prompts(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`> 학습률은 작게` + `{: .prompt-tip}` -> a 'tip' admonition holding the quote's text, as Chirpy
    shows a tip box (`reindent_lists` nests the lists inside it afterwards, as in any box)."""
    problems: list[Problem] = []

    def prompt(m: re.Match) -> str:
        kind = m.group("kind")
        problems.append(
            Problem(
                path,
                line_of(m.start()),
                f"Chirpy prompt '{{: .prompt-{kind}}}'",
                f"shown as a '{kind}' box",
                "info",
            )
        )
        lines = [unquoted(ln) for ln in m.group("quote").rstrip("\n").split("\n")]
        return f'!!! {kind} ""\n' + "\n".join("    " + ln if ln.strip() else "" for ln in lines)

    if ".prompt-" not in text:
        return text, problems
    return _PROMPT.sub(prompt, text), problems


# --- Obsidian's embedded figures ------------------------------------------------------------------
# `![[Pasted image 20241021.png]]`, `![[x.png|300]]` (width), `![[x.png|300x200]]`, `![[x.png|설명]]` (alt)
_EMBED = re.compile(
    r"!\[\[(?P<name>[^\[\]|#\n]+?\.(?:png|jpe?g|gif|webp|svg|bmp|avif))(?:\|(?P<spec>[^\[\]\n]*))?\]\]", re.I
)
_EMBED_SIZE = re.compile(r"^\s*(?P<width>\d+)(?:\s*x\s*(?P<height>\d+))?\s*$")


def obsidian_embeds(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`![[x.png|300]]` -> `![x.png](<x.png>){: width="300"}`: the figure found as Obsidian finds it, by its
    file name anywhere in the notes (`images.fix_images`), at the width Obsidian gives it; and a Markdown image
    sized as Obsidian sizes it, `![설명|300](x.png)` (`![|500x300](url)`), at that width, its alt text the
    words before the bar."""

    def embed(m: re.Match) -> str:
        name, spec = m["name"].strip(), (m["spec"] or "").strip()
        size = _EMBED_SIZE.match(spec)
        alt = name if size or not spec else spec
        attrs = ""
        if size:
            attrs = (
                f'{{: width="{size["width"]}"'
                + (f' height="{size["height"]}"' if size["height"] else "")
                + "}"
            )
        return f"![{alt}](<{name}>){attrs}"

    if "|" in text:  # `![설명|300](x.png)`: Obsidian's width (and height) written after the alt text
        text = _SIZED_IMAGE.sub(_sized, text)
    if "![[" not in text:
        return text, []
    return _EMBED.sub(embed, text), []


_SIZED_IMAGE = re.compile(
    r"!\[(?P<alt>[^\[\]\n|]*)\|[ \t]*(?P<width>\d+)(?:[ \t]*x[ \t]*(?P<height>\d+))?[ \t]*\]"
    r"\((?P<target><[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+\"[^\"\n]*\")?)\)"
)


def _sized(m: re.Match) -> str:
    height = f' height="{m["height"]}"' if m["height"] else ""
    return f'![{m["alt"].strip()}]({m["target"]}){{: width="{m["width"]}"{height}}}'



# --- Obsidian's comments -------------------------------------------------------------------------
# `%%메모%%` in a line, or a block from a line opening with `%%` to one closing with it: Obsidian hides them
# from its reading view and from Publish, so they are the author's alone.
_COMMENT = re.compile(r"%%[^%\n]+?%%|^[ ]{0,3}%%[^\n]*\n(?:[^\n]*\n){0,200}?[^\n]*%%[ \t]*$", re.M)


def obsidian_comments(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`%%...%%` taken out of the text (its lines kept, empty), as Obsidian hides it: a note of each."""
    if "%%" not in text:
        return text, []
    problems: list[Problem] = []

    def hide(m: re.Match) -> str:
        return _taken_out(
            m, problems, path, line_of, "an Obsidian comment (%%...%%)", "hidden, as Obsidian hides it"
        )

    return _COMMENT.sub(hide, text), problems


def _taken_out(m: re.Match, problems: list[Problem], path: str, line_of: LineOf, what: str, done: str) -> str:
    """The match's lines, emptied (every other line keeps its number), and a note of what went."""
    problems.append(Problem(path, line_of(m.start()), what, done, "info"))
    return "\n" * m.group(0).count("\n")


# --- backslash escapes ----------------------------------------------------------------------------
# kramdown and GitHub escape any ASCII punctuation with a backslash (`\<` is `<`); Python-Markdown, with the
# site's extensions, knows all but these, and would show their backslash. (`\$` is the formulas' business.)
_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\([\"%&',/:;<?@^])")


def markdown_escapes(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    r"""`\<` -> `&#60;`: the escaped character as the blog showed it, without its backslash."""
    if "\\" not in text:
        return text, []
    return _ESCAPE.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", text), []


# --- single tildes ---------------------------------------------------------------------------------
# kramdown (and its GFM parser, whose strikethrough is `~~`) shows a single `~` as itself; pymdownx.tilde makes
# `~text~` with no space in it a subscript: `~[링크](url)~` around a struck-out address, `1~2,3~4` in ranges.
_SUBSCRIPT = re.compile(r"(?<![~\\])~(?=[^\s~])(?:[^\s~\\]|\\.)+?(?<!\s)~(?!~)")
# where a tilde is an address's (a link's target, an autolink, a bare address) or a tag's: left as it is
_ADDRESS = re.compile(r"\]\([^)\s]*\)|<[^<>\n]*>|https?://[^\s)\]>]*")


def kramdown_tildes(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """In a post kramdown drew: `~text~` -> its tildes as characters (`&#126;`), as the blog showed them, where
    they made the text a subscript, small and lowered (a struck-out address `~[url](url)~` in a quoted review)."""
    if "~" not in text or not reads_as_kramdown(path):
        return text, []
    kept = [m.span() for m in _ADDRESS.finditer(text)]

    def literal(m: re.Match) -> str:
        ends = (m.start(), m.end() - 1)
        if any(start <= end < stop for end in ends for start, stop in kept):
            return m.group(0)
        return "&#126;" + m.group(0)[1:-1] + "&#126;"

    return _SUBSCRIPT.sub(literal, text), []


# --- a link whose target is a link ----------------------------------------------------------------
# `[The Illustrated Transformer]([The Illustrated Transformer – Jay Alammar (jalammar.github.io)](http://...))`:
# a link copied from a browser ("copy link" gives `[page title](url)`) pasted as another link's target.
_NESTED_LINK = re.compile(
    r"(?<![!\\])\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*"
    r"\[(?P<inner>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)\s*\)"
)


def nested_links(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`[text]([title](url))` -> `[text](url "title")`: the link the author meant. kramdown gave it a dead
    target; GitHub showed the inner link only, between the outer brackets as text."""
    if "]([" not in text:
        return text, []
    problems: list[Problem] = []

    def link(m: re.Match) -> str:
        inner, url = m["inner"].strip(), m["url"]
        problems.append(
            Problem(
                path,
                line_of(m.start()),
                f"a link whose target is another link '[{inner}]({url})'",
                f"linked to '{url}'",
            )
        )
        title = f' "{html.escape(inner)}"' if inner and inner != m["text"].strip() else ""
        return f"[{m['text']}]({url}{title})"

    return _NESTED_LINK.sub(link, text), problems


# --- headings -------------------------------------------------------------------------------------
_HTML_HEADING = re.compile(
    r"^[ \t]*<h(?P<level>[1-6])\b[^>]*>(?P<text>.*?)</h(?P=level)>[ \t]*$", re.M | re.I | re.S
)
_ATX = re.compile(r"^(?P<hashes>#{1,6})(?P<rest>[ \t]+.*|[ \t]*)$", re.M)
_SETEXT_TEXT = r"[^\n#>|\-*\s][^\n]*"  # a setext heading's line of text, over its `===` or `---` (as `close_heading_gaps` reads it)
_SETEXT_H1 = re.compile(rf"^(?P<text>{_SETEXT_TEXT})\n=+[ \t]*$", re.M)
_SETEXT_H2 = re.compile(rf"^(?P<text>{_SETEXT_TEXT})\n-+[ \t]*$", re.M)


# Typora inserts its table of contents as `[toc]`, VuePress and VitePress as `[[toc]]`; Python-Markdown's toc
# reads only `[TOC]`, and showed the lower-case marker as text (`[[toc]]` as the word "toc").
_TYPORA_TOC = re.compile(r"^[ \t]*(?:\[toc\]|\[\[toc\]\])[ \t]*$", re.M | re.I)


def typora_toc(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`[toc]` (Typora) or `[[toc]]` (VuePress, VitePress) alone on its line -> `[TOC]`: the note's table of
    contents there, as those show it."""
    return (_TYPORA_TOC.sub("[TOC]", text), []) if "[" in text else (text, [])


def html_headings_to_markdown(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """`<h3 data-toc-skip> Transformer </h3>` -> `### Transformer`: in the TOC, with an anchor. Not inside an
    HTML list or table (a Velog feed's `<li>...<h3 id="..">- 개요</h3>`, an item's heading as its blog drew it):
    a Markdown heading there is text of the HTML block, and showed as `### - 개요`; it stays the HTML heading."""
    problems: list[Problem] = []
    inside = inside_html_lists(text) if _HTML_LIST_TAG.search(text) else None

    def convert(m: re.Match) -> str:
        if inside is not None and inside(m.start()):
            return m.group(0)
        inner = re.sub(r"<[^>]+>", "", m.group("text")).strip()
        inner = html.unescape(re.sub(r"\s+", " ", inner))
        problems.append(
            Problem(
                path,
                line_of(m.start()),
                f"HTML heading <h{m.group('level')}>",
                "written as a Markdown heading, so it has an anchor and a TOC entry",
                "info",
            )
        )
        return "#" * int(m.group("level")) + " " + inner + "\n" * m.group(0).count("\n")

    return _HTML_HEADING.sub(convert, text), problems


_HTML_HEADING_TAG = re.compile(r"<(?P<close>/?)h(?P<level>[1-6])(?=[\s>])", re.I)
_HTML_LIST_TAG = re.compile(r"<(?P<close>/?)(?:ul|ol|li|dl|table)\b[^>]*>", re.I)


def inside_html_lists(text: str):
    """`inside(offset)`: whether `offset` lies in an HTML list or table left open before it."""
    depths: list[tuple[int, int]] = []  # (offset after a tag, depth there)
    depth = 0
    for tag in _HTML_LIST_TAG.finditer(text):
        depth = max(0, depth - 1) if tag["close"] else depth + 1
        depths.append((tag.end(), depth))
    ends = [end for end, _ in depths]

    def inside(offset: int) -> bool:
        at = bisect.bisect_right(ends, offset) - 1
        return at >= 0 and depths[at][1] > 0

    return inside


def first_h1(text: str) -> re.Match | None:
    return next(_iter_h1(text), None)


def h1_count(text: str) -> int:
    """How many `# ` headings (or lines over `===`) the text has: more than one, and they are its sections."""
    return sum(1 for _ in _iter_h1(text))


# An h1: `# 제목`, or a line over `===` (setext, as a GitHub README or a weekly report writes its title).
_H1 = re.compile(rf"^(?:#(?P<rest>[ \t]+.*|[ \t]*)|(?P<setext>{_SETEXT_TEXT})\n=+[ \t]*)$", re.M)


def _iter_h1(text: str):
    in_code = in_html_code(text)
    for m in _H1.finditer(text):
        if (m.group("rest") if m.group("setext") is None else m.group("setext")).strip() and not in_code(m.start()):
            yield m


_HTML_PRE = re.compile(r"<pre\b[^>]*>.*?(?:</pre\s*>|\Z)", re.S | re.I)


def in_html_code(text: str):
    """`in_code(offset)`: whether `offset` lies in a block of code written as HTML (`<pre><code>`, a Velog
    feed's): its `# 주석` lines are code, no heading to count or move down."""
    if "<pre" not in text and "<PRE" not in text:
        return lambda offset: False
    spans = [(m.start(), m.end()) for m in _HTML_PRE.finditer(text)]
    starts = [start for start, _ in spans]

    def in_code(offset: int) -> bool:
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < spans[at][1]

    return in_code


# What a first heading says when it heads the note's table of contents, not the note (`# 목차`, `# 📌 Contents`).
_CONTENTS = re.compile(r"^(?:목차|차례|contents|table\s*of\s*contents|toc|index)$", re.I)


def is_contents_heading(text: str) -> bool:
    """`목차`, `[목차]`, `📚 Table of Contents`, `Contents:`: a heading over a list of the note's sections."""
    return bool(_CONTENTS.match(re.sub(r"[^\w\s]|_", "", text).strip()))


def demote_headings(text: str) -> str:
    """One level down for every heading (h6 stays h6), so the page title is the only h1."""
    # a setext heading (a line over `===` or `---`) is written with `#`s first, so it goes down one level with
    # the others: an h1 not two levels, an h2 not none (it stayed a sibling of the h1 above it)
    # none in code written as HTML (`<pre><code>`): its `# 주석` lines are code
    in_code = in_html_code(text)
    text = _SETEXT_H1.sub(lambda m: m.group(0) if in_code(m.start()) else "# " + m.group("text").strip() + "\n", text)
    in_code = in_html_code(text)
    text = _SETEXT_H2.sub(lambda m: m.group(0) if in_code(m.start()) else "## " + m.group("text").strip() + "\n", text)
    in_code = in_html_code(text)

    def down(m: re.Match) -> str:
        hashes = m.group("hashes")
        return m.group(0) if in_code(m.start()) else ("#" * min(6, len(hashes) + 1)) + m.group("rest")

    text = _ATX.sub(down, text)
    if "<h" not in text and "</h" not in text:
        return text
    # an HTML heading kept as written (inside an HTML list: `html_headings_to_markdown`) goes down with them
    in_code = in_html_code(text)
    return _HTML_HEADING_TAG.sub(
        lambda m: m.group(0) if in_code(m.start()) else f"<{m['close']}h{min(6, int(m['level']) + 1)}", text
    )


def heading_text(match: re.Match) -> str:
    """A heading's text, without its closing `#`s or the attribute list at its end (`{: .fs-8 }`, `{#id}`)."""
    written = match.group("rest") if match.group("setext") is None else match.group("setext")
    return _HEADING_IAL.sub("", written).strip().rstrip("#").strip()


_HEADING_IAL = re.compile(r"[ \t]*\{:?[ \t]*[#.][^{}\n]*\}[ \t]*$")


# --- definition lists -----------------------------------------------------------------------------
# `Term` then `: definition` is a definition list where the blog's Markdown has them: kramdown (a Jekyll post)
# and Hugo's goldmark. GitHub (CommonMark), Obsidian, Typora, Notion, markdown-it and Hexo's marked show the colon
# as text.
_DEFINITION = re.compile(r"^ {0,3}:[ \t]+\S")
_NOT_A_TERM = re.compile(
    r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||<|!!!|\?\?\?|={3,}|-{3,})"
)


def has_definition_lists(path: str) -> bool:
    """Whether the note's blog drew `Term` / `: definition` as a definition list: a Jekyll post, a Hugo page."""
    return reads_as_kramdown(path) or is_hugo_page(path)


def lazy_definitions(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """A definition's lazy lines (its text going on at the margin) stay in it, before another `: ` definition
    of the same term too, as kramdown and goldmark read them: indented, so Python-Markdown keeps them in the
    `<dd>`; left at the margin, the lines from there on were read as a nested list whose terms were the
    definition's own lines."""
    if ":" not in text or not has_definition_lists(path):
        return text, []
    lines = text.split("\n")
    within = False  # right under a definition's line, or its lazy lines
    for i, line in enumerate(lines):
        if _DEFINITION.match(line):
            within = True
        elif (
            not line.strip()
            or _NOT_A_TERM.match(line)
            or len(line) - len(line.lstrip(" ")) >= 4
            or line.startswith("\x02")  # a block of code set aside: left where it is
        ):
            within = False
        elif within:
            lines[i] = "    " + line
    return "\n".join(lines), []


def orphan_definitions(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """A `: text` line with no term before it (right after a heading, a list or nothing) is a paragraph
    starting with a colon, as kramdown shows it; Python-Markdown would make a `<dl>` without a `<dt>`. In a
    note whose blog has no definition lists (`has_definition_lists`), every such line is text, as there."""
    if ":" not in text:
        return text, []
    problems: list[Problem] = []
    lists = has_definition_lists(path)
    told = False  # of a definition line shown as text: once a note, at its first
    lines = text.split("\n")
    offset, last = 0, "other"  # the last non-blank line: a paragraph's "text", a "definition", "other"
    for i, line in enumerate(lines):
        if _DEFINITION.match(line):
            if last not in ("text", "definition"):  # the term is the paragraph above, blank lines or not
                lines[i] = line.replace(":", "&#58;", 1)
                problems.append(
                    Problem(
                        path,
                        line_of(offset),
                        "a ': ' definition line with no term before it",
                        "shown as a paragraph starting with ':'",
                        "info",
                    )
                )
                last = "text"
            elif not lists:
                lines[i] = line.replace(":", "&#58;", 1)
                if not told:
                    told = True
                    problems.append(
                        Problem(
                            path,
                            line_of(offset),
                            "a line starting with ': ' under a line of text (a definition list in kramdown)",
                            "shown as text, as GitHub and Obsidian show it: definition lists are a Jekyll or Hugo blog's",
                            "info",
                        )
                    )
                last = "text"
            else:
                last = "definition"
        elif line.strip():
            plain = not _NOT_A_TERM.match(line) and len(line) - len(line.lstrip(" ")) < 4
            last = "text" if plain else "other"
        offset += len(line) + 1
    return "\n".join(lines), problems
