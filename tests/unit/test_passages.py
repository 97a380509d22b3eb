"""Pure functions: finding concept names, a note's outline, and which passage is about which concept."""

from __future__ import annotations

import pytest
from pymdownx.slugs import slugify

from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.candidates import is_generic, topic_candidates, topic_label
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.outline import outline
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.posts.note import Note
from tests.helpers.sitebuild import example_registry

REGISTRY = load_concepts(example_registry())
SLUGIFY = slugify(case="lower")
FINDER = PassageFinder(REGISTRY, SLUGIFY)
MATCHER = AliasMatcher(REGISTRY)


def concepts_of(body: str) -> list[tuple[str, str]]:
    """(concept, first line of the passage) for each passage of a body."""
    return [(p.concept, p.markdown.strip().splitlines()[0]) for p in FINDER.find(body).passages]


# --- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LSTM은 RNN의 한 종류", ["lstm", "rnn"]),
        ("CNN에서 여러 채널을 사용하는 이유", ["cnn"]),
        ("합성곱 신경망과 컨볼루션", ["cnn"]),  # 컨볼루션 alone is a weak name
        ("convnet, Convolutional Neural Networks", ["cnn", "cnn"]),
        ("Variational Auto-Encoder / variational autoencoder / VAE의", ["vae", "vae", "vae"]),
        ("변분 오토인코더", ["vae"]),
        ("Gate Recurrent Unit: 게이트 2개인 RNN", ["gru", "rnn"]),
        ("Fast R - CNN은 R-CNN보다 빠르다", ["fast-r-cnn", "r-cnn"]),
        ("역합성곱은 합성곱이 아니다", ["deconvolution"]),
        ("Deconvolution is not convolutional", ["deconvolution"]),
        ("GANs and VAEs", ["gan", "vae"]),
        ("ChatGPT와 RoBERTa", ["bert"]),  # not GPT inside ChatGPT
        ("Self-Attention과 Multi-Headed Attention", ["self-attention", "multi-head-attention"]),
        ("Laten Variable Models (VAE)", ["vae"]),
        ("자기 회귀 모델, Auto regressive model", ["autoregressive-model", "autoregressive-model"]),
        # an identifier is no mention: `warmup_steps`, `lstm_layer`, `nn_LSTM`; Markdown's `_LSTM_` still is
        ("warmup_steps=4000 을 사용", []),
        ("lstm_layer와 my_LSTM 그리고 _LSTM_ 과 __GRU__", ["lstm", "gru"]),
        ("self_attention 으로 계산", ["self-attention"]),
    ],
)
def test_names_are_found_whatever_the_case_spacing_or_particle(text, expected):
    assert [m.concept for m in MATCHER.find(text)] == expected


def test_a_name_opening_a_line_is_told_from_one_inside_it():
    assert MATCHER.opening("LSTM은 게이트를 쓴다").concept == "lstm"
    assert MATCHER.opening("Pixel RNN") is None


# --- outline ------------------------------------------------------------------------------------

TWO = "## RNN\n\n- **LSTM**\n  - cell state\n    - 컨베이어 벨트\n  - Forget gate\n- **GRU**\n  - 2개의 게이트\n"
FOUR = "## RNN\n\n- **LSTM**\n    - cell state\n        - 컨베이어 벨트\n    - Forget gate\n- **GRU**\n    - 2개의 게이트\n"


@pytest.mark.parametrize("body", [TWO, FOUR], ids=["kramdown 2 spaces", "python-markdown 4 spaces"])
def test_nesting_by_two_or_four_spaces_gives_the_same_outline(body):
    shape = outline(body, SLUGIFY)
    spans = [(b.kind, b.title, b.start, b.end, b.parent) for b in shape.blocks]
    assert spans[:3] == [
        ("heading", "RNN", 0, 8, None),
        ("item", "LSTM", 2, 6, 0),
        ("item", "cell state", 3, 5, 1),
    ]
    assert ("item", "GRU", 6, 8, 0) in spans


def test_html_and_markdown_headings_nest_alike_and_only_markdown_ones_get_anchors():
    html = outline("# 12일차\n\n<h3 data-toc-skip> Transformer </h3>\n\n- Encoder\n", SLUGIFY)
    markdown = outline("# 12일차\n\n### Transformer\n\n- Encoder\n", SLUGIFY)
    assert [(b.title, b.parent) for b in html.blocks] == [(b.title, b.parent) for b in markdown.blocks]
    assert html.blocks[1].anchor == "12일차"  # toc gives raw HTML no id: link to the section around it
    assert markdown.blocks[1].anchor == "transformer"


