"""Synonyms for search: each group of names that mean the same (`ConceptRegistry.synonym_groups()`: every
concept's names, then the glossary's groups) becomes one word of the index, its *token*.

Every section that names a group, however it spells the name (`LSTM은`, `Long Short-Term Memory`, the
matcher of `hooks/kb/concepts/aliases.py`), gets the group's token among its hidden words. A query that is
a name of the group searches the token, so `판별자` finds the note that only says "Discriminator", with one
word looked up in the index instead of one per name.

`browser_map` is what the search box needs of the groups (`search/synonyms.json`): each group's names
(the box finds a query's group by their `query_key`), its token, and its concept page, which is put first
for a query that names the concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import Concept, ConceptRegistry

_KEY_DROPS = re.compile(r"[\s\-_/·]+")


def query_key(name: str) -> str:
    """A name as the search box compares it with a whole query: lowercased, without spaces or hyphens."""
    return _KEY_DROPS.sub("", name.lower())


def token(index: int) -> str:
    """The index word of group `index`: no reader types it, and no other token starts with it (the
    digits end at `x`), since the index matches a query word as a prefix."""
    return f"kbsyn{index}x"


@dataclass(frozen=True)
class SynonymGroup:
    token: str
    names: tuple[str, ...]  # as docs/concepts.yml writes them
    page: str | None  # `concepts/<id>/` for a concept's names; None for a glossary group


class Synonyms:
    """The synonym groups of a concept registry, and the matcher that finds their names in text."""

    def __init__(self, registry: ConceptRegistry):
        pages = [f"concepts/{c.id}/" for c in registry.concepts]
        self.groups = tuple(
            SynonymGroup(token(i), names, pages[i] if i < len(pages) else None)
            for i, names in enumerate(registry.synonym_groups())
        )
        # The concepts stage's matcher, over the groups: one "concept" per group, named by its index.
        as_concepts = tuple(
            Concept(id=str(i), name=g.names[0], ko=g.names[0], en=g.names[0], family="", summary="", aliases=g.names)
            for i, g in enumerate(self.groups)
        )
        self._matcher = AliasMatcher(ConceptRegistry(as_concepts))

    def tokens_in(self, text: str) -> list[str]:
        """The token of the group of each name in `text` (plain text), once per name found."""
        return [self.groups[int(group)].token for group, _, _ in self._matcher.spans(text)]

    def glossary_tokens_in(self, text: str) -> list[str]:
        """The token of the glossary group of each glossary word in `text` (a concept's names left out)."""
        groups = (self.groups[int(group)] for group, _, _ in self._matcher.spans(text))
        return [group.token for group in groups if group.page is None]

    def of_page(self, url: str) -> SynonymGroup | None:
        """The group of the concept whose page is `url`, if it is a concept page."""
        return next((g for g in self.groups if g.page == url), None)

    def browser_map(
        self, first_sections: dict[str, tuple[str, str]] | None = None, chunks: dict[str, list[str]] | None = None
    ) -> dict:
        """{"groups": [{"token", "page", "words"}]}: `words` are the group's names, lowercased, for the
        highlighting of results and of the page a result opens. The box finds a query's group by the
        `query_key` of these words (the first group that has a name wins): a map of every name to its
        group, sent beside them, was 40% of the file (24 KB of 60, fetched with the first search).

        `first_sections`: {concept page URL: (its title, the opening words of its first section)}, as the
        page's search result shows them (plain text). A group with its page's are given `title` and `text`:
        the box shows the concept page for a query that names it as soon as this file is in, before
        Pagefind has loaded (its script, WebAssembly, metadata, then the word's index and each result's
        fragment: 0.4 s more on a 10 Mbit/s link at 5000 notes).

        `chunks`: {token: the index chunks Pagefind reads to search it} (pagefind_index.chunks_of): a group
        is given its token's `chunks`, which the box asks for while Pagefind's own files are coming in."""
        first_sections, chunks = first_sections or {}, chunks or {}
        groups = []
        for group in self.groups:
            words = list(dict.fromkeys(n.lower() for n in group.names))
            entry = {"token": group.token, "page": group.page, "words": words}
            if group.page in first_sections:
                entry["title"], entry["text"] = first_sections[group.page]
            if group.token in chunks:
                entry["chunks"] = chunks[group.token]
            groups.append(entry)
        return {"groups": groups}
