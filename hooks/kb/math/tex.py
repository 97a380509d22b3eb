r"""Find the formulas a note writes, the way its blog's readers saw them: kramdown (or another Markdown)
first, then MathJax on the page. Tests: tests/golden/math/, one file per form.

Accepted forms:

- `$...$` inline, spaces inside allowed (`$ 2^n -1 $`), glued to a word (`bias$^2$`, `3$\times$3`),
  across the lines of one paragraph (MathJax pairs dollars in a paragraph's text, not per line) when it
  holds TeX or its `$` ends a line (`이는 $` / `1 - p = 0.01$임을`);
- `$$...$$` in the middle of a sentence, a list item or a table cell: inline (but in an Obsidian vault or a Hugo
  page: `hooks.kb.posts.vaults.obsidian_display_math`); alone on its line(s),
  after nothing but indentation, list or quote markers: display, blank lines around it or not, its
  lines in a blockquote with their `>` markers (dropped from the TeX); alone between the tags of a line
  of raw HTML (`<center>$$ ... $$</center>`, a line a block element's tag opens, which Markdown passed
  through untouched to MathJax, whose `$$` is display): display;
  with nothing but spaces or blank lines inside (a formula still to write), an empty formula, as kramdown
  gave MathJax an empty one: nothing shows;
- `\\(...\\)` (kramdown's escaped `\(`) and `\(...\)` inline, `\\[...\\]` display, and `\[...\]` display when
  alone on its lines (elsewhere `\[` is Markdown's escaped bracket, as in `\[1\]`);
- `\begin{align}...\end{align}` and the other environments MathJax finds outside delimiters: display;
  `\eqref{...}` and `\ref{...}` in text (MathJax's processRefs): inline;
- `` $`...`$ `` inline, GitHub's own form (its TeX the code span's text, as written);
- `\$` is a dollar sign, never a delimiter.
- `$$...$$` after `INLINE_MATH` (a Jekyll post's `$$` kramdown read inside a paragraph:
  `hooks.kb.posts.kramdown_math`) is not alone on its line, so inline; the mark goes with `map_formulas`.
- a heading is one line: a formula that opens in an ATX heading ends within the heading's text, even when
  unterminated (then shown as its source up to the closing `#`s), never on the next line.

Code and math are found in one pass from the left, as a reader's Markdown did: a code span that opens
first is code (`` `$x$` ``), a formula that opens first is math, backticks inside it included. Fenced
code blocks are never searched, nor `<script>` and `<style>` elements (MathJax skips them).

Prices stay text: a `$` whose content has no TeX in it (no `\`, `^`, `_`, `{`) does not delimit math when
it is glued to a letter or digit before it (`US$5`), when its closing `$` is followed by a digit
(`$2.00 and $10.00`), or when it opens before text and closes after a space (`$HOME and $PATH`) unless
it holds a relation or a sum or is one letter (`$r= m = n $`, `$n $개의`: MathJax, which pairs dollars
whatever the spaces, drew them as formulas).

The TeX of a formula is what MathJax was given (`escapes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from hooks.kb.math.escapes import normalize_tex

# Bare environments MathJax typesets outside delimiters (processEnvironments), each as display math.
_ENVIRONMENT_NAMES = (
    "equation align gather multline eqnarray alignat flalign aligned gathered split cases "
    "matrix pmatrix bmatrix Bmatrix vmatrix Vmatrix array"
)
ENVIRONMENTS = frozenset(name + star for name in _ENVIRONMENT_NAMES.split() for star in ("", "*"))
# Put before a `$$` alone on its line that its blog's Markdown read as inline math (kramdown in a paragraph).
INLINE_MATH = "\ue007"
_CANDIDATE = re.compile(r"[\\`$]")
_BACKSLASHES = re.compile(r"\\+")
_BACKTICKS = re.compile(r"`+")
_BARE = re.compile(r"\\(?:begin\{(?P<env>[A-Za-z]+\*?)\}|(?P<ref>eq)?ref\{[^{}\n]+\})")
_FENCE = re.compile(
    r"^(?P<lead>[ \t>]*)(?P<fence>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t>]*(?P=fence)[`~]*[ \t]*$|\Z)", re.M | re.S
)
_SKIPPED_ELEMENT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
# A Markdown link's or image's address, `](...)`, escaped brackets in it too (an html2text backup's
# `[실습](!%5B%5D\(https://...\))`): an attribute of the page, where MathJax finds no formula.
_LINK_DESTINATION = re.compile(r"\]\([ \t]*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)")
BLOCK_LEAD = re.compile(r"[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*(?:>[ \t]*)?\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line of raw HTML up to a formula: tags only, the first a block element's, as kramdown (and CommonMark)
# start an HTML block at any tag but an inline element's (kramdown's HTML_SPAN_ELEMENTS).
_SPAN_ELEMENTS = (
    "a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|font|i|img|input|ins|kbd|label|mark|q|rb|rbc|rp|rt"
    "|rtc|ruby|s|samp|select|small|span|strike|strong|sub|sup|textarea|tt|u|var"
)
_HTML_LEAD = re.compile(
    rf"[ \t]*(?:>[ \t]*)*<(?!(?i:{_SPAN_ELEMENTS})\b)[A-Za-z][A-Za-z0-9]*\b[^<>]*>(?:[ \t]*<[^<>]*>)*[ \t]*\Z"
)
_HTML_TAIL = re.compile(r"(?:[ \t]*<[^<>]*>)*[ \t]*\Z")
# A line that opens a block of its own: an inline `$` does not close past it.
_NEW_BLOCK = re.compile(r"\n[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]|[>#|])")
_ATX_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)", re.M)
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+)?[ \t]*$", re.M)
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LOOKS_LIKE_TEX = re.compile(r"\\[A-Za-z]{2,}|[_^]\{|\^[\w(]")  # \frac, x_{i}, x^2
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
_TEX_MARK = re.compile(r"[\\^_{]")  # what a price never holds
# What a shell variable or a price before a space never holds: a relation or a sum (`$r= m = n $`), or one
# letter alone (`$n $개의`). A formula closed after a space with one of them is math, as MathJax drew it.
_READS_AS_MATH = re.compile(r"[=<>+]|\A\s*[A-Za-z]\s*\Z")
# Text inside a formula that MathJax sets as text: Korean there is meant, words and spaces alike.
_TEXT_GROUP = re.compile(
    r"\\(?:text[a-z]*|mbox|hbox|mathrm|operatorname\*?|label|tag\*?)\s*\{(?:[^{}]|\{[^{}]*\})*\}"
)
# A group of words the author braced as one term (`{자신의 페이지랭크 점수}\over{나가는 이웃의 수}`, `_{이웃의 수}`):
# a missing `$` leaves prose at the formula's top level, never wrapped in braces of its own.
_BRACED_WORDS = re.compile(r"\{[^{}\\$]*\}")
_KOREAN_WORDS = re.compile("[\uac00-\ud7a3]+\\s+[\uac00-\ud7a3]")  # 를 보면: words a space apart


@dataclass(frozen=True)
class Formula:
    source: str  # exactly as written, delimiters included
    tex: str  # what MathJax was given: delimiters dropped, Markdown's escapes undone, stripped
    display: bool
    line: int  # 1-based, in the text searched
    problem: str | None = None  # set when the formula cannot be typeset as found (unterminated)


def holds_korean_words(formula: Formula) -> bool:
    """Korean words a space apart in an inline formula, outside `\\text{}`: a sentence, most likely left
    inside by a missing `$` (`위의 $\\frac{a}{b} 를 보면 $\\frac{c}{d}$`). MathJax pairs the `$` the same way
    and runs the words together in math italics; the author meant them as prose. Words in a brace group of
    their own, or in `\\text{}`, were put there on purpose. Only between dollars:
    `\\( 가설이 참일 확률 \\)` pairs no stray delimiter, its words were put in the formula on purpose."""
    tex = formula.tex
    if formula.display or not formula.source.startswith("$") or not _HANGUL.search(tex):
        return False
    return _KOREAN_WORDS.search(_BRACED_WORDS.sub(" ", _TEXT_GROUP.sub(" ", tex))) is not None


def find_formulas(markdown: str) -> Iterator[tuple[int, int, Formula | None]]:
    """(start, end, formula) for each formula outside code, in order; formula None for an escaped `\\$`."""
    if "$" not in markdown and "\\" not in markdown:
        return  # every delimiter has one or the other: most headings and many notes have neither
    fences = (
        [(m.start(), m.end()) for m in _FENCE.finditer(markdown)]
        if "``" in markdown or "~~" in markdown
        else []
    )
    skipped = []
    if "<script" in markdown or "<style" in markdown:  # MathJax skips them (skipHtmlTags)
        skipped += [(m.start(), m.end()) for m in _SKIPPED_ELEMENT.finditer(markdown)]
    if "](" in markdown:  # a link's address is no formula
        skipped += [(m.start(), m.end()) for m in _LINK_DESTINATION.finditer(markdown)]
    if skipped:
        fences = sorted(fences + skipped)
    tables = table_rows(markdown) if "|" in markdown else set()
    pos = line = counted = closed = 0
    while (hit := _CANDIDATE.search(markdown, pos)) is not None:
        at = hit.start()
        while fences and fences[0][1] <= at:
            fences.pop(0)
        if fences and fences[0][0] <= at:
            pos = fences[0][1]
            continue
        char = markdown[at]
        if char == "`":
            pos = _after_code_span(markdown, at)
            continue
        line += markdown.count("\n", counted, at)
        counted = at
        found = _formula_at(markdown, at, line in tables, after_formula=at == closed > 0)
        if found is None:
            pos = _BACKSLASHES.match(markdown, at).end() if char == "\\" else at + 1
            continue
        end, what = found
        if what is None:  # an escaped dollar: its last two characters
            yield end - 2, end, None
        else:
            source, tex, display, problem = what
            yield at, end, Formula(source, tex, display, line + 1, problem)
        pos = closed = end



# A `$` as a formula opens one: a letter or a command right after it (a price, `$5`, opens none).
_LONE_DOLLAR = re.compile(r"(?<![\\$])\$(?=[A-Za-z\\])")
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")


def lone_dollars(markdown: str) -> list[tuple[int, str]]:
    """(line, its text from the `$`) for each `$` that opens no formula, outside code, with no other `$` after it
    in its paragraph (`$G(n, p)에서의 군집 계수는 p이다`: its closing `$` left out). MathJax and GitHub show it as
    written, TeX and all."""
    if "$" not in markdown:
        return []

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    text = map_formulas(markdown, lambda formula: re.sub(r"[^\n]", " ", formula.source))
    for skipped in (_FENCE, _CODE_SPAN, _SKIPPED_ELEMENT, _LINK_DESTINATION):  # where MathJax finds none
        text = skipped.sub(blank, text)
    found = []
    for match in _LONE_DOLLAR.finditer(text):
        paragraph_end = text.find("\n\n", match.end())
        if "$" in text[match.end() : paragraph_end if paragraph_end >= 0 else len(text)]:
            continue
        line_end = text.find("\n", match.start())
        shown = text[match.start() : line_end if line_end >= 0 else len(text)].rstrip()
        found.append((text.count("\n", 0, match.start()) + 1, shown if len(shown) <= 40 else shown[:37] + "..."))
    return found

def map_formulas(markdown: str, replace: Callable[[Formula], str]) -> str:
    """Replace every formula outside code by `replace(formula)`; `\\$` outside formulas becomes `&#36;`."""
    if "$" not in markdown and "\\" not in markdown:
        return markdown  # titles and headings without math: most of the calls
    out: list[str] = []
    pos = 0
    for start, end, formula in find_formulas(markdown):
        out += [markdown[pos:start], "&#36;" if formula is None else replace(formula)]
        pos = end
    if not out:
        return markdown
    out.append(markdown[pos:])
    joined = "".join(out)
    return joined.replace(INLINE_MATH, "") if INLINE_MATH in joined else joined


def outside_formulas(markdown: str, change: Callable[[str], str]) -> str:
    """`markdown` with `change` applied to the text around its formulas, the formulas kept as written
    (an escaped `\\$` outside them is `&#36;`, as `map_formulas` writes it)."""
    if "$" not in markdown and "\\" not in markdown:
        return change(markdown)
    held: list[str] = []

    def hold(formula: Formula) -> str:
        held.append(formula.source)
        return f"\x00{len(held) - 1}\x00"

    changed = change(map_formulas(markdown, hold))
    return re.sub("\x00(\\d+)\x00", lambda match: held[int(match.group(1))], changed) if held else changed


def plain_text(markdown: str) -> str:
    """Text for places that cannot hold math (page titles, TOC labels): each formula as its TeX."""
    return map_formulas(markdown, lambda f: f.tex).replace("&#36;", "$")


def _quote_depth(text: str, line_start: int, start: int, inner: str) -> int:
    """How many `>` quote the line a multi-line formula opens on (0 for a one-line formula)."""
    return text.count(">", line_start, start) if "\n" in inner else 0


# What the functions below find: (source, tex, display, problem), made a Formula with its line by the caller.
Found = tuple[str, str, bool, str | None]


def _formula_at(
    text: str, at: int, in_table_row: bool, after_formula: bool = False
) -> tuple[int, Found | None] | None:
    """(end, found) for the formula opening at `at`; (end, None) for an escaped dollar; None if neither.
    `after_formula`: a formula closed right before `at`, so a `$` there opens the next one, as MathJax reads
    `$\\theta^3$$(1 - \\theta)^7$`: two formulas, not a `$$`."""
    if text[at] == "\\":
        run = _BACKSLASHES.match(text, at).end()
        count, after = run - at, text[run : run + 1]
        if after == "$":
            return (run + 1, None) if count % 2 else None
        if after in ("(", "[") and count in (1, 2):
            return _delimited(text, at, text[at : run + 1], in_table_row)
        if count == 1 and (bare := _BARE.match(text, at)) is not None:
            return _bare(text, at, bare)
        return None
    if text.startswith("$$", at):
        return _delimited(text, at, "$$", in_table_row)
    if at > 0 and text[at - 1] == "$" and not after_formula:
        return None  # the second dollar of `$$` that did not open a formula
    return _single_dollar(text, at, in_table_row)


_CLOSER = {"\\\\(": "\\\\)", "\\\\[": "\\\\]", "\\(": "\\)", "\\[": "\\]", "$$": "$$"}


def _delimited(text: str, start: int, opener: str, in_table_row: bool):
    after = start + len(opener)
    line_start = text.rfind("\n", 0, start) + 1
    heading_end = _heading_text_end(text, line_start)
    lead = BLOCK_LEAD.match(text, line_start, start)
    alone_before = bool(lead) and not in_table_row
    if opener == "\\[" and not alone_before:
        return None  # Markdown's escaped bracket, `[\[LG Aimers\] 1주차](...)`: a formula only on a line of its own
    closer = _CLOSER[opener]
    limit = heading_end if heading_end is not None else _paragraph_end(text, after)
    close = text.find(closer, after, limit)
    if close < 0 and opener == "$$" and alone_before and _opens_block(text, after):
        close = _block_close(text, after)  # a math block may hold blank lines, as kramdown's does
    if close < 0:
        if opener == "$$":
            end = _line_end(text, after) if heading_end is None else max(after, heading_end)
            source = text[start:end]
            return end, (source, source[2:].strip(), alone_before, "unterminated $$")
        return None
    end = close + len(closer)
    alone_after = text[end : _line_end(text, end)].strip() == ""
    if opener == "\\[" and not (alone_before and alone_after):
        return None  # Markdown's escaped bracket: `\[1\]`
    inner = text[after:close]
    # a `$$` at a line's start closed before nothing but closing tags (a Velog feed's `$$\n...\n$$</p>`) is a
    # display as much as one alone on its lines: MathJax and the blog's KaTeX drew it so
    alone_after = alone_after or _HTML_TAIL.match(text, end, _line_end(text, end)) is not None
    display = opener.endswith("[") or (
        opener == "$$" and ((alone_before and alone_after) or _alone_in_html(text, line_start, start, end))
    )
    if not inner.strip():  # `$$` and `$$` with nothing between: kramdown's empty math, which MathJax drew as nothing
        return (end, (text[start:end], "", display, None)) if opener == "$$" else None
    quoted = _quote_depth(text, line_start, start, inner)
    tex = normalize_tex(
        inner, in_table_row, markdown_read=opener.startswith("\\\\"), quoted=quoted, as_written=opener == "$$"
    )
    return end, (text[start:end], tex, display, None)


def _alone_in_html(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the formula from `start` to `end` stands between nothing but the tags of a line of raw HTML."""
    return (
        _HTML_LEAD.match(text, line_start, start) is not None
        and _HTML_TAIL.match(text, end, _line_end(text, end)) is not None
    )


