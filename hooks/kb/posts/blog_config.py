r"""What a blog's own configuration, dropped in with its posts, says about how its formulas were drawn.

A Jekyll blog numbers every display formula when its MathJax was told so: the TeXt theme's
`mathjax_autoNumber: true` (in `_config.yml`, or in a post's front-matter), or a MathJax configuration in the
blog's `_includes/` (or Chirpy's `assets/js/data/mathjax.js`) with `autoNumber: "all"` (MathJax 2) or `tags:
'all'` (MathJax 3). Its posts then refer to "식 (11)" by those numbers. The blog is the folder above the post's `_posts/`.

Its MathJax may also have been given macros the posts use (`\\R`, `\\norm{x}`, `\\P(X)` for `\\mathsf{P}`): in its
configuration (MathJax 3's `tex: {macros: {R: "\\\\mathbb{R}"}}`, MathJax 2's `TeX: {Macros: {...}}`, KaTeX's
`macros: {"\\\\RR": "\\\\mathbb{R}"}`) or as
`\\newcommand`s (and mathtools' `\\DeclarePairedDelimiter`s) in a hidden formula of its layout (`<p
style="display:none">$$\\newcommand{\\R}{...}$$</p>`), in its `_includes/` or `_layouts/` (or Chirpy's
`assets/js/data/mathjax.js`, the script a Chirpy blog edits to configure MathJax); and the physics
package's commands (`\\abs`, `\\norm`, `\\dv`, `\\pdv`, `\\qty`, `\\bra`/`\\ket`...) when its MathJax loaded that
package (`loader: {load: ['[tex]/physics']}`), the blog's own macros winning over them. A post's formulas are given
them written out (`blog_macros`).

Its `_config.yml` also says where its posts were (`blog_address`): the `permalink` pattern every post without
its own took (`/:categories/:title/`, minimal-mistakes' Korean guides' choice), and the blog's own host (`url`),
so a note's link to another post by that address leads to that post's page here (`blog_urls`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from hooks.kb.math.macros import DEFINES, Macros, macro_definitions
from hooks.kb.math.physics import PHYSICS
from hooks.kb.math.rewrites import closing_brace
from hooks.kb.posts.blog_urls import NAMED_STYLES, blog_root, is_blog_post
from hooks.kb.posts.front_matter import yaml_block

_TEXT_AUTONUMBER = re.compile(r"^[ \t]*mathjax_autoNumber[ \t]*:[ \t]*true\b", re.M)
_MATHJAX_ALL = re.compile(r"""\b(?:autoNumber|tags)\s*:\s*["']all["']""")
_MACROS_KEY = re.compile(r"\b[Mm]acros\s*:\s*\{")
_JS_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
# `R: "\\mathbb{R}"`, `"bold": ["{\\bf #1}", 1]` (a third item, an optional argument's default, is not read)
_MACRO_ENTRY = re.compile(
    rf"""(?P<name>[A-Za-z]+|{_JS_STRING})\s*:\s*(?:(?P<body>{_JS_STRING})|\[\s*(?P<with_args>{_JS_STRING})\s*,\s*(?P<args>\d)\s*\])"""
)
_JS_ESCAPE = re.compile(r"\\(.)", re.S)
_PARAMETER = re.compile(r"#(\d)")
# MathJax 3's `loader: {load: ['[tex]/physics']}` and `packages: {'[+]': ['physics']}`; MathJax 2's third-party
# `extensions: ["[physics]/physics.js"]`
_LOADS_PHYSICS = re.compile(r"""["'](?:\[tex\]/|\[\w+\]/(?:physics/)?)?physics(?:\.js)?["']""")
_CHIRPY_MATHJAX = "assets/js/data/mathjax.js"
_HIDDEN_FORMULA = re.compile(r"\$\$(.*?)\$\$|\\\[(.*?)\\\]", re.S)
# What Jekyll builds a blog from but never publishes: folders and files named with `_` (but for its posts), and
# Ruby's Gemfile. A blog's `_config.yml` may hold keys (a comment system's client secret, a search key).
_JEKYLL_OWN = re.compile(r"^(?:_(?!posts/|drafts/)[^/]*/|_config[^/]*\.ya?ml$|Gemfile(?:\.lock)?$)")
# A file in a Jekyll blog's posts that Jekyll reads as none (its EntryFilter's special names: `_`, `.` or `#` first,
# `~` last): a post template kept as `_posts/__sample__.md`. Hexo's `source/_posts/` is not Jekyll's.
_IGNORED_POST = re.compile(r"(?:^|/)(?<!source/)_(?:posts|drafts)/(?:[^/]+/)*(?:[_.#][^/]*|[^/]*~)$")


def numbers_every_display(docs_dir: str, src_path: str, source: str = "") -> bool:
    """Whether the post at `src_path` (docs-relative; `source`, its text as written) was on a blog whose MathJax
    numbered every display formula."""
    if _TEXT_AUTONUMBER.search(yaml_block(source)):  # the post says so itself, wherever it was dropped
        return True
    if not is_blog_post(src_path):
        return False
    return _blog_numbers_all(str(Path(docs_dir) / blog_root(src_path)))


@cache
def _blog_numbers_all(folder: str) -> bool:
    root = Path(folder)
    if _TEXT_AUTONUMBER.search(_read(root / "_config.yml")):
        return True
    return any(_MATHJAX_ALL.search(_read(path)) for path in _mathjax_setup(root, ("_includes",)))


def _mathjax_setup(root: Path, folders: tuple[str, ...]) -> list[Path]:
    """The files of the blog at `root` that set its MathJax up: the pages of these folders, and Chirpy's
    configuration script (`assets/js/data/mathjax.js`, which a Chirpy blog edits to load packages and macros)."""
    found = [path for name in folders if (root / name).is_dir() for path in sorted((root / name).rglob("*.html"))]
    return found + [path for path in (root / _CHIRPY_MATHJAX,) if path.is_file()]


def blog_macros(docs_dir: str, src_path: str) -> Macros:
    """The TeX macros the MathJax of the blog of the post at `src_path` was given (none for a note that is
    not a Jekyll post)."""
    if not is_blog_post(src_path):
        return {}
    return _blog_macros(str(Path(docs_dir) / blog_root(src_path)))


@cache
def _blog_macros(folder: str) -> Macros:
    """The macros the blog's layout pages give MathJax, read as one page: physics' if any of them loads the
    package, under the blog's own macros from all of them (which file says which does not change what wins)."""
    return layout_macros("\n".join(_read(path) for path in _mathjax_setup(Path(folder), ("_includes", "_layouts"))))


def layout_macros(html: str) -> Macros:
    """The macros a page of a blog's layout gives MathJax: physics' if it loads the package, under its
    configuration's `macros`, then the definitions in its formulas (MathJax typesets the hidden one before the
    post's)."""
    return {**PHYSICS, **_own_macros(html)} if _loads_physics(html) else _own_macros(html)


def _loads_physics(html: str) -> bool:
    return "MathJax" in html and bool(_LOADS_PHYSICS.search(html))


def _own_macros(html: str) -> Macros:
    macros: Macros = {}
    for key in _MACROS_KEY.finditer(html):
        close = closing_brace(html, key.end())
        for entry in _MACRO_ENTRY.finditer(html, key.end(), close if close >= 0 else len(html)):
            body = _js_string(entry.group("body") or entry.group("with_args")).replace("\n", " ")
            name = _js_string(entry.group("name")) if entry.group("name")[0] in "\"'" else entry.group("name")
            # KaTeX's `macros` name them with their backslash and count their arguments from the body
            count = int(entry.group("args") or max(map(int, _PARAMETER.findall(body)), default=0))
            macros["\\" + name.lstrip("\\")] = (count, body)
    if DEFINES.search(html):
        found = macro_definitions(m.group(1) or m.group(2) for m in _HIDDEN_FORMULA.finditer(html))
        macros.update(
            {name: macro if callable(macro) else (macro[0], macro[1].replace("\n", " ")) for name, macro in found.items()}
        )
    return macros  # a body on one line: a post's formulas keep their lines


def _js_string(literal: str) -> str:
    return _JS_ESCAPE.sub(r"\1", literal[1:-1])


@cache  # a blog's `_config.yml` and `_includes/` pages are read for its numbering, its macros and its address
def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    except OSError:
        return ""


@dataclass(frozen=True)
class BlogAddress:
    """Where a Jekyll blog put its posts, as its `_config.yml` says."""

    permalink: str  # the pattern, a named style written out
    host: str  # the blog's own host (`url: https://name.github.io`), lower case, no `www.`; "" if not said


def blog_address(docs_dir: str, root: str) -> BlogAddress | None:
    """The address the `_config.yml` of the blog at `root` (docs-relative, `blog_urls.blog_root`) gives its
    posts; None without a `_config.yml` that sets `permalink` (top-level, or in the `defaults:` for posts), or
    one that is not YAML."""
    return _blog_address(str(Path(docs_dir) / root))


@cache
def _blog_address(folder: str) -> BlogAddress | None:
    text = _read(Path(folder) / "_config.yml")
    if "permalink" not in text:
        return None
    try:
        config = yaml.safe_load(text)
    except yaml.YAMLError:  # Jekyll would not build with it either; the posts' own addresses still count
        return None
    permalink = _posts_permalink(config) if isinstance(config, dict) else None
    if permalink is None:
        return None
    url = config.get("url")
    host = urlsplit(url).netloc if isinstance(url, str) and "//" in url else ""
    host = host.rpartition("@")[2].split(":", 1)[0].casefold().removeprefix("www.")
    return BlogAddress(NAMED_STYLES.get(permalink, permalink), host)


def _posts_permalink(config: dict) -> str | None:
    """The `permalink` a Jekyll `_config.yml` gives its posts: front-matter defaults for posts (Chirpy's
    `defaults: [{scope: {path: "", type: posts}, values: {permalink: /posts/:title/}}]`), which Jekyll gives
    each post as if in its front-matter, the last of them winning, else the top-level `permalink:`."""
    found = None
    defaults = config.get("defaults")
    for entry in defaults if isinstance(defaults, list) else ():
        scope = entry.get("scope") if isinstance(entry, dict) else None
        values = entry.get("values") if isinstance(entry, dict) else None
        scope = scope if isinstance(scope, dict) else {}
        if not isinstance(values, dict) or scope.get("type", "posts") != "posts":
            continue
        if str(scope.get("path") or "").strip("/") not in ("", "_posts"):
            continue  # one folder's posts only: not every post's address
        if isinstance(values.get("permalink"), str) and values["permalink"].strip():
            found = values["permalink"].strip()
    top = config.get("permalink")
    return found or (top.strip() if isinstance(top, str) and top.strip() else None)


def forget_blog_configs() -> None:
    """A new build reads the blogs' configurations again (they may have changed under `mkdocs serve`)."""
    _blog_numbers_all.cache_clear()
    _blog_macros.cache_clear()
    _blog_address.cache_clear()
    _read.cache_clear()


def jekyll_own_files(paths: Iterable[str]) -> dict[str, list[str]]:
    """Of these docs paths, the files of a Jekyll blog's setup (its `_config.yml`, `_includes/`, `_layouts/`,
    `_sass/`, `_data/`, Gemfile), by the blog's folder: the folder above a `_posts/` among the paths."""
    paths = list(paths)
    roots = {blog_root(path) for path in paths if "/_posts/" in path}
    found: dict[str, list[str]] = {}
    for path in paths:
        for root in _ancestors(path):
            if root in roots and _JEKYLL_OWN.match(path[len(root) + 1 :]):
                found.setdefault(root, []).append(path)
                break
    return found


def posts_jekyll_ignores(paths: Iterable[str]) -> list[str]:
    """Of these docs paths, the files under a Jekyll blog's `_posts/` or `_drafts/` that Jekyll never published:
    named with `_`, `.` or `#` first or `~` last (`__sample_논문리뷰.md`, the blog's template for a new post)."""
    return [path for path in paths if _IGNORED_POST.search(path)]


def _ancestors(path: str) -> Iterable[str]:
    folder = posixpath.dirname(path)
    while folder:
        yield folder
        folder = posixpath.dirname(folder)



def posts_outside(paths: Iterable[str], notes_dir: str, extensions: tuple[str, ...]) -> dict[str, int]:
    """Of these docs paths, the Jekyll `_posts/` folders outside `notes_dir` that hold posts (Markdown files),
    with how many: a blog dropped at the docs root (`_posts/2024-01-01-lstm.md`, or the whole repository)
    whose posts MkDocs would publish as plain pages, not as notes."""
    found: dict[str, int] = {}
    for path in paths:
        if path.startswith(notes_dir) or not path.lower().endswith(extensions):
            continue
        parts = path.split("/")[:-1]
        if "_posts" in parts:
            folder = "/".join(parts[: parts.index("_posts") + 1]) + "/"
            found[folder] = found.get(folder, 0) + 1
    return found
