"""Matches that real study notes showed wrong: each case in the shape of the notes that showed it (written
for the project, none copied), with the rule that tells the right reading from the wrong one."""

from __future__ import annotations

import pytest
from pymdownx.slugs import slugify

from hooks.kb.concepts.candidates import is_generic, topic_candidates
from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.judging import says_something
from hooks.kb.concepts.outline import outline, without_embeds
from hooks.kb.concepts.passages import PassageFinder
from hooks.kb.posts.note import Note
from hooks.kb.posts.wikilinks import link_wikilinks
from tests.helpers.concept_shapes import DROP_OUT, EMBEDDING_NOTE, FIGURED, GRU_NOTE, KERAS, UNFINISHED
from tests.helpers.sitebuild import example_registry

REGISTRY = load_concepts(example_registry())
SLUGIFY = slugify(case="lower")
FINDER = PassageFinder(REGISTRY, SLUGIFY)


def passages(body: str, title: str = "") -> list[tuple[str, str]]:
    """(concept, the passage's own heading) of each passage of a note."""
    return [(p.concept, p.trail[-1]) for p in FINDER.find(body, title=title).passages]


# --- a formula closed on its line opens no math block --------------------------------------------
# kramdown writes `$$...$$` inline too, and an attribute list may follow a display formula on its line:
# neither holds the lines after it, so the headings after it are headings.


@pytest.mark.parametrize(
    "formula",
    [
        "$$u_{it} = tanh(W_w h_{it} + b_w)$$ {: .text-center }",
        "$$a_i = \\frac{exp(u_i)}{\\sum_t exp(u_t)}$$, $$v = \\sum_i a_i h_i$${: .text-center }",
        "$$\\theta$$에 대한 방정식을 세웁니다.",
        "$$P(y)$$ 물론 이 구조만으로도 성능이 올랐습니다.",
    ],
)
def test_a_formula_closed_on_its_own_line_leaves_the_next_heading_a_heading(formula):
    body = f"## Attention in Document classification\n\n{formula}\n\n문서 분류 이야기\n\n## Transformer\n\n본문\n"
    titles = [b.title for b in outline(body, SLUGIFY).blocks if b.kind == "heading"]
    assert titles == ["Attention in Document classification", "Transformer"]


def test_a_display_block_still_holds_its_lines_up_to_its_closing_dollars():
    body = "## 유도\n\n$$\n\\begin{aligned}\n# not a heading\n\\end{aligned} $$ {: .text-center }\n\n## LSTM\n\n본문\n"
    titles = [b.title for b in outline(body, SLUGIFY).blocks if b.kind == "heading"]
    assert titles == ["유도", "LSTM"]


# --- an embedded note is that note's, not the embedding one's ---------------------------------------
# Obsidian's `![[GRU 정리]]` on its line shows that note's text in a box: its sections are quoted from that
# note, once, and the note embedding it covers only what it writes itself.


def embedding_body(embedded: str = GRU_NOTE) -> str:
    gru = Note("notes/vault/GRU 정리.md", "GRU 정리", embedded, "notes/vault/gru/", source=embedded)
    moc = Note("notes/vault/RNN 모음.md", "RNN 모음", EMBEDDING_NOTE, "notes/vault/moc/", source=EMBEDDING_NOTE)
    linked, _ = link_wikilinks([moc, gru])
    return linked[0].body


def test_an_embedded_note_gives_the_embedding_note_no_passage():
    body = embedding_body()
    assert "GRU는 reset gate" in body  # the box holds the other note's text
    assert passages(body) == [("lstm", "LSTM")]


def test_the_embedded_text_is_blanked_line_for_line_and_its_title_link_kept():
    body = embedding_body()
    own = without_embeds(body)
    assert own.count("\n") == body.count("\n")
    assert "GRU는" not in own and "[GRU 정리](kb-docs:notes/vault/GRU%20" in own and "</div>" in own
    line = next(p.line for p in FINDER.find(body).passages)
    assert body.splitlines()[line - 1] == "## LSTM"


