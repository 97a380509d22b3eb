"""Material's search index, made to find Korean words: noun stems and concept names as a hidden field.

Material writes `search/search_index.json` as `{"config": {..., "fields": {name: {"boost": b}}}, "docs":
[{"location", "title", "text", ...}]}`, and its worker indexes every field listed in `config.fields` with
lunr, but shows only title and text. So the added words go into one more field, `words`, which lunr
searches and no reader sees:

- in every section, the nouns of its Korean words that the text does not already hold as a word
  (`파라미터` for `파라미터의`, `소실` and `기울기` for `기울기소실을`), so a word is found without its
  particle and a compound by its parts;
- on a concept page, every name and alias of the concept (`판별자`, `Discriminator` for GAN), and a
  boost, so the page about a topic comes first for any of its names.

A concept page's sections quote the notes' passages: the index keeps the page (title, summary, names)
and leaves the quotes out. The notes' own sections are the ones to find; the quotes would double the
index (11 of 23 MB at 1000 notes) and list every passage twice.

The config gains `kb_concepts`, what the worker needs to know of the concepts: which concept each
spelling of a name is (`{"합성곱": "concepts/cnn/"}`, keys as `query_key` makes them) and the one-word
names of each (`{"concepts/cnn/": ["cnn", "convolution", "합성곱", ...]}`). At query time the worker
`overrides/assets/javascripts/workers/kb-search.js` drops particles from the query's words, searches the
names of a named concept with it, and puts the concept's page first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.search.korean import HANGUL, KoreanAnalyzer

FIELD = "words"
FIELD_BOOST = 50.0  # below a title (1000), far above the text (1): a stem is a strong signal
CONCEPT_BOOST = 2.0  # a concept page ahead of the notes that name the concept in their title (4.0 let 165 pages whose names share a word, 학습 of 전이 학습, crowd out notes)
_TAG = re.compile(r"<[^>]*>")
_KEY_DROPS = re.compile(r"[\s\-_/·]+")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#39);")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}


def words_of(text: str, separator: re.Pattern) -> list[str]:
    """The words lunr will index in `text` (HTML), lowercased: the worker splits at the same separator."""
    plain = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], _TAG.sub(" ", text))
    return [w for w in separator.split(plain.lower()) if w]


def added_words(texts: Iterable[str], separator: re.Pattern, analyzer: KoreanAnalyzer) -> list[str]:
    """The nouns of the Korean words in `texts` that are not already words of them, in order."""
    present = dict.fromkeys(w for text in texts for w in words_of(text, separator))
    korean = [w for w in present if HANGUL.search(w)]
    parts = analyzer.noun_parts(korean)
    added = dict.fromkeys(p for w in korean for p in parts[w] if p not in present)
    return list(added)


def concept_pages(concepts: ConceptRegistry) -> dict[str, tuple[str, ...]]:
    """{location of a concept page in the index: every name and alias of the concept}."""
    return {f"concepts/{c.id}/": c.all_names for c in concepts.concepts}


def query_key(name: str) -> str:
    """A name as the worker compares it with a whole query: lowercased, without spaces or hyphens."""
    return _KEY_DROPS.sub("", name.lower())


def concept_map(concepts: ConceptRegistry, separator: re.Pattern) -> dict:
    """What the worker knows of concepts: {"names": {query key: page}, "words": {page: one-word names}}."""
    names: dict[str, str] = {}
    words: dict[str, list[str]] = {}
    for concept in concepts.concepts:
        page = f"concepts/{concept.id}/"
        for name in concept.all_names:
            names.setdefault(query_key(name), page)
        single = (words_of(name, separator) for name in concept.all_names)
        words[page] = list(dict.fromkeys(w[0] for w in single if len(w) == 1))
    return {"names": names, "words": words}


def enrich_index(
    index: dict, concepts: ConceptRegistry, analyzer: KoreanAnalyzer, memo: BuildMemo | None = None
) -> dict:
    """A copy of Material's search index with the `words` field filled and declared, concept pages boosted.

    `memo` keeps each section's words from the build before, keyed by its location and text, so a
    `mkdocs serve` rebuild analyses only the sections that changed."""
    config = dict(index["config"])
    separator = re.compile(config["separator"])
    config["fields"] = {**config["fields"], FIELD: {"boost": FIELD_BOOST}}
    config["kb_concepts"] = concept_map(concepts, separator)
    names = concept_pages(concepts)
    docs = []
    for doc in index["docs"]:
        page, _, section = doc["location"].partition("#")
        if section and page in names:  # a note's passage quoted on a concept page
            continue
        doc = dict(doc)
        texts = [doc.get("title", ""), doc.get("text", "")]
        aliases = names.get(doc["location"], ())
        if aliases:
            texts += aliases
            doc["boost"] = doc.get("boost", 1) * CONCEPT_BOOST
        alias_words = [w for alias in aliases for w in words_of(alias, separator)]

        def nouns(texts=texts):
            return added_words(texts, separator, analyzer)

        key = (doc["location"], separator.pattern, *texts)
        words = list(dict.fromkeys(alias_words + (memo.get(key, nouns) if memo else nouns())))
        if words:
            doc[FIELD] = " ".join(words)
        docs.append(doc)
    return {**index, "config": config, "docs": docs}
