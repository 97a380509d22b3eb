"""Auto-links in note pages: golden files (tests/golden/autolink/x.html -> x.out.html), then unit cases.

`UPDATE_GOLDEN=1 pytest tests/golden/test_autolink.py` rewrites the expected files; review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.links.autolink import ConceptTarget, link_concepts

GOLDEN = Path(__file__).parent / "autolink"
REGISTRY = load_concepts(
    """\
families:
  cnn: CNN 계열
  sequence: 시퀀스 모델
concepts:
  - id: cnn
    name: CNN
    ko: 합성곱 신경망
    en: Convolutional Neural Network
    family: cnn
    summary: 합성곱 층을 쌓은 신경망.
  - id: r-cnn
    name: R-CNN
    ko: 영역 기반 합성곱 신경망
    en: Region-based CNN
    family: cnn
    summary: 후보 영역마다 CNN으로 특징을 뽑는 검출기.
  - id: sequential-model
    name: Sequential Model
    ko: 시퀀스 모델
    en: Sequential Model
    aliases: [Sequential]
    exclude_if: [Sequential API]
    family: sequence
    summary: 순서가 있는 데이터를 다루는 모델.
  - id: rnn
    name: RNN
    ko: 순환 신경망
    en: Recurrent Neural Network
    family: sequence
    summary: 이전 상태를 다시 넣는 신경망.
  - id: lstm
    name: LSTM
    ko: 장단기 메모리
    en: Long Short-Term Memory
    family: sequence
    kind_of: [rnn]
    summary: 게이트로 장기 의존성을 다루는 RNN.
""",
    "test-concepts.yml",
)
MATCHER = AliasMatcher(REGISTRY)


def target(concept_id: str) -> ConceptTarget:
    return ConceptTarget(f"../../concepts/{concept_id}/", REGISTRY.get(concept_id).title)


def linked(html: str, to=target) -> list[tuple[str, str]]:
    """(shown text, concept id) of each auto-link, in order."""
    out = link_concepts(html, MATCHER, to)
    return re.findall(r'<a class="kb-concept-link" href="../../concepts/([^/]+)/"[^>]*>([^<]*)</a>', out)


CASES = sorted(p for p in GOLDEN.glob("*.html") if not p.name.endswith(".out.html"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_golden(case: Path):
    expected_file = case.with_suffix(".out.html")
    actual = link_concepts(case.read_text(encoding="utf-8"), MATCHER, target)
    if os.environ.get("UPDATE_GOLDEN") or not expected_file.exists():
        expected_file.write_text(actual, encoding="utf-8")
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.fail(f"{expected_file} did not exist: written, review it and run again")
    assert actual == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>LSTM은 RNN의 한 종류</p>", [("lstm", "LSTM"), ("rnn", "RNN")]),
        ("<p>lstm에서 LSTM으로</p>", [("lstm", "lstm")]),  # the first mention only
        ("<p>CNN</p><h2>x</h2><p>CNN</p>", [("cnn", "CNN"), ("cnn", "CNN")]),  # once per section
        ("<h2>CNN</h2><p>CNN</p>", [("cnn", "CNN")]),  # never in the heading
        ("<p><code>CNN</code> CNN</p>", [("cnn", "CNN")]),
        ("<pre><code>RNN</code></pre><p>RNN</p>", [("rnn", "RNN")]),
        ('<p><a href="x">CNN</a> CNN</p>', [("cnn", "CNN")]),
        ('<p><img alt="CNN" src="a.png"></p>', []),
        ("<p><!--kb-math:0-->CNN<!--/kb-math--></p>", []),
        ('<div class="kb-no-autolink"><div>CNN</div></div><p>CNN</p>', [("cnn", "CNN")]),
        ("<p>R-CNN과 CNN</p>", [("r-cnn", "R-CNN"), ("cnn", "CNN")]),
        ("<p>Keras Sequential API</p>", []),
        ("<p>Sequential API</p><p><em>Sequential</em> 모델</p>", [("sequential-model", "Sequential")]),
        ('<p><span title="CNN">x</span> RNN <b>CNN</b></p>', [("rnn", "RNN"), ("cnn", "CNN")]),
        ("<p>a < b, CNN</p>", [("cnn", "CNN")]),
        ("<p>&lt;CNN&gt;</p>", [("cnn", "CNN")]),
        ("<p>CNNs, 합성곱 신경망</p>", [("cnn", "CNNs")]),
        ("<p>RNN1 DCNN</p>", []),
        ("<details><summary>CNN</summary><p>CNN</p></details>", [("cnn", "CNN")]),
        ('<p class="admonition-title">CNN</p><p>CNN</p>', [("cnn", "CNN")]),
        # a missing image's placeholder shows its file name or alt text where the blog showed the picture
        ('<p><span class="kb-missing-image" role="img">이미지 없음: cnn.png</span> CNN</p>', [("cnn", "CNN")]),
    ],
)
def test_links_land_where_they_should(html, expected):
    assert [(c, shown) for c, shown in linked(html)] == expected


def test_a_concept_without_a_target_is_left_as_text_and_later_mentions_too():
    assert linked("<p>CNN과 RNN, 다시 CNN</p>", lambda c: None if c == "cnn" else target(c)) == [
        ("rnn", "RNN")
    ]


def test_text_outside_links_is_unchanged():
    html = (GOLDEN / "skipped.html").read_text(encoding="utf-8")
    out = link_concepts(html, MATCHER, target)
    assert re.sub(r'<a class="kb-concept-link"[^>]*>([^<]*)</a>', r"\1", out) == html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # kramdown's abbreviation inside a longer name: the name is found, its link holds the abbreviation
        (
            '<p>R-<abbr title="Convolutional Neural Network">CNN</abbr> 검출기</p>',
            '<p><a class="kb-concept-link" href="../../concepts/r-cnn/" title="{r}">'
            'R-<abbr title="Convolutional Neural Network">CNN</abbr></a> 검출기</p>',
        ),
        # the abbreviation alone is the name: the link holds the whole <abbr>
        (
            '<p><abbr title="Recurrent Neural Network">RNN</abbr>은</p>',
            '<p><a class="kb-concept-link" href="../../concepts/rnn/" title="{rnn}">'
            '<abbr title="Recurrent Neural Network">RNN</abbr></a>은</p>',
        ),
        # a name in the abbreviation's title is no mention
        ('<p><abbr title="RNN cell">X</abbr></p>', '<p><abbr title="RNN cell">X</abbr></p>'),
    ],
)
def test_a_name_is_found_across_an_abbreviations_tags(html, expected):
    titles = {"r": REGISTRY.get("r-cnn").title, "rnn": REGISTRY.get("rnn").title}
    assert link_concepts(html, MATCHER, target) == expected.format(**titles)