@pytest.mark.parametrize(
    "embedded",
    [
        GRU_NOTE + '\n```html\n<div class="gru-cell">\n```\n',  # a `<div>` in code is no tag
        GRU_NOTE + '\n<div align="center">\n\n![GRU 셀](gru.png)\n',  # left open: held to the note's end
        GRU_NOTE + "\n</div>\n\n## GRU 구현\n\nGRU 층을 쌓는다.\n",  # a stray `</div>`, closing nothing
    ],
    ids=["div-in-code", "div-left-open", "stray-closing-div"],
)
def test_the_embedded_text_is_the_other_notes_whatever_html_it_holds(embedded):
    body = embedding_body(embedded)
    own = without_embeds(body)
    for line in ("GRU는", "gru-cell", "gru.png", "GRU 구현", "GRU 층"):  # blanked: quoted from that note
        assert line not in own
    assert own.count("\n") == body.count("\n")
    assert "LSTM은 셀 상태를" in own  # the embedding note's own text stays
    assert passages(body) == [("lstm", "LSTM")]


# --- a typo is read in words long enough to be one ------------------------------------------------
# A heading `# Alert` (an MLOps lecture's alerting) was read as a typo of ALBERT, and the BERT page quoted it.
# `### Production Process of AI Model` was read as a typo of "AR Model" (autoregressive): one letter off an
# acronym inside a name is another acronym too.


@pytest.mark.parametrize(
    ("heading", "meant"),
    [
        ("Alert", None),  # a word, one letter from the acronym ALBERT
        ("Alerts", None),
        ("Bridge", None),  # a word, one letter more than Ridge
        ("Ancor", None),  # too short to tell a letter missing from another word
        ("Atention", "Attention"),
        ("Bathc Size", "Batch Size"),
        ("Sigmod", "Sigmoid"),
        ("Object Detecion", "Object Detection"),
        ("Polling", "Pooling"),  # a letter changed in a word of 7: still read, the status page says so
        ("AI Model", None),  # a data-making lecture's heading: another acronym, not "AR Model" mistyped
        ("AI model", None),
        ("ARR Model", None),
        ("AR Modle", "AR Model"),  # the acronym as the name has it, a letter swapped in the word after it
    ],
)
def test_a_typo_is_read_only_where_one_letter_cannot_make_another_word(heading, meant):
    assert [t.meant for t in FINDER.matcher.typo(heading)] == ([meant] if meant else [])


def test_an_alert_section_is_no_passage_of_bert():
    body = "## Alert\n\n모델 서빙 지표가 임계값을 넘으면 담당자에게 알림을 보낸다.\n"
    found = FINDER.find(body)
    assert found.passages == () and found.typos == ()


# --- a phrase that holds a name but means something else ------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Inception Scores (IS)", []),  # a generative model's score, computed with an Inception network
        ("Frechet Inception Distance (FID)", []),
        ("인셉션 스코어는 생성 이미지의 선명도와 다양성을 본다", []),
        ("Inception Module", ["googlenet"]),
        ("GNN (Graph Neural Network)", []),
        ("Deep Neural Network", ["neural-network"]),
    ],
)
def test_a_longer_name_of_something_else_is_not_read_as_the_name_inside_it(text, named):
    assert [c for c, _, _ in FINDER.matcher.spans(text, weak=True)] == named


# --- a tag names no topic ---------------------------------------------------------------------------
# `# 태그: #DeepLearning #CNN #RNN` is a heading (a space after `#`): its tags were read as its topics, and
# the whole note under it was quoted as one passage on the CNN and LSTM pages.

TAGGED = (
    "## 태그: #DeepLearning #CNN #RNN #LSTM\n\n"
    "이 문서는 **CNN**과 **RNN**을 요약 정리한 것입니다.\n\n"
    "### 1. CNN (합성곱 신경망)\n\n필터가 이미지를 훑으며 특징 맵을 추출하는 신경망입니다.\n\n"
    "### 2. RNN (순환 신경망)\n\n은닉 상태가 다음 시점의 입력으로 다시 들어가는 신경망입니다.\n"
)


def test_names_written_as_tags_in_a_heading_are_no_topic_of_it():
    assert passages(TAGGED) == [("cnn", "1. CNN (합성곱 신경망)"), ("rnn", "2. RNN (순환 신경망)")]


# --- a bold label under a figure, with its points under it, heads them -------------------------------
# A note that ends each topic with its figure: `**Norm Penalty**` right after the figure above was read as
# that figure's caption, and every topic after it ran into the first label's passage.


