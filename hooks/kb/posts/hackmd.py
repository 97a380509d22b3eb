"""Notes written in HackMD (or CodiMD, HedgeDoc), read as HackMD showed them.

Study groups write their peer-session and lecture notes in HackMD and keep them as `.md` files. HackMD's
Markdown is markdown-it's with its own marks, which Python-Markdown showed as text:
- a `###### tags: `boostcamp` `NLP`` line is the note's tags (HackMD lists the note under them): here it was a
  heading of code spans, the largest line after the title and the first entry of the table of contents;
- a quote's `[name=김철수]`, `[time=Tue, Aug 10, 2021 3:00 PM]` and `[color=#907bf7]` sign it: here they were
  text in brackets;
- a line break is a line break (markdown-it's `breaks`, on in HackMD unless the front-matter says `breaks:
  false`): here the lines of a paragraph ran together;
- `++text++` is inserted text and `19^th^` a superscript.
Its boxes (`:::info`, `:::spoiler 제목`) are `admonitions.py`'s, its numbered code blocks (```` ```python= ````)
`code.readable_fences`' and its embeds (`{%youtube %}`, `{%gist %}`, `{%pdf %}`) `shortcodes.py`'s, read in any
note. The rest is read only in a note that is HackMD's by one of its own marks (`is_hackmd_note`), outside code
and formulas (set aside before).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.code import FENCE, blank_code
from hooks.kb.posts.report import Problem

# `###### tags: `a` `b``, its tags as code spans or a list: an h6 only, as HackMD reads it (`## Tags: 태그 붙이는
# 규칙` is a note's heading)
_TAGS_LINE = re.compile(r"^ {0,3}#{6}[ \t]+[Tt]ags[ \t]*:[ \t]*(?P<tags>.*?)[ \t#]*$", re.M)
_QUOTE_TAG = re.compile(r"[ \t]*\[(?P<key>name|time|color)=(?P<value>[^\]\n]*)\]")
_QUOTE_LINE = re.compile(r"^[ ]{0,3}>.*$", re.M)
# never across a table's cell (`| ++i | i++ |`: markdown-it splits a row into its cells first)
_INSERTED = re.compile(r"(?<![+\w])\+\+(?=[^\s+|])(?P<text>[^\n|]*?[^\s+\\|])\+\+(?![+\w])")
# markdown-it-sup: no space inside; one of a letter or digit, so `감사합니다^_^` stays a smile; a footnote's `[^1]`
# is none of its marks (`논문[^1][^2]`: two footnotes, as markdown-it-footnote reads them first)
_SUPERSCRIPT = re.compile(r"(?<![\\^\[])\^(?P<text>[^\s^\\|]*[^\W_][^\s^\\|]*)(?<!\[)\^(?!\^)")
_NUMBERED_FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})[\w#+.-]*=(?:\d+|\+)?!?[ \t]*$", re.M)  # ```python=
_NUMBERED_FENCE_ANYWHERE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[\w#+.-]*=", re.M)  # a fence to look at, in code or not
_MARK_WORDS = ("ags", "spoiler", "hackmd", "name=", "time=")  # what each of `_MARKS` holds, found without a pattern
_MARKS = (
    re.compile(r"^ {0,3}#{6}[ \t]+[Tt]ags[ \t]*:", re.M),
    re.compile(r"^[ ]{0,3}:{3,}[ \t]*spoiler\b", re.M),
    re.compile(r"\{%[ \t]*hackmd\b|hackmd\.io/_uploads/"),
    re.compile(r"^[ ]{0,3}>.*\[(?:name|time)=[^\]\n]+\]", re.M),  # `[color=]` alone may be a forum's BBCode
)


def is_hackmd_note(body: str, front_matter: dict) -> bool:
    """Whether the note is HackMD's: one of its own marks in its body, or front-matter keys only HackMD reads."""
    if any(key in front_matter for key in ("GA", "slideOptions")) or isinstance(front_matter.get("breaks"), bool):
        return True
    # in what the note says, not in its code: a note on Markdown shows HackMD's marks as code
    if _NUMBERED_FENCE_ANYWHERE.search(body) and any(_NUMBERED_FENCE.match(m.group(0)) for m in FENCE.finditer(body)):
        return True
    if not any(word in body for word in _MARK_WORDS):  # most notes: no mark's words at all, no code to blank
        return False
    prose = blank_code(body)
    return any(mark.search(prose) for mark in _MARKS)


def hackmd_tags(text: str, path: str, line_of: LineOf, shown: Callable[[str], str]) -> tuple[str, tuple[str, ...], list[Problem]]:
    """`text` without its `###### tags:` lines (their line ends kept), the tags they list in order (code spans,
    read through `shown`, or a list split at commas), and a note of each line."""
    tags: list[str] = []
    problems: list[Problem] = []

    def take(m: re.Match) -> str:
        written = shown(m["tags"])
        spans = re.findall(r"`+([^`]+?)`+", written)
        found = [t.strip() for t in (spans or re.split(r"[,，]", written)) if t.strip()]
        if not found:
            return m.group(0)
        tags.extend(found)
        problems.append(Problem(path, line_of(m.start()), "a HackMD tags line", f"read as the note's tags: {', '.join(found)}", "info"))
        return ""

    return _TAGS_LINE.sub(take, text), tuple(tags), problems


def signed_quotes(text: str) -> str:
    """A quote's `[name=...]` and `[time=...]` -> its signature (`— 김철수, 2021-08-10`), its `[color=...]` gone."""

    def line(m: re.Match) -> str:
        found = {t["key"]: t["value"].strip() for t in _QUOTE_TAG.finditer(m.group(0))}
        if not found:
            return m.group(0)
        rest = _QUOTE_TAG.sub("", m.group(0)).rstrip()
        signature = ", ".join(v for v in (found.get("name"), found.get("time")) if v)
        return f"{rest} — {signature}" if signature else rest

    return _QUOTE_LINE.sub(line, text) if "=" in text else text


def inserted_and_superscript(text: str) -> str:
    """`++text++` -> inserted text, `x^2^` -> a superscript, as markdown-it's plugins in HackMD drew them."""
    if "++" in text:
        text = _INSERTED.sub(lambda m: f"<ins>{m['text']}</ins>", text)
    if "^" in text:
        text = _SUPERSCRIPT.sub(lambda m: f"<sup>{m['text']}</sup>", text)
    return text
