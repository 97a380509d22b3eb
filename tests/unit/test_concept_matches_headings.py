"""Headings that real study notes showed read wrong, each case in the shape of the notes that showed it (written
for the project, none copied): a lecture id glued to the lecture's title, a side note's `참고 :` heading, a heading
joining two names of which one is a kind of the other, a name's bracket saying what it does."""

from __future__ import annotations

from pymdownx.slugs import slugify

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.judging import lecture_code_apart
from hooks.kb.concepts.passages import PassageFinder
from tests.helpers.sitebuild import example_registry

FINDER = PassageFinder(load_concepts(example_registry()), slugify(case="lower"))


def passages(body: str, title: str = "") -> list[tuple[str, str]]:
    """(concept, the passage's own heading) of each passage of a note."""
    return [(p.concept, p.trail[-1]) for p in FINDER.find(body, title=title).passages]


# --- a lecture id glued to its title -----------------------------------------------------------------
# Notes on deeplearning.ai's courses head each lecture with its id: `C2W1L06_Dropout Regularization`. The `_`
# glues no identifier there: the lecture's title names its topic.

LECTURES = """C2W1L05_Dropout Regularization
==========

- 각 층에서 keep_prob 비율만큼만 뉴런을 남기고 나머지는 0으로 만든다
- 남긴 값은 keep_prob로 나눠 기댓값을 맞춘다 (inverted dropout)

C2W1L09_Weight Initialization for Deep Networks
==========

- 입력 개수 n이 클수록 가중치의 분산을 작게 잡는다
- ReLU라면 분산을 2/n으로: $W = \\text{randn} \\cdot \\sqrt{2/n}$
"""


def test_a_lecture_id_glued_to_the_lecture_s_title_leaves_the_title_s_topic_read():
    found = passages(LECTURES, title="2주차 1강 정리")
    assert ("dropout", "C2W1L05_Dropout Regularization") in found
    assert ("weight-initialization", "C2W1L09_Weight Initialization for Deep Networks") in found
    assert ("regularization", "C2W1L05_Dropout Regularization") not in found  # dropout is the specific one


def test_only_a_lecture_id_is_set_apart_never_an_identifier():
    assert lecture_code_apart("C2W1L06_Dropout Regularization") == "C2W1L06 Dropout Regularization"
    assert lecture_code_apart("C1W4L02_Forward and Backward Propagation") == "C1W4L02 Forward and Backward Propagation"
    for identifier in ("lstm_layer 구현", "warmup_steps 설정", "model_Dropout 비율", "V2_Dropout"):
        assert lecture_code_apart(identifier) == identifier


def test_a_paper_s_title_for_a_task_of_its_own_still_names_its_setting():
    body = "## Convolutional Neural Networks for Sentence Classification\n\n- 문장 분류에 합성곱을 쓴 논문 요약\n"
    assert ("cnn", "Convolutional Neural Networks for Sentence Classification") not in passages(body)


# --- a side note's heading -----------------------------------------------------------------------
# `## 참고 : 교사 강요(teacher forcing)` sets a section aside on the concept after the colon; `참고` alone, or over
# blog posts, heads the note's references.

ASIDE = """# Seq2Seq 구조

인코더가 입력 문장을 하나의 문맥 벡터로 요약하고 디코더가 그 벡터에서 출력 문장을 만든다.

## 참고 : 교사 강요(teacher forcing)

학습할 때 디코더에 직전 시점의 예측 대신 정답 토큰을 넣어 주는 방식이다. 초반의 틀린 예측이 뒤로 번지지 않아
학습이 빨라진다.

## 참고

- LSTM은 게이트로 기억을 조절한다는 글: [블로그](https://example.com/lstm)
"""


def test_a_side_note_heading_on_a_concept_is_that_concept_s_passage():
    found = passages(ASIDE, title="Seq2Seq 정리")
    assert ("teacher-forcing", "참고 : 교사 강요(teacher forcing)") in found
    assert not any(concept == "lstm" for concept, _ in found)  # `## 참고` over links stays the references


# --- two names joined, and a name's bracket ------------------------------------------------------
# `# Adam & AdamW` heads both, though AdamW is a kind of Adam; `## AdamW (Weight Decay 분리)` is about AdamW,
# the bracket saying what it does. A bracket with only a name in it glosses it (`경사 하강법 (SGD)`).

