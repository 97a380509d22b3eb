"""MyST Markdown (Jupyter Book, mystmd): its directives and roles drawn as the book drew them.

A study note kept in a Jupyter Book or a mystmd site writes a formula as the role `{math}`\\`x\\``, a display
formula as a ```` ```{math} ```` directive (numbered when it has a `:label:`, and referred to by `{eq}` or
an empty link `[](#label)`) or as `$$ ... $$ (label)`, a figure as ```` ```{figure} src ```` with its caption
inside (numbered "그림 1" when it has a `:name:`, and referred to by `{numref}` or `[](#name)`), a box as ```` ```{note} ```` or `:::{tip}`, code as ```` ```{code-cell} ipython3 ````. Python-Markdown
showed every one as a code block, and `{math}` before a code span of TeX. Each is rewritten here, line for
line (so warnings keep their lines), into what the later steps read: `$...$` and `$$...$$` formulas (a
labelled one numbered with `\\tag{n}`, in order, as Sphinx and mystmd number labelled equations, with an
anchor its references lead to), figures, Material boxes, fenced code. A directive not listed here stays
as written, a code block of its source, with a note. Nothing inside fenced code is read.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from hooks.kb.posts.callouts import TITLES, material_kind
from hooks.kb.posts.liquid import figure_html
from hooks.kb.posts.report import Problem

_FENCE = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<fence>`{3,}|~{3,}|:{3,})[ \t]*(?P<info>.*?)[ \t]*$")
_DIRECTIVE = re.compile(r"\{(?P<name>[A-Za-z][\w:.-]*)\}[ \t]*(?P<args>.*)")
_OPTION = re.compile(r"^[ \t]*:(?P<key>[\w-]+):[ \t]*(?P<value>.*?)[ \t]*$")
_ROLE_OR_CODE = re.compile(r"(?:\{(?P<role>[\w:.-]+)\})?(?P<ticks>`+)(?P<body>.+?)(?<!`)(?P=ticks)(?!`)")
_TARGET = re.compile(r"^[ ]{0,3}\((?P<label>[\w:.-]+)\)=[ \t]*$")
_EMPTY_LINK = re.compile(r"\[\]\(#(?P<label>[\w:.-]+)\)")
_DOLLAR_LABEL = re.compile(r"\$\$[ \t]*\((?P<label>[\w:.-]+)\)[ \t]*$")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")
_MARKERS = ("{math}", "{eq}", "```{", "~~~{", ":::{", ")=", "$$ (", "$$(")

# Sphinx's and mystmd's admonitions, by the Material box each is drawn as.
_BOXES = {
    "note": "note", "tip": "tip", "hint": "tip", "important": "important", "warning": "warning",
    "caution": "caution", "attention": "attention", "danger": "danger", "error": "error",
    "seealso": "note", "admonition": "note",
}  # fmt: skip
_CODE = {"code-cell", "code", "code-block", "sourcecode"}
# Containers whose body is Markdown drawn in a frame or tabs: their content is shown, its title in bold.
_CONTAINERS = {
    "card", "grid", "grid-item", "grid-item-card", "tab-set", "tab-item", "tabbed", "margin", "sidebar", "topic",
    "epigraph", "div", "aside", "exercise", "solution", "proof", "prf:proof", "prf:theorem", "prf:definition",
    "prf:lemma", "prf:example",
}  # fmt: skip
# MyST's directives drawn as their source (a note says so); any other `{word}` is Quarto's or R Markdown's
# code chunk (```` ```{python} ````): code in that language.
_KNOWN = {
    "mermaid", "toctree", "iframe", "glue", "glue:figure", "raw", "include", "literalinclude", "list-table",
    "table", "csv-table", "bibliography", "embed", "button", "tableofcontents", "contents", "only", "eval-rst",
}  # fmt: skip
_KERNELS = {"ipython3": "python", "ipython": "python", "python3": "python"}


@dataclass
class _Labels:
    """The anchors of a note: equation labels by their number, named figures by theirs, `(target)=` labels by
    their heading's text."""

    numbers: dict[str, int] = field(default_factory=dict)
    figures: dict[str, int] = field(default_factory=dict)
    headings: dict[str, str] = field(default_factory=dict)

    def number(self, label: str) -> int:
        return self.numbers.setdefault(label, len(self.numbers) + 1)