def test_a_bold_label_with_its_points_under_it_heads_them_even_under_a_figure():
    labels = [b.title for b in FINDER.outline(FIGURED).blocks if b.kind == "label"]
    assert labels == ["Early Stopping : Generalization performance가 나빠지기 전에 멈추자", "parameter Norm Penalty", "Label Smoothing"]
    found = passages(FIGURED)
    assert ("norm-penalty", "parameter Norm Penalty") in found and ("label-smoothing", "Label Smoothing") in found


@pytest.mark.parametrize(
    "after",
    [
        "ResNet\n\n표에서 보듯 base 모델도 BLEU가 높았다.\n",  # a plain line: the figure's caption
        "**ResNet**\n\n표에서 보듯 base 모델도 BLEU가 높았다.\n",  # bold, with prose after it: still its caption
    ],
)
def test_a_line_naming_a_concept_under_a_figure_without_points_of_its_own_is_its_caption(after):
    body = f"## 실험 결과\n\n![BLEU 비교 표](table.png)\n\n{after}"
    assert [b.kind for b in FINDER.outline(body).blocks] == ["heading"]


def test_a_name_in_the_definition_after_a_bold_label_is_no_topic_of_it():
    found = [c for c, _ in passages(FIGURED)]
    assert "early-stopping" in found and "generalization" not in found


def test_dropout_written_as_two_words_is_dropout():
    assert ("dropout", "Drop Out") in passages("### Regularization\n" + DROP_OUT)


@pytest.mark.parametrize("written", ["Auto Encoder", "AutoEncoder", "Auto-Encoder", "autoencoder"])
def test_an_autoencoder_is_found_however_its_two_words_are_joined(written):
    """docs/concepts.yml's own example of a name matched with or without the space between its words."""
    assert [c for c, _ in passages(f"## {written}\n\n입력을 작은 잠재 벡터로 압축했다가 복원한다.\n")] == ["autoencoder"]


# --- a heading that names what its section is compared with --------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "## 3. Gated Recurrent Unit (GRU)\n\n- **LSTM과의 차이점**\n  - reset gate와 update gate만 둔다\n"
            "  - cell state 없이 hidden state만 둔다\n",
            [("gru", "3. Gated Recurrent Unit (GRU)")],
        ),
        (
            "## Transformer\n\n병렬로 모든 토큰을 한 번에 계산한다.\n\n### RNN과 비교\n\n순차 계산이 없어 학습이 빠르다.\n",
            [("transformer", "Transformer")],
        ),
        (  # both named as topics: both kept
            "## LSTM과 GRU 비교\n\nGRU는 게이트가 둘이고 LSTM은 셋이라 GRU가 가볍다.\n",
            [("lstm", "LSTM과 GRU 비교"), ("gru", "LSTM과 GRU 비교")],
        ),
    ],
)
def test_a_name_the_section_is_compared_with_is_no_topic_of_it(body, expected):
    assert passages(body) == expected


# --- the sections a table of contents lists are no part of it ---------------------------------------
# `## Contents` with its list, then the sections a level down (`### 3.1.2 ...`): they were read as routine,
# like the list, and a note about discrete distributions covered nothing.

CONTENTS = (
    "## Contents\n\n* 3.1 The Binomial Distribution\n\n* 3.4 The Poisson Distribution\n\n"
    "### 3.1.2 Definition of the Binomial Distribution\n\n"
    "* 성공 확률이 p인 베르누이 시행을 n번 독립으로 했을 때 성공 횟수의 분포\n\n"
    "### 3.4.1 Definition of the Poisson Distribution\n\n"
    "* 단위 시간에 평균 λ번 일어나는 사건이 일어난 횟수의 분포\n"
)


def test_sections_under_a_table_of_contents_are_read_as_sections():
    assert passages(CONTENTS, "03. Discrete Probability Distributions") == [
        ("probability", "3.1.2 Definition of the Binomial Distribution"),
        ("probability", "3.4.1 Definition of the Poisson Distribution"),
    ]


def test_what_is_under_an_assignment_heading_stays_a_mention():
    body = "## 과제\n\n### 심화 과제 1\n\n- LSTM은 게이트로 정보를 고른다는 것을 구현으로 확인\n"
    assert passages(body) == []


# --- a heading with nothing under it yet does not say a note is about something else ------------------


def test_a_note_about_a_concept_with_an_empty_heading_on_it_still_gives_it_its_sections():
    assert passages(UNFINISHED, "Beam Search (아직 작성 중)") == [
        ("beam-search", "Introduction"),
        ("beam-search", "Background and Notation"),
    ]


