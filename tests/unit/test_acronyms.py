"""An acronym a note spells out as something else is that note's own word: no concept's passage, no link."""

from __future__ import annotations

import pytest
from pymdownx.slugs import slugify

from hooks.kb.concepts.acronyms import redefined_acronyms
from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.links import autolink
from hooks.kb.links.autolink import ConceptTarget, link_concepts
from tests.helpers.sitebuild import example_registry

REGISTRY = load_concepts(example_registry())
MATCHER = AliasMatcher(REGISTRY)
FINDER = PassageFinder(REGISTRY, slugify(case="lower"), MATCHER)

# a boostcamp RecSys note on nearest-neighbour search, in the shape a Chirpy post writes it
ANN_NOTE = (
    "## RecSys : Approximate Nearest Neighbor (ANN)\n\n### ANN의 필요성\n\n"
    "- 정확도와 시간은 trade-off이므로 근사적 접근을 활용한 Approximate NN을 찾는다\n\n"
    "### ANNOY\n\n- spotify에서 개발한 tree-based ANN 방법\n- 트리 구조로 $O(\\log N)$ 안에 찾는다\n"
)


@pytest.mark.parametrize(
    ("text", "redefined"),
    [
        ("## RecSys : Approximate Nearest Neighbor (ANN)", {"ANN"}),
        ("ANN(Approximate Nearest Neighbor)은 근사 탐색", {"ANN"}),
        ("사후확률을 최대화하는 Maximum A Posteriori (MAP) 추정", {"MAP"}),  # no Mean Average Precision
        ("인공 신경망 Artificial Neural Network (ANN)", set()),  # the concept's own name
        ("Artifical Neural Net (ANN)은 뉴런을 본뜬다", set()),  # a typo and a short word: still the concept
        ("ANN (Artificial Neural Networks)", set()),
        ("Long Short-Term Memory (LSTM)", set()),  # a hyphen parts the words
        ("Mean Average Precision(MAP)@K", set()),
        ("Approximate NN (ANN)", set()),  # spells nothing out: left as it was
        ("ANN (2012년 이전의 방식)", set()),
        ("Deep Neural Network (DNN)과 CNN", set()),
        ("ROC 곡선의 Area Under Curve (AUC)", set()),  # no name of the concept spells AUC out: left as it was
        ("Bilingual Evaluation Understudy (BLEU) 점수", set()),
        # a term the glossary knows as no concept, glossed with a concept's acronym: the note's own word
        ("* Fully connected layer(FCN layer)를 사용하지 않았기 때문에", {"FCN"}),
        ("마지막의 완전 연결층 (FCN)을 없앴다", {"FCN"}),
        ("Fully Convolutional Network (FCN layer)", set()),  # the concept's own name
        ("U-Net의 디코더 (FCN)", set()),  # one word: the setting the acronym is named in, maybe
        ("fully connected layer를 1x1 conv로 바꾼 것이 FCN (Fully Convolutional Network)", set()),
        # a concept's acronym after a term whose initials it does not take: a heading naming the concept's setting
        ("## 차원 축소 (PCA)\n\nPCA는 데이터를 분산이 큰 방향으로 투영해 차원을 줄이는 기법이다.", set()),
        ("## Dimensionality Reduction (PCA)\n\nPCA는 고유벡터로 데이터를 투영한다.", set()),
        ("## Hidden State (RNN)\n\nRNN은 hidden state를 다음 시점에 넘기는 신경망이다.", set()),
        ("- 은닉 상태 (LSTM)\n- LSTM은 cell state와 게이트로 장기 의존성을 배운다.", set()),
    ],
)
def test_an_acronym_spelled_out_as_other_words_is_the_notes_own(text, redefined):
    assert redefined_acronyms(text, MATCHER) == redefined


def test_a_note_that_spells_ann_out_as_nearest_neighbour_search_gives_no_neural_network():
    found = FINDER.find(ANN_NOTE, title="[BoostCamp AI Tech / RecSys] Day35 - Approximate Nearest Neighbor")
    assert "neural-network" not in {p.concept for p in found.passages} | found.mentions
    # a note on artificial neural networks keeps its ANN
    neural = "## ANN\n\n- Artificial Neural Network (ANN)은 뉴런을 층으로 쌓는다\n- ANN의 가중치를 학습한다\n"
    assert "neural-network" in {p.concept for p in FINDER.find(neural).passages}


def test_a_page_that_spells_ann_out_links_no_ann_to_the_neural_network_page():
    def target(concept_id: str) -> ConceptTarget:
        return ConceptTarget(f"../concepts/{concept_id}/", concept_id)

    page = (
        "<h2>RecSys : Approximate Nearest Neighbor (ANN)</h2>\n<ul>\n<li>tree-based ANN 방법</li>\n"
        "<li>딥러닝 신경망과 다르다</li>\n</ul>\n"
    )
    linked = link_concepts(page, MATCHER, target)
    assert ">ANN</a>" not in linked and "tree-based ANN 방법" in linked
    assert 'title="neural-network">신경망</a>' in linked  # its other names still link
    other = "<p>ANN은 뉴런을 층으로 쌓은 모델이다</p>"
    assert 'title="neural-network">ANN</a>' in link_concepts(other, MATCHER, target)


def test_a_notes_own_acronyms_are_read_once_with_its_passages_and_given_to_its_page_links(monkeypatch):
    """The analysis keeps the acronyms it read; the note page's links take them from there (they were read
    a second time from the page's HTML)."""
    found = FINDER.find(ANN_NOTE, title="[BoostCamp AI Tech / RecSys] Day35 - Approximate Nearest Neighbor")
    assert found.own_acronyms == {"ANN"}
    assert FINDER.find("## ANN\n\n- Artificial Neural Network (ANN)은 뉴런을 쌓는다\n").own_acronyms == frozenset()

    def target(concept_id):
        return ConceptTarget(f"../{concept_id}/", concept_id)

    monkeypatch.setattr(autolink, "redefined_acronyms", lambda *args: pytest.fail("read again"))
    page = "<h2>RecSys : Approximate Nearest Neighbor (ANN)</h2>\n<p>tree-based ANN 방법</p>\n"
    assert ">ANN</a>" not in link_concepts(page, MATCHER, target, found.own_acronyms)
