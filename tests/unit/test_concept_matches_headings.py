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