def test_a_note_whose_heading_on_its_subject_holds_only_code_is_about_the_code():
    body = "## 개요\n\n케라스로 모델을 만든다.\n\n## RNN\n\n```python\nmodel.add(SimpleRNN(8))\n```\n"
    assert passages(body, "케라스로 RNN 만들기") == []


# --- a section about a homonym is no part of the passage around it ---------------------------------
# Keras' Sequential model under `## RNN` is no sequence model (its section says 함수형 API): it was not quoted
# for the sequence models, but stayed inside the RNN passage as if it were about RNNs.


def test_a_section_about_a_homonym_is_left_out_of_the_passage_it_sits_in():
    with_lstm = KERAS + "### LSTM\n\n- LSTM은 게이트로 장기 의존성 문제를 다룬다\n"
    rnn = [p.markdown for p in FINDER.find(with_lstm).passages if p.concept == "rnn"]
    assert rnn == ["**→ [LSTM](concept:lstm)**\n"]  # the grouping heading, pointing to what it groups
    assert passages(KERAS) == []


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("1. 지속학습은 단순 Fine-tuning이 아니다", []), ("RNN이 아닌 Attention만 쓰는 이유", ["attention"])],
)
def test_a_name_a_heading_says_its_topic_is_not_is_no_topic_of_it(heading, expected):
    body = f"## {heading}\n\n새 데이터로 계속 학습만 하면 과거 지식을 크게 잊을 수 있어, 과거 지식을 유지하는 것이 핵심이다.\n"
    assert [c for c, _ in passages(body)] == expected


# --- an address's words are no mention ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- PCA 공부 (참고 : [PCA 참고](https://365datascience.com/tutorials/python-tutorials/pca-k-means/))",
        "- [블로그 글](http://taewan.kim/post/cnn/)",
        "- 참고: https://example.com/2019/12/07/connections-log-likelihood-cross-entropy-kl-divergence",
        '<a href="https://example.github.io/ai_math/gradient-descent"><img src="x.png"></a>',
        "- [이전 글](../cnn/)",
    ],
)
def test_a_name_in_a_link_address_is_no_mention(line):
    found = FINDER.find(f"## 공부 기록\n\n{line}\n")
    assert not found.mentions & {"k-means", "cnn", "cross-entropy", "kl-divergence", "gradient-descent"}


def test_a_name_in_a_links_text_is_still_a_mention():
    assert "k-means" in FINDER.find("## 기록\n\n- [K-Means 정리](https://example.com/a/)\n").mentions


# --- a section copied into several notes is one writing, for the concept candidates --------------------


def candidate_labels(bodies: dict[str, str]) -> list[str]:
    notes = [Note(path, path, body, path) for path, body in bodies.items()]
    return [c.label for c in topic_candidates(notes, FINDER)]


def test_a_label_only_copies_of_one_section_use_is_no_candidate():
    talk = "## 이고잉 특강\n\n- git은 버전 관리 도구이고, 협업할 때 브랜치를 나눠 작업한다\n"
    store = "## Feature Store\n\n- {}\n"
    labels = candidate_labels(
        {
            "notes/day33.md": talk + store.format("학습과 서빙에 같은 피처를 쓰게 모아 두는 저장소"),
            "notes/day33-copy.md": talk + store.format("피처를 한곳에 모아 두고 버전을 관리한다"),
        }
    )
    assert labels == ["Feature Store"]


# --- a diffusion model by its architecture's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Diffusion Transformer (DiT) Architecture", ["diffusion-model", "diffusion-model"]),
        ("Training & Inference of DiT", ["diffusion-model"]),
        ("edit 기록", []),
    ],
)
def test_a_diffusion_transformer_is_a_diffusion_model(text, named):
    assert [c for c, _, _ in FINDER.matcher.spans(text, weak=True)] == named


# --- a course's stages and competitions are no concept candidates -----------------------------------


@pytest.mark.parametrize(
    ("label", "generic"),
    [
        ("P-stage", True),
        ("U stage 강의", True),
        ("국방 AI 대회 진행", True),
        ("외부 대회", True),
        ("2022 Animal Datathon 대회 본선", True),
        ("Feature Store", False),
        ("Backstage 구조", False),
        ("Mutual Information", False),
    ],
)
def test_a_courses_stages_and_competitions_are_no_topic(label, generic):
    assert is_generic(label) is generic