def _opens_block(text: str, after: int) -> bool:
    """Whether a `$$` alone before it is a math block's opening line (nothing or `\\begin{..}` after it)."""
    rest = text[after : _line_end(text, after)].strip()
    return rest == "" or (rest.startswith("\\begin{") and "$$" not in rest)


def _block_close(text: str, after: int) -> int:
    """The `$$` closing a math block across blank lines: the next `$$`, if it ends its line and no heading
    comes before it; else -1 (the block is unterminated)."""
    close = text.find("$$", after)
    if close < 0 or text[close + 2 : _line_end(text, close + 2)].strip():
        return -1
    return -1 if _ATX_HEADING.search(text, after, close) else close


def _bare(text: str, start: int, match: re.Match):
    env = match.group("env")
    if env is None:  # \eqref{..} or \ref{..} in text
        source = match.group(0)
        return match.end(), (source, source, False, None)
    if env not in ENVIRONMENTS:
        return None
    limit = _paragraph_end(text, match.end())
    depth, pos = 1, match.end()
    pattern = re.compile(r"\\(begin|end)\{" + re.escape(env) + r"\}")
    while depth:
        found = pattern.search(text, pos, limit)
        if found is None:
            return None
        depth += 1 if found.group(1) == "begin" else -1
        pos = found.end()
    source = text[start:pos]
    line_start = text.rfind("\n", 0, start) + 1
    quoted = _quote_depth(text, line_start, start, source)
    return pos, (source, normalize_tex(source, markdown_read=True, quoted=quoted), True, None)


