"""Notes of a GitHub study repository (tests/helpers/til_repos.py), built strictly: their links to each
other lead to the notes here, and a link to a note or file that was not brought along is its text, on the
note's page and on the concept page quoting it, where a dead `.md` link stopped the strict build."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote

import pytest

from tests.helpers.sitebuild import build_site_with, hrefs
from tests.helpers.til_repos import NOTES

REGULARIZATION = "notes/딥러닝-기초-regularization/"
OPTIMIZER = "notes/딥러닝-기초-optimizer/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("til"), NOTES)  # strict: any MkDocs warning aborts


def test_a_link_to_a_note_not_brought_along_is_its_text(built):
    article = built.article(REGULARIZATION)
    text = re.sub(r"<[^>]+>", "", article)
    for shown in ("오버피팅", "code (ipynb)", "Recurrent Neural Network (RNN)", "정리 중인 글"):
        assert shown in text
    assert not any(".md" in h or ".ipynb" in h for h in hrefs(article) if "Optimizer" not in h), hrefs(article)


def test_the_concept_page_quoting_it_has_no_dead_link(built):
    page = built.article("concepts/regularization/")
    assert "오버피팅" in page  # the passage is quoted ...
    assert not any(h.endswith((".md", ".ipynb")) or ".md#" in h for h in hrefs(page))  # ... without the dead link


def test_links_between_the_notes_lead_to_their_pages(built):
    optimizer = built.article(OPTIMIZER)
    # written without `.md`, as a wiki links a page: the note of that name, at its section
    assert "../딥러닝-기초-regularization/#1-regularization-이란" in hrefs(optimizer)
    assert "../딥러닝-기초-optimizer/#2-adam" in hrefs(built.article(REGULARIZATION))


def test_each_dead_link_is_listed_with_its_line(built):
    for line, url in (
        (7, "딥러닝_기초_Overfitting_Dropout.md"),
        (12, "codes/Regularization_experiment.ipynb"),
        (13, "../../Natural%20Language%20Processing/Basics_RNN과%20LSTM,%20GRU.md#rnn이란"),
    ):
        assert f"딥러닝_기초_Regularization.md:{line}: link '{url}' leads to no page or file" in built.log
    assert "딥러닝_기초_Regularization.md:12: link '딥러닝_기초_Dropout.md' leads to a page that is not published" in built.log
    status = unescape(built.html("status/"))
    assert "딥러닝_기초_Overfitting_Dropout.md" in status and "링크 없이 글자로만 남겼습니다" in status


BACKPROP = "notes/2025-10-24-4장-오차-역전파/"


def test_a_hugo_blox_button_is_a_link_to_its_file_in_static(built):
    article = built.article(BACKPROP)
    link = re.search(r'<a\b[^>]*href="([^"]*)"[^>]*>PDF 다운로드</a>', article)
    assert link, "the button shows as a link"
    target = (built.site_dir / BACKPROP / unquote(unescape(link.group(1)))).resolve()
    assert target.read_bytes().startswith(b"%PDF"), target  # Hugo serves `static/` at the site's root
    image = re.search(r'<img\b[^>]*src="([^"]*chain[^"]*)"', article).group(1)
    assert (built.site_dir / BACKPROP / unquote(unescape(image))).resolve().is_file()


def test_a_hugo_blox_callout_is_a_box(built):
    article = built.article(BACKPROP)
    box = re.search(r'<div class="admonition note">.*?</div>', article, re.S).group(0)
    assert "합성 함수의 미분은" in box and "<math" in box
    assert "{{" not in article and "callout" not in re.sub(r"<[^>]+>", "", article)


def test_the_readme_links_its_notes_by_their_github_addresses_to_their_pages_here(built):
    links = hrefs(built.article("notes/til/"))
    assert "../딥러닝-기초-regularization/" in links
    assert "../딥러닝-기초-optimizer/#2-adam" in links
    # a note not brought along, and another repository's file (its README is no note here), stay on GitHub
    assert "https://github.com/someone/AI-study/blob/main/AI%20Basics/CNN.md" in links
    assert "https://github.com/other/repo/blob/main/README.md" in links


def test_a_figure_whose_path_has_spaces_and_parentheses_is_shown(built):
    article = built.article("notes/2023-04-10-cnn-4-cifar10-2-alexnet/")
    sources = re.findall(r'<img\b[^>]*\ssrc="([^"]*)"', article)
    found = [s for s in sources if "output_20_0" in s]
    assert found and (built.site_dir / "notes/2023-04-10-cnn-4-cifar10-2-alexnet" / unquote(unescape(found[0]))).is_file()
    assert "![" not in article
    assert "이미지 없음: jpeg" in article  # the file not brought along: a placeholder, warned as an image
    assert "output_29_0.jpg' not found under docs/" in built.log
    assert re.search(r'<img\b[^>]*title="학습 곡선"', article)


def test_an_mdx_post_is_a_page_showing_its_markdown_and_running_nothing(built):
    article = built.article("notes/2022-03-01-vae-정리/")
    text = re.sub(r"<[^>]+>", "", article)
    assert "ELBO를 최대화한다" in text and "import" not in text
    box = re.search(r'<div class="admonition warning">.*?</div>', article, re.S).group(0)
    assert "<strong>posterior collapse</strong>" in box
    assert "LossPlot" not in article and "alert(" not in article and "<script" not in article
