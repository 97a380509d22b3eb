"""A Dendron note (VS Code): its front-matter as Dendron writes it.

Dendron gives every note `id`, `title`, `desc`, `updated` and `created`, the two dates as milliseconds since
1970 (`updated: 1647760187980`), which no blog's date reader takes: the note was undated, with a warning that
its date is not a date, and its `desc` was a key the site does not use. A note is Dendron's by those keys
together (an `id`, and `created` or `updated` as such a number); its dates are read as the moments they are
(shown in KST, as every date here), `desc` is its description, and `id`, `created` and `updated` are read
without a word on the 노트 상태 page: they are every Dendron note's, no problem of this one. Its file name is
its place in the hierarchy (`ml.dl.cnn.md`), which `wikilinks.py` links by (`[[ml.dl.cnn]]`, `![[ml.dl.cnn]]`).
A note's `{{fm.desc}}` (any `{{fm.<key>}}`) is its front-matter's value there, as Dendron fills it in; it had been
an unknown Liquid variable, removed with a warning.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hooks.kb.posts.front_matter import KST

_MS_2000, _MS_2100 = 946_684_800_000, 4_102_444_800_000
_VARIABLE = re.compile(r"\{\{[ \t]*fm\.(?P<key>[\w-]+)[ \t]*\}\}")


def _epoch_ms(value) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    text = str(value).strip()
    if not text.isdigit() or not _MS_2000 <= int(text) < _MS_2100:
        return None
    return datetime.fromtimestamp(int(text) / 1000, UTC).astimezone(KST)


def is_dendron_note(raw: dict) -> bool:
    """Whether front-matter is Dendron's: an `id` and a `created` or `updated` in milliseconds since 1970."""
    return "id" in raw and any(_epoch_ms(raw.get(key)) is not None for key in ("created", "updated"))


def dendron_front_matter(raw: dict) -> dict:
    """`raw` with its dates as dates, `created` its `date` and `updated` its update date, and its `desc` as the
    description (an empty one dropped); its `id` (Dendron's name for the note in its workspace, no private data)
    is Dendron's own and goes without a word, as do the dates' spellings: every Dendron note has them."""
    read = {key: value for key, value in raw.items() if key not in ("id", "created", "updated", "desc")}
    for key, field in (("created", "date"), ("updated", "updated")):
        if key in raw:
            moment = _epoch_ms(raw[key])
            if moment is None:  # not Dendron's number: read as any note's key, with what is said of it
                read[key] = raw[key]
            elif key == field or field not in raw:  # a `date:` of the author's own wins over `created`
                read[field] = moment
    desc = raw.get("desc")
    if isinstance(desc, str) and desc.strip() and "description" not in raw:
        read["description"] = desc.strip()
    return read


def dendron_variables(body: str, raw: dict) -> str:
    """`body` with each `{{fm.<key>}}` as the front-matter's value of that key (on one line), as Dendron shows it;
    a key the front-matter lacks, or whose value is no text or number, stays as written."""

    def value(m: re.Match) -> str:
        found = raw.get(m["key"])
        if isinstance(found, bool) or not isinstance(found, str | int | float):
            return m.group(0)
        return " ".join(str(found).split())

    return _VARIABLE.sub(value, body) if "{{" in body else body
