"""The seeds plus a corpus of malformed and hostile notes, built together as `make build` would.

The corpus is every raw post of the ingest golden files (tests/golden/ingest/*.md: YAML errors, wrong
types, an alias bomb, CP949, BOM + CRLF, binary, drafts, Liquid, kramdown, reserved keys, duplicate
titles, a concept's name as title, a future date, a file name with spaces, parentheses and Hangul...),
the injection and math fixtures, and three notes made here because they are large: a 1 MB line, 400
headings, a list nested 60 deep. Whatever is wrong in a note, the build finishes, warns with the file
and line, and every note that is not a draft becomes a page holding its text.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from hooks.kb.math.tex import plain_text
from hooks.kb.posts.ingest import read_note
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import EXAMPLE_SITE, build_docs, site_pages, write_tree

TESTS = Path(__file__).parent.parent
CORPUS_DIR = "notes/malformed/"

# file -> the line its warning must name (0: the whole file, the warning names the file alone)
BROKEN = {
    "yaml_tab.md": 3,  # a key indented by a tab
    "yaml_unclosed_quote.md": 2,
    "yaml_brackets.md": 3,
    "invalid_yaml_title.md": 2,  # title: [LG AImers] 05 - ...
    "alias_bomb.md": 4,
    "unclosed.md": 1,  # front-matter never closed
    "list_front_matter.md": 2,
    "wrong_types.md": 4,  # date: 2023-13-45
    "liquid.md": 14,  # a Liquid tag that cannot run
    "unterminated_math.md": 4,  # `$x^2 + y` never closed
    "bad_tex_note.md": 4,  # \foo and an unbalanced brace
    "binary.md": 0,
    "empty.md": 0,
}
DRAFTS = ("draft_true.md", "published_false.md")
_WORD = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}")
# not text a reader sees: formulas (typeset; `$`, `$$`, `\\(`, `\\[`), tags and attribute lists, link and
# image targets, the type of an admonition, the language of a code block, scripts (removed by the sanitizer), reference
# definitions and images by reference, a link's title (a tooltip), the table of contents' marker `[TOC]`, an icon's or
# emoji's shortcode (`:material-check:`, `:smile:`: drawn as the icon or the character)
_NOT_TEXT = re.compile(
    r"""(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])|^ {0,3}\[TOC\][ \t]*$|^ {0,3}\[[^\]\n]+\]:[^\n]*$|!\[[^\]\n]*\]\[[^\]\n]*\]|<(script|style)\b.*?</\1>|^(?:!!!|\?\?\?)\+? \w+|^[ \t]*(?:`{3,}|~{3,}).*$|\$\$.*?\$\$|\$[^$\n]*\$|\\{1,2}\(.*?\\{1,2}\)|\\{1,2}\[.*?\\{1,2}\]|<[^>]*>|\{:?[^}\n]*\}|\]\((?:[^()\s]|\([^()\s]*\))*\s+"[^"\n]*"\)|\]\([^)]*\)""",
    re.S | re.M,
)

# A figure the site could not find: the site's placeholder, which search leaves out (hooks/kb/posts/images.py).
_PLACEHOLDER = re.compile(r'<span class="kb-missing-image"[^>]*>[^<]*</span>')


def large_notes() -> dict[str, str]:
    line = " ".join(f"긴줄단어{i % 97}" for i in range(120_000))  # about 1 MB of UTF-8 on one line
    headings = "\n\n".join(f"## 소제목 {i}\n\n문단 {i}의 내용." for i in range(400))
    nested = "\n".join("  " * depth + f"- 깊이 {depth}의 항목" for depth in range(60))
    return {
        "huge_line.md": f"---\ntitle: 한 줄이 1MB\n---\n{line}\n",
        "many_headings.md": f"---\ntitle: 소제목 400개\n---\n{headings}\n",
        "deep_list.md": f"---\ntitle: 60단 목록\n---\n{nested}\n",
    }


def corpus() -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        p.name: p.read_bytes() for p in (TESTS / "golden" / "ingest").glob("*.md")
    }
    for fixture in ("injection.md", "math_forms.md"):
        files[fixture] = (TESTS / "fixtures" / fixture).read_bytes()
    files.update(large_notes())
    return {CORPUS_DIR + name: content for name, content in files.items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("malformed")
    seeds = {f"notes/{p.name}": p.read_bytes() for p in (EXAMPLE_SITE / "notes").glob("*.md")}
    docs = write_tree(root / "docs", {**site_pages(), **seeds, **corpus()})
    started = time.perf_counter()
    site = build_docs(docs, root / "site", strict=True)
    return site, time.perf_counter() - started, {**seeds, **corpus()}


def test_corpus_is_large_and_varied():
    assert len(corpus()) >= 25


def test_build_finishes_within_a_minute(built):
    _, seconds, _ = built
    assert seconds < 60, f"the build took {seconds:.1f} s"


def test_every_broken_file_is_named_with_its_line(built):
    site, _, _ = built
    warnings = [line for line in site.log.splitlines() if line.startswith("WARNING")]
    for name, line in BROKEN.items():
        where = f"{CORPUS_DIR}{name}:{line}: " if line else f"{CORPUS_DIR}{name}: "
        assert any(where in w for w in warnings), f"no warning names {where!r}"


def test_every_published_note_is_a_page_holding_its_text(built):
    site, _, files = built
    text_by_title: dict[str, str] = {}  # two notes may share a title
    for page in indexed_pages(site.site_dir).values():
        text_by_title[page.title] = f"{text_by_title.get(page.title, '')} {page.visible}"
    checked = 0
    for path, content in files.items():
        raw = content if isinstance(content, bytes) else content.encode()
        note, _ = read_note(path, raw)
        if note is None or note.draft:
            continue
        words = set(_WORD.findall(_NOT_TEXT.sub(" ", _PLACEHOLDER.sub(" ", note.body))))
        title = plain_text(note.title)  # a formula in a title is its TeX there
        # notes sharing a title are told apart by the heading each opens with (`Title: Section`)
        told_apart = " ".join(text for shown, text in text_by_title.items() if shown.startswith(f"{title}: "))
        page_text = text_by_title.get(title) or told_apart or None
        assert page_text is not None, f"{path}: no page titled {note.title!r}"
        missing = {w for w in words if w not in page_text}
        assert len(missing) <= len(words) // 10, (
            f"{path}: words missing from its page: {sorted(missing)[:10]}"
        )
        checked += 1
    assert checked >= len(files) - len(DRAFTS) - 1  # all but the drafts and the binary file


def test_drafts_appear_nowhere(built):
    site, _, files = built
    secrets = []
    for name in DRAFTS:
        note, _ = read_note(CORPUS_DIR + name, files[CORPUS_DIR + name])
        assert note is not None and note.draft
        secrets += [note.title, note.url, note.body.strip().splitlines()[0]]
    for output in site.site_dir.rglob("*"):
        if output.suffix in (".html", ".json", ".xml"):
            text = output.read_text(encoding="utf-8")
            for secret in secrets:
                assert secret not in text, f"draft text {secret!r} in {output.relative_to(site.site_dir)}"
    for page in indexed_pages(site.site_dir).values():  # the search index: gzip, so read apart
        text = " ".join((page.url, page.title, *page.words))
        assert not [secret for secret in secrets if secret in text], page.url