def _single_dollar(text: str, start: int, in_table_row: bool):
    after = start + 1
    line_start = text.rfind("\n", 0, start) + 1
    heading_end = _heading_text_end(text, line_start)
    end_of_line = _line_end(text, after) if heading_end is None else max(after, heading_end)
    if text.startswith("`", after) and (close := text.find("`$", after + 1, end_of_line)) > after + 1:
        # GitHub's own inline form, $`\sqrt{2}`$: the TeX is the code span's text, which no Markdown escaped
        tex = normalize_tex(text[after + 1 : close], in_table_row, as_written=True)
        return close + 2, (text[start : close + 2], tex, False, None)
    close = _closing_dollar(text, after, end_of_line)
    escaped = _escaped_closer(text, after, end_of_line, close)
    if escaped >= 0:
        inner = text[after:escaped]
        tex = normalize_tex(inner, in_table_row, markdown_read=True, quoted=0)
        return escaped + 2, (text[start : escaped + 2], tex, False, None)
    if close < 0 and heading_end is None and not in_table_row:
        close = _closing_dollar(text, after, _inline_limit(text, end_of_line))
        # Across lines only what is surely TeX, or a `$` that ends its line (`이는 $` / `1 - p = 0.01$임을`:
        # no price does), never to a `$$`: a lone `$` is more often a price.
        surely = not text[after:end_of_line].strip() or _LOOKS_LIKE_TEX.search(text, after, close)
        if close >= 0 and ("$" in text[close - 1 : close + 2 : 2] or not surely):
            close = -1
    if close < 0:
        rest = text[after:end_of_line]
        if rest[:1].strip() and _LOOKS_LIKE_TEX.search(rest):
            source = text[start:end_of_line]
            return end_of_line, (source, rest.strip(), False, "unterminated $")
        return None
    inner = text[after:close]
    following = text[close + 1 : close + 2]
    # `$ E = -\sum_n t_n \log y_n $$`: MathJax closes the formula at the first `$` of the `$$` and leaves the
    # other as text; a `$` before `$$` around no TeX (`$5$$`) is no formula
    if not inner.strip() or (following == "$" and not _LOOKS_LIKE_TEX.search(inner)):
        return None
    if in_table_row and re.search(r"(?<!\\)\|", inner):
        return None
    if not _TEX_MARK.search(inner) and (
        (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum())  # US$5
        or following.isdigit()  # $2.00 and $10.00
        or (not inner[0].isspace() and inner[-1].isspace() and not _READS_AS_MATH.search(inner))  # $HOME and $PATH
    ):
        return None
    quoted = _quote_depth(text, line_start, start, inner)
    tex = normalize_tex(inner, in_table_row, markdown_read=True, quoted=quoted)
    return close + 1, (text[start : close + 1], tex, False, None)