# --- Python left bare where a note lost its fences says nothing ---------------------------------------
# A note exported without its code fences: `python` on a line, then the code as text, its comments become
# headings (`# 시그모이드 및 미분`), and each such "section" of code was quoted as a passage.

BARE_CODE = (
    "python\nimport numpy as np\n\n"
    "def sigmoid(x): return 1 / (1 + np.exp(-x))\n"
    "d_loss_a2 = a2 - y_true\n"
    "d_loss_z2 = d_loss_a2 * d_a2_z2    # (출력 쪽)\n"
    "loss = 0.5 * np.sum((a2 - y_true)**2)\n"
    "loss.backward()\n"
    "self.mask = None\n"
)


def test_bare_python_says_nothing():
    assert not says_something(BARE_CODE.splitlines())
    assert passages(f"## 시그모이드 및 미분\n\n{BARE_CODE}") == []


@pytest.mark.parametrize(
    "line",
    [
        "y = wx + b",  # a formula written out
        "ReLU(x) = max(0, x)",
        "If you want more data, augment it:",
        "From the table, we can see that LSTM works.",
        "손실은 loss = 0.5 * np.sum((a2 - y)**2)로 계산한다",
    ],
)
def test_a_formula_or_prose_beside_the_code_still_says_something(line):
    assert says_something([*BARE_CODE.splitlines(), line])


def test_a_section_of_subheadings_over_code_says_nothing():
    body = "## [실습] 넘파이 vs 파이토치로 2단 MLP 역전파 비교\n\n### 1. 넘파이로 (수동 미분)\n\n" + BARE_CODE
    assert passages(body) == []


def test_a_section_whose_subsection_says_something_is_still_a_passage():
    body = "## LSTM\n\n### 게이트\n\n- forget gate는 셀 상태에서 지울 정보를 고른다\n"
    assert passages(body) == [("lstm", "LSTM")]


# --- a name in code is no mention -------------------------------------------------------------------
# A PyTorch note passes `batch_size=32` to its DataLoader, in a code block or inline: it is an argument, not
# the note speaking of batch size (its page links no name in code either). Prose that names it still counts.

DATALOADER = """## DataLoader

Dataset을 묶어 모델에 넘겨주는 클래스.

```python
loader = DataLoader(dataset, batch_size=32, shuffle=True)
```

`batch_size`를 주지 않으면 `DataLoader(dataset, batch_size=1)`과 같다.
"""


def test_a_name_in_code_blocks_or_inline_code_is_no_mention():
    assert "batch-size" not in FINDER.find(DATALOADER).mentions


@pytest.mark.parametrize(
    "prose",
    ["배치 사이즈를 키우면 학습이 빨라진다.", "batch size가 크면 sharp minimum에 빠지기 쉽다.", "`shuffle`과 batch size를 준다."],
)
def test_a_name_in_prose_beside_code_is_still_a_mention(prose):
    assert "batch-size" in FINDER.find(f"{DATALOADER}\n{prose}\n").mentions


# --- a Korean name made an adjective ------------------------------------------------------------------
# A recommender-system note writes that Factorization Machines' term is "k차원에 대한 더 일반화된 수식": a
# formula made more general, no model's generalization. The registry lists `일반화 된`, `일반화 한` as
# homonyms of Generalization; the verb of a sentence (`잘 일반화된다`) and the noun with its particles still
# name it.


@pytest.mark.parametrize(
    "sentence",
    [
        "weight 대신 dot product를 사용해서 k차원에 대한 더 일반화된 수식을 적용함",
        "MF를 일반화한 모델이 GMF",
        "이를 일반화 한 형태로 쓰면 다음과 같다",
        "일반화된 선형 모델(GLM)",
    ],
)
def test_a_korean_name_made_an_adjective_is_no_mention(sentence):
    assert "generalization" not in FINDER.find(f"## Factorization Machine\n\n- {sentence}\n").mentions


# A GMF note glosses the word in English before its ending ("MF를 신경망의 관점에서 일반화(Generalize)한 것") and
# names the model "MF 일반화 모델": MF made more general both times, no model's generalization.


@pytest.mark.parametrize(
    "sentence",
    [
        "기존 MF를 신경망의 관점에서 일반화(Generalize)한 것입니다.",
        "선형 모델을 일반화(generalized)된 형태로 쓴다",
        "GMF라는 MF 일반화 모델을 쓴다",
    ],
)
def test_a_glossed_adjective_and_a_generalized_model_are_no_mention(sentence):
    assert "generalization" not in FINDER.find(f"## GMF\n\n{sentence}\n").mentions