OPTIMIZERS = """# Adam & AdamW

## 개요

Adam은 기울기의 1차, 2차 모멘트를 지수 이동 평균으로 추정해 파라미터마다 보폭을 바꾸는 옵티마이저다.

## Adam의 업데이트 식

$$\\theta_{t+1} = \\theta_t - \\eta \\, \\hat{m}_t / (\\sqrt{\\hat{v}_t} + \\epsilon)$$

## AdamW (Weight Decay 분리)

가중치 감쇠를 기울기에 섞지 않고 업데이트 뒤에 따로 빼 준다. 적응적 학습률이 감쇠의 크기를 바꾸지 않는다.

## 관련 콘텐츠

- [SGD](/docs/sgd) - Adam과 비교
"""


def test_a_heading_joining_two_names_heads_each_and_a_bracket_says_what_the_name_before_it_does():
    found = passages(OPTIMIZERS, title="Adam")
    assert ("adam", "개요") in found and ("adam", "Adam의 업데이트 식") in found
    assert ("adamw", "AdamW (Weight Decay 분리)") in found
    assert not any(concept == "weight-decay" for concept, _ in found)
    assert ("adamw", "Adam & AdamW") not in found  # the overview of both, not AdamW's passage
    assert not any(heading == "관련 콘텐츠" for _, heading in found)  # the blog's links to its other posts


def test_a_bracket_with_only_a_name_glosses_it():
    body = "## 경사 하강법 (SGD)\n\n미니배치 하나의 기울기로 가중치를 조금씩 옮긴다. 전체 데이터를 보지 않아 빠르다.\n"
    assert passages(body) == [("sgd", "경사 하강법 (SGD)")]


# --- what a note's lead lists ----------------------------------------------------------------------
# A table of contents written as a list item `* Contents` and a numbered list after it names the sections to
# come; a `- 참고사이트` item over links labels references, colon or not.

CONTENTS_LEAD = """* Contents
1. Transformer 구조
2. GPT와 BERT
3. BERT - MLM(Masked Language Model)과 NSP(Next Sentence Prediction)

## GPT와 BERT

- BERT는 트랜스포머 인코더를 쌓아 양방향 문맥을 한 번에 보는 사전 학습 모델이다.
"""


def test_a_table_of_contents_in_the_lead_lists_sections_and_explains_none():
    found = passages(CONTENTS_LEAD, title="트랜스포머 정리")
    assert not any(heading.startswith("BERT - MLM") for _, heading in found)
    assert any(concept == "bert" for concept, _ in found)  # the section on it still explains it


def test_a_contents_item_then_a_blank_line_still_heads_its_list():
    body = CONTENTS_LEAD.replace("* Contents\n", "* Contents\n\n")
    assert not any(heading.startswith("BERT - MLM") for _, heading in passages(body))


def test_a_references_item_over_links_says_nothing():
    from hooks.kb.concepts.judging import says_something

    links = ["  - [배치 정규화 논문](https://arxiv.org/abs/1502.03167)", "  - [어느 블로그](https://example.com/bn)"]
    assert not says_something(["- 참고사이트", *links])
    assert not says_something(["References", *links])
    assert says_something(["- 참고로 배치 크기가 작으면 통계가 흔들린다", *links])


# --- a name as the base or the object of something else ------------------------------------------------
# `< 신경망 기반 단어 임베딩 >` is about embeddings a network learns, not neural networks; `- 토큰화가 되어있는 상태에서
# Embedding` says what is done to the words, not what tokenization is.


def test_a_heading_naming_what_its_topic_is_based_on_is_about_its_topic():
    body = "### < 신경망 기반 단어 임베딩 >\n\n원-핫 벡터에 임베딩 행렬을 곱하면 그 단어의 밀집 벡터가 나온다.\n"
    found = passages(body)
    assert not any(concept == "neural-network" for concept, _ in found)
    assert any(concept == "word-embedding" for concept, _ in found)


