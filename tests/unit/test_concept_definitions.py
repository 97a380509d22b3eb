"""docs/concepts.yml's glossary: groups of words that mean the same, for search in either language."""

from __future__ import annotations

import pytest

from hooks.kb.concepts.definitions import ConceptFileError, load_concepts
from tests.helpers.sitebuild import example_registry

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
    registry = load_concepts(example_registry())
    assert any({"마르코프", "Markov"} <= set(group) for group in registry.glossary)
    assert len(registry.glossary) >= 40
    hangul = lambda w: any("가" <= ch <= "힣" for ch in w)  # noqa: E731
    assert all(any(map(hangul, g)) and not all(map(hangul, g)) for g in registry.glossary)


def test_a_glossary_word_that_names_a_concept_is_a_registry_error():
    with pytest.raises(ConceptFileError, match="glossary word 'mlp' names concept 'mlp'"):
        load_concepts(ONE + "glossary:\n  - [다층망, mlp]\n")


def test_synonym_groups_hold_every_concept_name_then_the_glossary():
    registry = load_concepts(example_registry())
    groups = registry.synonym_groups()
    assert len(groups) == len(registry.concepts) + len(registry.glossary)
    cnn = groups[[c.id for c in registry.concepts].index("cnn")]
    assert {"CNN", "합성곱 신경망", "Convolution"} <= set(cnn)  # weak names are searched too
    assert any({"과적합", "Overfitting"} <= set(g) for g in groups)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("[mlp]", "formerly 'mlp' must be an id no concept has now"),
        ("[Old_Id]", "formerly 'Old_Id' must be an id"),
    ],
)
def test_formerly_names_only_ids_no_concept_has(extra, message):
    with pytest.raises(ConceptFileError, match=message):
        load_concepts(ONE.replace("summary: 요약.}", f"summary: 요약., formerly: {extra}}}"))
