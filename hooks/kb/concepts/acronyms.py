"""Acronyms a note spells out as something else than the concept they name elsewhere.

A recommender-system note writes `Approximate Nearest Neighbor (ANN)` and then `ANN` throughout: there ANN
is no artificial neural network, though `ANN` is that concept's alias. A note spells an acronym out as
`Long Form (ABC)` or `ABC (Long Form)`, the words' initials giving its letters (`Long Short-Term Memory
(LSTM)`: a hyphen parts words too); when no name of the concept the acronym names has the same words (each
word compared by its first three letters, so `Artifical Neural Net (ANN)` is still the concept) while one
of them spells the acronym out (`AUC`, whose names do not, is left as it was), the acronym is that note's own word, and `redefined_acronyms` returns it: the note's names are read without it
(`AliasMatcher.without`), for its passages and for the links on its page.
A note also glosses a term the registry's glossary knows as no concept with an acronym of a concept (`Fully
connected layer(FCN layer)`, `완전 연결층 (FCN)`): there the acronym is that term, if it takes its letters from
the term's English words (`차원 축소 (PCA)` heads PCA's own section).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hooks.kb.concepts.aliases import AliasMatcher

_SHORT = r"[A-Z][A-Za-z]{1,6}"
_IN_PARENTHESES = re.compile(rf"\([ \t]*(?P<short>{_SHORT})[ \t]*\)")  # `Long Form (ABC)`
# `ABC (Long Form)`: found from its parenthesis (a pattern opening on the letters tried every place of a page)
_PARENTHESES = re.compile(r"\((?P<long>[^()\n<]{3,80})\)")
_SHORT_BEFORE = re.compile(rf"(?<![\w-])(?P<short>{_SHORT})\Z")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w'’]*[ \t\-]+)*[A-Za-z][\w'’]*[ \t]*$")  # the words that end a text
_PARTS = re.compile(r"[ \t\-]+")
_PREFIX = 3  # letters of a word compared: typos and plurals (`Networks`, `Net`) keep the word
_WINDOW = 80  # characters before `(ABC)` its words are looked for in
# words a name may have or leave out (`Area Under the Curve`, written `Area Under Curve (AUC)`)
_SMALL = frozenset(["a", "an", "the", "of", "for", "and", "to", "in", "on", "by", "with", "from"])
# `Fully connected layer(FCN layer)`: an acronym, maybe with the head noun the words before end with
_GLOSSING = re.compile(rf"\([ \t]*(?P<short>{_SHORT})(?:[ \t]+[A-Za-z가-힣]+)?[ \t]*\)")


def redefined_acronyms(text: str, matcher: AliasMatcher) -> frozenset[str]:
    """The acronyms (as written) that `text` spells out as words no name of their concept has."""
    if "(" not in text:
        return frozenset()
    found: set[str] = set()
    spelled: list[tuple[str, str, bool]] = [
        (m["short"], _WORDS_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start()), True)
        for m in _IN_PARENTHESES.finditer(text)
    ]
    for m in _PARENTHESES.finditer(text):
        end = m.start()
        while end and text[end - 1] in " \t":
            end -= 1
        if before := _SHORT_BEFORE.search(text, max(0, end - 7), end):
            spelled.append((before["short"], m["long"], False))
    found.update(_glossing_acronyms(text, matcher))
    for short, long, last in spelled:
        if long is None or short in found or not short.isupper() and sum(c.isupper() for c in short) < 2:
            continue
        spans = matcher.spans(short, weak=True)
        if len(spans) != 1 or spans[0][1:] != (0, len(short)):
            continue  # the acronym names no concept
        words = _spelled_out(long if isinstance(long, str) else long.group(0), short, last)
        if words and not _names_concept(words, short, matcher.registry.get(spans[0][0]).all_names):
            found.add(short)
    return frozenset(found)


def _spelled_out(long: str, short: str, last: bool) -> list[str] | None:
    """The words of `long` whose initials spell `short` (the last ones before `(ABC)`, the first ones inside
    `ABC (...)`), or None when they do not: a parenthesis that spells nothing out."""
    parts = [p for p in _PARTS.split(long) if p]
    letters = short.casefold()
    if len(parts) < len(letters):
        return None
    words = parts[-len(letters) :] if last else parts[: len(letters)]
    if "".join(w[0] for w in words).casefold() != letters:
        return None
    return [w.casefold() for w in words]


def _names_concept(words: list[str], short: str, names: tuple[str, ...]) -> bool:
    """Whether `words` spell out a name of the concept; also when the concept has no name spelling `short`
    out (`AUC`, `BLEU`: the registry cannot tell another meaning from its own)."""
    words = [w for w in words if w not in _SMALL]
    spelled = False
    for name in names:
        every = [p for p in _PARTS.split(name.casefold()) if p]
        parts = [p for p in every if p not in _SMALL]
        if short.casefold() in ("".join(p[0] for p in every), "".join(p[0] for p in parts)):
            spelled = True
        if len(parts) == len(words) and all(p[:_PREFIX] == w[:_PREFIX] for p, w in zip(parts, words, strict=True)):
            return True
    return not spelled


def _glossing_acronyms(text: str, matcher: AliasMatcher) -> set[str]:
    """Acronyms of concepts that gloss a term of the glossary, words that name no concept (`Fully connected
    layer(FCN layer)`): in this note the acronym is that term. Only a term of two words or more, which says
    what it is; one word (`회귀`, `encoder`) may be the setting the acronym is named in. And only an acronym
    taking its letters from the term's words, or from those of an English word of the term's group (`완전 연결층
    (FCN)`, `fully connected layer`): `차원 축소 (PCA)`, `Hidden State (RNN)` head the concept's section."""
    terms = _glossary_terms(matcher.registry.glossary)
    found: set[str] = set()
    for m in _GLOSSING.finditer(text):
        short = m["short"]
        if short in found or not short.isupper():
            continue
        before = _PARTS.sub(" ", text[max(0, m.start() - _WINDOW) : m.start()].casefold()).rstrip()
        if not any(
            before.endswith(term)
            and (len(before) == len(term) or not before[-len(term) - 1].isalnum())
            and _initials_fit(short, spellings)
            for term, spellings in terms.items()
        ):
            continue
        spans = matcher.spans(short, weak=True)
        if len(spans) == 1 and spans[0][1:] == (0, len(short)):
            found.add(short)
    return found


def _initials_fit(short: str, spellings: tuple[str, ...]) -> bool:
    """The acronym opens with the initials of one spelling's words, or of all but its head noun, two letters
    at least (`FCN`: `fully connected layer`)."""
    short = short.casefold()
    for spelling in spellings:
        initials = "".join(w[0] for w in spelling.split() if w not in _SMALL)
        if any(len(i) >= 2 and short.startswith(i) for i in (initials, initials[:-1])):
            return True
    return False


@lru_cache(maxsize=4)
def _glossary_terms(glossary: tuple[tuple[str, ...], ...]) -> dict[str, tuple[str, ...]]:
    """The glossary's terms of two words or more, casefolded, their spaces and hyphens one space, each with
    the Latin spellings of its group (its own, if it is one) whose initials an acronym of it would take."""
    terms: dict[str, tuple[str, ...]] = {}
    for group in glossary:
        words = [_PARTS.sub(" ", w.casefold()).strip() for w in group]
        latin = tuple(w for w in words if w.isascii() and " " in w)
        for w in words:
            if " " in w:
                terms[w] = tuple(dict.fromkeys((w, *latin))) if w.isascii() else latin
    return terms
