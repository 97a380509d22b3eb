"""Find concept names in text, however a note spells them.

One regular expression for all aliases, built as a trie so a scan tests one character class per position
instead of every alias. Between the words of an alias any run of spaces, hyphens or slashes may stand, or
none ("Auto Encoder", "Auto-Encoder", "Autoencoder"); case is ignored; a plural -s may follow a Latin
name. A name must not continue a word on its left (R-CNN is not CNN: it is an alias of its own, and the
longest alias at a place wins), and must not be followed by a Latin letter or digit, while Korean
particles may follow (`LSTM은`, `CNN에서`). Nor may it be glued to a word by `_`: `warmup_steps` and
`lstm_layer` are identifiers, not mentions.

A concept's `homonyms` ("anomaly detection", "pip install transformers") are in the same trie, owned by no
concept: where one stands, the longest match is it, and the name inside it is not read. A homonym that is a
Korean name made an adjective (`일반화된`, `일반화한`: "generalized") is that word only, followed by no
syllable: `일반화된다` still names the concept. A concept's `weak`
names (common words: "Convolution", "Detection") are found only when asked for (`spans(weak=True)`): the
passage finder reads them as a whole heading or a defined list item, never inside other text. A weak name
that capitals set apart from a word (`mAP`) is that name only with a capital after its first letter
(`mAP`, `MAP`): `⭐ map` is the word.

`typo(text)` finds a Latin name of 5 letters or more written with one letter wrong, missing, extra or two
swapped ("Atention", "Detecion"), for headings that name nothing as written. Never an acronym's (one letter
off ALBERT is the word "Alert"), and a letter missing or extra only where both words have 6 letters or more
("Bridge" is no "Ridge").
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from hooks.kb.concepts.definitions import ConceptRegistry, alias_key

_SEP = "\x00"  # a word boundary inside an alias, in the trie
_WORD_END = "\x01"  # in the trie: no Korean syllable may follow (the word ends here)
# A Korean name made an adjective (`일반화된 수식`, `일반화한 형태`: a formula made more general): a homonym
# written so is that word alone; `일반화된다` (a model generalizes), the verb of a sentence, still names the
# concept, and so do its particles (`일반화가`).
_ADNOMINAL = ("된", "한")
# In the trie: an English gloss in parentheses between a name and its adjective ending, as notes write it
# ("일반화(Generalize)한 것"): the same adjective.
_GLOSS = "\x02"
_GLOSS_RE = r"\s*\([^()\n]{1,40}\)"
_SEP_RE = r"[\s\-/·_]*"
_WORDS = re.compile(r"[\s\-_·]+")


@dataclass(frozen=True)
class AliasMatch:
    concept: str
    start: int
    end: int


class AliasMatcher:
    # A note's own names (`with_names`): words it glosses with a concept's name, read as that name in it
    _extra: re.Pattern | None = None
    _extra_owner: dict[str, str] = {}

    def __init__(self, registry: ConceptRegistry):
        self.registry = registry
        self._owner: dict[str, str] = {}
        self._weak: set[str] = set()  # keys of weak names
        self._cased: set[str] = set()  # keys of weak names whose case tells them from a word (`mAP`, not `map`)
        self._spelled: dict[str, str] = {}
        self._weak_spelled: dict[str, bool] = {}
        spellings: list[str] = []
        for concept in registry.concepts:
            for alias in concept.all_names:
                self._owner[alias_key(alias)] = concept.id
                spellings.append(_spelling(alias))
            self._weak.update(alias_key(w) for w in concept.weak)
            self._cased.update(alias_key(w) for w in concept.weak if _mixed_case(w))
        for phrase in (p for concept in registry.concepts for p in concept.homonyms):
            adjective = phrase[-1:] in _ADNOMINAL and bool(self._owner.get(alias_key(phrase[:-1])))
            self._owner.setdefault(alias_key(phrase), "")
            spellings.append(_spelling(phrase) + (_WORD_END if adjective else ""))
            if adjective:
                spellings.append(_spelling(phrase[:-1]) + _GLOSS + phrase[-1] + _WORD_END)
        self._typos = _TypoIndex(registry)
        self._spellings = spellings

    # The one pattern of every name is made when a text is first scanned: a build whose notes' results are
    # all in the build cache scans none (0.1-0.2 s of a 200-note warm build, twice: the concepts' and the
    # search's synonyms).
    @functools.cached_property
    def _trie(self) -> dict:
        return _build_trie(self._spellings)

    @functools.cached_property
    def _firsts(self) -> frozenset[str]:
        return frozenset(self._trie) | frozenset(c.upper() for c in self._trie)

    @functools.cached_property
    def _template(self) -> str:
        trie = self._trie
        body = _trie_pattern(trie) if self._spellings else r"(?!)"
        firsts = re.escape("".join(sorted(trie))) or "\x00"
        # Scanning lowered text without IGNORECASE, behind a one-class lookahead, is about 4x faster.
        # A name glued to a word by `_` is part of an identifier (`warmup_steps`, `my_lstm`), no mention; an
        # underscore with no word beyond it is Markdown's emphasis (`_LSTM_`).
        return (
            rf"(?<![0-9A-Za-z가-힣])(?<![0-9A-Za-z가-힣]_)(?=[{firsts}])(?:{body})(?:(?<=[a-z])s)?"
            r"(?![0-9A-Za-z])(?!_[0-9A-Za-z가-힣])"
        )

    @functools.cached_property
    def _pattern(self) -> re.Pattern:
        return re.compile(self._template)

    @functools.cached_property
    def _any_case(self) -> re.Pattern:  # rare, and 0.1 s to compile
        return re.compile(self._template, re.IGNORECASE)

    def _scan(self, text: str):
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered, self._pattern
        return text, self._any_case  # a few characters change length when lowered

    def find(self, text: str) -> list[AliasMatch]:
        """Every concept name in `text`, left to right, the longest at each place."""
        return [AliasMatch(concept, start, end) for concept, start, end in self.spans(text)]

    def spans(self, text: str, weak: bool = False) -> list[tuple[str, int, int]]:
        """(concept, start, end) of every name in `text`, as `find` gives them, without building matches.
        Weak names only with `weak=True` (then `is_weak` tells them apart)."""
        scanned, pattern = self._scan(text)
        spelled, concept_of = self._spelled, self._concept_of
        found = []
        for match in pattern.finditer(scanned):
            name = match.group(0)
            concept = spelled.get(name) or concept_of(name)  # "" (no concept) is rare: looked up again
            if concept and (weak or not self.is_weak(name)):
                if self._word_not_name(name, text[match.start() : match.end()]):
                    continue  # `⭐ map`: the word, not mAP
                found.append((concept, match.start(), match.end()))
        if self._extra is not None:
            found = self._with_own_names(text, found)
        return found

    def with_names(self, names: dict[str, str]) -> AliasMatcher:
        """This matcher also reading each word of `names` as the name of its concept (a note's glosses:
        `concepts/glosses.py`); a registry's name that holds the word still wins where it stands (`배치 정규화`)."""
        if not names:
            return self
        view = copy.copy(self)
        words = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
        view._extra = re.compile(rf"(?<![0-9A-Za-z가-힣])(?:{words})(?![0-9A-Za-z])")
        view._extra_owner = dict(names)
        return view

    def _with_own_names(self, text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        own = [
            (self._extra_owner[m.group(0)], m.start(), m.end())
            for m in self._extra.finditer(text)
            if not any(start < m.end() and m.start() < end for _, start, end in found)
        ]
        return sorted(found + own, key=lambda span: span[1]) if own else found

    def without(self, acronyms: Iterable[str]) -> AliasMatcher:
        """This matcher reading none of `acronyms` as a name: a note's own acronyms (`concepts/acronyms.py`)."""
        if not acronyms:
            return self
        view = copy.copy(self)
        view._spelled = {**self._spelled, **{s: "" for a in acronyms for s in (a, a.lower(), a.lower() + "s")}}
        return view

    def is_weak(self, spelled: str) -> bool:
        """True when `spelled` (a name as found) is one of a concept's weak names."""
        if not self._weak:
            return False
        known = self._weak_spelled.get(spelled)
        if known is None:  # the same spellings come back in every note: key each one once
            key = alias_key(spelled)
            known = self._weak_spelled[spelled] = key in self._weak or (key[-1:] == "s" and key[:-1] in self._weak)
        return known

    def _word_not_name(self, name: str, written: str) -> bool:
        """A weak name whose case sets it apart from a word (`mAP`) written as that word (`map`, `Map`)."""
        return (
            bool(self._cased)
            and self.is_weak(name)
            and alias_key(name) in self._cased
            and not any(ch.isupper() for ch in written[1:])
        )

    def typo(self, text: str) -> list[Typo]:
        """Names in `text` written with one typo (Latin names of 5 letters or more), longest first."""
        return self._typos.find(text)

    def _concept_of(self, spelled: str) -> str | None:
        known = self._spelled.get(spelled)
        if known is None:  # the same spellings come back in every note: key each one once
            key = alias_key(spelled)  # a homonym's is "": no concept, whatever its last letter left off names
            known = self._owner[key] if key in self._owner else self._owner.get(alias_key(spelled[:-1])) or ""
            self._spelled[spelled] = known
        return known or None

    def concepts_in(self, text: str) -> tuple[str, ...]:
        """The concepts named in `text`, in order of first appearance (no positions: faster)."""
        if self._extra is not None:
            return tuple(dict.fromkeys(concept for concept, _, _ in self.spans(text)))
        scanned, pattern = self._scan(text)
        spellings = pattern.findall(scanned)
        if not spellings:
            return ()
        known = self._spelled
        named = (
            known.get(spelled) or self._concept_of(spelled)
            for spelled in spellings
            if not self.is_weak(spelled)
        )
        return tuple(dict.fromkeys(c for c in named if c))

    def opening(self, text: str) -> AliasMatch | None:
        """The concept named at the very start of `text`, if any."""
        if self._extra is not None and (own := self._extra.match(text)):
            found = self.spans(text[: own.end() + 40])
            if found and found[0][1] == 0:
                return AliasMatch(found[0][0], 0, found[0][2])
        if text[:1] not in self._firsts:  # most lines open with a word no name starts with
            return None
        scanned, pattern = self._scan(text)
        match = pattern.match(scanned)
        if match is None or self._word_not_name(match.group(0), text[: match.end()]):
            return None
        concept = self._concept_of(match.group(0))
        return AliasMatch(concept, 0, match.end()) if concept else None


def _mixed_case(name: str) -> bool:
    """Capitals after the first letter of a name that also has small letters: `mAP`, not `Detection` or `BN`."""
    return any(ch.isupper() for ch in name[1:]) and any(ch.islower() for ch in name)


def _spelling(alias: str) -> str:
    words = _WORDS.split(alias.casefold().strip())
    return _SEP.join(w for w in words if w)


@dataclass(frozen=True)
class Typo:
    concept: str
    start: int
    end: int
    written: str  # as the note has it
    meant: str  # the name it is one typo from


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_ALNUM_WORD = re.compile(r"[A-Za-z0-9]+")
_PROPER = re.compile(r"[a-z][A-Z]|\d")  # a model's name (CamelCase, a version), not a word one mistypes
_MIN_TYPO = 5
_ACRONYM = 5  # a word of capitals this short inside a name is an acronym: AR, GAN, LSTM, YOLO
_MIN_TYPO_LENGTH_CHANGE = 6  # a short word with a letter more or less is another word more often than a typo
# Word endings that make another English word of a name ("Transformed", "Encoded"), not a typo of it.
_INFLECTIONS = ("ed", "ing", "ly", "er", "es")


class _TypoIndex:
    """Latin names of 5 letters or more that are words (not CamelCase model names or versions), by
    themselves and with each one letter deleted: a word is one typo from a name when some one-letter deletion
    of each meets (Damerau distance 1, checked after)."""

    def __init__(self, registry: ConceptRegistry):
        self.names: dict[str, tuple[str, str]] = {}  # key -> (concept, the name as written in the registry)
        self.words: dict[str, int] = {}  # key -> how many words the name has: a typo keeps them all
        self.deleted: dict[str, set[str]] = {}
        self._seen: dict[str, list[Typo]] = {}
        for concept in registry.concepts:
            for alias in concept.all_names:
                key = alias_key(alias)
                if _PROPER.search(alias) or alias.isupper():
                    # EfficientNet, YOLOv1: one letter off is another model (EfficientDet, YOLOv7); ALBERT, DCGAN:
                    # one letter off an acronym is a word or another acronym ("Alert" from ALBERT)
                    continue
                if len(key) >= _MIN_TYPO and key.isascii() and key.isalnum() and key not in self.names:
                    self.names[key] = (concept.id, alias)
                    self.words[key] = len(_ALNUM_WORD.findall(alias))
        for key in self.names:
            for variant in _deletions(key):
                self.deleted.setdefault(variant, set()).add(key)

    def find(self, text: str) -> list[Typo]:
        if text in self._seen:
            return self._seen[text]
        words = [(m.start(), m.end(), m.group(0).casefold()) for m in _LATIN_WORD.finditer(text)]
        found: list[Typo] = []
        used: set[int] = set()
        for size in (3, 2, 1):  # the longest run of words first: "Self-Atention" before "Atention"
            for i in range(len(words) - size + 1):
                run = range(i, i + size)
                if used.intersection(run) or not _adjacent(text, words, i, size):
                    continue
                key = alias_key("".join(words[j][2] for j in run))  # as the names are keyed: no plural -s
                meant = self._nearest(key, size)
                start, end = words[i][0], words[i + size - 1][1]
                if meant and not _another_acronym(text[start:end], self.names[meant][1]):
                    concept, name = self.names[meant]
                    found.append(Typo(concept, start, end, text[start:end], name))
                    used.update(run)
        self._seen[text] = found
        return found

    def _nearest(self, key: str, size: int) -> str | None:
        if len(key) < _MIN_TYPO or key in self.names:
            return None
        candidates = set(self.deleted.get(key, ()))
        for variant in _deletions(key):
            if variant in self.names:
                candidates.add(variant)
            candidates.update(self.deleted.get(variant, ()))
        for name in sorted(candidates):
            if (
                self.words[name] == size
                and _one_edit(key, name)
                and (len(key) == len(name) or min(len(key), len(name)) >= _MIN_TYPO_LENGTH_CHANGE)
                and not any(key.endswith(e) and not name.endswith(e) for e in _INFLECTIONS)
            ):
                return name
        return None


def _another_acronym(written: str, name: str) -> bool:
    """The letter that differs is in a short word of capitals, the note's or the name's: "AI Model" is no
    typo of "AR Model", one letter off an acronym is another acronym (as for names all in capitals)."""
    ours, theirs = _ALNUM_WORD.findall(written), _ALNUM_WORD.findall(name)
    return len(ours) == len(theirs) and any(
        a.casefold() != b.casefold() and any(w.isupper() and len(w) <= _ACRONYM for w in (a, b))
        for a, b in zip(ours, theirs, strict=True)
    )


def _adjacent(text: str, words, i: int, size: int) -> bool:
    """The words of a run are separated only by spaces or hyphens (`Self-Atention`, `Batch Normalizaton`)."""
    return all(not text[words[j][1] : words[j + 1][0]].strip(" -_") for j in range(i, i + size - 1))


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1: one letter changed, added, removed, or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _build_trie(spellings: Iterable[str]) -> dict:
    root: dict = {}
    for spelling in spellings:
        node = root
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _trie_pattern(node: dict) -> str:
    """A regex matching every spelling in the trie; longer branches are tried before an end here."""
    branches = []
    ends_here = "" in node
    for char in sorted(k for k in node if k):
        rest = _trie_pattern(node[char]) if node[char] else ""
        head = {_SEP: _SEP_RE, _WORD_END: "(?![가-힣])", _GLOSS: _GLOSS_RE}.get(char) or re.escape(char)
        branches.append(head + rest)
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends_here else group
