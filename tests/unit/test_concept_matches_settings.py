"""A concept a note names as the setting of its own topic, not as what it explains: each case in the shape of
the real study notes that showed it read wrong (paper reviews of YOLO, ViT, U-Net, FlashAttention, a survey
of NLP models; written for the project, none copied), with the rule that tells the two apart."""

from __future__ import annotations

from pymdownx.slugs import slugify

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.passages import PassageFinder
from tests.helpers.sitebuild import example_registry

REGISTRY = load_concepts(example_registry())
FINDER = PassageFinder(REGISTRY, slugify(case="lower"))
MATCHER = AliasMatcher(REGISTRY)


def passages(body: str, title: str = "") -> list[tuple[str, str]]:
    """(concept, the passage's own heading or item) of each passage of a note."""
    return [(p.concept, p.trail[-1]) for p in FINDER.find(body, title=title).passages]


def named(body: str, title: str = "") -> set[str]:
    """Every concept the note has a passage on or mentions."""
    found = FINDER.find(body, title=title)
    return {p.concept for p in found.passages} | set(found.mentions)


# --- a part's name that another model has too ------------------------------------------------------------
# ELECTRA trains a discriminator of replaced tokens: its note names no GAN. A GAN note heading a section
# `Discriminator`, or defining it in an item, still explains the GAN's part.


def test_a_discriminator_in_a_language_model_note_is_no_gan():
    electra = (
        "## ELECTRA\n\n- **Pre-training Text Encoders as Discriminators Rather Than Generators**\n"
        "    - [MASK] 토큰을 작은 Generator로 채우고 Discriminator로 바뀐 토큰인지 판별하는 방식으로 학습\n"
        "    - 모든 토큰에서 학습하므로 같은 계산으로 BERT보다 성능이 좋다\n"
    )
    assert "gan" not in named(electra, title="최신 NLP 모델 비교")
    gan = "## Discriminator\n\n진짜 샘플과 생성된 샘플을 구별하도록 학습하는 네트워크.\n"
    assert passages(gan) == [("gan", "Discriminator")]
    item = "## 구조\n\n- 판별자는 진짜 샘플과 가짜 샘플을 구별하는 네트워크이다\n"
    assert ("gan", "판별자는 진짜 샘플과 가짜 샘플을 구별하는 네트워크이다") in passages(item)


# --- an acronym glossing a term that is no concept -------------------------------------------------------
# A U-Net note writes `Fully connected layer(FCN layer)`: its FCN is the fully connected layer, no Fully
# Convolutional Network.


def test_an_acronym_glossing_a_fully_connected_layer_is_no_fcn():
    unet = (
        "## Overlap-tile\n\n* Fully connected layer(FCN layer)를 쓰지 않아 patch의 정보만으로 분류할 수 있다\n"
        "* 그래서 FCN layer 없이도 큰 이미지를 타일로 나눠 처리한다\n"
    )
    assert "fcn" not in named(unet, title="U-Net 정리")
    fcn = "## FCN\n\n* FCN은 FC layer를 1x1 convolution으로 바꿔 픽셀 단위로 예측한다\n"
    assert "fcn" in named(fcn)


# --- a name a heading sets its topic against -------------------------------------------------------------
# A YOLO paper review heads the paper's advantages `Benefits over traditional method of object detection`: its
# points are YOLO's, object detection what YOLO is compared with. A name before the comparison is the topic.


def test_a_name_after_over_in_a_heading_is_what_the_topic_is_compared_with():
    body = (
        "## Benefits over traditional method of object detection\n\n"
        "- 검출을 하나의 회귀 문제로 풀어 파이프라인이 단순하고 매우 빠르다\n"
        "- 이미지 전체를 보고 예측하므로 배경을 물체로 잘못 보는 실수가 적다\n"
    )
    assert "object-detection" not in {c for c, _ in passages(body, title="YOLO v1 논문 리뷰")}
    assert passages(body, title="YOLO v1 논문 리뷰") == [
        ("yolo", "Benefits over traditional method of object dete…")  # the trail shortens it
    ]
    why = "## Why ReLU over Sigmoid\n\n기울기가 양수 구간에서 1이라 깊은 망에서도 기울기가 사라지지 않는다.\n"
    assert passages(why) == [("relu", "Why ReLU over Sigmoid")]
    versus = "## CNN vs RNN\n\n공간의 지역성을 보는 모델과 순서를 따라 상태를 넘기는 모델을 비교한다.\n"
    assert {c for c, _ in passages(versus)} == {"cnn", "rnn"}  # two topics side by side


