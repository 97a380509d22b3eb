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