def myst_markup(text: str, path: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """The note with its MyST directives, roles, targets and equation references drawn; other text as it was."""
    if not any(marker in text for marker in _MARKERS):
        return text, []
    problems: list[Problem] = []
    labels = _Labels()
    lines = _blocks(text.split("\n"), labels, problems, path, first_line, 0)
    return "\n".join(_inline(lines, labels)), problems


def _blocks(
    lines: list[str], labels: _Labels, problems: list[Problem], path: str, first: int, at: int
) -> list[str]:
    """Directives, `(label)=` targets and labelled `$$` formulas of these lines (line `at` of the body first),
    as many lines out as in; fenced code passed over untouched."""
    out = list(lines)
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            if t := _TARGET.match(lines[i]):
                out[i] = f'<span id="{t["label"]}"></span>'
                labels.headings[t["label"]] = _next_heading(lines, i + 1)
            elif d := _DOLLAR_LABEL.search(lines[i]):
                out[i] = _dollar_label(out, i, d, labels)
            i += 1
            continue
        end = _close(lines, i, m["fence"])
        directive = _DIRECTIVE.fullmatch(m["info"])
        if end is None or directive is None:
            # plain fenced code (its content untouched) or a Docusaurus `:::tip`, read later
            i = i + 1 if m["fence"][0] == ":" or end is None else end + 1
            continue
        name = directive["name"].lower()
        options, body_at = _options(lines, i + 1, end)
        body = lines[body_at:end]
        drawn = _directive(name, directive["args"].strip(), options, body, m, labels)
        if drawn is None:
            problems.append(
                Problem(
                    path,
                    first + at + i,
                    f"MyST directive '{{{name}}}' is not drawn here",
                    "shown as its source",
                    "info",
                )
            )
            i = end + 1
            continue
        head, tail, inner = drawn
        head = (
            head[len(head) - (body_at - i) :] if len(head) > body_at - i else head
        )  # no room: its anchor goes
        if inner:
            body = _blocks(body, labels, problems, path, first, at + body_at)
        verbatim = head[-1].lstrip().startswith(("$$", "`", "~"))  # a formula or code: no blank line atop it
        while verbatim and body and not body[0].strip():
            body, body_at = body[1:], body_at + 1
        blank = [""] * (body_at - i - len(head))
        # blank lines where the options were: before a formula or code (inside, they would be its lines)
        out[i : end + 1] = [*blank, *head, *body, tail] if verbatim else [*head, *blank, *body, tail]
        i = end + 1
    return out


def _close(lines: list[str], start: int, fence: str) -> int | None:
    """The line that closes the fence opened at `start`: a bare fence of its character, as long or longer,
    past any fence of that character opened (with an info string) and closed inside it."""
    inner: list[int] = []
    for j in range(start + 1, len(lines)):
        m = _FENCE.match(lines[j])
        if m is None or m["fence"][0] != fence[0]:
            continue
        width = len(m["fence"])
        if m["info"]:
            inner.append(width)
        elif inner and width >= inner[-1]:
            inner.pop()
        elif width >= len(fence):
            return j
    return None


def _options(lines: list[str], start: int, end: int) -> tuple[dict[str, str], int]:
    """A directive's options (`:key: value` lines, or a `---` YAML block) and the line its body starts."""
    options: dict[str, str] = {}
    j = start
    if j < end and lines[j].strip() == "---":
        close = next((k for k in range(j + 1, end) if lines[k].strip() == "---"), None)
        if close is not None:
            for line in lines[j + 1 : close]:
                key, sep, value = line.partition(":")
                if sep:
                    options[key.strip()] = value.strip().strip("\"'")
            return options, close + 1
    while j < end and (m := _OPTION.match(lines[j])):
        options[m["key"]] = m["value"]
        j += 1
    return options, j


def _directive(
    name: str, args: str, options: dict[str, str], body: list[str], fence: re.Match, labels: _Labels
) -> tuple[list[str], str, bool] | None:
    """(the lines in place of the opening, the closing line, whether the body is Markdown to read), or None
    for a directive drawn as its source."""
    if name == "math":
        label = options.get("label") or options.get("name")
        if label:
            if any(line.strip() for line in body):
                last = max(k for k, line in enumerate(body) if line.strip())
                body[last] = f"{body[last]} \\tag{{{labels.number(label)}}}"
            return [f'<span id="{label}"></span>', "$$"], "$$", False
        return ["$$"], "$$", False
    if name in {"figure", "image"}:
        caption = " ".join(line.strip() for line in body if line.strip()) if name == "figure" else ""
        image = _image(args, options, caption)
        body[:] = [""] * len(body)
        label = options.get("name") or options.get("label")
        if name == "figure" and label:  # numbered, as a book numbers its figures, and reached by its name
            number = labels.figures.setdefault(label, len(labels.figures) + 1)
            image, caption = f'<span id="{label}"></span>{image}', f"그림 {number}. {caption}".strip()
        return [figure_html(image, caption) if name == "figure" else image], "", False
    if name in _CODE:
        language = _KERNELS.get(args.split()[0], args.split()[0]) if args else options.get("language", "")
        return [f"{fence['indent']}{fence['fence']}{language}"], _closing(fence), False
    if name == "dropdown":
        return (
            [
                f'<details class="note" markdown="1"><summary markdown="span">{html.escape(args) or "자세히"}</summary>'
            ],
            "</details>",
            True,
        )
    if name in _CONTAINERS:
        return (
            [
                f'<div markdown="1"><p markdown="span">**{html.escape(args)}**</p>'
                if args
                else '<div markdown="1">'
            ],
            "</div>",
            True,
        )
    if name in _BOXES:
        classes = options.get("class", "").split()
        kind = next((c for c in classes if c in _BOXES), name)
        box = material_kind(_BOXES[kind])
        title = html.escape(args) if args else TITLES.get(kind, "참고")
        if "dropdown" in classes:
            return (
                [f'<details class="{box}" markdown="1"><summary markdown="span">{title}</summary>'],
                "</details>",
                True,
            )
        return (
            [
                f'<div class="admonition {box}" markdown="1"><p class="admonition-title" markdown="span">{title}</p>'
            ],
            "</div>",
            True,
        )
    if name not in _KNOWN and re.fullmatch(r"[a-z][\w+#-]*", name) and fence["fence"][0] != ":":
        return [f"{fence['indent']}{fence['fence']}{name}"], _closing(fence), False
    return None


def _closing(fence: re.Match) -> str:
    return f"{fence['indent']}{fence['fence']}"


def _image(src: str, options: dict[str, str], caption: str) -> str:
    alt = options.get("alt") or re.sub(r"[*`]", "", caption)  # the caption's words, not its Markdown
    width = options.get("width", "")
    if re.fullmatch(r"\d+(?:px)?", width):
        size = f' width="{width.removesuffix("px")}"'
    elif re.fullmatch(r"\d{1,3}(?:\.\d+)?%", width):
        size = f' style="width: {width}"'
    else:
        size = ""
    return f'<img src="{html.escape(src, quote=True)}" alt="{html.escape(alt, quote=True)}"{size}>'


def _dollar_label(lines: list[str], i: int, m: re.Match, labels: _Labels) -> str:
    """`$$ (label)` closing a display formula: numbered, its anchor on the line before the formula opens."""
    line = lines[i]
    number = labels.number(m["label"])
    before = line[: m.start()]
    closed = f"{before.rstrip()} \\tag{{{number}}}$$".lstrip()
    # the line that opens it: this one (`$$ x $$ (label)`), or the last `$$` above its closing line
    last = i if before.lstrip().startswith("$$") else i - 1
    opening = next((k for k in range(last, -1, -1) if lines[k].lstrip().startswith("$$")), None)
    if opening is not None and opening > 0:
        lines[opening - 1] = f'{lines[opening - 1]}<span id="{m["label"]}"></span>'
    return closed


def _next_heading(lines: list[str], start: int) -> str:
    for line in lines[start:]:
        if line.strip():
            m = _HEADING.match(line)
            return m["text"] if m else ""
    return ""


def _inline(lines: list[str], labels: _Labels) -> list[str]:
    """Roles and empty links to labels, on every line outside fenced code."""
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        m = _FENCE.match(line)
        if fence is not None:
            if m and not m["info"] and m["fence"][0] == fence[0] and len(m["fence"]) >= len(fence):
                fence = None
            out.append(line)
            continue
        if m and m["fence"][0] != ":":
            fence = m["fence"]
            out.append(line)
            continue
        line = _ROLE_OR_CODE.sub(lambda r: _role(r, labels), line)
        # an empty link to a label the note does not have shows the label, as mystmd shows a broken reference
        out.append(_EMPTY_LINK.sub(lambda r: _reference(r["label"], labels) or f"[{r['label']}](#{r['label']})", line))
    return out


def _role(m: re.Match, labels: _Labels) -> str:
    role, body = (m["role"] or "").lower(), m["body"]
    if role == "math":
        return f"${body.strip()}$"
    if role == "eq":
        return _reference(body.strip(), labels) or f"({html.escape(body.strip())})"
    if role in {"sub", "sup", "kbd"}:
        return f"<{role}>{html.escape(body)}</{role}>"
    if role in {"ref", "numref", "doc", "term", "download", "abbr"}:
        target = re.search(r"<([\w:./-]+)>\s*$", body)
        shown = re.sub(r"\s*[<(][^<>()]*[>)]\s*$", "", body).strip() if target or role == "abbr" else ""
        label = target[1] if target else body.strip()
        if role == "numref" and "%s" in shown and label in labels.figures:
            shown = shown.replace("%s", str(labels.figures[label]))
        return _reference(label, labels, shown) or html.escape(shown or label)
    return m.group(0)  # a code span, or a role not drawn here


def _reference(label: str, labels: _Labels, shown: str = "") -> str | None:
    if label in labels.numbers:
        return f"[{shown or f'({labels.numbers[label]})'}](#{label})"
    if label in labels.figures:
        return f"[{shown or f'그림 {labels.figures[label]}'}](#{label})"
    if label in labels.headings:
        return f"[{shown or labels.headings[label] or label}](#{label})"
    return None