def test_anchors_are_the_ones_toc_makes_including_repeats():
    shape = outline(
        "## 배경\n\n## 배경\n\n## CNN에서 여러 채널을 사용하는 이유\n\n## A `code` **b**\n", SLUGIFY
    )
    assert [b.anchor for b in shape.blocks] == [
        "배경",
        "배경_1",
        "cnn에서-여러-채널을-사용하는-이유",
        "a-code-b",
    ]


def test_code_and_display_math_never_start_a_block():
    body = "## CNN\n\n```python\n# not a heading\n- not an item\n```\n\n$$\n- x\n$$\n\n- 합성곱 층\n"
    shape = outline(body, SLUGIFY)
    assert [b.title for b in shape.blocks] == ["CNN", "합성곱 층"]
    assert shape.blocks[0].end == len(body.rstrip("\n").split("\n"))


def test_lazy_continuation_lines_stay_in_their_item():
    body = "- Fully Convolutional Network\n  - upsampling 방법\n  Deconvolution : Convolution의 역연산\n  Padding을 많이 줘서\n"
    blocks = outline(body, SLUGIFY).blocks
    assert (blocks[1].start, blocks[1].end) == (1, 4)


def test_a_heading_keeps_its_formulas_as_written():
    """The title a concept page links a passage by keeps the TeX its formula is typeset from."""
    blocks = outline("# $\\partial_{\\beta_k}\\|y-X\\beta\\|_2^2$ 의 계산 \\*\n\n본문\n", SLUGIFY).blocks
    assert blocks[0].title == "$\\partial_{\\beta_k}\\|y-X\\beta\\|_2^2$ 의 계산 *"


# --- passages: one test per shape a note gives a topic ------------------------------------------


def test_markdown_heading():
    assert concepts_of("## CNN\n\n### 파라미터 갯수\n\n3x3 필터 64개\n") == [("cnn", "**파라미터 갯수**")]


def test_html_heading():
    body = "<h3 data-toc-skip> Transformer </h3>\n\n- 재귀적인 구조 없이 Attention 활용\n"
    assert concepts_of(body) == [("transformer", "- 재귀적인 구조 없이 Attention 활용")]


def test_bold_list_item_used_as_a_heading():
    body = "- **Sequential Model**\n  - 길이가 일정하지 않다\n- **LSTM (Long Short Term Memory)**\n  - cell state\n"
    assert concepts_of(body) == [
        ("sequential-model", "- **Sequential Model**"),
        ("lstm", "- **LSTM (Long Short Term Memory)**"),
    ]


def test_list_item_naming_a_narrower_concept_inside_another_topic_goes_to_the_narrower_one():
    body = (
        "## RNN\n\n- Recurrent Neural Network\n  - 이전의 latent를 참고\n"
        "- RNN의 문제를 해결하기 위해 더 발전된 LSTM 등장\n  - Forget Gate: 어떤 정보를 지울 지 결정\n"
    )
    found = FINDER.find(body).passages
    assert [(p.concept, p.trail[-1]) for p in found] == [
        ("rnn", "RNN"),
        ("lstm", "RNN의 문제를 해결하기 위해 더 발전된 LSTM 등장"),
    ]
    rnn, lstm = found
    assert "Forget Gate" in lstm.markdown and "Forget Gate" not in rnn.markdown
    assert "→ [LSTM](concept:lstm)" in rnn.markdown  # the reader sees where the LSTM points went
    assert lstm.anchor == "rnn"


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # cut inside a formula, the "$" left open made the concept page's link an error; the formula goes whole
        ("3.2 VAE에서 posterior $p(\\mathbf{z}\\|\\mathbf{x}, \\theta)$ 를 근사하는 방법", "3.2 VAE에서 posterior…"),
        ("$\\mathbb{E}_{q(\\mathbf{z}|\\mathbf{x})}[\\log p(\\mathbf{x}|\\mathbf{z})]$ 를 최대화하는 VAE의 학습", None),
        ("VAE를 처음 공부하면서 헷갈렸던 점들을 하나씩 적어 두고 나중에 다시 천천히 읽어 보는 절", "VAE를 처음 공부하면서 헷갈렸던 점들을 하나씩 적어 두고 나중에 다시 천천히 읽어…"),
    ],
)
def test_a_long_section_title_is_shortened_around_its_formulas(title, shown):
    (passage,) = FINDER.find(f"## {title}\n\n잠재 변수 모델의 학습 목표.\n").passages
    if shown is None:  # the title opens with the formula: kept whole, the words after it cut
        shown = title[: title.index("$ ") + 1] + "…"
    assert passage.trail[-1] == shown