@pytest.mark.parametrize(
    "sentence",
    ["모델의 일반화(Generalization)가 중요하다", "일반화(generalization) 성능이 좋다"],
)
def test_a_glossed_noun_is_still_a_mention(sentence):
    assert "generalization" in FINDER.find(f"## 학습\n\n- {sentence}\n").mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "parameter 수가 늘면 일반화 성능이 낮아진다",
        "학습 데이터에만 맞으면 일반화가 안 된다",
        "데이터를 늘리면 unseen data에도 잘 일반화된다",
        "잘 일반화된다는 보장이 없다",
        "일반화하는 능력을 키운다",
    ],
)
def test_the_concept_s_noun_and_verb_are_still_mentions(sentence):
    assert "generalization" in FINDER.find(f"## 학습\n\n- {sentence}\n").mentions


def test_a_homonym_made_of_a_name_and_an_adjective_ending_is_a_word_of_its_own():
    registry = load_concepts(
        "families: {f: F}\nconcepts:\n"
        "  - {id: tokenization, ko: 토큰화, en: Tokenization, family: f, summary: s, homonyms: [토큰화 된]}\n"
    )
    matcher = PassageFinder(registry, SLUGIFY).matcher
    assert matcher.concepts_in("토큰화된 단어") == ()
    assert matcher.concepts_in("토큰화 된 단어") == ()
    assert matcher.concepts_in("문장이 토큰화된다") == ("tokenization",)
    assert matcher.concepts_in("토큰화된다고 본다") == ("tokenization",)


# --- a recommender-system track's concepts ----------------------------------------------------------------
# boostcamp's RecSys track explains collaborative filtering, its similarity measures and matrix factorization
# day after day; each has a page, and "cf." (참고) is no collaborative filtering.

RECSYS = """## Neighborhood-based CF

- User-based CF는 비슷한 사용자들이 좋아한 아이템을 추천한다.

### 코사인 유사도 (Cosine Similarity)

두 벡터가 가리키는 방향이 얼마나 비슷한지를 잰다. 평점 벡터 사이의 각도로 유사도를 구한다.

## Matrix Factorization

평점 행렬을 user latent matrix와 item latent matrix의 곱으로 분해한다. cf. SVD는 결측치가 있으면 쓸 수 없다.
"""


def test_collaborative_filtering_cosine_similarity_and_matrix_factorization_are_concepts():
    assert passages(RECSYS) == [
        ("collaborative-filtering", "Neighborhood-based CF"),
        ("cosine-similarity", "코사인 유사도 (Cosine Similarity)"),
        ("matrix-factorization", "Matrix Factorization"),
    ]


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("협업필터링은 다른 사용자의 평점을 쓴다.", "collaborative-filtering"),
        ("아이템 기반 협업 필터링의 예", "collaborative-filtering"),
        ("MF 모델에 implicit feedback을 더했다.", "matrix-factorization"),
        ("행렬분해로 잠재 요인을 구한다.", "matrix-factorization"),
        ("두 임베딩의 코사인유사도를 구한다.", "cosine-similarity"),
    ],
)
def test_the_recommender_concepts_are_mentioned_however_a_note_spells_them(sentence, concept):
    assert concept in FINDER.find(f"## 정리\n\n{sentence}\n").mentions


def test_cf_as_confer_names_no_collaborative_filtering():
    assert "collaborative-filtering" not in FINDER.find("## LSTM\n\ncf. GRU는 게이트가 두 개다.\n").mentions


# --- a paper's title that applies a concept to something else ---------------------------------------------
# A recommender-system note reviews "Deep Neural Networks for YouTube Recommendations" under that heading: the
# section is about YouTube's recommender, the network its tool. A paper about the concept itself is its alias
# (ResNet's), and a short `CNN for NLP` heading is still about the CNN.

YOUTUBE = """## Deep Neural Networks for YouTube Recommendations

### 문제 제기

- 유저와 비디오가 너무 많아 후보를 먼저 추리고, 그 후보의 순위를 매긴다.
"""


