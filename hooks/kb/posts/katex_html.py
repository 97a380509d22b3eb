"""Formulas a post holds already typeset by KaTeX, read back as the TeX they were typeset from.

Posts written in an editor that exports HTML (StackEdit's "publish to Jekyll", Notion's HTML export,
Typora's) carry each formula as KaTeX's output: `<span class="katex">` holding MathML (whose
`<annotation encoding="application/x-tex">` is the TeX the author wrote) beside a `katex-html` copy made of
positioned spans that only KaTeX's stylesheet draws. The blog showed the MathML; without KaTeX's stylesheet
the span copy reads as flat text (`h = ∑ wx + bh1 = φ(h)`), and the MathML is not kept in a note's HTML
(hooks/kb/machinery/sanitize.py). So the whole rendered formula becomes its TeX again, `\\( ... \\)`
inline and `\\[ ... \\]` display, and is typeset here like every other formula.

A rendered formula without its TeX annotation stays as it is. Fenced code is never read.
"""

from __future__ import annotations

import html
import re

from hooks.kb.posts.code import FENCE
from hooks.kb.posts.html_blocks import closing_tag

# The outermost element of one rendered formula: StackEdit's `katex--display`/`katex--inline` wrapper,
# KaTeX's own `katex-display` (a display formula) or `katex` (any formula).
_OPEN = re.compile(
    r"""<span\b[^>]*\bclass\s*=\s*["'](?P<cls>katex(?:--display|--inline|-display)?)["'][^>]*>"""
)
_SPAN = re.compile(r"<(?P<close>/?)span\b[^>]*>", re.I)
_TEX = re.compile(
    r"""<annotation\b[^>]*encoding\s*=\s*["']application/x-tex["'][^>]*>(?P<tex>.*?)</annotation>""", re.S
)


def _as_tex(element: str, display: bool) -> str | None:
    found = _TEX.search(element)
    if found is None:
        return None
    tex = html.unescape(found["tex"]).strip()
    if not tex:
        return None
    formula = rf"\\[{tex}\\]" if display else rf"\\({tex}\\)"
    # The lines the rendered HTML took (an SVG path of a root sign spans several) stay lines, so that
    # every later line keeps its number.
    return formula + "\n" * (element.count("\n") - formula.count("\n"))


def _outside_code(text: str) -> str:
    out: list[str] = []
    pos = 0
    while (m := _OPEN.search(text, pos)) is not None:
        closed = closing_tag(_SPAN, text, m.end())  # the spans nested in it counted
        if closed is None:
            break
        end = closed.end()
        element = text[m.start() : end]
        display = "display" in m["cls"] or 'display="block"' in element
        tex = _as_tex(element, display)
        out += [text[pos : m.start()], element if tex is None else tex]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def katex_as_tex(text: str) -> str:
    """Every KaTeX-rendered formula (with its TeX annotation) in `text` as that TeX, delimited for display
    or inline as it was rendered; fenced code blocks left as they are."""
    if "katex" not in text:
        return text
    out: list[str] = []
    pos = 0
    for fence in FENCE.finditer(text):
        out += [_outside_code(text[pos : fence.start()]), fence.group(0)]
        pos = fence.end()
    out.append(_outside_code(text[pos:]))
    return "".join(out)
