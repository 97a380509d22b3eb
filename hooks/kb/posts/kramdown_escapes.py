r"""What kramdown did to a Jekyll post's backslashes before MathJax saw the page, done again before formulas are
found (a post under `_posts/` or `_drafts/`; kramdown, and its GFM parser, is the Markdown of every such blog).
A Hexo post (`source/_posts/`, Hexo's own layout) is read so too: marked and kramed, its renderers, escape `\(`
and `\|` as kramdown does. Where kramdown alone differs (indented headings, tables without a header line,
definition lists), a Hexo post is read as marked reads it (`reads_as_kramdown`).

kramdown knows `$$...$$` as math and nothing else: the rest of a post is text, where a backslash before
punctuation is an escape. So on the blog
- `\(...\)` and a lone-line `\[...\]` were brackets, never formulas (`\(정밀도의 개념 알아보기.\)` showed
  "(정밀도의 개념 알아보기.)"); formulas in these delimiters are written `\\(...\\)`, which kramdown made `\(`.
  Here they are brackets around text when what they hold is no TeX; holding TeX (a command, `^` or `_`:
  `\(x^2\)`, which the blog showed as "(x^2)"), they stay the formula the author meant;
- `\|` in a formula kramdown read as text (`$...$`, `\\(...\\)`, a bare `\begin{..}`) was a plain `|`: the
  author escaped the bar so kramdown would not start a table at it (`\\( N(x\|\mu, \sigma^2) \\)`,
  `$\|\Sigma\|$` a determinant), and MathJax drew one bar, not the norm `\|` is in TeX. In `$$...$$`,
  which kramdown gave MathJax as written, `\|` stays the norm. In a table row it is left as written: there
  the bar was escaped so the cell would not split at it, and the table reads `\|` as a bar in a formula
  (hooks/kb/math/escapes.py); made `|` here, the row split inside the formula and its cells showed `$`.
"""

from __future__ import annotations

import re

from hooks.kb.math.tex import find_formulas, table_rows
from hooks.kb.posts.code import protect_code
from hooks.kb.posts.report import Problem

_POST_FOLDER = re.compile(r"(?:^|/)_(?:posts|drafts)/")
_HEXO_FOLDER = re.compile(r"(?:^|/)source/_(?:posts|drafts)/")  # Hexo's `source_dir`, Jekyll has no `source/`
_ESCAPED_BAR = re.compile(r"(?<!\\)((?:\\\\)*)\\\|")
_BRACKETS = {"(": ("&#40;", "&#41;"), "[": ("&#91;", "&#93;")}
_TEX = re.compile(r"\\[A-Za-z]|[_^]")
_ODD_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[(\[|]")  # `\(`, `\[`, `\|` after an even run: what this reads


def is_jekyll_post(path: str) -> bool:
    """A blog post under `_posts/` or `_drafts/`: Jekyll's, or Hexo's (whose renderers escape as kramdown)."""
    return _POST_FOLDER.search(path) is not None


def is_hexo_post(path: str) -> bool:
    return _HEXO_FOLDER.search(path) is not None


def is_hugo_page(path: str) -> bool:
    """A page of a Hugo site (under its `content/`): goldmark drew it, and KaTeX or MathJax its formulas."""
    return "/content/" in "/" + path


def reads_as_kramdown(path: str) -> bool:
    """Whether kramdown drew the post: a Jekyll post, not Hexo's (marked, or kramed, a fork of it)."""
    return is_jekyll_post(path) and not is_hexo_post(path)


def _read_as_text(source: str) -> bool:
    """Whether kramdown read the formula as text: all but `$$...$$`."""
    return (source[0] == "$" and source[:2] != "$$") or source[:2] in ("\\\\", "\\b")


def kramdown_escapes(text: str, path: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """In a Jekyll post: `\\(..\\)` and `\\[..\\]` (one backslash) around no TeX as the brackets, `\\|` in
    formulas kramdown read as text as `|` (see the module's docstring)."""
    if "\\" not in text or not is_jekyll_post(path) or not _ODD_ESCAPE.search(text):
        return text, []
    protected = protect_code(text)
    work, problems = protected.text, []
    rows = table_rows(work) if "|" in work else set()
    for _ in range(8):  # a bracketed pair may hold a `$..$` found once the brackets are text
        out, pos = [], 0
        for start, end, formula in find_formulas(work):
            if formula is None:
                continue
            source = formula.source
            if source[:2] in ("\\(", "\\[") and source[1] != "\\" and not _TEX.search(source[2:-2]):
                opening, closing = _BRACKETS[source[1]]
                out += [work[pos:start], opening, source[2:-2], closing]
                problems.append(
                    Problem(
                        path,
                        first_line + work.count("\n", 0, start),
                        f"'{source[:2]}' in a Jekyll post: kramdown's escaped bracket, not a formula delimiter",
                        "shown as the brackets around text, as the blog showed it",
                        "info",
                    )
                )
            elif (
                _read_as_text(source)
                and formula.line - 1 not in rows
                and (bars := _ESCAPED_BAR.sub(r"\1|", source)) != source
            ):
                out += [work[pos:start], bars]
            else:
                continue
            pos = end
        if not out:
            break
        work = "".join(out) + work[pos:]
    return protected.restore(work), problems