def test_a_name_set_against_or_in_brackets_that_the_section_goes_on_to_define_is_its_topic():
    relu = (
        "## 활성화 함수 변경 (Sigmoid → ReLU)\n\n"
        "ReLU는 입력이 0보다 크면 그대로, 작으면 0을 내보내는 활성화 함수로 기울기 소실을 줄인다.\n"
    )
    assert [c for c, _ in passages(relu)] == ["relu"]
    overfitting = (
        "## Regularization against Overfitting\n\n"
        "과적합(Overfitting)은 모델이 학습 데이터에 지나치게 맞춰져 새 데이터에서 성능이 떨어지는 현상이다.\n"
    )
    assert "overfitting" in {c for c, _ in passages(overfitting)}
    batch_norm = (
        "## Dropout over Batch Normalization\n\n"
        "Batch Normalization은 미니배치의 평균과 분산으로 활성값을 정규화해 학습을 안정시키는 기법이다.\n"
    )
    assert "batch-normalization" in {c for c, _ in passages(batch_norm)}


# --- the means of a model's step, in brackets ------------------------------------------------------------
# A YOLO note lists what changed in YOLOv3 under headings such as `Bounding Box의 예측 방식 변경.(Logistic
# Regression)`: the heading is a step of YOLO, the brackets its means. The point under it giving a reason
# (`- logistic regression은 ... 제한하기 때문임`) says why the point above holds, not what the name is. A
# Korean term glossed in brackets (`가지치기 (Pruning)`) is still its topic.


def test_a_name_in_brackets_after_a_step_of_the_model_is_its_means():
    body = (
        "## YOLOv3에서 달라진 점\n\n### 📌Bounding Box의 예측 방식 변경.(Logistic Regression)\n\n"
        "- 중심 좌표 (x, y)를 예측할 때 Logistic Regression을 사용한다.\n"
        "- 예측된 x, y는 grid cell 안의 상대 좌표가 된다.\n"
        "   - logistic regression은 sigmoid 함수로 값을 (0 ~ 1) 범위로 제한하기 때문임.\n\n"
        "### 📌클래스 예측 방식의 변경 (Softmax → 독립적인 Sigmoid)\n\n"
        "- 한 물체가 여러 클래스에 속할 수 있어 클래스마다 따로 확률을 낸다.\n"
    )
    found = passages(body, title="YOLO 정리")
    assert {c for c, _ in found} == {"yolo"}
    gloss = "## 로지스틱 회귀의 학습 (Logistic Regression)\n\n교차 엔트로피를 경사 하강법으로 최소화한다.\n"
    assert passages(gloss) == [("logistic-regression", "로지스틱 회귀의 학습 (Logistic Regression)")]
    reason = "- 출력층에 sigmoid를 둔다\n   - Sigmoid는 출력을 0과 1 사이로 눌러 확률로 읽게 해준다\n"
    assert ("sigmoid", "Sigmoid는 출력을 0과 1 사이로 눌러 확률로 읽게 해준다") in passages(reason)


def test_a_nested_reason_on_a_concept_explains_it_in_a_note_about_no_other_concept():
    body = (
        "## 장점\n\n- 기울기 소실 완화\n"
        "  - LSTM은 cell state를 통해 정보를 멀리까지 전달할 수 있기 때문이다.\n"
    )
    assert "lstm" in {c for c, _ in passages(body)}
    assert "lstm" in {c for c, _ in passages(body, title="LSTM 정리")}


# --- what another model has, and what the note's model is set against ----------------------------------
# A ViT review lists the limits of earlier attempts: `- CNN이 가지는 지역성과 ... 같은 inductive bias가 없음`, the
# name owning what the point is about (what the models lacked); and under `Inductive Bias 비교`, `- CNN은 ...
# inductive bias를 강제한다` then `- 반면, ViT는 ...`: the CNN point is what ViT is compared with. Neither is CNN's
# passage. A point on CNN followed by more on CNN (`반면` opening no other name) still is.


