"""Jupyter notebooks as posts: a `.ipynb` a blog published as it is (fastpages' `_notebooks/`, a Quarto blog's
`posts/x/index.ipynb`, a Jupyter Book chapter) read as the Markdown its blog showed; which notebooks and Quarto
documents are a post's source instead.

The blog converted the notebook itself, so its Markdown is what the reader saw: Markdown cells as written (an
image pasted into a cell, `attachment:x.png`, shown from the cell's attachments), code cells as fenced code in
the kernel's language, and their outputs as Jupyter draws them: printed text and tracebacks as preformatted
text, a DataFrame's HTML as its table, a figure as the image (a `data:` URL, written out as a file: `data_figures`), Markdown
and LaTeX output as such. The cell options these blogs read are kept: fastpages' `#hide`, `#hide_input`,
`#hide_output`, `#collapse` (`-hide`, `-show`, `_output`), Quarto's `#| echo:`, `#| output:`, `#| include:`,
`#| code-fold:` and Jupyter Book's cell tags (`remove-cell`, `remove-input`, `remove-output`, `hide-input`,
`hide-output`, `hide-cell`); folded code is a folded box. Front matter is a Quarto notebook's first raw cell
(`---` YAML) or fastpages' first Markdown cell (`# 제목`, `> 요약`, `- categories: [...]` lines); a fastpages
notebook's `> Note:` (`Tip:`, `Important:`, `Warning:`) lines are its boxes, `> youtube:` its video, and its
Liquid runs as fastpages' Jekyll ran it (`{% include note.html content=... %}`), never in its code.

A Quarto or R Markdown document (`.qmd`, `.Rmd`) is Markdown already: `quarto` reads its chunks.

Output that runs JavaScript (a Plotly or Altair chart, a widget) cannot be shown: its image or text is, with a
problem saying so. A notebook with a Markdown file of the same name in its blog (Jupytext's pair, the `.md`
nbconvert wrote from it into `_posts/`) is the source of that post, not a post of its own; one a Jekyll blog
keeps in a folder of its own (`_writing/`, `_drafts/`) was never published by it, and is none either.
"""

from __future__ import annotations

import json
import re

from hooks.kb.posts.blog_urls import blog_root
from hooks.kb.posts.callouts import TITLES, box_body, material_kind
from hooks.kb.posts.embeds import video_link, youtube_id
from hooks.kb.posts.quarto import QUARTO, chunk_options, folded, shown
from hooks.kb.posts.report import Problem

NOTEBOOK = ".ipynb"
SOURCES = (NOTEBOOK, *QUARTO)
_IMAGES = ("image/png", "image/jpeg", "image/gif", "image/webp")
_SCRIPTED = re.compile(r"<script\b|\bon[a-z]+\s*=", re.I)
# Output kinds a browser draws with JavaScript (a colab's `vnd.google.colaboratory.intrinsic+json` only labels text)
_DRAWN_BY_SCRIPT = re.compile(r"javascript|widget-view|plotly|vega|bokeh|holoviews", re.I)
_FASTPAGES_OPTION = re.compile(r"^\s*#\s*(hide|hide[-_]input|hide[-_]output|collapse|collapse[-_]hide|"
                               r"collapse[-_]show|collapse[-_]output)\s*$", re.I | re.M)  # fmt: skip
