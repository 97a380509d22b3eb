"""The concept registry (docs/concepts.yml): which topics get a page, their names, aliases and relations.

The file is the site's own, not a student's note, so a mistake in it is an error that names the file and
line (`ConceptFileError`), and the strict build fails. The schema is documented at the top of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import yaml

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEYS = {
    "id",
    "name",
    "ko",
    "en",
    "aliases",
    "family",
    "summary",
    "kind_of",
    "part_of",
    "related",
    "exclude_if",
    "weak",
    "homonyms",
    "formerly",
}
_REQUIRED = ("id", "ko", "en", "family", "summary")


class ConceptFileError(ValueError):
    """A defect in the concept registry, with the file and line it is on."""

    def __init__(self, path: str, line: int, what: str):
        self.path, self.line, self.what = path, line, what
        super().__init__(f"{path}:{line}: {what}" if line else f"{path}: {what}")


@dataclass(frozen=True)
class Concept:
    id: str
    name: str
    ko: str
    en: str
    family: str
    summary: str
    aliases: tuple[str, ...] = ()
    kind_of: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    exclude_if: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()  # common words: a name only as a whole heading or a defined item
    homonyms: tuple[str, ...] = ()  # phrases holding a name that mean something else
    formerly: tuple[str, ...] = ()  # ids it was published under: concepts/<old id>/ leads here

    @property
    def all_names(self) -> tuple[str, ...]:
        """Every spelling that names this concept: name, English, Korean, the aliases, then the weak ones."""
        return tuple(dict.fromkeys((self.name, self.en, self.ko, *self.aliases, *self.weak)))

    @property
    def title(self) -> str:
        return f"{self.name} · {self.ko}"

    def excludes(self, text: str) -> bool:
        """True when `text` is about a homonym (Keras' Sequential API is not a sequence model)."""
        if not self.exclude_if:
            return False
        lowered = text.casefold()
        return any(phrase.casefold() in lowered for phrase in self.exclude_if)


@dataclass(frozen=True)
class ConceptRegistry:
    concepts: tuple[Concept, ...]
    families: tuple[tuple[str, str], ...] = ()  # (id, Korean name), in display order
    # terms that are no concept but are searched in either language: (마르코프, Markov), (과적합, overfitting)
    glossary: tuple[tuple[str, ...], ...] = ()
    by_id: dict[str, Concept] = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "by_id", {c.id: c for c in self.concepts})

    def get(self, concept_id: str) -> Concept:
        return self.by_id[concept_id]

    def synonym_groups(self) -> tuple[tuple[str, ...], ...]:
        """Every group of words that mean the same to a reader: each concept's names, then the glossary's
        groups. A query for one word of a group also finds the others (Korean finds English, and back)."""
        return tuple(c.all_names for c in self.concepts) + self.glossary

    @cached_property
    def _broader(self) -> dict[str, frozenset[str]]:
        return {c.id: _closure(c.id, lambda i: self.by_id[i].kind_of) for c in self.concepts}

    @cached_property
    def _wholes(self) -> dict[str, frozenset[str]]:
        return {c.id: _closure(c.id, lambda i: self.by_id[i].part_of) for c in self.concepts}

    def broader(self, concept_id: str) -> frozenset[str]:
        """Every concept this one is a kind of, transitively (LSTM -> RNN -> sequential model)."""
        return self._broader[concept_id]

    def wholes(self, concept_id: str) -> frozenset[str]:
        """Every concept this one is a part of, transitively (deconvolution -> FCN)."""
        return self._wholes[concept_id]

    def narrower(self, concept_id: str) -> tuple[str, ...]:
        """The concepts that are directly a kind of this one."""
        return tuple(c.id for c in self.concepts if concept_id in c.kind_of)

    def parts(self, concept_id: str) -> tuple[str, ...]:
        return tuple(c.id for c in self.concepts if concept_id in c.part_of)

    def most_specific(self, ids) -> tuple[str, ...]:
        """Drop every concept that is broader than another one in `ids`, keeping order."""
        ids = tuple(dict.fromkeys(ids))
        return tuple(i for i in ids if not any(i in self.broader(j) for j in ids if j != i))


