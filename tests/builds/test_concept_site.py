"""Concept pages in whole strict builds of small docs trees, and the registry's validation."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from mkdocs.exceptions import Abort

from hooks.kb.concepts.definitions import ConceptFileError, load_concepts
from tests.helpers.sitebuild import build_docs, site_pages, write_tree

REGISTRY = """\
families:
  sequence: 시퀀스 모델
  generative: 생성 모델
concepts:
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
    summary: 게이트로 장기 의존성을 다루는 RNN.
    kind_of: [rnn]
  - id: gan
    name: GAN
    ko: 생성적 적대 신경망
    en: Generative Adversarial Network
    family: generative
    summary: 생성자와 판별자가 경쟁하는 생성 모델.
"""


def note(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: 2023-01-25\n---\n{body}"


def build(tmp_path, notes: dict[str, str], registry: str = REGISTRY, **extra):
    files = {**site_pages(), "concepts.yml": registry, **notes, **extra}
    return build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")


def passage_links(html: str) -> list[str]:
    tags = re.findall(r"<a [^>]*kb-passage-source[^>]*>", html)
    return [re.search(r'href="([^"]+)"', tag).group(1) for tag in tags]


@pytest.mark.parametrize(
    ("shape", "body", "anchor"),
    [
        ("markdown heading", "## RNN\n\n### LSTM\n\n- 게이트 세 개\n", "lstm"),
        (
            "html heading",
            "## 정리\n\n<h3 data-toc-skip> LSTM </h3>\n\n- 게이트 세 개\n",
            "lstm",
        ),  # ingest makes it a real heading
        ("bold list item", "## 정리\n\n- **LSTM (Long Short Term Memory)**\n  - cell state\n", "정리"),
        (
            "item inside another topic",
            "## RNN\n\n- RNN의 문제를 해결한 LSTM 등장\n    - Forget Gate\n",
            "rnn",
        ),
        ("particle", "## 메모\n\n- LSTM은 게이트로 장기 의존성 문제를 다룬다\n", "메모"),
        ("setext heading with a formula", "LSTM 게이트 $h_t$\n-----\n\n- 게이트 세 개\n", "lstm-게이트-h_t"),
    ],
)
def test_each_shape_of_passage_reaches_the_concept_page_with_a_working_anchor(tmp_path, shape, body, anchor):
    site = build(tmp_path, {"notes/n.md": note("노트", body)})
    html = site.html("concepts/lstm/")
    assert passage_links(html) == [f"../../notes/2023-01-25-노트/#{anchor}"], shape
    assert f'id="{anchor}"' in site.html("notes/2023-01-25-노트/")
    assert "게이트" in html or "Forget Gate" in html or "cell state" in html


def test_a_note_that_only_mentions_a_concept_is_listed_apart(tmp_path):
    site = build(
        tmp_path,
        {
            "notes/a.md": note("다룬 노트", "## GAN\n\n판별자와 생성자\n"),
            "notes/b.md": note("언급한 노트", "## 메모\n\nGAN도 나중에 보자\n"),
        },
    )
    html = site.html("concepts/gan/")
    cited, mentioned = html.split("언급만 한 노트", 1)
    assert "다룬 노트" in cited and "언급한 노트" not in cited
    assert f'href="../../notes/{quote("2023-01-25-언급한-노트")}/"' in mentioned  # raw HTML: percent-encoded


def test_related_concepts_and_the_index_link_with_relative_links(tmp_path):
    site = build(tmp_path, {"notes/a.md": note("A", "## RNN\n\n순환\n\n## LSTM\n\n게이트\n")})
    lstm = site.html("concepts/lstm/")
    assert 'href="../rnn/"' in lstm and "상위 개념" in lstm
    index = site.html("concepts/").split("<article", 1)[1]
    sequence = index.split("시퀀스 모델", 1)[1].split("생성 모델", 1)[0]
    assert re.search(
        r'href="lstm/">LSTM · 장단기 메모리</a></td>\s*<td>Long Short-Term Memory</td>\s*<td[^>]*>1</td>',
        sequence,
    )
    assert 'href="gan/"' in index.split("생성 모델", 1)[1]


def test_a_renamed_concept_keeps_its_former_url_as_a_redirect(tmp_path):
    renamed = REGISTRY.replace("    kind_of: [rnn]\n", "    kind_of: [rnn]\n    formerly: [long-short-term-memory-network]\n")
    site = build(tmp_path, {"notes/n.md": note("노트", "## LSTM\n\n- 게이트 세 개\n")}, renamed)
    page = site.html("concepts/long-short-term-memory-network/")
    assert '<meta http-equiv="refresh" content="0; url=../lstm/">' in page
    assert 'location.replace("../lstm/" + location.hash)' in page
    assert "long-short-term-memory-network" not in site.html("concepts/")  # no concept of its own


def test_concept_pages_are_in_the_navigation_but_note_pages_stay_small(tmp_path):
    site = build(tmp_path, {"notes/a.md": note("A", "## RNN\n\n순환\n")})
    nav = re.search(
        r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', site.html("concepts/rnn/"), re.S
    )
    assert 'href="../lstm/"' in nav.group(0)
    note_nav = re.search(
        r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', site.html("notes/2023-01-25-a/"), re.S
    )
    assert "lstm/" not in note_nav.group(0)  # navigation.prune: other sections are not expanded


def test_a_hand_written_page_replaces_the_generated_one_and_its_marker_gets_the_notes(tmp_path):
    hand = "# LSTM 정리\n\n직접 쓴 소개.\n\n<!-- concept-notes -->\n\n끝.\n"
    site = build(
        tmp_path,
        {
            "notes/a.md": note("A", "## LSTM\n\n게이트 세 개\n"),
            "concepts/lstm.md": hand,
            "concepts/rnn.md": "# RNN\n\n손으로만 쓴 페이지.\n",
        },
    )
    lstm = site.html("concepts/lstm/")
    assert "직접 쓴 소개." in lstm and "게이트 세 개" in lstm and lstm.index("게이트") < lstm.index("끝.")
    rnn = site.html("concepts/rnn/")
    assert "손으로만 쓴 페이지." in rnn and "노트에서" not in rnn


def test_a_passage_image_still_shows_from_the_concept_page(tmp_path):
    png = bytes.fromhex("89504e470d0a1a0a")
    site = build(
        tmp_path,
        {"notes/dl/a.md": note("A", "## LSTM\n\n![구조](img/lstm.png)\n\n게이트 세 개로 정보를 고른다.\n"), "notes/dl/img/lstm.png": png},
    )
    assert 'src="../../notes/dl/img/lstm.png"' in site.html("concepts/lstm/")


HAND_WRITTEN_LSTM = "# LSTM 정리\n\n직접 쓴 소개는 [RNN](rnn.md)에서 이어진다.\n\n<!-- concept-notes -->\n"
BROKEN_IN_NOTE = "## LSTM\n\nLSTM은 cell state로 긴 의존성을 다룬다.\n\n정리는 [강의 노트](../lectures/cs231n.md)를 따랐다.\n"


def test_a_passage_link_that_leads_nowhere_on_a_hand_written_page_is_its_notes_problem(tmp_path):
    site = build(tmp_path, {"notes/a.md": note("A", BROKEN_IN_NOTE), "concepts/lstm.md": HAND_WRITTEN_LSTM})  # strict
    lstm = site.html("concepts/lstm/")
    assert "직접 쓴 소개는" in lstm and 'href="../lectures/cs231n.md"' in lstm
    assert "notes/a.md:9: link '../lectures/cs231n.md' leads to no page" in site.log
    assert "concepts/lstm.md" not in site.log


@pytest.mark.parametrize(
    "own",
    [
        "[없는 페이지](missing.md)",  # a link of the page's own that leads nowhere
        "[강의](../lectures/cs231n.md)",  # the same broken link as a quoted note's, written on the page too
    ],
)
def test_a_hand_written_page_s_own_broken_link_still_fails_a_strict_build(tmp_path, own):
    page = HAND_WRITTEN_LSTM.replace("<!-- concept-notes -->", f"{own}\n\n<!-- concept-notes -->")
    with pytest.raises(Abort):
        build(tmp_path, {"notes/a.md": note("A", BROKEN_IN_NOTE), "concepts/lstm.md": page})


def test_a_passage_link_that_leads_nowhere_is_its_notes_problem_not_the_concept_pages(tmp_path):
    body = "## LSTM\n\nLSTM은 cell state로 긴 의존성을 다룬다.\n\n정리는 [강의 노트](../lectures/cs231n.md)를 따랐다.\n"
    site = build(tmp_path, {"notes/a.md": note("A", body)})  # strict: a warning of the page would fail it
    assert 'href="../lectures/cs231n.md"' in site.html("concepts/lstm/")
    assert "notes/a.md:9: link '../lectures/cs231n.md' leads to no page" in site.log
    assert "concepts/lstm.md" not in site.log


def test_no_registry_file_still_builds_an_empty_concept_index(tmp_path):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/a.md": note("A", "## LSTM\n\n게이트\n")})
    (docs / "concepts.yml").unlink(missing_ok=True)
    site = build_docs(docs, tmp_path / "site")
    assert "concepts/" in site.page_urls()


def test_a_registry_defect_fails_the_strict_build_naming_the_file_and_line(tmp_path, caplog):
    broken = REGISTRY.replace("kind_of: [rnn]", "kind_of: [rnnn]")
    with pytest.raises(Abort, match="strict"):
        build(tmp_path, {"notes/a.md": note("A", "## LSTM\n\n게이트\n")}, registry=broken)
    assert "docs/concepts.yml:11: concept 'lstm': kind_of 'rnnn' is not a concept id" in caplog.text


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("kind_of: [rnn]", "kind_of: [rnnn]"), 11, "kind_of 'rnnn' is not a concept id"),
        (("family: generative\n", "family: vision\n"), 18, "family 'vision' is not under 'families'"),
        (("    name: GAN\n", "    name: GAN\n    aliases: [LSTM]\n"), 18, "alias 'LSTM' also names 'lstm'"),
        (("    summary: 게이트", "    sumary: 게이트"), 11, "unknown key 'sumary'"),
        (("  - id: gan", "  - id: Gan Model"), 18, "id must be lowercase English words"),
        (("ko: 순환 신경망", "ko: [순환"), 8, "not valid YAML"),
        (("    kind_of: [rnn]\n", "    kind_of: [lstm]\n"), 11, "'lstm' is its own ancestor"),
    ],
)
def test_registry_errors_name_the_file_line_and_what_is_wrong(change, line, message):
    with pytest.raises(ConceptFileError) as error:
        load_concepts(REGISTRY.replace(*change), "docs/concepts.yml")
    assert str(error.value).startswith(f"docs/concepts.yml:{line}: ")
    assert message in str(error.value)


def test_status_page_lists_headings_several_notes_share_as_concept_candidates(tmp_path):
    notes = {
        "notes/a.md": note(
            "증강 하나", "## 데이터 증강\n\n회전과 자르기로 데이터를 늘린다.\n\n## LSTM\n\n게이트가 있다.\n"
        ),
        "notes/b.md": note("증강 둘", "### 데이터 증강 (Data Augmentation)\n\n뒤집기도 쓴다.\n"),
        "notes/c.md": note("한 번만", "## 드롭아웃\n\n한 노트에만 있는 제목.\n"),
    }
    site = build(tmp_path, notes)
    candidates = site.html("status/").split('id="개념-후보"', 1)[1]
    assert re.search(r"<summary>데이터 증강 — 노트 2개</summary>", candidates)
    assert "증강 하나" in candidates and "증강 둘" in candidates
    assert "드롭아웃" not in candidates  # one note only
    assert "LSTM" not in candidates  # a concept has a page already


def test_a_concept_candidate_is_named_as_its_notes_write_it(tmp_path):
    # a TIL repository's example lists: the file names head their sections in two notes
    heading = "### 01_tensor_basics.py\n\n**텐서 기초 연산**\n"
    notes = {"notes/a.md": note("예제 목록", heading), "notes/b.md": note("예제 설명", heading + "\n실행해 본다.\n")}
    site = build(tmp_path, notes)
    candidates = site.html("status/").split('id="개념-후보"', 1)[1]
    assert "<summary>01_tensor_basics.py — 노트 2개</summary>" in candidates  # not 01\_tensor\_basics.py


def test_a_concept_many_notes_cover_quotes_the_newest_and_links_the_rest(tmp_path):
    notes = {
        f"notes/n{i:02}.md": f"---\ntitle: 노트 {i:02}\ndate: 2023-01-{i + 1:02}\n---\n## LSTM\n\n게이트 설명 {i:02}\n"
        for i in range(23)
    }
    site = build(tmp_path, notes)
    lstm = site.html("concepts/lstm/")
    quoted = re.findall(r"게이트 설명 (\d\d)", lstm)
    assert sorted(quoted) == [f"{i:02}" for i in range(3, 23)]  # the 20 newest, in full
    older = lstm.split('id="다른-노트-3"', 1)[1]
    for i in range(3):  # the 3 oldest: a line each, linking to the exact section
        assert f'<a href="../../notes/2023-01-{i + 1:02}-{quote("노트")}-{i:02}/#lstm">LSTM</a>' in older, i
