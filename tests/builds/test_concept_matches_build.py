"""Concept pages built from notes in the shapes of real study notes that were once matched wrong (written for
the project, none copied): one strict build of them all with the site's own docs/concepts.yml, and each
page checked for the passage it must, or must not, quote."""

from __future__ import annotations

import re

import pytest

from tests.helpers.concept_shapes import DROP_OUT, EMBEDDING_NOTE, FIGURED, GRU_NOTE, KERAS, UNFINISHED
from tests.helpers.sitebuild import build_docs, example_registry, site_pages, write_tree

REGISTRY = example_registry()


def note(title: str, body: str, day: str = "2023-03-02") -> str:
    return f"---\ntitle: \"{title}\"\ndate: {day}\n---\n{body}"


NOTES = {
    # a list item's line that opens with an inline formula (kramdown writes `$$` inline too), then a section
    "notes/recsys.md": note(
        "추천 시스템 정리",
        "#### Wide Component\n\n"
        "- 예측 함수:\n"
        "  $$\\hat{y} = w^\\top x + b$$\n"
        "  $$\\phi(x)$$는 두 feature를 곱한 교차 항 (e.g. $$x_i \\cdot x_j$$)\n\n"
        "#### Transformer Encoder Layer\n\n"
        "self-attention과 FFN을 쌓은 인코더 층으로 사용자의 행동 시퀀스를 한 번에 읽습니다.\n\n"
        "$$S = \\text{MultiHead}(E)$$\n",
    ),
    # an Obsidian note that embeds another on a line of its own
    "notes/vault/GRU 정리.md": note("GRU 정리", GRU_NOTE),
    "notes/vault/RNN 모음.md": note("RNN 모음", EMBEDDING_NOTE, day="2023-03-05"),
    # an MLOps lecture's alerting, one letter from the acronym ALBERT
    "notes/mlops.md": note(
        "모델 모니터링",
        "## Alert\n\n서빙 지표가 임계값을 넘으면 담당자에게 알림을 보낸다.\n\n"
        "## BERT\n\n양방향 트랜스포머 인코더를 마스크 언어 모델로 사전학습한 모델이다.\n",
    ),
    # a generative model's scores, computed with an Inception network; a graph neural network
    "notes/gen-eval.md": note(
        "생성모델 평가지표",
        "## Inception Scores (IS)\n\n생성한 이미지를 분류기에 넣어 예측이 확신에 차고 클래스가 다양할수록 높다.\n\n"
        "## Frechet Inception Distance (FID)\n\n실제 이미지와 생성 이미지의 특징 분포 사이 거리를 잰다.\n\n"
        "## GNN (Graph Neural Network)\n\n이웃 노드의 정보를 모아 중심 노드의 임베딩을 학습한다.\n",
    ),
    # a line of tags with a space after its `#`: a heading
    "notes/cnn-rnn.md": note(
        "딥러닝 기초",
        "# 태그: #DeepLearning #CNN #RNN #LSTM\n\n"
        "이 문서는 **CNN**과 **RNN**을 요약 정리한 것입니다.\n\n"
        "## 1. CNN (합성곱 신경망)\n\n필터가 이미지를 훑으며 특징 맵을 추출하는 신경망입니다.\n\n"
        "## 2. RNN (순환 신경망)\n\n은닉 상태가 다음 시점의 입력으로 다시 들어가는 신경망입니다.\n",
    ),
    # each topic a bold label with its points, then its figure
    "notes/optimization.md": note("Optimization 정리", FIGURED + DROP_OUT),
    # a bold item under GRU naming what GRU is compared with
    "notes/rnn.md": note(
        "RNN",
        "## 3. Gated Recurrent Unit (GRU)\n\nGRU는 LSTM을 단순하게 만든 셀이다.\n\n"
        "- **LSTM과의 차이점**\n  - Reset gate와 Update gate로만 구성된다\n  - 셀 상태가 따로 없고 은닉 상태만 있다\n",
        day="2023-02-20",
    ),
    # a table of contents, then the sections it lists, a level under it
    "notes/distributions.md": note(
        "03. Discrete Probability Distributions",
        "## Contents\n\n* 3.1 The Binomial Distribution\n\n* 3.4 The Poisson Distribution\n\n"
        "### 3.1.2 Definition of the Binomial Distribution\n\n"
        "* 성공 확률이 p인 베르누이 시행을 n번 독립으로 했을 때 성공 횟수의 분포\n",
    ),
    # a note still being written: its last heading, on its subject, has nothing under it yet
    "notes/beam.md": note("Beam Search (아직 작성 중)", UNFINISHED),
    # Keras' Sequential model, under the heading of the RNN it builds
    "notes/keras.md": note("3주차 노트", KERAS),
    # a point that says what continual learning is not
    "notes/continual.md": note(
        "지속학습",
        "## 잘 놓치는 핵심\n\n### 1. 지속학습은 단순 Fine-tuning이 아니다\n\n"
        "새 데이터로 계속 미세 조정만 하면 과거 지식을 크게 잊을 수 있어, 과거 지식을 유지하는 것이 핵심이다.\n",
    ),
    # a link whose address holds a concept's name, and one whose text names another
    "notes/day29.md": note(
        "29일차 학습 정리",
        "## 오늘 한 일\n\n- PCA 공부 (참고 : [PCA 참고](https://365datascience.com/tutorials/python-tutorials/pca-k-means/))\n"
        "- [LSTM 정리 글](https://example.com/posts/1/)도 읽었다\n",
    ),
    # a day's post, and the same post again with its last section rewritten
    "notes/day33.md": note(
        "33일차 학습 정리",
        "## 이고잉 특강\n\n- git은 버전 관리 도구이고, 협업할 때 브랜치를 나눠 작업한다\n\n"
        "## Feature Store\n\n- 학습과 서빙에 같은 피처를 쓰게 모아 두는 저장소\n",
    ),
    "notes/day33-again.md": note(
        "33일차 학습 정리 (수정)",
        "## 이고잉 특강\n\n- git은 버전 관리 도구이고, 협업할 때 브랜치를 나눠 작업한다\n\n"
        "## Feature Store\n\n- 피처를 한곳에 모아 두고 버전을 관리한다\n",
        day="2023-03-03",
    ),
    # a paper review of a diffusion model named by its architecture
    "notes/dit.md": note(
        "[논문리뷰] Scalable Diffusion Models with Transformers",
        "## Diffusion Transformer (DiT) Architecture\n\n"
        "DiT에서는 UNet 대신 N개의 DiT block이 latent의 noise를 예측하는 denoising network 역할을 합니다.\n",
    ),
    # two days of a cohort's project stage
    "notes/day24.md": note("24일차", "## P-stage\n\n- 마스크 착용 여부 분류 대회 시작, 베이스라인 코드를 읽었다\n"),
    "notes/day25.md": note("25일차", "## P-stage\n\n- 앙상블을 실험하고 리더보드에 두 번 제출했다\n", day="2023-03-04"),
    # a note whose code fences were lost: the code's comments are headings, the code is text
    "notes/week4.md": note(
        "Week4 손실 함수와 역전파",
        "## 시그모이드와 그 미분\n\n시그모이드를 미분하면 자기 자신과 1에서 뺀 값의 곱이 된다.\n\n"
        "python\nimport numpy as np\n\n"
        "# 시그모이드 및 미분\n"
        "def sigmoid(x): return 1 / (1 + np.exp(-x))\n"
        "def d_sigmoid(x): return sigmoid(x) * (1 - sigmoid(x))\n",
    ),
    # a lab whose only subsection holds code that lost its fence
    "notes/mlp-lab.md": note(
        "MLP 실습",
        "## [실습] 넘파이 vs 파이토치로 2단 MLP 역전파 비교\n\n### 1. 넘파이로 (수동 미분)\n\n"
        "python\nimport numpy as np\nd_loss_a2 = a2 - y_true\nloss = 0.5 * np.sum((a2 - y_true)**2)\n",
    ),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("matches")
    files = {**site_pages(), "concepts.yml": REGISTRY, **NOTES}
    return build_docs(write_tree(root / "docs", files), root / "site")


def quoted(html: str) -> list[str]:
    """The anchors of the passages a concept page quotes (`note-url#anchor`, the note's URL shortened)."""
    tags = re.findall(r"<a [^>]*kb-passage-source[^>]*>", html)
    hrefs = [re.search(r'href="([^"]+)"', tag).group(1) for tag in tags]
    return [href.split("/notes/", 1)[1] for href in hrefs]


def test_a_section_after_a_formula_closed_on_its_line_is_quoted_for_its_own_concept(site):
    assert "2023-03-02-추천-시스템-정리/#transformer-encoder-layer" in quoted(site.html("concepts/transformer/"))


def test_an_embedded_note_is_quoted_once_from_itself_not_again_from_the_note_embedding_it(site):
    gru = quoted(site.html("concepts/gru/"))
    assert "2023-03-02-gru-정리/#gru" in gru and not any(q.startswith("2023-03-05-rnn-모음/") for q in gru)
    assert "2023-03-05-rnn-모음/#lstm" in quoted(site.html("concepts/lstm/"))
    assert "reset gate와 update gate" in site.html("notes/2023-03-05-rnn-모음/")  # the note still shows it


def test_a_heading_that_is_a_word_is_no_typo_of_an_acronym(site):
    assert quoted(site.html("concepts/bert/")) == ["2023-03-02-모델-모니터링/#bert"]
    assert "Alert" not in site.html("status/")
    assert "'Alert' looks like a typo" not in site.log


def test_a_score_named_after_a_network_and_a_graph_network_are_not_those_concepts(site):
    assert quoted(site.html("concepts/googlenet/")) == []
    assert quoted(site.html("concepts/neural-network/")) == []


def test_a_heading_of_tags_is_quoted_for_no_concept_its_sections_for_theirs(site):
    assert quoted(site.html("concepts/cnn/")) == ["2023-03-02-딥러닝-기초/#1-cnn-합성곱-신경망"]
    assert not any(q.startswith("2023-03-02-딥러닝-기초/") for q in quoted(site.html("concepts/lstm/")))


def test_each_bold_label_under_the_figure_before_it_is_quoted_for_its_own_concept(site):
    for concept in ("norm-penalty", "label-smoothing"):
        assert quoted(site.html(f"concepts/{concept}/")) == ["2023-03-02-optimization-정리/#regularization"], concept
    assert "weight를 함께 줄여" not in site.html("concepts/early-stopping/")


def test_a_concept_named_in_a_labels_definition_does_not_quote_it(site):
    assert quoted(site.html("concepts/generalization/")) == []
    assert quoted(site.html("concepts/early-stopping/")) == ["2023-03-02-optimization-정리/#regularization"]


def test_dropout_written_as_two_words_is_quoted_on_the_dropout_page(site):
    assert quoted(site.html("concepts/dropout/")) == ["2023-03-02-optimization-정리/#regularization"]


def test_a_heading_naming_what_its_section_is_compared_with_is_quoted_for_the_section(site):
    assert "2023-02-20-rnn/#3-gated-recurrent-unit-gru" in quoted(site.html("concepts/gru/"))
    assert "2023-02-20-rnn/" not in " ".join(quoted(site.html("concepts/lstm/")))


def test_a_section_under_a_table_of_contents_is_quoted(site):
    assert quoted(site.html("concepts/probability/")) == [
        "2023-03-02-03-discrete-probability-distributions/#312-definition-of-the-binomial-distribution"
    ]


def test_an_unfinished_note_on_a_concept_is_quoted_for_it(site):
    assert quoted(site.html("concepts/beam-search/")) == [
        "2023-03-02-beam-search-아직-작성-중/#introduction",
        "2023-03-02-beam-search-아직-작성-중/#background-and-notation",
    ]


def test_a_section_about_a_homonym_is_quoted_nowhere(site):
    assert "함수형 API" not in site.html("concepts/rnn/")
    assert "함수형 API" not in site.html("concepts/sequential-model/")


def test_a_heading_saying_what_its_topic_is_not_is_not_quoted_for_that(site):
    assert quoted(site.html("concepts/fine-tuning/")) == []


def test_a_name_only_in_a_link_address_does_not_list_the_note_as_mentioning_it(site):
    assert "29일차 학습 정리" not in site.html("concepts/k-means/")
    assert "29일차 학습 정리" in site.html("concepts/lstm/")  # named in the link's text: a mention


def test_a_section_two_notes_hold_word_for_word_is_no_concept_candidate(site):
    status = site.html("status/")
    assert "Feature Store — 노트 2개" in status
    assert "이고잉 특강" not in status


def test_a_diffusion_transformer_section_is_quoted_on_the_diffusion_model_page(site):
    assert quoted(site.html("concepts/diffusion-model/")) == [
        "2023-03-02-논문리뷰-scalable-diffusion-models-with-transformers/#diffusion-transformer-dit-architecture"
    ]


def test_a_courses_project_stage_is_no_concept_candidate(site):
    assert "P-stage" not in site.html("status/")


def test_a_heading_over_code_that_lost_its_fence_is_not_quoted(site):
    assert quoted(site.html("concepts/sigmoid/")) == ["2023-03-02-week4-손실-함수와-역전파/#시그모이드와-그-미분"]


def test_a_section_of_subheadings_over_code_is_not_quoted(site):
    assert quoted(site.html("concepts/mlp/")) == []
