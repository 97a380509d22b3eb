"""Golden files: raw post in (tests/golden/ingest/*.md and the example site's notes), normalized note out.

Each `.md` has an `.out` beside it: the note's fields, every problem reported, then the body.
`UPDATE_GOLDEN=1 pytest tests/golden/test_ingest_golden.py` rewrites the expected files; review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hooks.kb.posts.images import ImageIndex
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.liquid import PostIndex
from tests.helpers.sitebuild import EXAMPLE_SITE

GOLDEN = Path(__file__).parent / "ingest"
SHIPPED = EXAMPLE_SITE / "notes"  # the example notes the project ships in docs/notes/
CASES = sorted([*GOLDEN.glob("*.md"), *GOLDEN.glob("*.mdx")]) + sorted(SHIPPED.glob("*.md"))
# a site where these files exist, and these posts (for `{% post_url %}` and `{% link %}`)
IMAGES = ImageIndex.of(["notes/assets/x.png", "assets/img/a.png", "assets/files/slides.pdf"])
POSTS = PostIndex.of(["notes/_posts/DL/2021-08-10-rnn.md", "notes/2021-08-10-rnn.md"])


def render(src_path: str, raw: bytes) -> str:
    note, problems = read_note(src_path, raw, IMAGES, POSTS)
    lines = [f"problem: {p.level}: {p}" for p in problems]
    if note is None:
        return "\n".join(["skipped", *lines]) + "\n"
    fields = {
        "title": note.title,
        "url": note.url,
        "date": note.date.isoformat() if note.date else None,
        "updated": note.updated.isoformat() if note.updated else None,
        "tags": list(note.tags),
        "categories": list(note.categories),
        "author": note.author,
        "description": note.description,
        "math": note.math,
        "draft": note.draft,
        "body_line": note.body_line,
    }
    if note.banner is not None:  # only when the post has one: the other files stay as they were
        fields["banner"] = {"url": note.banner.url, "alt": note.banner.alt}
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items()] + lines
    return "\n".join(lines) + "\n--- body ---\n" + note.body


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden(case: Path):
    expected_file = (GOLDEN / "seeds" if case.parent == SHIPPED else GOLDEN) / (case.stem + ".out")
    actual = render(f"notes/{case.name}", case.read_bytes())
    if os.environ.get("UPDATE_GOLDEN") or not expected_file.exists():
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(actual, encoding="utf-8")
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.fail(f"{expected_file} did not exist: written, review it and run again")
    assert actual == expected_file.read_text(encoding="utf-8")
