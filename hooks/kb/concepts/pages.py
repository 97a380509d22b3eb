"""The Markdown of a concept page and of the concept index, from the coverage of the notes.

A concept page: names and summary; one section per covering note (its title and date, then each passage
with a link to the exact section of the note); the notes that only mention it; related concepts.
Links are relative `.md` links, so a strict build checks them, except in the long lists of older notes
and of mentions: those are raw HTML with the notes' final URLs (`lists.py`). Passages come from
other folders, so their relative links and images are rebased from the note's folder to the page's.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache

from hooks.kb.concepts.borrowed import scope_footnotes, scope_labels
from hooks.kb.concepts.coverage import ConceptCoverage, NoteCoverage
from hooks.kb.concepts.definitions import Concept, ConceptRegistry
from hooks.kb.concepts.lists import notes_html, notes_with_passages_html, page_url
from hooks.kb.concepts.passages import Passage
from hooks.kb.pages.listing import escape_markdown, note_day

CONCEPTS_DIR = "concepts"
INDEX = f"{CONCEPTS_DIR}/index.md"
# A hand-written docs/concepts/<id>.md replaces the generated page; this comment in it is where the
# generated part (the notes, the mentions, related concepts) goes.
MARKER = "<!-- concept-notes -->"
# The newest notes are quoted in full; older ones are listed with links to their passages, so a concept
# that a whole cohort wrote about stays a page one reads (and loads) whole: 3 MB and 800 sections otherwise.
QUOTED_NOTES = 20

_SPACES = re.compile(r"\s+")
_TWIN_MIN = 40  # characters: shorter passages ("- 게이트 세 개") may well be the same by chance
_MD_LINK = re.compile(r"(!?\[[^\]]*\]\()(<[^>]*>|[^)\s]*)")
_HTML_URL = re.compile(r"""(\b(?:src|href)=["'])([^"']*)""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class ConceptPage:
    path: str  # concepts/<id>.md
    head: str  # title, names, summary
    body: str  # the generated part: notes, mentions, related concepts

    @property
    def markdown(self) -> str:
        return self.head + "\n" + self.body


def page_path(concept_id: str) -> str:
    return f"{CONCEPTS_DIR}/{concept_id}.md"


def family_path(family_id: str) -> str:
    """The page of a family of concepts (CNN 계열): its concepts, each with its summary. Named index.md,
    it is its family's own page in the sidebar (navigation.indexes): a closed family opens it."""
    return f"{CONCEPTS_DIR}/family/{family_id}/index.md"


def render_concept_page(
    coverage: ConceptCoverage,
    registry: ConceptRegistry,
    directory_urls: bool = True,
) -> ConceptPage:
    concept, path = coverage.concept, page_path(coverage.concept.id)
    url = page_url(path, directory_urls)
    family = dict(registry.families).get(concept.family, concept.family)
    head = [
        "---",
        f"title: {_yaml_text(concept.title)}",
        f"description: {_yaml_text(concept.summary)}",
        "---",
        "",
        f"# {escape_markdown(concept.title)}",
        "",
        f"한국어 **{escape_markdown(concept.ko)}** · 영어 **{escape_markdown(concept.en)}**",
        "",
        f"> {escape_markdown(concept.summary)}",
        "",
        f"분류: [{family}]({_url(_relative(family_path(concept.family), CONCEPTS_DIR))})" + _broader_line(concept, registry),
        "",
    ]
    others = [a for a in concept.aliases if a not in (concept.name, concept.ko, concept.en)]
    if others:
        head[-1:] = ["", "다른 이름: " + ", ".join(escape_markdown(a) for a in others), ""]
    body = []
    count = len(coverage.notes)
    body += [f"## 노트에서 ({count})", ""]
    if not count:
        body += ["아직 이 개념을 다룬 노트가 없습니다.", ""]
    quoted = coverage.notes[:QUOTED_NOTES]
    twins = _same_text(quoted)
    labels: set[str] = set()  # the formulas' labels of the notes quoted so far
    for number, covered in enumerate(quoted, 1):
        body += _note_section(covered, path, twins, f"n{number}", labels)
    if count > QUOTED_NOTES:
        body += [f"## 다른 노트 ({count - QUOTED_NOTES})", "", "이 개념을 다룬 부분으로 바로 갑니다.", ""]
        body += [notes_with_passages_html(coverage.notes[QUOTED_NOTES:], url, directory_urls), ""]
    if coverage.mentions:
        body += ["## 언급만 한 노트", "", notes_html(coverage.mentions, url, directory_urls), ""]
    body += _related(concept, registry)
    return ConceptPage(path, "\n".join(head), "\n".join(body))


def page_inputs(coverage: ConceptCoverage, seen: dict | None = None) -> tuple:
    """What `render_concept_page` reads of the notes for `coverage`, as plain values: with the registry's
    text and the site's configuration, a key for the page's Markdown (`mkdocs serve` makes again only the
    pages of the concepts an edit touched). `seen`: each note's part, kept for the next concept's pages."""
    seen = {} if seen is None else seen

    def shown(note) -> tuple:
        found = seen.get(note.src_path)
        if found is None or found[0] is not note:
            found = seen[note.src_path] = (note, (note.src_path, note.title, note_day(note), note.url))
        return found[1]

    return (
        coverage.concept.id,
        tuple(
            (
                shown(c.note),
                tuple((p.anchor, p.trail, p.item, p.markdown if n < QUOTED_NOTES else None) for p in c.passages),
            )
            for n, c in enumerate(coverage.notes)
        ),
        tuple(shown(note) for note in coverage.mentions),
    )


def _broader_line(concept: Concept, registry: ConceptRegistry) -> str:
    parts = [f"{_link(registry.get(c))}의 한 종류" for c in concept.kind_of]
    parts += [f"{_link(registry.get(c))}의 구성 요소" for c in concept.part_of]
    return "".join(f" · {p}" for p in parts)


def _same_text(quoted: tuple[NoteCoverage, ...]) -> dict[str, list[tuple[NoteCoverage, Passage]]]:
    """Passages whose text is the same in several notes (a shared summary, a copied lecture slide), by
    their text: each is quoted once, at its newest note, citing the others."""
    by_text: dict[str, list[tuple[NoteCoverage, Passage]]] = {}
    for covered in quoted:
        for passage in covered.passages:
            text = _SPACES.sub(" ", passage.markdown).strip()
            if len(text) >= _TWIN_MIN:
                by_text.setdefault(text, []).append((covered, passage))
    return {text: found for text, found in by_text.items() if len({c.note.src_path for c, _ in found}) > 1}


def source_trail(passage: Passage) -> tuple[str, ...]:
    """The titles a quoted passage's link to its place in the note shows: a list item's quote opens with the
    item's own text, so the link names the sections around it (`RNN`, not `RNN › RNN의 문제를 해결한 LSTM 등장`
    over that same line); an item outside any section keeps its text, the link's only words."""
    return passage.trail[:-1] if passage.item and len(passage.trail) > 1 else passage.trail


def _note_section(
    covered: NoteCoverage, path: str, twins: dict | None = None, scope: str = "n1", labels: set[str] | None = None
) -> list[str]:
    """The note's title and date, then its passages; `scope`: its footnotes' own part of the page's labels,
    and its formulas' where another note quoted before it has the same (`labels`)."""
    note = covered.note
    link = _url(_relative(note.src_path, posixpath.dirname(path)))
    day = note_day(note)
    lines = [
        f"### {escape_markdown(note.title)}",
        "",
        f"{day} · [노트 전체 보기]({link})",
        "{: .kb-note-meta }",
        "",
    ]
    for passage in covered.passages:
        target = _passage_target(link, passage)
        trail = " › ".join(escape_markdown(t) for t in source_trail(passage))
        same = (twins or {}).get(_SPACES.sub(" ", passage.markdown).strip(), ())
        first = same[0] if same else None
        lines += [
            '<div class="kb-passage" markdown>',
            "",
            f'[{trail}]({target}){{ .kb-passage-source title="노트의 이 부분으로" }}',
            "",
        ]
        if first is None or first[1] is passage:
            lines.append(_passage_markdown(passage, note.src_path, path, scope, labels))
            others = [_twin_link(c, p, path) for c, p in same[1:]]
            if others:
                lines += ["", "같은 내용을 쓴 노트: " + ", ".join(others), "{: .kb-passage-twins }"]
        else:
            lines.append(f"위 「{escape_markdown(first[0].note.title)}」에 인용한 부분과 같은 내용입니다.")
        lines += ["</div>", ""]
    return lines


def _twin_link(covered: NoteCoverage, passage: Passage, path: str) -> str:
    link = _url(_relative(covered.note.src_path, posixpath.dirname(path)))
    return f"[{escape_markdown(covered.note.title)}]({_passage_target(link, passage)})"


def _passage_markdown(
    passage: Passage, note_path: str, page: str, scope: str = "n1", labels: set[str] | None = None
) -> str:
    def rebase(target: str) -> str:
        bracketed = target.startswith("<")
        url = target.strip("<>")
        if url.startswith("concept:"):
            url = _relative(page_path(url[len("concept:") :]), posixpath.dirname(page))
        elif url.startswith("#"):
            url = _relative(note_path, posixpath.dirname(page)) + url
        elif url and not _SCHEME.match(url) and not url.startswith("/"):
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(note_path), url))
            url = _relative(joined, posixpath.dirname(page))
        return f"<{url}>" if bracketed else url

    text = scope_footnotes(passage.markdown, scope)
    if "\\label" in text:  # `\label{eq:1}` in two notes: one id, and each `\eqref` would lead to the last
        text = scope_labels(text, scope, set() if labels is None else labels)
    if "](" in text:  # most passages have no link or image: skip the scan
        text = _MD_LINK.sub(lambda m: m.group(1) + rebase(m.group(2)), text)
    if "src=" in text or "href=" in text:
        text = _HTML_URL.sub(lambda m: m.group(1) + rebase(m.group(2)), text)
    return text