def test_a_korean_verbal_noun_done_to_something_is_no_topic():
    body = "- 토큰화가 되어있는 상태에서 임베딩을 만든다\n- 토큰화는 문장을 토큰 단위로 나누는 전처리 과정이다\n"
    found = passages(body)
    assert ("tokenization", "토큰화가 되어있는 상태에서 임베딩을 만든다") not in found
    assert ("tokenization", "토큰화는 문장을 토큰 단위로 나누는 전처리 과정이다") in found


def test_a_method_based_on_a_concept_and_named_for_none_is_on_its_base():
    body = "## Autoencoder 기반 방법\n\n- 정상 샘플만으로 복원 모델을 학습하고 복원 오차가 큰 샘플을 골라낸다\n"
    assert ("autoencoder", "Autoencoder 기반 방법") in passages(body)


def test_a_lead_that_is_a_table_of_contents_is_no_lead_of_the_note_s_subject():
    body = "**목차**  \n[1. 구조](#1-구조)  \n\n* Contents\n" + CONTENTS_LEAD.split("\n", 1)[1]
    body += "\n## 1. 구조\n\nTransformer는 RNN 없이 어텐션만으로 문장을 인코딩하고 디코딩하는 모델이다.\n"
    found = FINDER.find(body, title="Transformer").passages
    assert [p.line for p in found if p.concept == "transformer"] == [body.split("\n").index("## 1. 구조") + 1]


# --- a tokenizer's attention mask ---------------------------------------------------------------------
# An MRC note's pre-processing lists what the tokenizer returns: `### Attention Mask` marks the padding tokens to
# leave out, no attention mechanism (a registry homonym).


def test_a_tokenizer_s_attention_mask_is_no_attention_passage():
    body = (
        "## 전처리\n\n### Attention Mask\n\n- 어텐션을 계산할 때 무시할 토큰을 0, 볼 토큰을 1로 표시한다\n"
        "- 보통 [PAD] 토큰을 가리는 데 쓴다\n\n## Attention\n\n- Attention은 query와 key의 유사도로 value를 가중합한다\n"
    )
    found = passages(body)
    assert ("attention", "Attention Mask") not in found
    assert ("attention", "Attention") in found


# --- a name as the condition of a point -----------------------------------------------------------------
# `- 과적합이 발생하기 전까지는 dropout 사용을 안한다` under dropout's lecture says when to use dropout; a point on what
# happens when a model overfits, naming nothing else, is overfitting's.


def test_a_point_naming_a_concept_as_its_condition_is_about_the_other_concept_it_names():
    body = (
        "## Dropout 이해하기\n\n- 뉴런 하나에 기대지 못하게 해서 가중치를 고르게 퍼뜨린다\n"
        "- 과적합이 발생하기 전까지는 dropout 사용을 안한다\n\n## 과적합 증상\n\n"
        "- 과적합이 발생하면 학습 손실은 계속 줄지만 검증 손실은 다시 오른다\n"
    )
    found = passages(body)
    assert ("overfitting", "과적합이 발생하기 전까지는 dropout 사용을 안한다") not in found
    assert ("dropout", "Dropout 이해하기") in found
    assert any(concept == "overfitting" for concept, _ in found)


# --- a point of a list of something's traits ----------------------------------------------------------
# `정규화의 효과에는 다음과 같은 것들이 있다.` (input normalization) over `- Regularization이 스케일의 차이에 ...`: one of
# normalization's effects, though it opens with regularization's name. A list of the concept's own traits keeps it.


def test_a_point_of_a_list_of_another_topic_s_effects_is_that_topic_s():
    body = (
        "### 입력 정규화\n\n입력을 평균 0, 분산 1로 맞춰 준다. 정규화의 효과에는 다음과 같은 것들이 있다.\n\n"
        "- 모델이 특성의 스케일에 덜 민감해진다.\n- Regularization이 특성마다 고르게 걸린다.\n"
    )
    assert not any(concept == "regularization" for concept, _ in passages(body))


def test_a_point_of_a_list_of_its_own_concept_s_traits_is_its_passage():
    body = "### 장점\n\nDropout의 장점은 다음과 같다.\n\n- Dropout은 뉴런들이 서로에게 기대지 않게 만들어 과적합을 줄인다.\n"
    assert passages(body) == [("dropout", "Dropout은 뉴런들이 서로에게 기대지 않게 만들어 과적합을 줄인다.")]
