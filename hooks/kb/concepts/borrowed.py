r"""What a passage uses that its note defines elsewhere: reference links and images (`[Hochreiter][paper]`,
`[text][]`, `[text]` with `[paper]: https://...` at the bottom of the note), footnotes (`[^belt]`),
kramdown abbreviations (`*[HTML]: Hyper Text Markup Language`) and TeX macros (`$$\newcommand{\R}{\mathbb{R}}$$`
at the top of the note, `\R^n` in the passage).

A passage is rendered out of its note, on a page with other notes' passages, so each of these would show
as literal brackets or be lost. References are resolved in place (`[Hochreiter](<https://...>)`): another
note's `[1]` on the same page cannot take them over, and the page rebases them as any inline link. The
footnotes and abbreviations the passage uses are appended, as the note wrote them; a concept page gives each
note's footnotes labels of their own (`scope_footnotes`), so two notes' `[^1]` stay two footnotes, and so
its formulas' labels when a note quoted before has the same (`scope_labels`). Macros are
written out in the passage's formulas (`\mathbb{R}^n`): another note's `\R` on the same page cannot change
them.

Most notes define none of these: `note_definitions` says so from one substring test, and a passage of such
a note is returned as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.math.macros import DEFINES, Macros, macro_definitions, written_out
from hooks.kb.math.numbering import (
    LABELLED,
    REFERENCES,
    PageNumbers,
    number_every_display,
    numbered_as,
    page_numbers,
)
from hooks.kb.math.rewrites import NUMBERED_ENVIRONMENTS
from hooks.kb.math.tex import find_formulas, outside_formulas
from hooks.kb.posts.abbreviations import abbreviation_pattern
from hooks.kb.posts.code import protect_code

# Python-Markdown's own patterns for the definitions (blockprocessors.ReferenceProcessor, footnotes, abbr)
_REFERENCE = re.compile(
    r"^[ ]{0,3}\[([^\[\]^][^\[\]]*)\]:[ ]*(?:\n[ ]*)?([^\s]+)[ ]*(?:\n[ ]*)?((['\"])(.*)\4[ ]*|\((.*)\)[ ]*)?$",
    re.M,
)
_LABEL_OR_REFERENCE = re.compile(r"\\(?P<kind>label|eqref|ref)\s*\{(?P<label>[^{}]*)\}")
_FOOTNOTE = re.compile(r"^[ ]{0,3}\[\^([^\]]*)\]:[ ]*(.*)$", re.M)
_ABBREVIATION = re.compile(r"^[*]\[(?P<abbr>[^\\\n]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$", re.M)
_NUMBERED_OR_REFERRED = re.compile(rf"\\begin\{{(?:{NUMBERED_ENVIRONMENTS})\}}|\\(?:eq)?ref\s*\{{")
_FOOTNOTE_LABEL = re.compile(r"\[\^([^\]]*)\]")  # where it is cited, and where it is defined (`[^1]:`)
_FOOTNOTE_USE = re.compile(r"\[\^([^\]]*)\](?!:)")
# `[text][label]`, `[text] [label]`, `[text][]` or `[text]`, images too; one level of brackets in the text
_TEXT = r"(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*"
_REFERENCE_USE = re.compile(rf"(?<!\\)(?P<bang>!?)\[(?P<text>{_TEXT})\](?:[ ]?\[(?P<label>[^\[\]]*)\])?(?![(:])")
# A note's definitions, found once for all its passages (by its lines; the concept step's on_config rotates it)
DEFINITIONS = BuildMemo()


@dataclass(frozen=True)
class NoteDefinitions:
    references: dict[str, tuple[str, str | None]]  # label (lower case, spaces collapsed) -> (url, title)
    footnotes: dict[str, str]  # label -> its definition's lines, as written
    abbreviations: dict[str, str]  # name -> its definition line
    macros: Macros  # TeX macros its formulas define (`\\newcommand{\\R}{\\mathbb{R}}`)
    equations: Equations | None = None  # its numbered formulas, when it has any or refers to one


@dataclass(frozen=True)
class Equations:
    formulas: tuple[tuple[int, str], ...]  # each formula of the note: its line (0-based), its TeX's words
    numbers: PageNumbers  # what they show on the note's page
    numbered: tuple[str, ...]  # each formula's TeX as the page numbers it (a blog's every display in `equation`)


def with_definitions(text: str, lines: tuple[str, ...], start: int = 0, every_display_numbered: bool = False) -> str:
    """`text`, a passage of the note whose lines are `lines` from line `start` (0-based), with the
    references it uses resolved, the footnotes and abbreviations it uses that it does not define itself
    appended, its formulas numbered as on the note's page (every display one, when its blog numbered them
    so) and the macros they use written out."""
    found = DEFINITIONS.get((lines, every_display_numbered), lambda: note_definitions(lines, every_display_numbered))
    if found is None:
        return text
    appended = []
    if found.footnotes and "[^" in text:
        code_free = protect_code(text).text
        own = {m.group(1) for m in _FOOTNOTE.finditer(code_free)}
        used = dict.fromkeys(m.group(1) for m in _FOOTNOTE_USE.finditer(code_free))
        appended += [found.footnotes[label] for label in used if label in found.footnotes and label not in own]
    if found.abbreviations:
        own = {m.group("abbr") for m in _ABBREVIATION.finditer(text)}
        names = [name for name in found.abbreviations if name not in own]
        if names:
            used = set(abbreviation_pattern(names).findall("\n".join([text, *appended])))
            appended += [found.abbreviations[name] for name in names if name in used]
    if appended:  # what they say is shown as what the passage says: links resolved, formulas written out
        text = text.rstrip("\n") + "\n\n" + "\n\n".join(appended) + "\n"
    if found.equations and ("\\" in text or "$" in text):
        text = _numbered_as_in_note(text, found.equations, start)
    if found.macros and "\\" in text:
        text = written_out(text, found.macros)
    if found.references and "[" in text:
        text = _resolve_references(text, found.references)
    return text


def note_definitions(lines: tuple[str, ...], every_display_numbered: bool = False) -> NoteDefinitions | None:
    """The reference, footnote and abbreviation definitions of a note (not those in its code), the macros
    its formulas define and the numbers they show, or None when it has none of these."""
    body = "\n".join(lines)
    macros = macro_definitions(f.tex for _, _, f in find_formulas(body) if f) if DEFINES.search(body) else {}
    numbered = every_display_numbered and ("$$" in body or "\\[" in body or "\\begin" in body)
    equations = _equations(body, numbered) if numbered or _NUMBERED_OR_REFERRED.search(body) else None
    if "]:" not in body and "] :" not in body:  # most notes: nothing defined
        return NoteDefinitions({}, {}, {}, macros, equations) if macros or equations else None
    text = protect_code(body).text  # a definition in code is code; lines are kept
    references = {}
    for m in _REFERENCE.finditer(text):
        label = _label(m.group(1))
        references.setdefault(label, (m.group(2).lstrip("<").rstrip(">"), m.group(5) or m.group(6)))
    split = text.split("\n")
    footnotes = {}
    for m in _FOOTNOTE.finditer(text):
        first = text.count("\n", 0, m.start())
        footnotes.setdefault(m.group(1), "\n".join([lines[first].lstrip(), *_continuation(split, lines, first)]))
    abbreviations = {m.group("abbr"): m.group(0) for m in _ABBREVIATION.finditer(text)}
    if not (references or footnotes or abbreviations or macros or equations):
        return None
    return NoteDefinitions(references, footnotes, abbreviations, macros, equations)


def scope_footnotes(text: str, scope: str) -> str:
    """`text` with each footnote label (`[^1]`, `[^1]:`) made `<scope>-<label>`: the footnotes of the notes
    quoted on one page, each note with its own scope, do not take each other's place."""
    if "[^" not in text:
        return text
    protected = protect_code(text)
    return protected.restore(_FOOTNOTE_LABEL.sub(lambda m: f"[^{scope}-{m.group(1)}]", protected.text))


