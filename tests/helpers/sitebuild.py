"""Build a docs tree with the project's mkdocs.yml (hooks, theme, strict) and read the result."""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass(frozen=True)
class BuiltSite:
    site_dir: Path
    log: str  # everything the build logged, MkDocs' and the note warnings

    def html(self, url: str) -> str:
        """The HTML of a page given its site-relative URL (`notes/x/`)."""
        return (self.site_dir / url / "index.html").read_text(encoding="utf-8")

    def article(self, url: str) -> str:
        """The page's article (the note or page itself, without the site's header, navigation and footer)."""
        page = self.html(url)
        return page[page.index("<article") : page.index("</article>")]

    def page_urls(self) -> set[str]:
        return {
            str(p.parent.relative_to(self.site_dir)).replace("\\", "/") + "/"
            for p in self.site_dir.rglob("index.html")
        }


def reader_text(fragment: str, formulas: bool = True) -> str:
    """What a reader reads of an HTML fragment: its text, entities unescaped; `formulas=False` leaves the
    formulas out (their MathML would otherwise read as the TeX's letters)."""
    if not formulas:
        fragment = re.sub(r"<math\b.*?</math>", "", fragment, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", "", fragment))


def hrefs(fragment: str) -> list[str]:
    """The targets of the links in an HTML fragment, entities unescaped."""
    return [unescape(h) for h in re.findall(r'<a\b[^>]*\shref="([^"]*)"', fragment)]


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"{record.levelname} {record.getMessage()}")


def build_docs(docs_dir: Path, site_dir: Path, strict: bool = True, **overrides) -> BuiltSite:
    """Build `docs_dir` into `site_dir` exactly as `make build` would (strict by default)."""
    collect = _Collect()
    watched = [logging.getLogger("mkdocs"), logging.getLogger("kb")]
    for logger in watched:
        logger.addHandler(collect)
    try:
        config = load_config(
            str(ROOT / "mkdocs.yml"),
            docs_dir=str(docs_dir),
            site_dir=str(site_dir),
            strict=strict,
            **overrides,
        )
        config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` starts
        build(config)
    finally:
        for logger in watched:
            logger.removeHandler(collect)
    return BuiltSite(site_dir, "\n".join(collect.lines))


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write {relative path: text or bytes} under root and return root."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def site_pages() -> dict[str, str]:
    """The hand-written pages a docs tree needs besides notes (home, tags, navigation order and titles:
    the concepts section is "개념" as on the site, not the folder's name)."""
    names = ["index.md", "tags.md", ".pages", "notes/.pages", "concepts/.pages"]
    return {name: (ROOT / "docs" / name).read_text(encoding="utf-8") for name in names}


def build_site_with(root: Path, files: dict[str, str | bytes]) -> BuiltSite:
    """A strict build under `root` of the site's own pages and `docs/concepts.yml` with these files (notes
    and what they show), as a user's site with their blog dropped in."""
    docs = write_tree(root / "docs", {**site_pages(), **files})
    shutil.copy(ROOT / "docs" / "concepts.yml", docs / "concepts.yml")
    return build_docs(docs, root / "site", strict=True)
