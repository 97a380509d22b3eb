"""Synthetic corpora for the benchmark: N notes made from the seed posts in docs/notes/.

Each note is a seed with a distinct title and date written the way that seed writes them: a quoted or
plain `title:` stays quoted or plain, a post without front-matter keeps its `# ` heading as the title,
a `date:` keeps its time and zone. Seeds without a date get one in the file name, as Jekyll's
`_posts/YYYY-MM-DD-slug.md` does. Everything else (tags, categories, odd keys) is kept as it is.

Repeated seeds make a corpus unlike any cohort's: a word of four seeds is in 80% of the pages (LSTM's
search token in 4001 of 5175 at 5000 notes), where a real cohort's notes each cover their own week.
`distinct=True` makes every copy after the first five its own: each word of its prose is kept in one
copy of five (chosen by the word and the note) and otherwise replaced by a made-up word of the same
script and length, one of `VARIANTS` per word, so a topic's words are in about a fifth of its seed's
copies and the site's vocabulary grows as a cohort's does. A Korean word's first two syllables are
what is kept or replaced (its particle stays: 모델을 -> 벼숙을); the Latin words of code, formulas (a
line's `$..$`), addresses, HTML and TeX commands are left as they are, and so is a `# ` heading (it
may be the title).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path

from tests.helpers.sitebuild import EXAMPLE_SITE, example_registry, site_pages

SEEDS_DIR = EXAMPLE_SITE / "notes"
FIRST_DAY = date(2015, 1, 1)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)
_TITLE = re.compile(r"^(title:[ \t]*)(?:(\"|')(.*?)\2|(.*?))[ \t]*$", re.M)
_DATE_KEYS = re.compile(r"^((?:date|created):[ \t]*['\"]?)\d{4}-\d{2}-\d{2}", re.M)
_H1 = re.compile(r"^(#[ \t]+)(.+?)[ \t]*$", re.M)
# The one front-matter line that crashes plain Material: it reads `search` as its own page setting.
_SEARCH_TRUE = re.compile(r"^search:[ \t]*true[ \t]*\n", re.M)

KEEP_ONE_IN = 5  # a word of a distinct copy is its seed's in one copy of five
VARIANTS = 100  # made-up words that may stand for one seed word
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_HANGUL = re.compile(r"[가-힣]{2,}")
_LATIN = re.compile(r"(?<![A-Za-z\\])[A-Za-z]{2,}(?![A-Za-z])")
# What keeps its Latin words: code, a formula, a link's or image's address, HTML, attributes, TeX commands.
_MARKUP = re.compile(r"`[^`]*`|\$[^$]*\$|\]\([^)]*\)|<[^>]*>|\{[^}]*\}|\w+://\S+|\\[A-Za-z]+|\[\^[^\]]*\]")


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


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "big")


def _made_up(word: str, number: int) -> str:
    """`word` in the note `number`: itself in one note of KEEP_ONE_IN, else one of its VARIANTS."""
    key = word.lower()
    if _digest(key, number) % KEEP_ONE_IN == 0:
        return word
    seed = _digest(key, _digest(key, number, "variant") % VARIANTS)
    if "가" <= word[0] <= "힣":
        letters = []
        for _ in word:
            seed, syllable = divmod(seed, 11172)
            letters.append(chr(0xAC00 + syllable))
        return "".join(letters)
    letters = []
    for _ in word:
        seed, letter = divmod(seed, 26)
        letters.append(chr(ord("a") + letter))
    made = "".join(letters)
    return made.upper() if word.isupper() else made.capitalize() if word[0].isupper() else made


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _distinct_line(line: str, number: int) -> str:
    line = _HANGUL.sub(lambda m: _made_up(m.group()[:2], number) + m.group()[2:], line)
    kept = [m.span() for m in _MARKUP.finditer(line)]
    return _LATIN.sub(lambda m: m.group() if _inside(m.start(), kept) else _made_up(m.group(), number), line)


def distinct_body(text: str, number: int) -> str:
    """The prose of `text` (after its front-matter) with its words kept or made up for note `number`."""
    front = _FRONT_MATTER.match(text)
    start = front.end() if front else 0
    lines, fenced = [], False
    for line in text[start:].split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and not _H1.match(line):  # a `# ` heading may be the note's title: kept
            line = _distinct_line(line, number)
        lines.append(line)
    return text[:start] + "\n".join(lines)


def note_files(count: int, plain: bool = False, distinct: bool = False) -> dict[str, str]:
    """{docs-relative path: text} of `count` notes, seeds taken in turn; `distinct`: see the module."""
    pool = seeds()
    files = {}
    for number in range(count):
        stem, text = pool[number % len(pool)]
        day = FIRST_DAY + timedelta(days=number)
        if distinct and number >= len(pool):
            text = distinct_body(text, number)
        text = vary(text, number, day)
        if plain:
            text = without_search_key(text)
        files[f"notes/{day.isoformat()}-{stem}-{number:05}.md"] = text
    return files


def write_corpus(docs_dir: Path, count: int, plain: bool = False, distinct: bool = False) -> Path:
    """A docs tree: the site's own hand-written pages and concept registry plus `count` generated notes."""
    pages = site_pages()
    if plain:  # plain MkDocs reads no .pages files; they would only be copied as static files
        pages = {k: v for k, v in pages.items() if not k.endswith(".pages")}
    else:  # the project's site has its concept pages, as the shipped site does
        pages["concepts.yml"] = example_registry()
    for rel, content in {**pages, **note_files(count, plain, distinct)}.items():
        path = docs_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return docs_dir