def test_a_paper_title_applying_a_concept_to_something_else_is_no_passage_on_it():
    found = FINDER.find(YOUTUBE)
    assert "neural-network" not in {p.concept for p in found.passages}
    assert "neural-network" in found.mentions


@pytest.mark.parametrize(
    ("heading", "concept"),
    [
        ("Deep Residual Learning for Image Recognition", "resnet"),
        ("CNN for NLP", "cnn"),
        ("Deep Neural Networks", "neural-network"),
        ("Matrix Factorization Techniques for Recommender Systems", "matrix-factorization"),
    ],
)
def test_a_title_about_the_concept_itself_is_still_its_passage(heading, concept):
    body = f"## {heading}\n\n- 층을 깊게 쌓아도 학습이 되도록 구조를 바꿨다는 내용을 정리한다.\n"
    assert concept in {c for c, _ in passages(body)}


def test_a_term_set_off_in_backticks_is_still_a_mention():
    """boostcamp notes set terms off as inline code: "`Momentum`, `NAG`, `Adagrad`와 같은 방식들"."""
    found = FINDER.find("## Optimization\n\n- `Momentum`, `NAG`, `Adagrad`, `Adadelta`, `Rmsprop`와 같은 방식들을 쓴다.\n")
    assert {"momentum", "nesterov", "adagrad", "adadelta", "rmsprop"} <= found.mentions


def test_a_missing_figure_named_by_its_file_is_no_mention():
    """`![](/image/boostcamp/pytorch/googlenet.png)`, not found, shows its file name: a path, not the note's words.
    Alt text the note wrote still counts, as when the figure is there."""
    from hooks.kb.posts.images import placeholder

    body = f"## 모델 불러오기\n\n{placeholder('googlenet.png')}\n\n{placeholder('LSTM 구조')}\n\n사전 학습된 모델을 불러온다.\n"
    found = FINDER.find(body)
    assert "googlenet" not in found.mentions and "lstm" in found.mentions


# --- a recommender's embeddings -------------------------------------------------------------------------
# Matrix factorization and NCF notes list the model's parts, the first `**Embedding**: 유저와 아이템을 벡터로
# 변환`: user and item IDs made vectors, no word vectors. The item stays in the model's passage, no link to
# Word Embedding; a note's `Embedding: 단어를 의미 있는 벡터로 바꾸는 일` still is Word Embedding's.

MF_PARTS = (
    "## 구조\n\n"
    "1. **Embedding**: {what}\n"
    "2. **Dot Product**: 두 벡터를 내적해 예측 평점을 만든다.\n"
)


@pytest.mark.parametrize(
    "what",
    ["유저와 아이템을 고정된 크기의 벡터로 바꾼다.", "user와 item ID를 32차원 벡터로 바꾼다", "유저 임베딩과 아이템 임베딩을 따로 둔다"],
)
def test_a_recommender_s_user_and_item_embedding_is_no_word_embedding(what):
    found = FINDER.find(MF_PARTS.format(what=what), title="Matrix Factorization")
    assert "word-embedding" not in {p.concept for p in found.passages}
    (mf,) = [p for p in found.passages if p.concept == "matrix-factorization"]
    assert "concept:word-embedding" not in mf.markdown and what in mf.markdown


def test_an_embedding_of_words_is_still_word_embedding():
    found = FINDER.find(MF_PARTS.format(what="단어를 의미가 비슷할수록 가까운 벡터로 바꾼다."), title="Matrix Factorization")
    assert "word-embedding" in {p.concept for p in found.passages}


# --- stubs and badges -------------------------------------------------------------------------------------
# A 기술사 wiki on just-the-docs makes a page per topic from one template: a badge (`2.1 모델 구조` over
# `{: .label .label-purple }`), keywords in backticks, `## 정의/개념`, a to-do list and 참고자료. A page not
# filled in yet holds `*(이미지 내용 추출 후 작성)*` where the definition will be: it says nothing of its
# topic, and the topic's page listed it as a passage. A paper summary leaves `[사진 첨부]` under a heading
# the same way. The badge `7. 신경망 알고리즘` was read as an item about neural networks.

TEMPLATE = (
    "# {name}\n{{: .fs-8 }}\n\n{badge}\n{{: .label .label-green }}\n\n---\n\n"
    "## 핵심 키워드\n\n`{name}` `게이트` `셀 상태`\n\n---\n\n"
    "## 정의/개념\n\n{definition}\n\n---\n\n"
    "## 학습 체크리스트\n\n- [ ] 개념 이해\n- [ ] 핵심 키워드 암기\n\n---\n\n"
    "## 참고자료\n\n- 기술사 AI 학습자료\n"
)