def test_a_point_on_what_a_model_has_or_a_foil_to_the_notes_model_is_no_passage_on_it():
    body = (
        "## 문제 정의\n\n비전에서는 여전히 CNN 기반 구조가 지배적이었고, 다음과 같은 한계가 있었다:\n\n"
        "- CNN이 가지는 **지역성(Locality)**과 **변환 등변성** 같은 inductive bias가 없음\n"
        "- 중간 규모 데이터셋에서는 성능이 낮음\n\n"
        "### Inductive Bias 비교\n\n"
        "- CNN은 **local connectivity, translation equivariance** 같은 inductive bias를 구조로 강제한다.\n"
        "- 반면, ViT는 이런 inductive bias가 없어 더 많은 데이터로 공간 관계를 배워야 한다.\n"
    )
    assert "cnn" not in {c for c, _ in passages(body, title="ViT 논문 리뷰")}
    same = (
        "## 구조\n\n- CNN은 필터를 이미지 위로 밀며 지역 특징을 뽑는 신경망이다.\n"
        "- 반면, 전역 정보를 한 번에 보기는 어렵다.\n"
    )
    assert ("cnn", "CNN은 필터를 이미지 위로 밀며 지역 특징을 뽑는 신경망이다.") in passages(same)


def test_two_points_set_against_each_other_in_a_comparison_are_both_explained():
    # no note's model to be a foil of: the point on CNN explains it
    body = (
        "## 모델 비교\n\n- CNN은 이미지의 지역적 특징을 합성곱 필터로 뽑아내는 신경망이다.\n"
        "- 반면 RNN은 순차 데이터를 hidden state로 처리하는 신경망이다.\n"
    )
    assert "cnn" in {c for c, _ in passages(body)}
    assert "cnn" in {c for c, _ in passages(body, title="딥러닝 모델 정리")}


def test_a_point_on_the_features_a_model_has_is_about_the_model():
    features = "## 특징\n\n- Transformer가 가진 가장 큰 특징은 self-attention으로 모든 토큰을 한 번에 본다는 것이다.\n"
    assert [c for c, _ in passages(features)] == ["transformer"]
    limits = "## 정리\n\n- RNN이 가지는 한계는 긴 시퀀스에서 기울기가 사라진다는 점이다.\n"
    assert [c for c, _ in passages(limits)] == ["rnn"]


# --- the models a paper's method was measured on ---------------------------------------------------------
# A FlashAttention review lists its results per model under `## 4. 실험 결과 및 성능` or `# Experiments` › `### 4.1
# Faster Models with FlashAttention`: `- **BERT-large (seq. length 512)**: 학습 속도 15% 향상`. The note is about
# FlashAttention; BERT and GPT-2 are what it was measured on, mentions, no chips. A course note's `## 성능 평가`
# over the metrics it explains is no such section.


def test_the_models_a_papers_experiments_list_are_mentions():
    results = (
        "## 3. 제안 방법\n\nSRAM에 올린 블록 단위로 attention을 계산해 HBM 접근을 줄인다.\n\n"
        "## 4. 실험 결과 및 성능\n\n*   **주요 벤치마크 결과**:\n"
        "    *   **BERT-large (seq. length 512)**: MLPerf 1.1 기록 대비 **15%** 빠르게 학습했다.\n"
        "    *   **GPT-2 (seq. length 1K)**: HuggingFace 구현 대비 최대 **3배** 빠르다.\n"
    )
    experiments = (
        "# Experiments\n\n### 4.1 Faster Models with FlashAttention\n\n"
        "- **BERT**: BERT 학습 속도를 15% 개선해 MLPerf 1.1의 기록을 넘었다.\n"
        "- **GPT-2**: GPT-2 학습을 HuggingFace보다 최대 3배 빠르게 했다.\n"
    )
    for body in (results, experiments):
        found = FINDER.find(body, title="[논문리뷰] FlashAttention: Fast and Memory-Efficient Exact Attention")
        assert not {"bert", "gpt"} & {p.concept for p in found.passages}
        assert {"bert", "gpt"} <= found.mentions
    metrics = "## 성능 평가\n\n- **Precision**: 양성이라 예측한 것 중 실제 양성인 비율\n"
    assert [c for c, _ in passages(metrics)] == ["classification-metrics"]


