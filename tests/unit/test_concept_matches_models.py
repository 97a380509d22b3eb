"""Matches that study notes on optimizers, regularization, Transformer variants, detection, segmentation and
the ML basics of a course like LG Aimers showed wrong: each case in the shape of the notes that showed it
(written for the project, none copied), with the rule that tells the right reading from the wrong one."""

from __future__ import annotations

import pytest
from pymdownx.slugs import slugify

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.judging import says_something
from hooks.kb.concepts.passages import PassageFinder
from tests.helpers.sitebuild import example_registry

REGISTRY = load_concepts(example_registry())
FINDER = PassageFinder(REGISTRY, slugify(case="lower"))
MATCHER = AliasMatcher(REGISTRY)


def passages(body: str, title: str = "") -> list[tuple[str, str]]:
    """(concept, the passage's own heading or item) of each passage of a note."""
    return [(p.concept, p.trail[-1]) for p in FINDER.find(body, title=title).passages]


# --- a heading's own text runs to its first subsection -------------------------------------------------
# `## Attention - 개념` with its definition as a point, then `### 가중치와 어텐션의 차이`: the point is the
# heading's own text, so the heading is the passage (it was left to the subsection, the definition lost).


@pytest.mark.parametrize(
    ("body", "concept", "heading"),
    [
        (
            "## Attention - 개념\n\n- 입력 중 어디에 집중할지를 가중치로 정하는 신경망 기법.\n\n"
            "### 가중치와 어텐션의 차이\n\n- 어텐션은 입력 전체를 보고 집중할 곳을 고른다.\n",
            "attention",
            "Attention - 개념",
        ),
        (
            "## 4.4. 랜덤포레스트\n - 여러 결정 트리를 배깅해서 투표로 결정\n - 부트스트래핑 : 중복을 허락해 뽑는 샘플링\n\n"
            "### 랜덤포레스트 Hyper Parameter\n - n_estimators : 트리의 개수\n",
            "random-forest",
            "4.4. 랜덤포레스트",
        ),
    ],
)
def test_points_before_a_subsection_are_the_headings_own_text(body, concept, heading):
    assert (concept, heading) in passages(body)


# --- a line of a configuration is no definition ----------------------------------------------------------
# `- dropout = 0.5로 설정했다` under a paper's training details, `- loss function: binary cross entropy` in a
# list of a model's settings: they name what was used, they do not say what it is.


@pytest.mark.parametrize(
    ("item", "concept"),
    [
        ("dropout = 0.5로 설정했다.", "dropout"),
        ("loss function: binary cross entropy", "loss-function"),
        ("activation function: Leaky ReLU, Softmax", "activation-function"),
        ("weight decay = 5e-4 (ResNet 학습과 같게)", "weight-decay"),
    ],
)
def test_a_setting_in_a_list_of_settings_is_a_mention(item, concept):
    body = f"## 학습 설정\n\n- 에폭: 135\n- {item}\n- 배치 크기: 64\n"
    found = FINDER.find(body)
    assert found.passages == ()
    assert concept in found.mentions


def test_a_definition_after_the_mark_is_still_a_passage():
    found = FINDER.find("## 용어\n\n- dropout = 학습 때 뉴런을 무작위로 꺼서 공동 적응을 막는 기법\n")
    assert [p.concept for p in found.passages] == ["dropout"]


# --- a paper's title names its topic before a colon or closes with it in brackets --------------------------


@pytest.mark.parametrize(
    ("title", "concept"),
    [
        ("U-net: 바이오메디컬 이미지 세그멘테이션을 위한 Convolutional Network", "u-net"),
        ("You Only Look Once: Unified, Real-Time Object Detection", "yolo"),
        ("[논문 리뷰] ResNet: Deep Residual Learning for Image Recognition", "resnet"),
        ("Improving Language Understanding by Generative Pre-Training (GPT-1)", "gpt"),
    ],
)
def test_a_papers_title_gives_its_topic_the_sections_no_other_concept_claims(title, concept):
    body = "## 1. Introduction\n\n기존 방법은 느리고, 이 논문은 한 번에 예측하는 구조를 제안한다.\n\n## 2. 한계\n\n작은 물체를 놓친다.\n"
    assert passages(body, title) == [(concept, "1. Introduction"), (concept, "2. 한계")]


