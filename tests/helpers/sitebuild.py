"""Build a docs tree with the project's mkdocs.yml (hooks, theme, strict) and read the result.

The tests build the example site (tests/fixtures/example_site/: the docs/ tree the project ships, five example
notes and the concept registry) and small trees made of its pages, never the docs/ folder itself: a user
replaces the example notes with their own, renames the site and edits docs/concepts.yml (README "예시 노트
지우기"), and the generator's tests must not change with that. Every build is named as the example site is,
whatever mkdocs.yml's site_name and site_description now say.
"""

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
EXAMPLE_SITE = ROOT / "tests" / "fixtures" / "example_site"  # a copy of the docs/ the project ships
EXAMPLE_NAMES = {  # mkdocs.yml's two lines a user rewrites, as the project ships them
    "site_name": "AI 스터디 노트",
    "site_description": "부트캠프 수강생들의 블로그 노트를 주제별로 모은 지식 베이스",
}
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


def example_config(**overrides):
    """The project's mkdocs.yml loaded with the example site's name and description (any of the three
    overridable): what every test build and serve uses."""
    return load_config(str(ROOT / "mkdocs.yml"), **{**EXAMPLE_NAMES, **overrides})


def example_registry() -> str:
    """The example site's concepts.yml, the registry the tests match notes against."""
    return (EXAMPLE_SITE / "concepts.yml").read_text(encoding="utf-8")


def build_docs(docs_dir: Path, site_dir: Path, strict: bool = True, **overrides) -> BuiltSite:
    """Build `docs_dir` into `site_dir` exactly as `make build` would (strict by default), named as the
    example site unless `site_name` / `site_description` are given."""
    collect = _Collect()
    watched = [logging.getLogger("mkdocs"), logging.getLogger("kb")]
    for logger in watched:
        logger.addHandler(collect)
    try:
        config = example_config(docs_dir=str(docs_dir), site_dir=str(site_dir), strict=strict, **overrides)
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
    """The example site's hand-written pages a docs tree needs besides notes (home, tags, navigation order
    and titles: the concepts section is "개념" as on the site, not the folder's name)."""
    names = ["index.md", "tags.md", ".pages", "notes/.pages", "concepts/.pages"]
    return {name: (EXAMPLE_SITE / name).read_text(encoding="utf-8") for name in names}


def build_site_with(root: Path, files: dict[str, str | bytes]) -> BuiltSite:
    """A strict build under `root` of the example site's pages and concepts.yml with these files (notes and
    what they show), as a user's site with their blog dropped in."""
    docs = write_tree(root / "docs", {**site_pages(), **files})
    shutil.copy(EXAMPLE_SITE / "concepts.yml", docs / "concepts.yml")
    return build_docs(docs, root / "site", strict=True)