def _related(concept: Concept, registry: ConceptRegistry) -> list[str]:
    groups = [
        ("상위 개념", concept.kind_of),
        ("하위 개념", registry.narrower(concept.id)),
        ("이것을 구성 요소로 가진 개념", concept.part_of),
        ("구성 요소", registry.parts(concept.id)),
        ("함께 보기", concept.related + tuple(c.id for c in registry.concepts if concept.id in c.related)),
    ]
    lines, shown = ["## 관련 개념", ""], set()
    for label, ids in groups:
        ids = [i for i in dict.fromkeys(ids) if i not in shown]
        shown.update(ids)
        if ids:
            lines.append(f"- **{label}**: " + ", ".join(_link(registry.get(i)) for i in ids))
    return lines + [""] if len(lines) > 2 else []


def render_concept_index(
    coverages: dict[str, ConceptCoverage], registry: ConceptRegistry, note_count: int
) -> str:
    lines = [
        "---",
        "title: 개념",
        "---",
        "",
        "# 개념",
        "",
        f"노트 {note_count}개에 되풀이되는 주제 {len(registry.concepts)}개입니다. 개념 페이지는 그 주제를 다룬 "
        "모든 노트의 해당 부분을 한곳에 모으고, 각 부분에서 원래 노트로 이어집니다.",
        "",
    ]
    if not registry.concepts:
        lines += ["`docs/concepts.yml`에 개념이 없습니다.", ""]
    for _, family, members in _families(registry):
        lines += [f"## {family}", "", *_concept_table(members, coverages)]
    return "\n".join(lines)