def _closure(start: str, step) -> frozenset[str]:
    seen: set[str] = set()
    todo = list(step(start))
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(step(current))
    return frozenset(seen)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Keeps each mapping's line, so an error can say where the concept is. libyaml's parser when PyYAML
    has it: the pure-Python one took 0.3 s of a build for 165 concepts."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def load_concepts(source: str, path: str = "docs/concepts.yml") -> ConceptRegistry:
    """Parse and validate the registry; raise `ConceptFileError` naming the file and line."""
    try:
        data = yaml.load(source, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConceptFileError(path, mark.line + 1 if mark else 0, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
        raise ConceptFileError(path, 1, "expected a mapping with a 'concepts' list")
    families = data.get("families") or {}
    if not isinstance(families, dict):
        raise ConceptFileError(path, 1, "'families' must map a family id to its Korean name")
    families.pop("__line__", None)
    concepts = tuple(_concept(entry, path, families) for entry in data["concepts"])
    glossary = _glossary(data.get("glossary"), path)
    registry = ConceptRegistry(concepts, tuple((k, str(v)) for k, v in families.items()), glossary)
    _check_relations(registry, data["concepts"], path)
    return registry


def _glossary(groups, path: str) -> tuple[tuple[str, ...], ...]:
    """`glossary:` is a list of groups, each a list of at least two words for the same thing."""
    if groups is None:
        return ()
    if not isinstance(groups, list):
        raise ConceptFileError(path, 1, "'glossary' must be a list of groups like [과적합, overfitting]")
    out = []
    for group in groups:
        words = [str(w).strip() for w in group if str(w).strip()] if isinstance(group, list) else []
        if len(words) < 2 or not all(isinstance(w, str | int | float) for w in group):
            raise ConceptFileError(path, 1, f"glossary group {group!r} must list two words or more")
        out.append(tuple(dict.fromkeys(words)))
    return tuple(out)


def _concept(entry, path: str, families: dict) -> Concept:
    if not isinstance(entry, dict):
        raise ConceptFileError(path, 0, f"each concept must be a mapping, not {entry!r}")
    entry = dict(entry)
    line = entry.pop("__line__", 0)
    label = f"concept '{entry.get('id', '?')}'"
    for key in sorted(set(entry) - _KEYS):
        raise ConceptFileError(
            path, line, f"{label}: unknown key '{key}' (known: {', '.join(sorted(_KEYS))})"
        )
    for key in _REQUIRED:
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ConceptFileError(path, line, f"{label}: '{key}' is missing or not a text")
    if not _ID.match(entry["id"]):
        raise ConceptFileError(path, line, f"{label}: id must be lowercase English words joined by '-'")
    if entry["family"] not in families:
        raise ConceptFileError(path, line, f"{label}: family '{entry['family']}' is not under 'families'")
    lists = {}
    for key in ("aliases", "kind_of", "part_of", "related", "exclude_if", "weak", "homonyms", "formerly"):
        value = entry.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
            raise ConceptFileError(path, line, f"{label}: '{key}' must be a list of texts")
        lists[key] = tuple(str(v).strip() for v in value if str(v).strip())
    return Concept(
        id=entry["id"],
        name=str(entry.get("name") or entry["en"]).strip(),
        ko=entry["ko"].strip(),
        en=entry["en"].strip(),
        family=entry["family"],
        summary=entry["summary"].strip(),
        **lists,
    )


def _check_relations(registry: ConceptRegistry, entries: list, path: str) -> None:
    lines = {e.get("id"): e.get("__line__", 0) for e in entries if isinstance(e, dict)}
    seen: dict[str, str] = {}
    owner: dict[str, str] = {}
    for concept in registry.concepts:
        line = lines.get(concept.id, 0)
        if concept.id in seen:
            raise ConceptFileError(path, line, f"concept id '{concept.id}' appears twice")
        seen[concept.id] = concept.id
        for key in ("kind_of", "part_of", "related"):
            for target in getattr(concept, key):
                if target not in registry.by_id:
                    raise ConceptFileError(
                        path, line, f"concept '{concept.id}': {key} '{target}' is not a concept id"
                    )
        for alias in concept.all_names:
            key = alias_key(alias)
            if owner.get(key, concept.id) != concept.id:
                raise ConceptFileError(
                    path, line, f"concept '{concept.id}': alias '{alias}' also names '{owner[key]}'"
                )
            owner[key] = concept.id
    former: dict[str, str] = {}
    for concept in registry.concepts:
        for old in concept.formerly:
            line = lines.get(concept.id, 0)
            if not _ID.match(old) or old in registry.by_id:
                raise ConceptFileError(
                    path, line, f"concept '{concept.id}': formerly '{old}' must be an id no concept has now"
                )
            if former.setdefault(old, concept.id) != concept.id:
                raise ConceptFileError(path, line, f"'{old}' is under formerly of '{former[old]}' too")
    for group in registry.glossary:
        for word in group:
            if alias_key(word) in owner:
                raise ConceptFileError(
                    path, 1, f"glossary word '{word}' names concept '{owner[alias_key(word)]}': "
                    "make it an alias there"
                )
    for concept in registry.concepts:
        if concept.id in registry.broader(concept.id) or concept.id in registry.wholes(concept.id):
            raise ConceptFileError(
                path, lines.get(concept.id, 0), f"concept '{concept.id}' is its own ancestor"
            )


_KEY_SEPARATORS = re.compile(r"[\s\-_·/]+")


def alias_key(text: str) -> str:
    """How two spellings compare: case, spaces, hyphens and a plural -s ignored."""
    key = _KEY_SEPARATORS.sub("", text.casefold())
    return key[:-1] if len(key) > 3 and key.endswith("s") and key[-2].isascii() else key