@pytest.mark.parametrize(
    ("item", "concept"),
    [
        ("- NADE는 데이터의 결합 확률 분포를 모델링하는 신경망이다", "nade"),
        ("- Positional Encoding이 필요. 순서 정보가 없기 때문에 추가", "positional-encoding"),
        ("- Gate Recurrent Unit: 게이트가 2개인 RNN, 더 적은 파라미터", "gru"),
        ("- Deconvolution: Convolution의 역연산, 엄밀한 역은 아님", "deconvolution"),
        ("- lstm 은 장기 의존성을 다룬다고 배웠음", "lstm"),
    ],
)
def test_a_one_line_item_that_defines_the_name_is_a_passage(item, concept):
    assert [c for c, _ in concepts_of("## 정리\n\n" + item + "\n")] == [concept]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a point made under the label of a topic no concept names serves that topic
        ("- DCN (Deformable Convolutional Networks)\n  - CNN은 geometric transform에 한계점을 지님\n  - offset 추가\n", []),
        ("- ERM(Emprical Risk Minimization)\n  - 오버피팅이 흔하게 자주 일어난다\n  - 가설 공간을 줄인다\n", []),
        # under a concept's label, or a Korean heading-like item, it is the concept's own line
        ("- 활성화 함수\n  - ReLU는 음수를 0으로 만드는 함수\n  - 기울기 소실이 적다\n", ["activation-function", "relu"]),
    ],
)
def test_a_one_line_point_under_another_topics_label_is_no_passage(body, expected):
    assert sorted(c for c, _ in concepts_of("## 정리\n\n" + body)) == expected


@pytest.mark.parametrize(
    "item",
    [
        "- LSTM 구현",
        "- Dropout 사용",
        "- NADE(Neural Autoregressive Density Estimator)",
        "- ResNet에서 더하기 대신 concat 사용",
        "- vanishing/exploding gradient",
        "- Pixel RNN으로 R,G,B를 만든다",
    ],
)
def test_a_passing_mention_is_a_mention(item):
    found = FINDER.find("## 정리\n\n" + item + "\n")
    assert found.passages == ()


@pytest.mark.parametrize(
    ("entry", "mentioned"),
    [
        ("- 2013 - DQN\n   - 딥마인드의 강화학습 알고리즘\n   - Q-Learning 이라는 강화학습 기법 사용\n", "reinforcement-learning"),
        ("- 2019 - BIG Language Models\n   - GPT-3\n       - language model\n       - 굉장히 많은 파라미터를 갖고 있다\n", "gpt"),
        ("- 2020 - Self Supervised Learning\n   - SimCLR\n       - 레이블 없는 데이터까지 활용해 표현을 학습\n", "contrastive-learning"),
        ("- 2015 - Residual Networks(ResNet) : 너무 깊어진 네트워크의 성능 저하를 막아줌\n", "resnet"),
        ("- **2014** - GAN\n    - 생성자와 판별자가 경쟁하며 학습\n", "gan"),
        ("- 2017: Transformer\n    - RNN 없이 attention 만으로 번역\n", "transformer"),
    ],
)
def test_an_entry_of_a_timeline_mentions_what_it_names(entry, mentioned):
    found = FINDER.find("### Historical Review\n\n" + entry)
    assert found.passages == ()
    assert mentioned in found.mentions


def test_a_sentence_that_opens_with_a_year_is_no_timeline_entry():
    body = "## 정리\n\n- 2012년 AlexNet 등장 이후\n- LSTM은 cell state로 장기 의존성을 다루는 RNN이다\n"
    assert [p.concept for p in FINDER.find(body).passages] == ["lstm"]


def test_a_heading_with_nothing_under_it_is_a_mention():
    found = FINDER.find("# Seq2Seq with Attention for NLP\n\n# Recurrent Neural Network\n\n- 재귀\n")
    assert [p.concept for p in found.passages] == ["rnn"]
    assert "attention" in found.mentions


