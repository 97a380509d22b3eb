"""Topics several notes give a heading of their own that no concept covers yet: candidates for concepts.yml.

A topic label is a heading, a lone label line, a bold list item, or a list item used as one (a short
first line with points under it, or the `Label: ...` / `Label(...)` before a definition). Labels are
compared with case, spacing, numbering, parentheses and a trailing Korean particle ignored.

Left out, since no concept page should be made of them: generic headings (개요, 장단점, Introduction,
3주차, 22일차 학습 정리, 12조, 참고자료, 피어세션, a weekly review's 부족한 점, a study repository's 실습,
요구사항, `[Day 31]`, `Step 2` ...), the glossary's words
(decided to be no concept), labels inside a section already quoted on a concept's page (LSTM's "Forget
gate"), labels that name a concept or are one typo from a name, and labels whose notes all wrote the same
section under them (a post copied, or posted twice: one writing, however many files). `topic_candidates`
returns them all, each with its notes; `candidates_markdown` is the section of the 노트 상태 page that lists
them, each candidate's notes folded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import alias_key
from hooks.kb.concepts.judging import is_question, is_routine
from hooks.kb.concepts.outline import Block, Outline
from hooks.kb.concepts.passages import NoteConcepts, PassageFinder
from hooks.kb.pages.listing import escape_markdown, note_link
from hooks.kb.posts.note import Note
from hooks.kb.posts.registry import NoteRegistry

_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[IVX]+\.)\s*")
_DEFINED = re.compile(r"^(.{2,40}?)\s*(?:[:：(]|\s-\s)")
_DEFINITION_MARK = re.compile(r"[:：(]|\s-\s")  # what _DEFINED needs after a label
_TRAILING_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")
_PARTICLE = re.compile(r"(?<=[A-Za-z0-9)])\s*(?:은|는|이|가|을|를|의|이란|란)$")
_PARTICLES = frozenset("은는이가을를의란")
# `MRC의 종류`, `RNN의 문제점`: a generic part of a topic; the topic is what the label names
_PART_OF = re.compile(r"^(?P<topic>.+?)\s*의\s+(?P<part>\S+)$")
_MAX_WORDS = 5
_SPACES = re.compile(r"\s+")

# Headings any note may have whatever its topic: never a concept of their own.
_GENERIC = frozenset(
    alias_key(word)
    for word in ["개요", "요약", "정리", "학습정리", "학습내용", "강의내용", "강의정리", "강의복습", "복습", "결론", "서론", "본론", "배경", "목표", "학습목표", "문제", "문제점", "해결", "해결방법", "해결책", "한계", "한계점", "장점", "단점", "장단점", "특징", "의의", "구현", "코드", "코드구현", "결과", "실험", "실험결과", "예시", "예제", "정의", "개념", "소개", "참고", "방법", "방법론", "구조", "원리", "아이디어", "핵심아이디어", "주요아이디어", "동작원리", "학습방법", "수식", "증명", "추가", "기타", "메모", "더알아보기", "용어", "용어정리", "들어가며", "마치며", "시작하며", "도입", "질문", "답변", "느낀점", "배운점", "오늘배운것", "이번주", "다음주", "내용", "핵심", "핵심내용", "주요내용", "정리하며", "키워드", "abstract", "introduction", "intro", "background", "relatedwork", "method", "methods", "methodology", "approach", "experiment", "experiments", "result", "results", "discussion", "conclusion", "conclusions", "summary", "overview", "motivation", "problem", "idea", "ideas", "implementation", "code", "example", "examples", "definition", "definitions", "prosandcons", "limitation", "limitations", "architecture", "modelarchitecture", "training", "evaluation", "appendix", "tldr", "reference", "references", "outro", "keyword", "keywords", "furtherreading", "contents", "note", "notes", "todo", "review", "recap", "agenda", "setup", "installation", "usage",
    # a course's weekly review and diary headings (부스트캠프 주간 회고: 부족한 점, 한 주 동안 성장한 부분)
    "주간학습정리", "주간정리", "일일정리", "부족한점", "아쉬운점", "잘한점", "좋았던점", "개선할점", "성장한부분",
    "한주동안성장한부분", "수업관련", "강의복습내용", "강의내용공유", "학습내용공유", "주제", "문제정의", "진행상황",
    "계획", "다짐", "일기", "소감", "이미지없음",
    # a paper review's parts (boostcamp RecSys notes: 문제 제기, 문제 해결 모델, and `- [Paper: 제목](url)`)
    "문제제기", "문제해결", "문제해결모델", "문제해결아이디어", "paper", "논문",
    # a GitHub study repository's sections: what was practised or asked, where it came from, what is next
    "실습", "실습코드", "코드실습", "실습과제", "실습내용", "예제코드", "요구사항", "기능요구사항", "요구조건", "숙제",
    "종류", "목적", "출처", "링크", "준비물", "환경설정", "설치", "설치방법", "실행방법", "사용법", "요약정리",
    "개념정리", "더나아가기", "다음시간", "til", "todayilearned", "lab", "labs", "practice", "assignment",
    "assignments", "exercise", "exercises", "quiz", "퀴즈", "문제풀이", "source", "sources", "links", "next",
    "requirements", "furtherstudy", "challenges",
    # the questions a boostcamp lecture ends with (`# Further Question`), and those sent ahead to a master
    # class (`## 사전 질문`): a section of every such note
    "furtherquestion", "furtherquestions", "사전질문"]
)
_GENERIC_PATTERNS = re.compile(
    r"^(?:\d+\s*(?:[~\-,]\s*\d+\s*)?(?:일차|주차|차시|회차|days?|weeks?)(?![A-Za-z]).*"  # 22일차 학습 정리, 29~33일차 P-stage
    r"|\d+\s*(?:강|장|절|조)|(?:day|week|chapter|ch|lecture|part|level|lv)\s*\.?\s*\d+.*"  # 12조, level2 팀 외부대회
    r"|\d{2,4}[-./]\d{1,2}(?:[-./]\d{1,2})?|[a-z]|\d+|https?\b.*"
    # a day's label in brackets (`[Day 31] - `, `[D+3] 정리`), a numbered exercise (`실습 1`, `Step 2`, `3단계`)
    r"|\[\s*(?:day|week|d|w)\s*[+-]?\s*\d+\s*\].*|(?:실습|과제|숙제|퀴즈|문제|step|lab|quiz|exercise|assignment)\s*\d+\b.*"
    r"|\d+\s*단계.*)$",
    re.I,
)
# A course's stages and its competitions, wherever they stand in a label (`P-stage`, `국방 AI 대회 진행`,
# `외부 대회`, `팀 대회`, `경진대회`): what a cohort did, no concept
_COURSE_ANYWHERE = re.compile(r"(?<![A-Za-z])[pu][\s-]?stage(?![A-Za-z])|대회|competition|datathon", re.I)


@dataclass(frozen=True)
class TopicCandidate:
    label: str  # as the first note wrote it
    notes: tuple[str, ...]  # src_path of each note with such a heading


def topic_label(block: Block) -> str | None:
    """The topic a block is headed by, or None for a block that is not heading-like."""
    plain_item = block.kind == "item" and not block.bold
    if plain_item and block.leaf and not _DEFINITION_MARK.search(block.head):
        return None  # most items of a note: one line of text, no label before a definition
    title = block.title
    if title[:1].isdigit() or title[:1] in "IVX":
        title = _NUMBERING.sub("", title)
    title = title.strip()
    if plain_item:
        defined = _DEFINED.match(title) if _DEFINITION_MARK.search(title) else None
        if defined:
            title = defined.group(1)
        elif block.leaf or len(title.split()) > _MAX_WORDS:
            return None
    if ")" in title:  # the regexes below run only where they can match: most titles end in a word
        title = _TRAILING_PARENTHETICAL.sub("", title)
    title = title.strip(" :?")
    if "의" in title and (part := _PART_OF.match(title)) and alias_key(part.group("part")) in _GENERIC:
        title = part.group("topic")
    if title[-1:] in _PARTICLES:
        title = _PARTICLE.sub("", title)
    return title if 1 < len(title) <= 60 and len(title.split()) <= _MAX_WORDS else None


def is_generic(label: str) -> bool:
    """A heading any note may have (개요, 장단점, Introduction, 3주차, 참고자료): no topic of its own."""
    return (
        alias_key(label) in _GENERIC
        or bool(_GENERIC_PATTERNS.match(label.strip()))
        or bool(_COURSE_ANYWHERE.search(label))
        or is_routine(label)
        or is_question(label)
    )


def topic_candidates(
    notes: Iterable[Note],
    finder: PassageFinder,
    analysed: Mapping[str, tuple[Outline, NoteConcepts]] | None = None,
    min_notes: int = 2,
    kept: Callable[[Note, Callable[[], tuple[tuple[str, int], ...]]], tuple[tuple[str, int], ...]] | None = None,
) -> list[TopicCandidate]:
    """Labels found in at least `min_notes` notes that name no concept, most widespread first. Notes whose
    sections under the label are the same text (a post copied, or posted twice) count once: one writing.
    `analysed`: each note's outline and what the finder found in it, by src_path, when the caller has them;
    `kept(note, labels)`: a note's labels as `labels()` gives them, or as kept from before (a memo)."""
    seen: dict[str, tuple[str, dict[str, int]]] = {}  # key -> (first spelling, {note path: its block})
    analysed = dict(analysed or {})  # with the notes analysed here, each once: labels, then sections
    by_path = {}
    decided = {alias_key(word) for group in finder.registry.glossary for word in group}  # no concept, by choice

    def outline(note: Note) -> tuple[Outline, NoteConcepts]:
        if note.src_path not in analysed:
            analysed[note.src_path] = finder.analyse(note.body, note.title)
        return analysed[note.src_path]

    def labels(note: Note) -> tuple[tuple[str, int], ...]:
        return note_labels(*outline(note), finder.matcher, decided)

    for note in notes:
        by_path[note.src_path] = note
        for label, index in kept(note, lambda note=note: labels(note)) if kept else labels(note):
            seen.setdefault(alias_key(label), (label, {}))[1].setdefault(note.src_path, index)

    def texts(paths: dict[str, int]) -> set[str]:  # only for labels enough notes use: most are one note's
        shapes = {path: outline(by_path[path])[0] for path in paths}
        return {_text(shapes[path], shapes[path].blocks[index]) for path, index in paths.items()}

    found = [
        TopicCandidate(label, tuple(paths))
        for label, paths in seen.values()
        if len(paths) >= min_notes and len(texts(paths)) >= min_notes
    ]
    return sorted(found, key=lambda c: (-len(c.notes), c.label.casefold()))