def test_a_heading_that_only_opens_with_results_and_a_topic_under_results_keep_their_passages():
    # `결과적으로`, `실험 노트:` open no experiments section
    conclusion = "## 결과적으로 CNN은\n\n- CNN은 합성곱 필터를 공유해 이미지의 지역적 특징을 적은 파라미터로 추출하는 신경망이다.\n"
    assert [c for c, _ in passages(conclusion)] == ["cnn"]
    notes = "## 실험 노트: LSTM 구현\n\n- LSTM은 cell state와 3개의 게이트로 장기 의존성을 학습하는 RNN 구조이다.\n"
    assert "lstm" in {c for c, _ in passages(notes)}
    # a subsection under results with a topic of its own
    compared = (
        "## 결과 분석\n\n### LSTM vs GRU\n\n- LSTM은 게이트가 3개이고 cell state를 따로 둔다.\n"
        "- GRU는 게이트가 2개로 LSTM보다 가볍다.\n"
    )
    assert {"lstm", "gru"} <= {c for c, _ in passages(compared)}
    # the note's own model, explained among its results
    own = (
        "## Results\n\n- Transformer는 recurrence 없이 attention만으로 구성된 모델로, 병렬화가 쉬워 학습이 빠르다.\n"
        "- **BERT**: 같은 구조를 쌓아 사전 학습하면 GLUE에서 더 좋았다.\n"
    )
    found = FINDER.find(own, title="Transformer 논문 리뷰")
    assert "transformer" in {p.concept for p in found.passages}
    assert "bert" not in {p.concept for p in found.passages}


# --- a note on its subject that says it all under another concept's heading -----------------------------
# A note titled by its file name, `Batch_Normalization`, heads its one section `## Batch Normalization` and
# goes on under `#### Stochastic Gradient Descent`, which explains mini-batches and then defines batch
# normalization. The heading said nothing of its own, so the note had no passage on its subject at all and
# was listed as only mentioning it: the subject's section is quoted whole, the subsection staying SGD's too.


def test_a_notes_subject_section_is_quoted_whole_when_the_note_has_no_other_passage_on_it():
    body = (
        "## Batch Normalization\n\n#### Stochastic Gradient Descent\n\n"
        "- Gradient를 구하는 데이터 단위를 Batch라고 함.\n"
        "- SGD에서는 batch size만큼의 데이터로 gradient를 한 번 업데이트함.\n\n"
        "- 각 배치별로 평균과 분산을 이용해 정규화하는 것을 말함.\n"
        "- 그러면 평균은 0, 표준 편차는 1로 분포를 맞출 수 있음.\n"
    )
    found = FINDER.find(body, title="Batch_Normalization")
    assert [(p.concept, p.trail[-1]) for p in found.passages] == [
        ("sgd", "Stochastic Gradient Descent"),
        ("batch-normalization", "Batch Normalization"),
    ]
    assert "정규화하는 것을 말함" in found.passages[1].markdown
    # a subject quoted already keeps only its own passages
    own = body.replace("#### Stochastic", "배치 단위로 정규화하는 층.\n\n#### Stochastic")
    assert [p.trail[-1] for p in FINDER.find(own, title="Batch_Normalization").passages if p.concept != "sgd"] == [
        "Batch Normalization"
    ]


# --- a line that only sends the reader elsewhere ----------------------------------------------------------
# A CGAN review's `# 튜토리얼` and `# 이후 연구들` each hold one line: `... 부분은 [여기](...)를 참고하면 된다`, `많은
# GAN들(...)에 대한 설명은 [여기](...)에서 진행하도록 하겠다`. The link says only where; the sections said nothing
# of the note's subject, which had them as its passages. A line that says something besides keeps its passage.


def test_a_line_sending_the_reader_to_a_link_named_here_says_nothing():
    body = (
        "## CGAN\n\n생성자와 판별자 모두에 조건 y를 함께 넣어 원하는 클래스를 생성한다.\n\n"
        "## 튜토리얼\n\n핵심 부분을 제외한 코드는 [여기](https://example.com/pytorch-usage/)를 참고하면 된다.\n\n"
        "## 이후 연구들\n\n많은 GAN들(LSGAN, WGAN, ACGAN 등)에 대한 설명은 [여기](https://example.com/gans/)에서 "
        "진행하도록 하겠다.\n"
    )
    assert [t for _, t in passages(body, title="CGAN(Conditional GAN)")] == ["CGAN"]
    said = "## 실험\n\nMNIST에서 레이블을 조건으로 주면 원하는 숫자가 나온다. 코드는 [여기](https://example.com/)를 참고.\n"
    assert [t for _, t in passages(said, title="CGAN(Conditional GAN)")] == ["실험"]


def test_a_line_that_explains_on_past_a_link_named_here_says_something():
    body = (
        "## Attention\n\nAttention은 [여기](https://example.com/attention/)에서 확인할 수 있듯이 query와 key의 "
        "유사도로 value들을 가중합해 출력을 만드는 구조이다.\n"
    )
    assert passages(body) == [("attention", "Attention")]
    short = "## Attention\n\nAttention은 [여기](https://example.com/)에서 확인할 수 있듯이 value들을 가중합한다.\n"
    assert passages(short) == [("attention", "Attention")]