def test_a_lone_line_naming_a_concept_is_a_heading_and_a_lone_name_alone_is_not_a_passage():
    body = "#### 생성 모델 2\n\nVariation Autoencoder\n\n- Variational inference\n  - 근사\n\n    GAN\n\n#### 다음\n"
    found = FINDER.find(body)
    assert [p.concept for p in found.passages] == ["generative-model", "vae"]
    assert "gan" in found.mentions


def test_a_homonym_is_not_the_concept():
    keras = "## RNN\n\n### Sequential Model\n\n- Sequential Model은 레이어를 선형적으로 쌓는다.\n- 다중 입력은 함수형 API를 쓴다.\n"
    found = FINDER.find(keras)
    assert "sequential-model" not in {p.concept for p in found.passages} | found.mentions


def test_a_part_stays_inside_the_whole_and_has_its_own_passage_too():
    body = "## Transformer\n\n- Encoder\n  - self-attention\n    - Query, Key, Value 벡터를 만든다\n"
    transformer, attention = FINDER.find(body).passages
    assert "Query, Key, Value" in transformer.markdown and "Query, Key, Value" in attention.markdown


def test_math_and_nested_points_stay_verbatim_with_their_passage():
    body = (
        "## 생성 모델\n\n- **Autoregressive Model**\n  - Chain rule\n"
        "    - $ p(x_1, ...,x_n) = p(x_1)p(x_2 \\mid x_1) $\n\n    $$\n    - not an item\n    $$\n- **GAN**\n  - 경쟁\n"
    )
    autoregressive = FINDER.find(body).passages[1]
    assert autoregressive.concept == "autoregressive-model"
    assert "    - $ p(x_1, ...,x_n) = p(x_1)p(x_2 \\mid x_1) $" in autoregressive.markdown
    assert "    $$\n    - not an item\n    $$" in autoregressive.markdown


@pytest.mark.parametrize(
    ("current", "normalized"),
    [
        (
            "# 12일차\n\n<h3 data-toc-skip> Recurrent Neural Networks </h3>\n\n- **RNN**\n  - 단점\n"
            "- **LSTM (Long Short Term Memory)**\n  - cell state\n    - 과거 정보\n",
            "## Recurrent Neural Networks\n\n- **RNN**\n    - 단점\n"
            "- **LSTM (Long Short Term Memory)**\n    - cell state\n        - 과거 정보\n",
        ),
    ],
)
def test_the_same_note_before_and_after_ingest_normalizes_it_gives_the_same_passages(current, normalized):
    def shape(body):
        return [(p.concept, p.trail[-1], len(p.markdown.splitlines())) for p in FINDER.find(body).passages]

    assert (
        shape(current)
        == shape(normalized)
        == [
            ("rnn", "Recurrent Neural Networks", 3),
            ("lstm", "LSTM (Long Short Term Memory)", 3),
        ]
    )


# --- repeated topics no concept covers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("### 3. Markov Model", "Markov Model"),
        ("- Markov model: 과거 1개만 봄", "Markov model"),
        ("- **Conditional Independence**", "Conditional Independence"),
        ("- 길게 쓴 문장 하나는 주제가 아니다 정말로", None),
        ("### MRC의 종류", "MRC"),  # a generic part of a topic: the topic
        ("## KorQuAD란?", "KorQuAD"),
        ("### 그래프의 중요성", "그래프의 중요성"),
    ],
)
def test_topic_labels(line, label):
    assert topic_label(outline(line + "\n", SLUGIFY).blocks[0]) == label


def test_repeated_topics_no_concept_covers_are_candidates():
    notes = [
        Note("notes/a.md", "A", "## Markov model\n\n과거 하나만\n\n## LSTM\n\n게이트\n", "notes/a/"),
        Note("notes/b.md", "B", "- Markov Model(first-order): 과거 하나\n- **LSTM**\n  - 셀\n", "notes/b/"),
        Note("notes/c.md", "C", "## Momentum\n\n관성\n", "notes/c/"),
    ]
    found = topic_candidates(notes, FINDER)
    assert [(c.label, c.notes) for c in found] == [("Markov model", ("notes/a.md", "notes/b.md"))]