def scope_labels(text: str, scope: str, seen: set[str]) -> str:
    """`text` with its formulas' labels, and its references to them, made `<scope>-<label>` when a passage
    quoted before it on the page has one of them (`seen`, which gets this passage's)."""
    protected = protect_code(text)
    own = set(LABELLED.findall(protected.text))
    clash = own & seen
    seen |= own
    if not clash:
        return text

    def scoped(match: re.Match) -> str:
        label = match.group("label")
        return f"\\{match.group('kind')}{{{scope}-{label}}}" if label in own else match.group(0)

    return protected.restore(_LABEL_OR_REFERENCE.sub(scoped, protected.text))


def _continuation(split: list[str], lines: tuple[str, ...], first: int) -> list[str]:
    """The lines after a footnote definition's first that belong to it, as Python-Markdown reads them: the
    rest of its paragraph, then blocks indented four spaces."""
    out, i = [], first + 1
    while i < len(split) and split[i].strip() and not _FOOTNOTE.match(split[i]):
        out.append(lines[i])
        i += 1
    while i < len(split) and not split[i].strip():
        j = i
        while j < len(split) and not split[j].strip():
            j += 1
        if j == len(split) or not split[j].startswith(("    ", "\t")):
            break
        out += [""] * (j - i)
        while j < len(split) and split[j].strip() and not _FOOTNOTE.match(split[j]):
            out.append(lines[j])
            j += 1
        i = j
    return out