_FASTPAGES_KEY = re.compile(r"^-\s+([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def is_notebook(path: str) -> bool:
    return path.lower().endswith(NOTEBOOK)


def runs_liquid(path: str) -> bool:
    """Whether the notebook's blog ran Liquid on it: fastpages' Jekyll did on its `_notebooks/`. Elsewhere a
    notebook opening with fastpages' header is read with its header and marks, but no Liquid runs on it."""
    return is_notebook(path) and "/_notebooks/" in path


def sources_with_markdown(paths, markdown_extensions: tuple[str, ...]) -> set[str]:
    """The notebooks and Quarto documents a Markdown file of the same name was made from, beside it or elsewhere
    in the same blog or repository (`x.ipynb` and `x.md`; a Jekyll blog's `_writing/x.ipynb` and `_posts/x.md`;
    `x.qmd` rendered to `x.md`): that file is the post."""
    posts, sources = set(), {}
    for path in paths:
        ext = next((e for e in (*SOURCES, *markdown_extensions) if path.lower().endswith(e)), None)
        if ext in SOURCES:
            sources[path] = _blog_and_name(path[: -len(ext)])
        elif ext:
            posts.add(_blog_and_name(path[: -len(ext)]))
    return {path for path, name in sources.items() if name in posts}


def unpublished_by_jekyll(paths) -> set[str]:
    """The notebooks and Quarto documents a Jekyll blog keeps in its own folders (`_writing/`, `_drafts/`: any
    folder of its root named with `_` but `_posts/` and fastpages' `_notebooks/`), which Jekyll publishes none of:
    drafts and sources, not posts."""
    paths = list(paths)
    roots = {blog_root(path) for path in paths if "/_posts/" in path}
    unpublished = set()
    for path in paths:
        if not path.lower().endswith(SOURCES):
            continue
        for root in roots:
            first = path[len(root) + 1 :].split("/", 1)[0] if path.startswith(root + "/") else ""
            if (
                first.startswith("_")
                and "/" in path[len(root) + 1 :]
                and first not in ("_posts", "_notebooks")
            ):
                unpublished.add(path)
    return unpublished


def _blog_and_name(stem: str) -> tuple[str, str]:
    """(the folder a blog or repository was copied into, under `notes/`; the file's name without extension)."""
    parts = stem.split("/")
    named = parts[-1].lower() not in ("index", "readme")  # else a post named by its folder, as Quarto's are
    return "/".join(parts[:2]), parts[-1] if named else "/".join(parts[-2:])


def notebook_markdown(raw: bytes, path: str, problems: list[Problem]) -> str | None:
    """The Markdown a blog showed for this notebook; None (and a problem) if it is no notebook it can read."""
    try:
        notebook = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        problems.append(Problem(path, 0, f"notebook is not valid JSON ({error})", "skipped: no page made"))
        return None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        version = notebook.get("nbformat") if isinstance(notebook, dict) else None
        problems.append(
            Problem(path, 0, f"notebook of format {version or 'unknown'} has no cells list (nbformat 4)",
                    "skipped: no page made; open and save it in Jupyter to update it")
        )  # fmt: skip
        return None
    language = _language(notebook.get("metadata") or {})
    cells = [cell for cell in cells if isinstance(cell, dict)]
    first = _text(cells[0].get("source")) if cells else ""
    opening = cells[0].get("cell_type") if cells else None
    front = opening in ("raw", "markdown") and first.lstrip().startswith("---\n")  # Quarto's (and Jupytext's)
    header = _fastpages_header(first) if opening == "markdown" and not front else None
    fastpages = "/_notebooks/" in path or header is not None
    # fastpages' Jekyll runs Liquid on a post with front matter; its code and outputs are kept from it
    liquid = runs_liquid(path) and (front or header is not None)
    parts: list[str] = []
    for index, cell in enumerate(cells):
        source = _text(cell.get("source"))
        kind = cell.get("cell_type")
        if index == 0 and front:
            parts.append(source.strip() + "\n")
        elif index == 0 and header is not None:
            parts.append(header)
        elif kind == "markdown":
            source = _with_attachments(source, cell.get("attachments"))
            parts.append(_fastpages_marks(source) if fastpages else source)
        elif kind == "raw" and _shown_raw(cell.get("metadata") or {}):
            parts.append(source)
        elif kind == "code":
            code = _code_cell(cell, source, language, path, problems)
            parts.append(f"{{% raw %}}\n{code}\n{{% endraw %}}" if liquid and code else code)
    return "\n\n".join(part.strip("\n") for part in parts if part.strip()) + "\n"


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else value if isinstance(value, str) else ""


def _language(metadata: dict) -> str:
    kernel = metadata.get("kernelspec") or {}
    info = metadata.get("language_info") or {}
    name = kernel.get("language") or info.get("name") or "python"
    return re.sub(r"[^\w+#-]", "", str(name).lower()) or "python"


def _fastpages_header(source: str) -> str | None:
    """fastpages' first cell (`# 제목`, `> 요약`, `- toc: true` lines) as the front matter nb2post wrote."""
    lines = source.strip().split("\n")
    if not lines or not lines[0].startswith("# "):
        return None
    front = {"title": lines[0][2:].strip()}
    rest = lines[1:]
    while rest and not rest[0].strip():
        rest = rest[1:]
    if rest and rest[0].startswith(">"):
        front["description"] = rest[0].lstrip(">").strip()
        rest = rest[1:]
    keys = []
    while rest and (_FASTPAGES_KEY.match(rest[0]) or not rest[0].strip()):
        found = _FASTPAGES_KEY.match(rest[0])
        if found:  # fastpages' `image: images/x.png` is under the blog's root, as `/images/x.png` in a post
            value = found[2]
            if found[1] == "image" and value and not re.match(r"[a-z]+:|/", value):
                value = "/" + value
            keys.append(f"{found[1]}: {value}")
        rest = rest[1:]
    if not keys and "description" not in front:
        return None  # a notebook opening with a heading, not fastpages' header
    head = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    return "---\n" + "\n".join(head + keys) + "\n---\n\n" + "\n".join(rest)


_FASTPAGES_BOX = re.compile(r"^>[ \t]*(Note|Tip|Important|Warning):[ \t]*(.*)$", re.M)
_FASTPAGES_EMBED = re.compile(r"^>[ \t]*(youtube|twitter):[ \t]*(\S+)[ \t]*$", re.M | re.I)


def _fastpages_marks(source: str) -> str:
    """fastpages' `> Note: ...` (Tip, Important, Warning) lines as the boxes it draws, `> youtube: URL` as the
    video (a thumbnail and a link) and `> twitter: URL` as a link to the tweet."""

    def box(found: re.Match) -> str:
        kind = found[1].lower()
        return f'\n!!! {material_kind(kind)} "{TITLES[kind]}"\n' + box_body([found[2]]) + "\n"

    def embed(found: re.Match) -> str:
        video = youtube_id(found[2]) if found[1].lower() == "youtube" else None
        return (video and video_link("youtube", video)) or f"<{found[2]}>"

    return _FASTPAGES_EMBED.sub(embed, _FASTPAGES_BOX.sub(box, source))


def _with_attachments(source: str, attachments) -> str:
    """`![x](attachment:x.png)` as the image the cell holds (Jupyter shows it; outside it the name is nothing)."""
    if not isinstance(attachments, dict):
        return source

    def embedded(match: re.Match) -> str:
        data = attachments.get(match[2]) or {}
        kind = next((k for k in _IMAGES if isinstance(data, dict) and k in data), None)
        return f"]({_data_url(kind, data[kind])}" if kind else match[0]

    return re.sub(r"\]\((attachment:)([^)\s]+)", embedded, source)


def _shown_raw(metadata: dict) -> bool:
    kind = str(metadata.get("format") or metadata.get("raw_mimetype") or "").lower()
    return kind in ("", "text/markdown", "markdown", "text/html", "html")


def _code_cell(cell: dict, source: str, language: str, path: str, problems: list[Problem]) -> str:
    show_input, show_output, fold, fold_output, source = _cell_options(cell, source)
    parts = []
    if show_input and source.strip():
        code = _fence(source.strip("\n"), language)
        parts.append("\n".join(folded(code.split("\n"), fold == "show")) if fold else code)
    if show_output:
        outputs = _streams_joined([o for o in cell.get("outputs") or [] if isinstance(o, dict)])
        shown = "\n\n".join(filter(None, (_output(o, path, problems) for o in outputs)))
        if shown and fold_output:
            shown = '??? quote "출력"\n' + box_body(shown.split("\n"))
        parts.append(shown)
    return "\n\n".join(part for part in parts if part)


def _cell_options(cell: dict, source: str) -> tuple[bool, bool, str, bool, str]:
    """What of a code cell its blog showed: (input, output, input folded ('', 'hide', 'show'), output folded,
    the code without the option lines)."""
    tags = {str(t).lower() for t in (cell.get("metadata") or {}).get("tags") or []}
    show_input = not tags & {"remove-input", "remove_input", "remove-cell", "remove_cell", "hide_input"}
    show_output = not tags & {"remove-output", "remove_output", "remove-cell", "remove_cell"}
    fold = "hide" if tags & {"hide-input", "hide-cell"} else ""
    fold_output = bool(tags & {"hide-output", "hide-cell"})
    lines = source.split("\n")
    options, lines = chunk_options(lines)
    code_shown, output_shown, code_fold = shown(options)  # Quarto's `#| echo: false`, `#| code-fold: true`...
    show_input, show_output, fold = show_input and code_shown, show_output and output_shown, code_fold or fold
    source = "\n".join(lines)
    for option in (m[1].lower().replace("_", "-") for m in _FASTPAGES_OPTION.finditer(source)):
        if option == "hide":
            show_input = show_output = False
        elif option == "hide-input":
            show_input = False
        elif option == "hide-output":
            show_output = False
        elif option == "collapse-output":
            fold_output = True
        else:
            fold = "show" if option == "collapse-show" else "hide"
    return show_input, show_output, fold, fold_output, _FASTPAGES_OPTION.sub("", source).strip("\n")


def _streams_joined(outputs: list[dict]) -> list[dict]:
    """Printed text in a row as one block, as Jupyter shows it (an `input()` prompt between two prints)."""
    joined: list[dict] = []
    for output in outputs:
        if output.get("output_type") == "stream" and joined and joined[-1].get("output_type") == "stream":
            joined[-1] = {
                "output_type": "stream",
                "text": _text(joined[-1].get("text")) + _text(output.get("text")),
            }
        else:
            joined.append(output)
    return joined


def _fence(text: str, language: str = "") -> str:
    ticks = "`" * max(3, max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{ticks}{language}\n{text}\n{ticks}"


# Jupyter's notebook shows an output of more than 100 lines in a box 24em high that scrolls (its OutputArea's
# `auto_scroll_threshold`, `.output_scroll`), and Colab a long one in a box of bounded height: so does the site
# (`kb-output-scrolled` in kb.css), the text all there, where a training log of thousands of lines ran on for pages.
_SCROLLED_FROM = 100


def _output_fence(text: str) -> str:
    return _fence(text, "{.text .kb-output-scrolled}" if text.count("\n") >= _SCROLLED_FROM else "")


def _data_url(kind: str, data) -> str:
    return f"data:{kind};base64," + re.sub(r"\s+", "", _text(data))


def _output(output: dict, path: str, problems: list[Problem]) -> str:
    if not isinstance(output, dict):
        return ""
    kind = output.get("output_type")
    if kind == "stream":
        text = _text(output.get("text")).rstrip("\n")
        return _output_fence(text) if text.strip() else ""
    if kind == "error":
        return _output_fence("\n".join(_text(line) for line in output.get("traceback") or []).rstrip("\n"))
    data = output.get("data") or {}
    html = _text(data.get("text/html"))
    if html and not _SCRIPTED.search(html):
        return (
            "<div>\n" + html.strip("\n") + "\n</div>"
            if not html.lstrip().startswith("<div")
            else html.strip("\n")
        )
    if "text/markdown" in data:
        return _text(data["text/markdown"])
    if "text/latex" in data:
        return _text(data["text/latex"])
    image = next((k for k in _IMAGES if k in data), None)
    if html or any(_DRAWN_BY_SCRIPT.search(kind) for kind in data):
        problems.append(
            Problem(path, 0, "a cell's output is drawn by JavaScript (an interactive chart or widget)",
                    "shown as its image or text; nothing of a note runs on the site")
        )  # fmt: skip
    if image:
        return f"![{image.split('/')[1]}]({_data_url(image, data[image])})"
    text = _text(data.get("text/plain")).rstrip("\n")
    return _output_fence(text) if text.strip() else ""
