"""Links and sharing in one strict build of a small docs tree: auto-links, covered concepts, related notes,
and the meta a chat app reads for its preview."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.builds.test_concept_site import REGISTRY
from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import build_docs, site_pages, write_tree


def note(title: str, day: str, body: str, extra: str = "") -> str:
    return f"---\ntitle: {title}\ndate: {day}\n{extra}---\n{body}"


NOTES = {
    "notes/a.md": note(
        "순환 신경망 정리",
        "2023-01-25",
        "## RNN\n\nRNN은 이전 상태를 다시 넣는다. RNN은 두 번 나온다.\n\n"
        "## LSTM\n\n- LSTM은 게이트 세 개로 기울기 소실을 막는다\n\n`LSTM` 코드와 $\\mathrm{RNN}(x)$ 수식\n",
    ),
    "notes/b.md": note(
        "LSTM 복습",
        "2023-02-01",
        "## LSTM\n\nLSTM은 셀 상태를 둔다. 입력 게이트, 망각 게이트, 출력 게이트가 있다.\n",
        "description: '**LSTM**의 게이트 $f_t$ 정리 — [링크](https://x.y)'\n",
    ),
    "notes/c.md": note("GAN 노트", "2023-03-01", "## GAN\n\nGAN은 생성자와 판별자가 경쟁하는 모델이다.\n"),
    "notes/d.md": note(
        '"따옴표" 제목 & 기호',
        "2023-03-05",
        "본문\n",
        "description: '\"어텐션\"의 a < b & c 비교'\n",
    ),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("links")
    files = {**site_pages(), "concepts.yml": REGISTRY, **NOTES}
    return build_docs(write_tree(root / "docs", files), root / "site")


def auto_links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="kb-concept-link" href="([^"]+)"[^>]*>([^<]*)</a>', html)


def test_first_mention_per_section_links_to_the_concept_page(site):
    html = site.html("notes/2023-01-25-순환-신경망-정리/")
    assert auto_links(html) == [("../../concepts/rnn/", "RNN"), ("../../concepts/lstm/", "LSTM")]


def test_note_lists_the_concepts_it_covers_at_the_top(site):
    html = site.html("notes/2023-01-25-순환-신경망-정리/")
    line = re.search(r'<p class="kb-note-concepts[^"]*">(.*?)</p>', html, re.S).group(1)
    assert re.findall(r'href="([^"]+)"[^>]*>([^<]*)<', line) == [
        ("../../concepts/rnn/", "RNN"),
        ("../../concepts/lstm/", "LSTM"),
    ]
    assert html.index("kb-note-concepts") < html.index('id="rnn"')  # above the author's text


def test_related_notes_share_a_concept_and_unrelated_ones_are_absent(site):
    related = re.search(
        r'<section class="kb-related.*?</section>', site.html("notes/2023-02-01-lstm-복습/"), re.S
    )
    assert re.findall(r'<li><a href="([^"]+)"', related.group(0)) == ["../2023-01-25-순환-신경망-정리/"]
    assert "함께 다룬 개념: LSTM" in related.group(0)
    assert "kb-related" not in site.html("notes/2023-03-01-gan-노트/")  # it shares no concept


def test_concept_page_lists_the_notes_that_cite_it(site):
    html = site.html("concepts/lstm/")
    for url in ("2023-01-25-순환-신경망-정리", "2023-02-01-lstm-복습"):
        assert f"../../notes/{url}/" in html
    assert "2023-03-01-gan-노트" not in html


def meta_tags(html: str) -> dict[str, str]:
    found = re.findall(r'<meta (?:property|name)="((?:og|twitter):[\w:]+)" content="([^"]*)"', html)
    return dict(found)


def test_note_preview_uses_its_description_as_plain_text(site):
    html = site.html("notes/2023-02-01-lstm-복습/")
    meta = meta_tags(html)
    assert meta["og:description"] == "LSTM의 게이트 정리 — 링크"
    assert meta["og:title"] == "LSTM 복습"
    assert meta["og:type"] == "article"
    assert meta["og:url"] == "http://127.0.0.1:8000/notes/2023-02-01-lstm-복습/"  # mkdocs.yml's default
    assert meta["twitter:card"] == "summary"
    assert '<html lang="ko"' in html
    assert f'<link rel="canonical" href="{meta["og:url"]}">' in html


def test_note_without_description_is_previewed_by_its_first_text_without_tex(site):
    meta = meta_tags(site.html("notes/2023-01-25-순환-신경망-정리/"))
    assert meta["og:description"].startswith("RNN은 이전 상태를 다시 넣는다.")
    assert "mathrm" not in meta["og:description"] and "이 노트가 다루는 개념" not in meta["og:description"]


def test_concept_preview_is_its_korean_summary(site):
    meta = meta_tags(site.html("concepts/gan/"))
    assert meta["og:description"] == "생성자와 판별자가 경쟁하는 생성 모델."
    assert meta["og:title"] == "GAN · 생성적 적대 신경망"


def test_search_indexes_the_authors_text_not_the_sites_link_lines(site):

    pages = indexed_pages(site.site_dir).values()
    text = " ".join(" ".join(p.words) for p in pages if p.url.startswith("notes/2023-0"))
    assert "셀 상태를 둔다" in text
    assert "이 노트가 다루는 개념" not in text and "관련 노트" not in text and "함께 다룬 개념" not in text
    assert "data-search-exclude" not in site.html("notes/2023-02-01-lstm-복습/")  # Material drops it


def test_quotes_and_angle_brackets_in_a_description_stay_inside_the_attribute(site):
    html = site.html("notes/2023-03-05-따옴표-제목-기호/")
    head = html.split("</head>")[0]
    meta = meta_tags(head)
    assert unescape(meta["og:description"]) == '"어텐션"의 a < b & c 비교'
    assert unescape(meta["og:title"]) == '"따옴표" 제목 & 기호'
    described = re.search(r'<meta name="description" content="([^"]*)">', head).group(1)
    assert unescape(described) == '"어텐션"의 a < b & c 비교'
