"""docs/concepts.yml's glossary: groups of words that mean the same, for search in either language."""

from __future__ import annotations

import pytest

from hooks.kb.concepts.definitions import ConceptFileError, load_concepts
from tests.helpers.sitebuild import ROOT

ONE = """
families: {basics: 기초}
concepts:
  - {id: mlp, name: MLP, ko: 다층 퍼셉트론, en: Multi-Layer Perceptron, family: basics, summary: 요약.}
"""


def test_synonym_groups_are_each_concepts_names_then_the_glossary():
    registry = load_concepts(ONE + "glossary:\n  - [과적합, overfitting, 과적합]\n  - [마르코프, Markov]\n")
    assert registry.synonym_groups() == (
        ("MLP", "Multi-Layer Perceptron", "다층 퍼셉트론"),
        ("과적합", "overfitting"),
        ("마르코프", "Markov"),
    )
    assert load_concepts(ONE).glossary == ()


@pytest.mark.parametrize("glossary", ["glossary: 과적합", "glossary:\n  - [과적합]", "glossary:\n  - 과적합"])
def test_a_glossary_group_of_fewer_than_two_words_is_a_registry_error(glossary):
    with pytest.raises(ConceptFileError, match="glossary"):
        load_concepts(ONE + glossary + "\n")


def test_the_shipped_glossary_pairs_korean_with_english():
    registry = load_concepts((ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8"))
    assert ("마르코프", "Markov") in registry.glossary
    hangul = lambda w: any("가" <= ch <= "힣" for ch in w)  # noqa: E731
    assert all(any(map(hangul, g)) and not all(map(hangul, g)) for g in registry.glossary)