@pytest.mark.parametrize("placeholder", ["*(이미지 내용 추출 후 작성)*", "[사진 첨부]", "(TODO: 정의 작성)"])
def test_a_stub_says_nothing_of_its_topic(placeholder):
    found = FINDER.find(TEMPLATE.format(name="LSTM", badge="2.1 모델 구조", definition=placeholder), title="LSTM")
    assert found.passages == () and "lstm" in found.mentions


def test_a_filled_page_of_the_template_is_a_passage_and_its_badge_no_topic():
    definition = "cell state와 forget, input, output gate로 장기 의존성 문제를 다루는 RNN"
    found = FINDER.find(TEMPLATE.format(name="LSTM", badge="7. 신경망 알고리즘", definition=definition), title="LSTM")
    assert [p.concept for p in found.passages] == ["lstm"]
    (lstm,) = found.passages
    assert definition in lstm.markdown and "concept:neural-network" not in lstm.markdown
    assert "7. 신경망 알고리즘\n{: .label .label-green }" in lstm.markdown  # the badge as the page showed it


def test_a_section_left_for_a_figure_to_come_is_no_passage():
    body = "## Attention\n\n### Scaled Dot-Product Attention\n[사진 첨부]\n\n### Multi-Head Attention\n[사진 첨부]\n"
    found = FINDER.find(body)
    assert not {"self-attention", "multi-head-attention"} & {p.concept for p in found.passages}
    assert "multi-head-attention" in found.mentions


# --- a paper's RNN Encoder-Decoder, a recommender's ALS ----------------------------------------------------
# The GRU and attention papers' notes title a section `RNN Encoder–Decoder` (an en dash, as the paper writes
# it): the architecture Seq2Seq names, not the RNN itself. A recommender note's `Alternating Least Squares: 교차
# 최소 제곱` is how the rating matrix is factorized, no linear regression.


@pytest.mark.parametrize("heading", ["2. RNN Encoder–Decoder", "RNN Encoder-Decoder Architecture", "RNN 인코더-디코더"])
def test_the_rnn_encoder_decoder_is_seq2seq(heading):
    body = f"## {heading}\n\n- 인코더는 입력 문장을 고정 길이 벡터로 요약하고, 디코더는 그 벡터로 출력 문장을 만든다.\n"
    assert [p.concept for p in FINDER.find(body).passages] == ["seq2seq"]


def test_alternating_least_squares_is_no_linear_regression():
    body = "## Alternating Least Squares: 교차 최소 제곱\n\nuser 행렬과 item 행렬을 번갈아 고정하고 최소 제곱으로 푼다.\n"
    found = FINDER.find(body)
    assert "linear-regression" not in {p.concept for p in found.passages} | found.mentions


def test_a_badge_deep_in_a_section_takes_no_topic_from_the_headings_above_it():
    # the badge is the line right under its own head: one further down a section had emptied every heading
    # holding it (`## CNN` and `### 풀링` lost their concepts to a `New` badge under a sub-point)
    body = (
        "## CNN\n\n합성곱 층과 풀링 층으로 이미지의 특징을 뽑는 신경망이다.\n\n"
        "### 풀링\n\n특징 맵의 크기를 줄이는 연산이다.\n\nNew\n{: .label .label-green }\n"
    )
    found = FINDER.find(body)
    assert {"cnn", "pooling"} <= {p.concept for p in found.passages}


def test_a_note_embedded_in_a_list_item_is_that_notes_too():
    gru = Note("notes/vault/GRU 정리.md", "GRU 정리", GRU_NOTE, "notes/vault/gru/", source=GRU_NOTE)
    written = "- 관련 노트\n    - ![[GRU 정리]]\n- LSTM은 셀 상태를 따로 둔다.\n"
    moc = Note("notes/vault/RNN 모음.md", "RNN 모음", written, "notes/vault/moc/", source=written)
    body = link_wikilinks([moc, gru])[0][0].body
    assert "GRU는 reset gate" in body  # the box holds the other note's text
    own = without_embeds(body)
    assert "GRU는" not in own and "!!! quote kb-embed" in own and "LSTM은 셀 상태를" in own
    assert own.count("\n") == body.count("\n")