def _escaped_closer(text: str, after: int, end_of_line: int, close: int) -> int:
    """Where a `\\$` closes the inline formula opened just before `after` (`$p(x)\\$를`), or -1.

    Markdown (kramdown, and CommonMark too) writes `\\$` as a plain `$`, and MathJax pairs it with the `$`
    before: on the blog, `$\\beta\\$를` showed the formula. Only where nothing else can be meant: TeX before
    it (no Hangul, not ending in a space), no letter or digit after it (`$a = \\$3$` is TeX's dollar sign),
    and the `$` that would close otherwise, if any, after Hangul text: the next formula's opening."""
    limit = end_of_line if close < 0 else close
    at = text.find("\\$", after, limit)
    while at >= 0:
        run = at
        while run > after and text[run - 1] == "\\":
            run -= 1
        if (at + 1 - run) % 2:  # an odd run of backslashes: the dollar is escaped
            break
        at = text.find("\\$", at + 2, limit)
    if at < 0:
        return -1
    inner, following = text[after:run], text[at + 2 : at + 3]
    if not inner.strip() or inner[-1].isspace() or _HANGUL.search(inner):
        return -1
    if following.isascii() and (following.isalnum() or following in "{_^"):
        return -1
    if close >= 0 and not _HANGUL.search(text, at + 2, close):
        return -1  # `$a = b\\$ + c$`: TeX's dollar sign inside the formula
    return run


