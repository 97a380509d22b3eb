"""Synthetic corpora for the benchmark: N notes made from the seed posts in docs/notes/.

Each note is a seed with a distinct title and date written the way that seed writes them: a quoted or
plain `title:` stays quoted or plain, a post without front-matter keeps its `# ` heading as the title,
a `date:` keeps its time and zone. Seeds without a date get one in the file name, as Jekyll's
`_posts/YYYY-MM-DD-slug.md` does. Everything else (tags, categories, odd keys) is kept as it is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from tests.helpers.sitebuild import ROOT, site_pages

SEEDS_DIR = ROOT / "docs" / "notes"
FIRST_DAY = date(2015, 1, 1)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)
_TITLE = re.compile(r"^(title:[ \t]*)(?:(\"|')(.*?)\2|(.*?))[ \t]*$", re.M)
_DATE_KEYS = re.compile(r"^((?:date|created):[ \t]*['\"]?)\d{4}-\d{2}-\d{2}", re.M)
_H1 = re.compile(r"^(#[ \t]+)(.+?)[ \t]*$", re.M)
# The one front-matter line that crashes plain Material: it reads `search` as its own page setting.
_SEARCH_TRUE = re.compile(r"^search:[ \t]*true[ \t]*\n", re.M)


def seeds() -> list[tuple[str, str]]:
    """(stem, text) of every seed note, in name order."""
    paths = sorted(p for p in SEEDS_DIR.glob("*.md") if p.name != "index.md")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def vary(text: str, number: int, day: date) -> str:
    """The seed `text` with a title unique to `number` and its date(s) set to `day`."""
    suffix = f" 복습 {number:05}"
    front = _FRONT_MATTER.match(text)
    if front and _TITLE.search(front.group(1)):
        head = _TITLE.sub(lambda m: _titled(m, suffix), front.group(1), count=1)
        head = _DATE_KEYS.sub(lambda m: m.group(1) + day.isoformat(), head)
        return text[: front.start(1)] + head + text[front.end(1) :]
    body_start = front.end() if front else 0
    heading = _H1.search(text, body_start)
    if heading is None:  # no title anywhere: the file name will be the title, and it is unique
        return text
    return text[: heading.end(2)] + suffix + text[heading.end(2) :]


def _titled(match: re.Match, suffix: str) -> str:
    quote = match.group(2) or ""
    value = match.group(3) if quote else match.group(4)
    return f"{match.group(1)}{quote}{value}{suffix}{quote}"


def without_search_key(text: str) -> str:
    front = _FRONT_MATTER.match(text)
    if not front:
        return text
    return text[: front.start(1)] + _SEARCH_TRUE.sub("", front.group(1)) + text[front.end(1) :]


def note_files(count: int, plain: bool = False) -> dict[str, str]:
    """{docs-relative path: text} of `count` notes, seeds taken in turn."""
    pool = seeds()
    files = {}
    for number in range(count):
        stem, text = pool[number % len(pool)]
        day = FIRST_DAY + timedelta(days=number)
        text = vary(text, number, day)
        if plain:
            text = without_search_key(text)
        files[f"notes/{day.isoformat()}-{stem}-{number:05}.md"] = text
    return files


def write_corpus(docs_dir: Path, count: int, plain: bool = False) -> Path:
    """A docs tree: the site's own hand-written pages and concept registry plus `count` generated notes."""
    pages = site_pages()
    if plain:  # plain MkDocs reads no .pages files; they would only be copied as static files
        pages = {k: v for k, v in pages.items() if not k.endswith(".pages")}
    else:  # the project's site has its concept pages, as the shipped site does
        pages["concepts.yml"] = (ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8")
    for rel, content in {**pages, **note_files(count, plain)}.items():
        path = docs_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return docs_dir
