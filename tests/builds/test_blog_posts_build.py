"""Notes in the shapes of real study posts (tests/helpers/blog_posts.py), built strictly: each shows what its
blog showed (kramdown and MathJax for Jekyll posts, GitHub for plain Markdown), and nothing runs."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from tests.helpers.blog_posts import blog_posts_tree
from tests.helpers.sitebuild import build_site_with, hrefs, reader_text

TRANSFORMER = "notes/2021-08-12-md-transformer-intro/"
RNNLSTM = "notes/2017-03-09-rnnlstm/"
GRU = "notes/2017-05-13-gru/"
BACKPROP = "notes/2017-05-14-backprop/"
ENTROPY = "notes/2021-01-23-information-theory/"
REGULARIZATION = "notes/2021-03-21-regularization/"
REVIEW = "notes/2025-01-17-paper-review/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("posts")
    return build_site_with(root, blog_posts_tree())  # strict: any MkDocs warning would abort


def prose(fragment: str) -> str:
    """What a reader reads, formulas left out."""
    return reader_text(fragment, formulas=False)


def test_tags_written_as_lists_inside_the_list_are_flattened(built):
    tags = built.html("tags/")
    assert re.search(r">\s*transformer\s*<", tags)
    assert "[&#39;transformer&#39;]" not in tags and "['transformer']" not in tags and ">[]<" not in tags


def test_a_note_whose_first_heading_is_its_table_of_contents_is_named_by_its_file(built):
    assert {"notes/rnn/", "notes/transformer/"} <= built.page_urls()
    assert not any("목차" in url for url in built.page_urls())
    assert re.search(r"<h1[^>]*>\s*RNN\s*<", built.html("notes/rnn/"))
    assert ">목차<" in built.article("notes/rnn/").replace("\n", "")  # the section stays, under the title


def test_a_list_ending_with_an_empty_item_is_a_list_not_a_heading(built):
    article = built.article(REGULARIZATION)
    assert not re.search(r"<h2[^>]*>\s*- 라그랑주", article)
    assert re.search(r"<li>라그랑주 승수와 연결지어 생각</li>\s*<li>\s*</li>", article)


def test_no_kramdown_attribute_list_is_left_as_text(built):
    article = built.article(ENTROPY)
    assert "{:" not in prose(article)
    image = re.search(r'<img [^>]*src="https://images.example.com/entropy-plot.png"[^>]*>', article).group(0)
    assert 'width="500"' in image and "align-center" in image
    # `$$...$$ {: .text-center }` alone on its line: a display formula, as kramdown made it
    assert re.search(r'<math alttext="u_\{it\} = tanh\(W_w h_\{it\} \+ b_w\)" display="block"', article)


def test_an_inline_formula_broken_after_its_dollar_is_typeset(built):
    article = built.article(ENTROPY)
    assert re.search(r'<math alttext="1 - p = 0.01"', article)
    assert "$" not in prose(article)


def test_a_kramdown_escape_shows_no_backslash(built):
    text = prose(built.article(BACKPROP))  # formulas left out
    assert "\\" not in text
    assert "<=노드의 입력값" in text and "=노드의 출력값>" in text


def test_the_table_of_contents_shows_a_heading_s_formula_typeset(built):
    page = built.html(REVIEW)
    toc = page[page.index('class="md-nav md-nav--secondary"') :]
    toc = toc[: toc.index("</nav>")]
    item = re.search(r"1\.1\.1\s*<math alttext=\"L_1\"[^>]*>.*?</math>\s*노름", toc, re.S)
    assert item is not None, toc
    assert "L_1" not in re.sub(r'alttext="[^"]*"|aria-label="[^"]*"', "", toc)


def test_a_link_inside_a_link_target_leads_where_its_author_meant(built):
    article = built.article("notes/transformer/")
    link = re.search(r'<a href="https://someone.example.com/illustrated-transformer/"[^>]*>The Illustrated Transformer</a>', article)
    assert link is not None and "Visualizing one concept at a time" in link.group(0)  # the inner text: its title
    assert not any("[" in href for href in hrefs(article))
    for page in (built.site_dir / "concepts").glob("*/index.html"):  # the pages quoting the note
        assert not any("[" in href for href in hrefs(page.read_text(encoding="utf-8"))), page
    quoting = built.html("concepts/multi-head-attention/")
    assert "https://someone.example.com/illustrated-transformer/" in hrefs(quoting)
    status = built.html("status/")
    assert "링크의 주소 자리에 다른 링크" in status


def test_embeds_become_links_and_nothing_runs(built):
    video = built.article(TRANSFORMER)
    assert "<iframe" not in video and "<script" not in video
    assert "https://www.youtube.com/watch?v=AbCdEfGh123" in hrefs(video)
    assert re.search(r'<img src="https://i.ytimg.com/vi/AbCdEfGh123/hqdefault.jpg"[^>]*loading="lazy"', video)
    gist = built.article(RNNLSTM)
    assert "<script" not in gist
    assert "https://gist.github.com/someone/0123456789abcdef0123456789abcdef" in hrefs(gist)
    assert "GitHub Gist의 코드 보기" in gist
    log = built.log
    assert "2021-08-12-md_transformer_intro.md:22: an <iframe> embedding 'https://www.youtube.com/embed/AbCdEfGh123'" in log
    assert "2017-03-09-rnnlstm.md:21: a GitHub Gist embedded with <script>" in log
    status = built.html("status/")
    assert "&lt;iframe&gt;으로 넣은" in status and "&lt;script&gt;로 넣은 GitHub Gist" in status


def test_a_cover_image_is_shown_on_top_and_is_the_preview_image(built):
    page = built.html(REVIEW)
    banner = re.search(r'<figure class="kb-banner"><img src="([^"]+)" alt="노름 그림"', page)
    assert banner is not None
    assert (built.site_dir / unquote(urljoin("/" + REVIEW, banner.group(1))).lstrip("/")).is_file()
    image = re.search(r'<meta property="og:image" content="([^"]+)"', page).group(1)
    assert image.endswith("/notes/blog/assets/img/cover.png") and image.startswith("http")
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert '<meta property="og:image"' not in built.html(GRU)  # a note without one has none


def test_an_escaped_underscore_in_a_display_block_stays_an_underscore(built):
    article = built.article(RNNLSTM)
    formula = re.search(r'<math alttext="\\begin\{align\*\}.*?</math>', article, re.S).group(0)
    assert "xh\\_ f" in unescape(formula.split(">", 1)[0])  # the TeX as MathJax got it
    assert re.search(r"<mi>x</mi><mi>h</mi><mi>_</mi><mi>f</mi>", formula)


def test_links_to_the_blog_s_own_posts_lead_to_their_notes_here(built):
    lstm = built.article(RNNLSTM)
    assert "../2017-05-13-gru/" in hrefs(lstm)
    assert "../2017-05-13-gru/#구조" in [unquote(h) for h in hrefs(lstm)]
    assert "https://someone.github.io/deep%20learning/2017/04/03/recursive/" in hrefs(lstm)  # not a note
    assert "../2017-03-09-rnnlstm/" in hrefs(built.article(GRU))  # `http://` and another category
    # quoted on a concept page, the link leads to the note from there
    concept = built.html("concepts/lstm/")
    assert "../../notes/2017-05-13-gru/#구조" in [unquote(h) for h in hrefs(concept)]
    assert "someone.github.io/deep%20learning/2017/05/13" not in concept
    assert "원래 블로그 주소입니다" in built.html("status/")
