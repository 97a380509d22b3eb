"""MDX posts (Gatsby, Docusaurus, Next.js blogs: `index.mdx`): Markdown with JSX in it, read as its Markdown.
Docusaurus reads its `.md` docs as MDX too: one importing the site's components (`import Tabs from
'@theme/Tabs';`) is read so.

The blog runs a post's JSX as React; here nothing of a note runs, and what the post says stays:
- top-level `import` and `export` statements (ES modules) go, over all their lines: on the blog they load
  code and show nothing;
- `{/* 메모 */}` goes, as MDX hides it;
- a box component (`<Callout type="info">`, Docusaurus' `<Admonition type="tip" title="...">`, `<Note>`,
  `<Tip>`, `<Warning>`...) over lines of Markdown is a Material box of that kind holding them;
- Docusaurus' `<TabItem value="pt" label="PyTorch">` is its label in bold over what it holds, as the tab shows it;
- any other component's tags go and what they hold stays (`<Highlight>중요</Highlight>`); one that holds
  nothing (`<LossPlot data={[1, 2]} />`, a chart drawn by the blog's code) goes, with a note naming it.

Code (fenced or inline) is set aside before this runs, and every line keeps its number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.posts.callouts import box_body
from hooks.kb.posts.line_map import kept_lines
from hooks.kb.posts.report import Problem

# JSX attribute values may hold braces, and arrow functions (`=>`) inside them
_ATTRS = r"(?:[^<>{}]|\{(?:[^{}]|\{[^{}]*\})*\})*"
# ES module statements, over as many lines as their brackets take (`export const toc = [` ... `];`)
_ESM_START = re.compile(r"^(?:import|export)\s", re.M)
_ESM = re.compile(r"import\s.*?['\"][^'\"\n]+['\"][ \t]*;?|export\s+(?:const|default|function|let)\b.*", re.S)
_STRING = re.compile(r"""(["'`])(?:\\.|(?!\1).)*\1""")  # a JavaScript string: `'a'`, `"b"`, `` `c` ``
_CONTINUED = re.compile(r"(?:=>?|[,(\[{+?:]|&&|\|\|)[ \t]*$")  # a line the statement goes on after
_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
_BOX_KINDS = {
    "note": "note", "info": "info", "tip": "tip", "warning": "warning", "caution": "warning", "danger": "danger",
    "success": "success", "important": "important", "alert": "warning", "error": "danger", "secondary": "note",
}  # fmt: skip
_BOX = re.compile(
    rf"^(?P<indent>[ \t]*)<(?P<name>Callout|Admonition|Alert|Note|Tip|Info|Warning|Caution|Danger)\b(?P<attrs>{_ATTRS})>"
    r"[ \t]*\n(?P<body>.*?)\n[ \t]*</(?P=name)>[ \t]*$",
    re.M | re.S,
)
_EMPTY = re.compile(rf"<(?P<name>[A-Z][\w.]*)\b{_ATTRS}/>")
_TAG = re.compile(rf"</?(?P<name>[A-Z][\w.]*)\b{_ATTRS}>")
_TAB_ITEM = re.compile(rf"<TabItem\b(?P<attrs>{_ATTRS})>")
# a `.md` doc of a Docusaurus site importing what only MDX can use: the site's theme, its own components
_DOCUSAURUS_IMPORT = re.compile(
    r"^import\s[^\n]*?\bfrom\s+['\"]@(?:theme|theme-original|site|docusaurus)/[^'\"\n]+['\"];?[ \t]*$", re.M
)
# the attributes read: a box's `type`, `title`, `severity`; a tab's `label`, `value` (`"x"`, `'x'` or `{"x"}`)
_ATTR = re.compile(
    r"""\b(?P<key>type|title|severity|label|value)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|\{["'](?P<br>[^"'}]*)["']\})"""
)


def _attributes(attrs: str) -> dict[str, str]:
    return {a["key"]: a["dq"] or a["sq"] or a["br"] or "" for a in _ATTR.finditer(attrs)}


def _without_esm(text: str, removed: Callable[[re.Match], str]) -> str:
    """`text` with each top-level `import`/`export` statement replaced by `removed(match)` and the newlines it
    spanned, so that every line after keeps its number."""
    if "import" not in text and "export" not in text:
        return text
    out, done = [], 0
    for start in _ESM_START.finditer(text):
        if start.start() < done:
            continue  # a line inside the statement just removed
        end = _statement_end(text, start.start())
        found = _ESM.fullmatch(text, start.start(), end)
        if found is None:
            continue
        out += [text[done : start.start()], removed(found), "\n" * text.count("\n", start.start(), end)]
        done = end
    return "".join(out) + text[done:]


def _statement_end(text: str, start: int) -> int:
    """Where the statement opening at `start` ends: the end of the first line after which its brackets are
    balanced and nothing says it goes on; its first line's end when they never are."""
    depth, line_start = 0, start
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = _STRING.sub("", text[line_start:line_end])  # strings hold no brackets
        depth += sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")
        if depth <= 0 and not _CONTINUED.search(line):
            return line_end
        line_start = line_end + 1
    first = text.find("\n", start)
    return len(text) if first < 0 else first


def mdx_markup(text: str, path: str, line_of: Callable[[int], int]) -> tuple[str, list[Problem]]:
    docusaurus = path.lower().endswith(".md") and "import" in text and _DOCUSAURUS_IMPORT.search(text)
    if not path.lower().endswith(".mdx") and not docusaurus:
        return text, []
    problems: list[Problem] = []
    line, current = kept_lines(line_of, text), text  # `current`: the text the running pass reads (its lines are the note's)

    def note(offset: int, what: str, done: str) -> None:
        problems.append(Problem(path, line(current, offset), what, done, "info"))

    def esm(m: re.Match) -> str:
        first_line = m.group(0).split("\n", 1)[0][:60]
        note(m.start(), f"MDX line '{first_line}' loads the blog's code", "removed: nothing of a note runs")
        return ""

    def box(m: re.Match) -> str:
        attrs = _attributes(m["attrs"])
        kind = _BOX_KINDS.get((attrs.get("type") or attrs.get("severity") or m["name"]).lower(), "note")
        title = attrs.get("title", "").replace('"', "'")
        head = f'{m["indent"]}!!! {kind} "{title}"'
        return head + "\n" + box_body(m["body"].split("\n"), m["indent"]) + "\n"  # the closing tag's line, blank

    def tab(m: re.Match) -> str:
        attrs = _attributes(m["attrs"])
        label = " ".join((attrs.get("label") or attrs.get("value") or "").split())
        return f"**{label}**" if label else ""

    def empty(m: re.Match) -> str:
        note(m.start(), f"MDX component '<{m['name']} />' is drawn by the blog's code", "removed")
        return ""

    current = _without_esm(current, esm)
    current = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), current)
    current = _BOX.sub(box, current)
    current = _EMPTY.sub(empty, current)
    current = _TAB_ITEM.sub(tab, current)
    return _TAG.sub("", current), problems