@pytest.mark.parametrize(
    "title", ["CNN과 RNN: 비교", "이미지 분류 (CNN, RNN)", "최신 NLP 모델 비교(GPT, BERT, ELECTRA)"]
)
def test_a_title_of_several_names_heads_no_topic(title):
    body = "## 1. 배경\n\n기존 방법은 느리다.\n"
    assert passages(body, title) == []


# --- a heading over a section on each concept it names is their overview ------------------------------------

OVERVIEW = """# [Object detector] R-CNN/Fast R-CNN/Faster R-CNN/SSD 가볍게 알아보기

객체 탐지에 대해 공부하면서 정리해놓았던 내용들을 올린다.

## R-CNN

- Selective Search로 후보 영역 2000개를 만들고 각각을 CNN에 넣는다.

## Fast R-CNN

- 이미지 전체에 CNN을 한 번만 돌리고 RoI Pooling으로 특징을 뽑는다.

## Faster R-CNN

- 후보 영역도 RPN이라는 네트워크로 만들어 병목을 없앤다.

## SSD

- 여러 크기의 특징 맵마다 기본 박스로 한 번에 검출한다.
"""


def test_a_heading_over_a_section_on_each_name_it_lists_is_no_passage_of_them():
    assert passages(OVERVIEW) == [
        ("r-cnn", "R-CNN"),
        ("fast-r-cnn", "Fast R-CNN"),
        ("faster-r-cnn", "Faster R-CNN"),
        ("ssd", "SSD"),
    ]


@pytest.mark.parametrize(
    ("heading", "sub", "concept"),
    [
        ("Seq2Seq and Attention Model", "Attention", "attention"),  # no section on Seq2Seq
        ("Perceptron and Neural Networks", "Perceptron", "perceptron"),  # one topic: the perceptron
    ],
)
def test_a_heading_over_a_section_on_only_one_of_its_topics_keeps_its_passage(heading, sub, concept):
    body = f"## {heading}\n\n인코더-디코더 구조와 어텐션, 퍼셉트론의 한계.\n\n### {sub}\n\n가중합을 구한다.\n"
    assert (concept, heading) in passages(body)


# --- the lead of a note about one concept, its points included ------------------------------------------------


def test_the_subjects_points_in_the_lead_are_quoted_as_the_whole_lead():
    body = (
        "- 기존 네트워크는 끝의 FC Layer에서 공간 정보를 잃는다\n- FCN은 픽셀 단위의 예측을 수행 함.\n"
        "- Convolution Layer들 만으로 Segmentation 수행.\n\n### Upsampling\n- Deconvolution 또는 Bilinear Interpolation\n"
    )
    found = FINDER.find(body, title="FCN(Fully Convolutional Networks)")
    lead = [p for p in found.passages if p.concept == "fcn"]
    assert [(p.line, p.anchor) for p in lead] == [(1, None)]
    assert "Convolution Layer들 만으로" in lead[0].markdown and "공간 정보를 잃는다" in lead[0].markdown


# --- what says nothing: a paper's particulars, an empty heading, a label of links, bare Spark code ----------


@pytest.mark.parametrize(
    "lines",
    [
        ["* **제목**: An Image is Worth 16x16 Words", "* **저자**: Alexey Dosovitskiy, et al.", "* **학회**: ICLR 2021"],
        ["- Authors: Alec Radford, Karthik Narasimhan", "- Published: 2018"],
        ["### ", ""],
        ["Reference :  ", "https://github.com/someone/unet-pytorch"],
        [
            "val evaluator = new BinaryClassificationEvaluator()",
            '  .setMetricName("areaUnderROC")',
            "val auc = evaluator.evaluate(predictions)",
            'println(s"AUC = $auc")',
        ],
        ['evaluator = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderROC")'],
    ],
)
def test_particulars_empty_headings_link_labels_and_bare_code_say_nothing(lines):
    assert not says_something(lines)


def test_a_spark_section_under_roc_auc_is_no_passage():
    body = (
        "## ROC-AUC\n\nval evaluator = new BinaryClassificationEvaluator()\n"
        '  .setMetricName("areaUnderROC")\nval auc = evaluator.evaluate(predictions)\n'
    )
    assert passages(body) == []