def note_labels(
    shape: Outline, found: NoteConcepts, matcher: AliasMatcher, decided: set[str]
) -> tuple[tuple[str, int], ...]:
    """(label, block index) of a note's headings and lead lines that name no concept (nor a glossary word
    in `decided`) and are no part of a passage quoted on a concept's page: the note's share of the
    candidates."""
    labels = []
    for index, block in enumerate(shape.blocks):
        if index in found.claimed:
            continue  # a part of a section quoted on a concept's page ("Forget gate" under LSTM)
        label = topic_label(block)
        if label is None or is_generic(label) or alias_key(label) in decided:
            continue
        if matcher.spans(label, weak=True) or matcher.typo(label):
            continue
        labels.append((label, index))
    return tuple(labels)


def _text(shape: Outline, block: Block) -> str:
    """A section's text, spaces folded: copies of one post hold the same."""
    return _SPACES.sub(" ", "\n".join(shape.lines[block.start : block.end])).strip()


def candidates_markdown(registry: NoteRegistry, page_path: str) -> list[str]:
    """The "개념 후보" section of the status page: every candidate, its notes folded under it."""
    found = registry.topic_candidates
    out = [
        "",
        "## 개념 후보",
        "",
        "여러 노트가 제목으로 쓰지만 아직 개념 페이지가 없는 주제입니다. "
        "`docs/concepts.yml`에 개념으로 추가하면 그 노트들을 모은 페이지가 생깁니다. "
        "주제를 누르면 그 제목을 쓴 노트가 보입니다.",
        "",
    ]
    if not found:
        return out + ["없습니다."]
    out += [f"후보 {len(found)}개, 많은 노트가 쓴 것부터:", ""]
    for candidate in found:
        # the <summary> is HTML, read as no Markdown: escaped for HTML only, its `$` kept from the formula step
        label = html.escape(candidate.label, quote=False).replace("$", "&#36;")
        out += [
            '<details class="kb-candidate" markdown>',
            f"<summary>{label} — 노트 {len(candidate.notes)}개</summary>",
            "",
        ]
        out += [f"- {_note_link(registry, path, page_path)}" for path in candidate.notes]
        out += ["", "</details>", ""]
    return out


def _note_link(registry: NoteRegistry, path: str, page_path: str) -> str:
    note = registry.get(path)
    return (
        f"[{escape_markdown(note.title)}](<{note_link(note, page_path)}>)"
        if note
        else f"`{path.replace('`', '')}`"
    )