def _equations(body: str, every_display_numbered: bool) -> Equations | None:
    formulas = [f for _, _, f in find_formulas(body) if f is not None]
    counted = number_every_display(formulas) if every_display_numbered else formulas
    numbers = page_numbers(counted)
    if numbers is None:
        return None
    return Equations(tuple((f.line - 1, _words(f.tex)) for f in formulas), numbers, tuple(f.tex for f in counted))


def _numbered_as_in_note(text: str, equations: Equations, start: int) -> str:
    """`text` with each of its numbered formulas given the numbers its note's page shows (`\\tag`), and
    each reference to a formula of the note outside it shown as that number: a link to the formula in the
    note when the reference is a formula of its own (`식 $\\eqref{eq:rnn}$`)."""
    formulas = [(s, e, f) for s, e, f in find_formulas(text) if f is not None]
    own = {label for _, _, f in formulas for label in LABELLED.findall(f.tex)}
    cursor = next((i for i, (line, _) in enumerate(equations.formulas) if line >= start), len(equations.formulas))
    out, pos = [], 0
    for begin, end, formula in formulas:
        words = _words(formula.tex)
        found = next((i for i in range(cursor, len(equations.formulas)) if equations.formulas[i][1] == words), None)
        source = formula.source
        if found is not None:
            cursor = found + 1
            numbers = equations.numbers.rows[found]
            if any(numbers) and formula.tex in source:
                source = source.replace(formula.tex, numbered_as(equations.numbered[found], numbers), 1)
        source = _references_shown(source, formula.tex, own, equations.numbers.labels)
        if source != formula.source:
            out += [text[pos:begin], source]
            pos = end
    return "".join(out) + text[pos:] if out else text


def _references_shown(source: str, tex: str, own: set[str], labels: dict[str, str]) -> str:
    """`source` with its references to the note's formulas outside the passage as their numbers."""

    def number(match: re.Match) -> str | None:
        label, shown = match.group("label"), labels.get(match.group("label"))
        if label in own or shown is None or shown == "??":
            return None
        return f"({shown})" if match.group("kind") == "eqref" else shown

    if "ref" not in source:
        return source
    alone = REFERENCES.fullmatch(tex.strip())
    if alone:  # the formula is the reference (`식 $\\eqref{eq:rnn}$`): a link to the formula in the note
        shown = number(alone)
        return source if shown is None else f"[{shown}](<#{alone.group('label')}>)"
    return REFERENCES.sub(lambda m: m.group(0) if number(m) is None else f"\\text{{{number(m)}}}", source)


def _words(tex: str) -> str:
    return " ".join(tex.split())


def _resolve_references(text: str, references: dict[str, tuple[str, str | None]]) -> str:
    def resolve(part: str) -> str:
        out, pos = [], 0
        match = _REFERENCE_USE.search(part)
        while match:
            label = match.group("label")
            key = _label(label or match.group("text"))
            found = references.get(key) if not key.startswith("^") else None
            if found is None:  # not a reference: look inside it (`[![logo][img]](...)`)
                match = _REFERENCE_USE.search(part, match.start() + 1)
                continue
            url, title = found
            titled = ' "' + title.replace('"', "&quot;") + '"' if title else ""
            out += [part[pos : match.start()], f"{match.group('bang')}[{match.group('text')}](<{url}>{titled})"]
            pos = match.end()
            match = _REFERENCE_USE.search(part, pos)
        return "".join(out) + part[pos:] if out else part

    protected = protect_code(text)
    return protected.restore(outside_formulas(protected.text, resolve))


def _label(text: str) -> str:
    return " ".join(text.split()).lower()