def _closing_dollar(text: str, pos: int, limit: int) -> int:
    """The next `$` in text[pos:limit] not escaped by a backslash, or -1."""
    while (close := text.find("$", pos, limit)) >= 0:
        run = close
        while run > pos and text[run - 1] == "\\":
            run -= 1
        if (close - run) % 2 == 0:
            return close
        pos = close + 1
    return -1


def _inline_limit(text: str, end_of_line: int) -> int:
    """Where an inline `$` that did not close on its line must close: the paragraph's end, or the next line
    that opens a block of its own (a list item, a quote, a heading, a table row)."""
    paragraph = _paragraph_end(text, end_of_line)
    block = _NEW_BLOCK.search(text, end_of_line, paragraph)
    return paragraph if block is None else block.start()


def _after_code_span(text: str, at: int) -> int:
    """Past the code span a backtick run at `at` opens (within its paragraph), or past the run itself when
    it closes none. An escaped backtick (`\\``) opens nothing."""
    run = _BACKTICKS.match(text, at)
    end = run.end()
    escape = at
    while escape > 0 and text[escape - 1] == "\\":
        escape -= 1
    if (at - escape) % 2:
        return at + 1
    ticks = run.group(0)
    limit = _paragraph_end(text, end)
    pos = end
    while (close := text.find(ticks, pos, limit)) >= 0:
        after = close + len(ticks)
        if text[close - 1 : close] != "`" and text[after : after + 1] != "`":
            return after
        pos = _BACKTICKS.match(text, close).end()
    return end


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _heading_text_end(text: str, line_start: int) -> int | None:
    """Where the text of the ATX heading on the line at `line_start` ends (before closing `#`s), or None.

    A heading is one line: a formula in it, even an unterminated one, ends there (and before its `{#id}`)."""
    if text[line_start : line_start + 4].lstrip(" \t")[:1] != "#" or not _ATX_HEADING.match(text, line_start):
        return None
    return _HEADING_TAIL.search(text, line_start).start()


def _paragraph_end(text: str, pos: int) -> int:
    blank = _BLANK_LINE.search(text, pos)
    return len(text) if blank is None else blank.start()


def table_rows(text: str) -> set[int]:
    """0-based numbers of the lines that are rows of a pipe table (header, delimiter and body)."""
    lines = text.split("\n")
    rows: set[int] = set()
    for number, line in enumerate(lines):
        if number == 0 or "|" not in line or "-" not in line or not _DELIMITER_ROW.match(line):
            continue
        if "|" not in lines[number - 1]:
            continue
        row = number - 1
        while row < len(lines) and "|" in lines[row] and lines[row].strip():
            rows.add(row)
            row += 1
    return rows