def test_a_papers_particulars_section_is_no_passage():
    body = (
        "## 1. 개요 (Overview)\n\n* **제목**: An Image is Worth 16x16 Words\n* **저자**: Alexey Dosovitskiy\n"
        "* **링크**: [arXiv](https://arxiv.org/abs/2010.11929)\n\n## 2. 핵심 아이디어\n\n이미지를 패치로 잘라 토큰처럼 넣는다.\n"
    )
    assert passages(body, "Vision Transformer (ViT)") == [("vision-transformer", "2. 핵심 아이디어")]


def test_a_section_under_an_empty_heading_is_no_passage():
    body = "## 1. YOLO의 원리\n\n이미지를 S x S 그리드로 나눈다.\n\n## 6. YOLOv8에 대한 정보.\n### \n\n\n"
    assert passages(body, "YOLO 정리") == [("yolo", "1. YOLO의 원리")]


# --- a point that opens with a name and its full form is about it ---------------------------------------------


def test_an_item_of_a_name_and_its_full_form_over_points_is_its_passage():
    body = (
        "# Model 비교\n\n- GPT **Generative Pre-trained Transformer**\n    - 이전 단어로 다음 단어를 예측하며 학습\n"
        "- BERT **Bidirectional Encoder Representations from Transformers**\n    - 가린 단어를 양방향으로 예측\n"
    )
    assert [c for c, _ in passages(body)] == ["gpt", "bert"]


# --- mAP only as written so, nonlinear functions of the math, more spellings --------------------------------


def test_a_lowercase_map_heading_is_no_map():
    found = FINDER.find("## ⭐ map\n\n노트들 사이의 지도: 어디서 무엇을 봤는지 적어 둔다.\n")
    assert found.passages == () and "mean-average-precision" not in found.mentions
    assert [p.concept for p in FINDER.find("## mAP\n\n클래스별 AP의 평균.\n").passages] == ["mean-average-precision"]


def test_a_nonlinear_function_named_by_its_letter_is_no_activation_function():
    assert "activation-function" not in FINDER.find("입력을 비선형 함수 g(x)로 바꿔 근사한다.\n").mentions
    assert "activation-function" in FINDER.find("층 사이에 비선형 함수를 넣는다.\n").mentions


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Non-maximal suppression은 중복 박스를 지운다", "nms"),
        ("Non Maximal Suppression", "nms"),
        ("Single Shot Multi-box Detector (SSD)", "ssd"),
        ("Single Shot MultiBox Detector", "ssd"),
    ],
)
def test_more_spellings_of_nms_and_ssd(text, concept):
    assert [c for c, _, _ in MATCHER.spans(text)][:1] == [concept]


# --- a lesson's goals and a note's appendix -----------------------------------------------------------------


def test_a_lessons_goals_are_routine():
    for label in ("**학습 목표**:\n", "**학습 목표**:\n\n"):
        body = f"## 개요\n\n{label}- 과적합이 왜 발생하는지 이해하고 감지할 수 있다\n- Dropout의 원리를 익힌다\n"
        assert passages(body) == []


def test_a_notes_appendix_is_not_given_to_its_subject():
    body = (
        "## Adam\n\nMomentum과 RMSProp을 합친 것.\n\n## 추가 조사\n\n"
        "파라미터마다 학습률을 다르게 두는 다른 방법들도 찾아보았다.\n\n##### optimizers\n\n"
        "- 학습률을 줄이는 방법이 여럿 있다\n"
        "- Adadelta는 Adagrad의 단점을 해결하려고 학습률을 동적으로 조정한다\n"
    )
    found = passages(body, "08. Adam (Adaptive Moment Estimation)")
    assert [c for c, _ in found] == ["adam", "adadelta"] and ("adam", "추가 조사") not in found


# --- a note's own gloss: `정규화(Regularization)` ----------------------------------------------------------------

REGULARIZATION_NOTE = """## 개요

과적합을 막는 정규화(Regularization) 전략들을 다룬다.

## 흔한 오해

정규화를 너무 강하게 걸면 과소적합이 생긴다. 배치 정규화는 다른 이야기다.
"""


