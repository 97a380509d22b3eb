"""The search index's Korean words and concept names (hooks/kb/search/korean.py, hooks/kb/search/search_index.py)."""

from __future__ import annotations

import json
import re

import pytest
from mkdocs.config import load_config

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.search.korean import KoreanAnalyzer, nouns_of
from hooks.kb.search.search_index import FIELD, added_words, concept_map, enrich_index, query_key, words_of
from tests.helpers.sitebuild import ROOT

CONCEPTS = load_concepts((ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def separator() -> re.Pattern:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return re.compile(config.plugins["material/search"].config.separator)


@pytest.fixture(scope="module")
def analyzer() -> KoreanAnalyzer:
    return KoreanAnalyzer()


@pytest.mark.parametrize(
    ("morphemes", "nouns"),
    [
        ([("파라미터", "NNG"), ("의", "JKG")], ("파라미터",)),
        ([("기울기", "NNG"), ("소실", "NNG"), ("을", "JKO")], ("기울기", "소실", "기울기소실")),
        ([("판별", "NNG"), ("자", "XSN"), ("와", "JC")], ("판별자",)),
        ([("합성곱 신경망", "NNP"), ("에서", "JKB")], ("합성곱", "신경망", "합성곱신경망")),
        ([("학습", "NNG"), ("하", "XSV"), ("는", "ETM")], ("학습",)),
        ([("CNN", "SL"), ("은", "JX")], ("cnn",)),
        ([("줄이", "VV"), ("는", "ETM")], ()),
    ],
)
def test_nouns_of_an_analysed_word(morphemes, nouns):
    assert nouns_of(morphemes) == nouns


@pytest.mark.parametrize(
    ("word", "expected"),
    [("파라미터의", {"파라미터"}), ("기울기소실을", {"기울기", "소실"}), ("판별자와", {"판별자"})],
)
def test_kiwi_finds_the_nouns_of_korean_words(analyzer, word, expected):
    assert expected <= set(analyzer.noun_parts([word])[word])


def test_words_split_at_punctuation_and_where_latin_meets_hangul(separator):
    assert words_of("<p>LSTM은 (CNN에서) &quot;파라미터&quot;의 수</p>", separator) == [
        "lstm", "은", "cnn", "에서", "파라미터", "의", "수"
    ]  # fmt: skip


def test_added_words_are_stems_the_text_does_not_hold(separator, analyzer):
    added = added_words(["<p>파라미터의 수, 기울기소실을 본다. 파라미터 갯수</p>"], separator, analyzer)
    assert "소실" in added and "기울기" in added
    assert "파라미터" not in added  # already a word of the text
    assert "수" not in added


def test_query_keys_ignore_case_spaces_and_hyphens():
    assert query_key("Long Short-Term Memory") == query_key("long shortterm memory") == "longshorttermmemory"
    assert query_key("기울기 소실") == "기울기소실"


def test_the_worker_learns_every_name_of_a_concept(separator):
    known = concept_map(CONCEPTS, separator)
    assert known["names"]["판별자"] == known["names"]["discriminator"] == "concepts/gan/"
    assert known["names"]["합성곱신경망"] == "concepts/cnn/"
    assert {"cnn", "convolution", "합성곱", "컨볼루션"} <= set(known["words"]["concepts/cnn/"])
    assert "합성곱 신경망" not in known["words"]["concepts/cnn/"]  # one-word names only


def test_enrich_index_adds_a_hidden_field_and_keeps_what_readers_see(separator, analyzer):
    index = {
        "config": {"lang": ["en"], "separator": separator.pattern, "pipeline": [], "fields": {"title": {}}},
        "docs": [
            {"location": "concepts/gan/", "title": "GAN · 생성적 적대 신경망", "text": "<p>생성 모델</p>"},
            {"location": "concepts/gan/#note-a", "title": "note a", "text": "<p>a passage quoted</p>"},
            {"location": "notes/a/#x", "title": "손실 함수", "text": "<p>$ \\frac{a}{b} $ 기울기소실을</p>"},
        ],
    }
    original = json.loads(json.dumps(index))
    enriched = enrich_index(index, CONCEPTS, analyzer)
    assert index == original  # Material's index is not changed in place
    assert "concepts/gan/#note-a" not in [d["location"] for d in enriched["docs"]]  # quotes: the note has it
    del original["docs"][1]
    assert FIELD in enriched["config"]["fields"]
    gan, note = enriched["docs"]
    assert {"discriminator", "판별자"} <= set(gan[FIELD].split())
    assert gan["boost"] > 1
    assert "소실" in note[FIELD].split() and "boost" not in note
    for before, after in zip(original["docs"], enriched["docs"], strict=True):
        assert (after["title"], after["text"]) == (before["title"], before["text"])  # TeX stays as text


def test_no_note_has_an_entry_for_its_related_notes_heading(shipped_site):
    index = json.loads((shipped_site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    notes = [d for d in index["docs"] if d["location"].startswith("notes/") and "#" not in d["location"]]
    assert len(notes) >= 5
    assert [d["location"] for d in index["docs"] if d["location"].endswith("#kb-related-notes")] == []
    assert "관련-노트" not in json.dumps(index, ensure_ascii=False)


def test_the_built_index_declares_the_field_and_fills_it(shipped_site):
    index = json.loads((shipped_site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["pipeline"] == ["stopWordFilter"]  # no trimmer: it would strip Hangul
    assert FIELD in index["config"]["fields"]
    assert index["config"]["kb_concepts"]["names"]["합성곱"] == "concepts/cnn/"
    with_words = [d for d in index["docs"] if FIELD in d]
    assert len(with_words) > len(index["docs"]) / 2


def test_kiwi_loads_and_warms_up_once_when_a_build_asks_for_it_while_it_loads_in_the_background(monkeypatch):
    import time

    import kiwipiepy

    from hooks.kb.search import korean

    made, warmed = [], []

    class SlowKiwi:
        def __init__(self, **options):
            made.append(options)
            time.sleep(0.3)

        def tokenize(self, words):  # the first analysis, slow in Kiwi, happens in the loading thread
            time.sleep(0.1)
            warmed.append(words)
            return [[] for _ in words]

    monkeypatch.setattr(kiwipiepy, "Kiwi", SlowKiwi)
    monkeypatch.setattr(korean, "_model", None)
    korean.load_in_background()
    time.sleep(0.05)  # the thread has started loading
    assert isinstance(korean._kiwi(), SlowKiwi) and len(made) == 1
    assert len(warmed) == 1  # handed over only once warmed up
    korean.load_in_background()  # loaded: nothing more
    assert len(made) == 1 and len(warmed) == 1
