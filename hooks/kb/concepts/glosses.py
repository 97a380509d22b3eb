"""Korean words a note glosses with a concept's English name, which are that concept's names in that note.

`정규화` is two things in Korean study notes: regularization (Dropout, weight decay) and normalization (batch
normalization, scaling a feature), so the registry gives it to neither. A note that writes
`정규화(Regularization)` says which it means: in that note `정규화 기법` is about regularization, and so is every
`정규화` it writes. `glossed_names` finds such glosses, a Korean word and one English word in brackets, where the
English is a whole name of one concept (not an acronym, not a weak name: `(CNN)` after `모델` says the model
used, not what 모델 means) and the Korean word is a noun that names nothing yet, alone or with the word before
it; a word glossed as two concepts in one note is neither. One word for one: `위치 정보 처리 (Positional
Encoding)` glosses the phrase, not `처리`.
`AliasMatcher.with_names` reads the note so.
"""

from __future__ import annotations

import re

from hooks.kb.concepts.aliases import AliasMatcher

# `정규화(Regularization)`, `정규화 (regularization)`: one English word in brackets (looked for first: a note has
# few), after a Korean word (and the one before it, to see whether the two are a name: `가중치 감쇠(Weight Decay)`)
_ENGLISH = re.compile(r"\([ \t]*([A-Za-z][a-z]{5,30})[ \t]*\)")
_KOREAN_BEFORE = re.compile(r"(?:(?<![0-9A-Za-z가-힣])([가-힣]{1,8}) )?(?<![0-9A-Za-z가-힣])([가-힣]{2,8})[ \t]*\Z")
# A word ending as a particle or a verb does (`2배로 늘리는(upsampling)`): a phrase, not a name
_NOT_A_NOUN = re.compile(r"(?:는|은|을|를|이|가|의|에|로|한|된|던|고|며|서|도)$")
# Words too general to stand for one concept whatever a note glosses them with
_GENERAL = frozenset(["모델", "방법", "기법", "함수", "구조", "개념", "문제", "알고리즘", "네트워크", "학습", "데이터", "과정", "방식"])


def glossed_names(text: str, matcher: AliasMatcher) -> dict[str, str]:
    """{Korean word: concept id} for the words `text` glosses with one concept's whole English name."""
    if "(" not in text:
        return {}
    found: dict[str, set[str]] = {}
    for gloss in _ENGLISH.finditer(text):
        match = _KOREAN_BEFORE.search(text, max(0, gloss.start() - 20), gloss.start())
        if match is None:
            continue
        before, word, english = match.group(1), match.group(2), gloss.group(1)
        if word in _GENERAL or _NOT_A_NOUN.search(word) or matcher.spans(word, weak=True):
            continue
        if before and matcher.spans(f"{before} {word}"):
            continue  # a general word, or one that names a concept already, alone or with the word before it
        named = matcher.opening(english)
        whole = named is not None and named.end == len(english) and not matcher.is_weak(english)
        # a gloss naming no concept (`정규화(Normalization)`) is another meaning of the word in this note
        found.setdefault(word, set()).add(named.concept if whole else "")
    return {word: concept for word, (concept, *others) in found.items() if concept and not others}