def test_a_korean_word_a_note_glosses_with_a_concepts_name_is_that_name_in_the_note():
    found = FINDER.find(REGULARIZATION_NOTE, title="정규화 기법")
    assert [(p.concept, p.trail[-1]) for p in found.passages] == [("regularization", "개요"), ("regularization", "흔한 오해")]
    assert "batch-normalization" in found.mentions  # the registry's longer name still wins where it stands


def test_without_the_gloss_the_word_names_nothing():
    found = FINDER.find(REGULARIZATION_NOTE.replace("(Regularization)", ""), title="정규화 기법")
    assert found.passages == () and "regularization" not in found.mentions


@pytest.mark.parametrize(
    "text",
    [
        "feature map의 너비를 2배로 늘리는(upsampling) 과정",  # a verb's form, not a noun
        "위치 정보 처리 (Positional Encoding)",  # the phrase is glossed, not its last word
        "모델(Transformer)을 쓴다",  # a general word
        "정규화(Regularization)와 정규화(Normalization)",  # two meanings in one note: neither
        "합성곱(CNN) 층",  # an acronym says what is used, not what the word means
    ],
)
def test_what_is_no_gloss_of_a_name(text):
    from hooks.kb.concepts.glosses import glossed_names

    assert glossed_names(text, MATCHER) == {}


def test_logistic_regression_in_korean_statistics_books():
    assert [c for c, _, _ in MATCHER.spans("논리회귀(Logistic regression) ~sigmoid Function")][:1] == ["logistic-regression"]


def test_a_preview_of_the_next_lesson_is_routine():
    body = "## 다음 섹션 미리보기\n\n다음에는 정규화(Regularization) 블록들로 LeNet, AlexNet, ResNet이 어떻게 조합되는지 본다.\n"
    assert passages(body, "정규화 기법") == []


# --- a point on what several models share, a formula's term, a section announced and not written -----------


def test_a_point_opening_with_several_names_and_deung_is_about_what_they_share():
    body = "## Applications\n\n- CNN, LSTM등은 SL의 대표적인 예시이다.\n    - 훈련 데이터로 입력과 출력의 관계를 배운다.\n"
    assert passages(body) == []
    assert [c for c, _ in passages("## 모델\n\n- CNN은 이미지 분류에 쓰이는 합성곱 신경망이다.\n")] == ["cnn"]


def test_a_formulas_term_that_comes_back_to_its_name_is_no_definition():
    body = "## Confidence Score\n\n- P(Object): 그리드 셀에 물체가 있을 확률\n- IoU(Predicted Box, GT): 예측 박스와 정답 박스의 IoU\n"
    assert "iou" not in {p.concept for p in FINDER.find(body).passages}
    assert [c for c, _ in passages("## 지표\n\n- IoU: 두 박스의 교집합을 합집합으로 나눈 값\n")] == ["iou"]


def test_a_section_that_only_announces_what_it_will_explain_is_no_passage():
    body = (
        "## Network Architecture\n\n이 장에서는 U-Net의 구조를 설명해준다.\n"
        "U-Net은 줄어드는 경로와 늘어나는 경로로 이루어진다.\n\n## Training\n\n이 장에서는 어떻게 학습을 시켰는지 설명해준다.\n"
    )
    assert passages(body, "U-Net") == [("u-net", "Network Architecture")]


def test_a_section_given_to_the_subject_with_only_a_pointer_under_it_is_no_passage():
    body = (
        "## 개요\n\n과적합을 막는 정규화(Regularization) 기법들을 다룬다.\n\n## 더 깊이 알아보기\n\n"
        "### Dropout의 탄생\n\n힌튼은 은행 창구에서 직원들이 자리를 바꾸는 것을 보고 떠올렸다.\n"
    )
    assert passages(body, "정규화 기법") == [("regularization", "개요"), ("dropout", "Dropout의 탄생")]
    grouping = "## Generative Models\n\n### VAE\n\n잠재 변수를 학습한다.\n\n### GAN\n\n생성자와 판별자가 겨룬다.\n"
    assert ("generative-model", "Generative Models") in passages(grouping)


def test_a_line_opening_with_the_word_map_is_no_map():
    # the case rule holds where a name opens a line (a label, a title) as it does inside one
    assert FINDER.matcher.opening("map 정리: 어디서 무엇을 봤는지") is None
    assert FINDER.matcher.opening("mAP 정리").concept == "mean-average-precision"
    assert not FINDER.is_label("map")