def render_family_pages(coverages: dict[str, ConceptCoverage], registry: ConceptRegistry) -> dict[str, str]:
    """{path: Markdown} of a page per family that has concepts: its concepts as the concept index lists
    them, and how many notes cover any of them."""
    pages = {}
    for family_id, family, members in _families(registry):
        notes = {n.note.src_path for c in members for n in coverages[c.id].notes}
        names = ", ".join(c.name for c in members)
        path = family_path(family_id)
        up = _relative(CONCEPTS_DIR, posixpath.dirname(path)) + "/"  # from the page to concepts/
        pages[path] = "\n".join([
            "---",
            f"title: {_yaml_text(family)}",
            f"description: {_yaml_text(f'{family}: 개념 {len(members)}개 ({names})')}",
            "---",
            "",
            f"# {escape_markdown(family)}",
            "",
            f"개념 {len(members)}개, 이 개념들을 다룬 노트 {len(notes)}개입니다. 개념 이름을 누르면 그 개념을 "
            f"다룬 모든 노트의 해당 부분을 모은 페이지로 갑니다. [모든 개념]({up}index.md)",
            "",
            *_concept_table(members, coverages, up),
        ])  # fmt: skip
    return pages


def _families(registry: ConceptRegistry) -> list[tuple[str, str, list[Concept]]]:
    """(id, name, concepts) of each family that has concepts, in the registry's order."""
    members: dict[str, list[Concept]] = {}
    for concept in registry.concepts:
        members.setdefault(concept.family, []).append(concept)
    return [(family_id, family, members[family_id]) for family_id, family in registry.families if family_id in members]


def _concept_table(members: list[Concept], coverages: dict[str, ConceptCoverage], up: str = "") -> list[str]:
    """The concepts as rows of name, English name, notes and summary; `up`: from the page to concepts/."""
    lines = ['<div class="kb-concept-table" markdown>', ""]  # narrower on phones
    lines += ["| 개념 | 영어 | 노트 | 요약 |", "| --- | --- | ---: | --- |"]
    for concept in members:
        cells = [_link(concept, concept.title, up), concept.en, str(len(coverages[concept.id].notes)), concept.summary]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return lines + ["", "</div>", ""]


def _link(concept: Concept, text: str | None = None, up: str = "") -> str:
    return f"[{escape_markdown(text or concept.name)}]({up}{concept.id}.md)"


def _passage_target(note_link: str, passage: Passage) -> str:
    """`<../notes/x.md#anchor>`: the note's link (in angle brackets) led to the passage's section."""
    return f"{note_link[:-1]}#{passage.anchor}>" if passage.anchor else note_link


@lru_cache(maxsize=65536)
def _relative(target: str, start_dir: str) -> str:
    return posixpath.relpath(target, start_dir)


def _url(relative: str) -> str:
    return f"<{relative}>"


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