def test_generic_headings_and_parts_of_quoted_sections_are_no_candidates():
    notes = [
        Note(f"notes/{n}.md", n, body, f"notes/{n}/")
        for n, body in {
            "a": "## 피어세션\n\n회의\n\n## 장단점\n\n좋다\n\n## LSTM\n\n### Forget Gate\n\n버린다\n\n## 3주차\n\n- a\n",
            "b": "## 피어 세션\n\n회의\n\n## 장단점\n\n나쁘다\n\n## LSTM\n\n### Forget gate\n\n잊는다\n\n## 3주차\n\n- b\n",
            "c": "## Atention\n\n가중합\n\n## Teacher Forsing\n\n정답을 넣는다\n",
            "d": "## Attention\n\n가중합\n\n## Teacher forsing\n\n정답\n\n## Atention\n\nQKV\n\n## 손실\n\n- 줄임\n",
            "e": "## 손실\n\n- 줄였다\n",  # a glossary word: decided to be no concept
        }.items()
    ]
    assert topic_candidates(notes, FINDER) == []


@pytest.mark.parametrize(
    ("label", "generic"),
    [("참고자료", True), ("피어세션", True), ("목차", True), ("Introduction", True), ("3주차", True),
     ("Day 7", True), ("장단점", True), ("22일차 학습 정리", True), ("29~33일차 P-stage", True), ("12조", True),
     ("level2 팀 외부대회", True), ("부족한 점", True), ("https", True), ("Markov Model", False),
     ("Receptive Field", False), ("3분류", False), ("Dayton", False), ("문제 제기", True), ("문제제기", True),
     ("문제 해결 모델", True), ("Paper", True), ("Paper Review", False),
     # a GitHub study repository's sections (boostcamp daily notes, TIL repositories)
     ("요구사항", True), ("기능 요구사항", True), ("실습", True), ("실습 코드", True), ("실습 1", True),
     ("실습1. 점수표", True), ("Step 2", True), ("3단계", True), ("[Day 31] -", True),
     ("[Day 22] - 페이지랭크 & 전파 모델", True), ("종류", True), ("TIL", True), ("Exercise", True),
     ("Step function", False), ("Labeling", False), ("Dropout", False), ("실습 환경의 GPU", False),
     # the questions every boostcamp lecture ends with
     ("Further Question", True), ("Further Questions", True), ("Question Answering", False),
     ("사전질문", True), ("사전 질문", True)],
)
def test_generic_labels(label, generic):
    assert is_generic(label) is generic


def test_a_github_study_repository_s_section_words_are_no_candidates_and_its_topics_are():
    """Daily boostcamp notes in the shapes of real ones: the course's section words and day labels are in
    every note, the topic ("MRC의 종류" under two days: MRC) in two."""
    notes = [
        Note(f"notes/{n}.md", n, body, f"notes/{n}/")
        for n, body in {
            "day31": "## [Day 31] - \n\n### 1. Image Classification I\n\n분류\n\n## 실습\n\n코드 실행\n\n"
            "## 요구사항\n\n- 정확도 80%\n\n### MRC의 종류\n\n- Extractive\n",
            "day32": "## [Day 31] - \n\n### 2. Semantic segmentation\n\n픽셀\n\n## 실습\n\n노트북을 돌렸다\n\n"
            "## 요구사항\n\n- 제출\n\n## 실습 1\n\n- a\n\n### MRC의 종류\n\n- Multiple-choice\n",
            "day33": "## 실습 1\n\n- b\n\n## Step 1\n\n- c\n\n## Step 1\n\n- d\n",
        }.items()
    ]
    assert [(c.label, c.notes) for c in topic_candidates(notes, FINDER)] == [
        ("MRC", ("notes/day31.md", "notes/day32.md"))
    ]


# --- what a passage shows of its note's layout ---------------------------------------------------------
# A note lists a model's parts as a numbered list whose first item is another concept's
# (`1. **Dropout**: ...`): the line standing for it keeps its number, or the reader saw a bullet and then
# "2.", "3.". Notion exports set a rule under every heading (`## 0. Abstract` then `---`): a passage opening
# or ending on it showed a bare line under its link.


def test_a_numbered_item_standing_for_another_concept_keeps_its_number():
    body = (
        "## CNN 학습에 쓰는 것들\n\n"
        "1. **Dropout**: 학습 때 일부 뉴런을 꺼서 과적합을 막는다.\n"
        "2. **Data Loader**: 이미지를 배치로 묶어 모델에 넣는다.\n"
        "3. **Checkpoint**: 학습 중간의 가중치를 저장한다.\n"
    )
    (cnn,) = [p for p in FINDER.find(body).passages if p.concept == "cnn"]
    first = cnn.markdown.splitlines()[0]
    assert first.startswith("1. ") and "(concept:dropout)" in first
    assert "\n2. **Data Loader**" in cnn.markdown


