"""Raw post in, `Note` out: decoding, front-matter, title and URL."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import PurePosixPath

import yaml

from hooks.kb.code import protect_code
from hooks.kb.images import ImageIndex, fix_images
from hooks.kb.note import Note
from hooks.kb.report import Problem

# Keys that Material reads from page metadata to change the page itself.
THEME_KEYS = frozenset({"template", "hide", "search", "icon", "status"})

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$\r?\n?", re.S | re.M)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def decode(raw: bytes) -> str:
    text = raw.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (front-matter source or None, body, line number of the body's first line)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text, 1
    return match.group(1), text[match.end() :], text.count("\n", 0, match.end()) + 1


def parse_yaml(source: str, path: str, problems: list[Problem]) -> dict:
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        problems.append(
            Problem(
                path, line, f"front-matter is not valid YAML ({_first_line(exc)})", "front-matter ignored"
            )
        )
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(
            Problem(
                path, 2, f"front-matter is a {type(data).__name__}, not a mapping", "front-matter ignored"
            )
        )
        return {}
    return data


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def as_list(value) -> tuple[str, ...]:
    """Tags and categories as Jekyll reads them: a list, or a string split at spaces."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part for part in value.split() if part)
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if v is not None and str(v).strip())
    return (str(value),)


def as_datetime(value) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if hasattr(value, "year") and hasattr(value, "month"):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def title_from_body(body: str) -> tuple[str | None, str]:
    """The first `# ` heading as the title, removed from the body; (None, body) when there is none."""
    for match in _H1.finditer(body):
        before = body[: match.start()]
        if before.count("```") % 2 == 0:
            return match.group(1).strip(), before + body[match.end() + 1 :]
    return None, body


def read_note(src_path: str, raw: bytes, images: ImageIndex | None = None) -> Note:
    problems: list[Problem] = []
    text = decode(raw)
    source, body, body_line = split_front_matter(text)
    meta = parse_yaml(source, src_path, problems) if source is not None else {}
    body = _rewrite_outside_code(body, body_line, src_path, images or ImageIndex.of(()), problems)
    for key in sorted(THEME_KEYS & meta.keys()):
        problems.append(
            Problem(
                src_path,
                0,
                f"front-matter key '{key}' would change the page layout",
                "key dropped",
                level="info",
            )
        )
    title = meta.get("title")
    if title is None or not str(title).strip():
        title, body = title_from_body(body)
    if not title:
        title = PurePosixPath(src_path).stem
    url = str(PurePosixPath(src_path).with_suffix("")) + "/"
    return Note(
        src_path=src_path,
        title=str(title).strip(),
        body=body,
        url=url,
        body_line=body_line,
        date=as_datetime(meta.get("date")),
        tags=as_list(meta.get("tags", meta.get("tag"))),
        categories=as_list(meta.get("categories", meta.get("category"))),
        draft=meta.get("draft") is True or meta.get("published") is False,
        problems=tuple(problems),
    )


def _rewrite_outside_code(body: str, body_line: int, path: str, images: ImageIndex, problems: list) -> str:
    protected = protect_code(body)
    text = protected.text

    def line_of(offset: int) -> int:
        return body_line + text.count("\n", 0, offset)

    text, found = fix_images(text, path, images, line_of)
    problems.extend(found)
    return protected.restore(text)