@pytest.mark.parametrize("rule", ["---", "***", "___", "- - -"])
def test_a_passage_does_not_open_or_end_on_a_rule(rule):
    body = (
        f"## GRU\n\n{rule}\n\n"
        "- GRU는 reset gate와 update gate 두 개로 LSTM을 단순하게 만든 구조다.\n"
        "- 계산이 빨라 데이터가 적을 때 잘 맞는다.\n\n"
        f"{rule}\n\n## GRU의 게이트\n\n{rule}\n\n"
        "GRU의 reset gate는 지난 hidden state를 얼마나 버릴지 정하고\n\n"
        f"{rule}\n\nupdate gate는 지난 정보를 얼마나 넘길지 정한다.\n\n{rule}\n"
    )
    found = [p.markdown for p in FINDER.find(body).passages if p.concept == "gru"]
    assert len(found) == 2
    for markdown in found:
        lines = markdown.strip().splitlines()
        assert lines[0] != rule and lines[-1] != rule
    assert f"정하고\n\n{rule}\n\nupdate gate" in found[1]  # a rule between two paragraphs stays


# --- a note's lead -------------------------------------------------------------------------------------
# A Notion export of a paper review opens, under its title, with the concept's definition in a callout box
# (`<aside>` / `💡 **GRU(Gated Recurrent Unit)**` / ...), then `## 0. Abstract`: before, no passage held it
# and the concept's page showed the abstract but not the definition.

CALLOUT_LEAD = (
    "---\n\n"
    '<div class="admonition note" markdown="1">\n'
    "💡 **GRU(Gated Recurrent Unit)**\n"
    "LSTM의 장기 의존성 해결책을 유지하면서 reset gate와 update gate 두 개로 더 단순하게 계산하는 구조\n"
    "</div>\n\n---\n\n"
    "## 0. Abstract\n\n---\n\n"
    "- GRU 논문은 두 개의 RNN으로 인코더와 디코더를 만들어 구문 표현을 학습한다.\n"
    "- 인코더와 디코더는 함께 학습된다.\n"
)


def test_the_lead_of_a_note_about_a_concept_is_its_first_passage():
    found = FINDER.find(CALLOUT_LEAD, title="GRU").passages
    assert [(p.concept, p.line, p.anchor) for p in found[:2]] == [("gru", 1, None), ("gru", 10, "0-abstract")]
    lead = found[0].markdown
    assert lead.startswith('<div class="admonition note"') and "reset gate와 update gate" in lead
    assert "Abstract" not in lead and not lead.rstrip().endswith("---")


ABSTRACT = "## 0. Abstract\n\n- GRU 논문은 두 개의 RNN으로 인코더와 디코더를 만들어 구문 표현을 학습한다.\n"


@pytest.mark.parametrize(
    ("body", "title", "leads"),
    [
        (CALLOUT_LEAD, "", 0),  # no title names the concept: the lead is about nothing in particular
        ("![](gru.png)\n\n[원문](https://example.com/gru)\n\n" + ABSTRACT, "GRU", 0),  # says nothing
        ("- **GRU**: 게이트 두 개로 LSTM을 단순하게 만든 구조\n\n" + ABSTRACT, "GRU", 1),  # quoted as its item
        ("GRU는 게이트 두 개로 LSTM을 단순하게 만든 구조다.\n\n" + ABSTRACT, "GRU 정리", 1),
        # a paper review's byline over the link to its PDF names no concept: no definition
        ("저자 : Yoon Kim(New York University)\n\n논문 [[pdf]](https://example.com/gru.pdf)\n\n" + ABSTRACT, "GRU", 0),
    ],
)
def test_a_lead_is_quoted_once_when_it_says_something_about_the_title_s_concept(body, title, leads):
    found = FINDER.find(body, title=title).passages
    assert sum(1 for p in found if p.concept == "gru" and p.line == 1) == leads


def test_a_passage_never_quotes_the_notes_table_of_contents():
    """`[TOC]` (kramdown's `{:toc}`, Typora's `[toc]`) drew the concept page's own table of contents in the quote."""
    body = "Batch Normalization은 미니배치의 평균과 분산으로 입력을 정규화하는 기법이다.\n\n[TOC]\n\n## 수식\n\n평균을 뺀다.\n"
    passages = FINDER.find(body, title="Batch Normalization 정리").passages
    assert passages and all("[TOC]" not in p.markdown for p in passages)
