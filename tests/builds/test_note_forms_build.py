"""Notes that are not Jekyll posts (tests/helpers/note_forms.py), built strictly: each shows what the tool
that made it showed."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from tests.helpers.note_forms import NOTES
from tests.helpers.sitebuild import build_site_with, reader_text

README = "notes/pytorch-스터디-기록/"
CNN = "notes/cnn-정리/"
NOTEBOOK = "notes/14장-모델-성능-향상/"
LOOP = "notes/학습-루프/"
LOGISTIC = "notes/로지스틱-회귀/"
MATRIX = "notes/행렬-미분/"
MATRIX_EXAMPLES = "notes/행렬-미분-예제/"
DECK = "notes/오차역전파법-발표/"
KALMAN = "notes/39일차-칼만-필터/"
CURVE = "notes/2023-05-02-loss-curve/"
STUDY = "notes/딥러닝-스터디/"
STEP5 = "notes/5단계-역전파-이론/"
TYPORA = "notes/정규화-기법-정리/"
OPTIMIZER = "notes/옵티마이저-정리/"
BATCHNORM = "notes/2022-10-19-배치-정규화/"  # dated by its Notion property `날짜`
OPTIM = "notes/옵티마이저-비교/"
GITBOOK = "notes/활성화-함수/"
HEXO = "notes/2022-01-15-어텐션-정리/"
LOSS = "notes/손실-함수/"
VELOG = "notes/3주차-회고/"
TENSOR = "notes/텐서-만들기/"
KERAS = "notes/케라스-학습/"
DROPOUT = "notes/2020-03-02-dropout/"
TERMS_POST = "notes/2020-03-05-terms/"
TERMS_TIL = "notes/학습-용어-til/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("forms"), NOTES)  # strict: any MkDocs warning aborts


def test_a_readme_heading_is_titled_by_its_text_and_keeps_its_badge(built):
    page = built.html(README)
    assert reader_text(re.search(r"<title>(.*?)</title>", page).group(1)).startswith("PyTorch 스터디 기록")
    article = built.article(README)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", article, re.S).group(1)
    assert reader_text(h1).rstrip("¶") == "PyTorch 스터디 기록"
    badge = re.search(r'<a href="https://hits.seeyoufarm.com"><img src="https://hits.seeyoufarm.com/api/[^"]*"', article)
    assert badge is not None  # the badge, with its link, under the title
    assert "\x02" not in page and "&lt;img" not in page


def test_markdown_after_a_blank_line_in_an_html_block_is_rendered(built):
    article = built.article(CNN)
    centered = re.search(r'<p align="center">(.*?)</p>', article, re.S).group(1)
    assert re.search(r'<img[^>]*src="[^"]*images/conv.png"', centered)  # the figure, not `![합성곱 연산](...)`
    block = re.search(r'<div align="center">(.*?)</div>', article, re.S).group(1)
    assert "<strong>표 1.</strong>" in block and ">conv1</td>" in block
    columns = article[article.index('<div class="columns">') :]
    assert re.search(r'<div class="left">\s*<ul>\s*<li>입력층</li>', columns)  # the list inside the column
    assert "![" not in reader_text(article) and "**" not in reader_text(article) and "|:---:|" not in article
    assert "- 입력층" not in article


def test_a_table_ends_where_an_html_block_closes_it(built):
    article = built.article(NOTEBOOK)
    table = re.search(r"<table>.*?</table>", article, re.S).group(0)
    assert table.count("<tr>") == 3  # the header and two rows: `</center><br>` is no row
    after = article[article.index("</table>") :]
    assert after.index("</center>") < after.index("이 문단은")  # the paragraph after it is not centred


def test_a_code_block_marking_lines_vuepress_style_is_code_and_so_are_those_after_it(built):
    article = built.article(LOOP)
    assert article.count('<div class="highlight">') == 3
    assert "```" not in article and "<p>중간 문단.</p>" in article
    assert article.count('class="hll"') == 1  # its line 2, marked as on the blog


def test_formulas_typeset_as_svg_files_beside_a_readme_are_shown(built):
    article = built.article(LOGISTIC)
    sources = re.findall(r'<img src="([^"]*\.svg)"', article)
    assert len(sources) == 2 and "kb-missing-image" not in article
    for src in sources:  # published beside the note, where the page's links lead
        assert (built.site_dir / LOGISTIC / src).resolve().is_file(), src
    assert not list(built.site_dir.rglob("plot.svg"))  # the SVG with a handler stays out of the site
    assert "plot.svg: a file that can run scripts" in built.log


def test_a_readme2tex_pair_is_one_page_typeset_from_its_tex(built):
    pages = {url for url in built.page_urls() if url.startswith("notes/행렬-미분")}
    assert pages == {MATRIX, MATRIX_EXAMPLES}  # no `-2` page: the generated README.md is not a second note
    article = built.article(MATRIX)
    assert article.count("<math") == 2 and "svg/" not in article  # the TeX typeset, not readme2tex's pictures
    example = built.article(MATRIX_EXAMPLES)
    assert re.search(r'<a href="\.\./행렬-미분/#표기">본문</a>', unquote(example))  # a link to README.md: this page
    status = reader_text(built.html("status/"))
    assert "notes/matrix-calculus/README.md" in status  # said where it was left out, and why, in Korean
    assert "옆의 'README.tex.md'에서 readme2tex가 만든 파일" in status and "페이지로 만들지 않았습니다" in status
    assert "notes/matrix-calculus/README.md: readme2tex's output of 'README.tex.md'" in built.log


def test_a_slidev_deck_shows_its_slides_not_their_settings(built):
    article = built.article(DECK)
    text = reader_text(article)
    for setting in ("layout:", "class: text-center", "::right::"):
        assert setting not in text
    headings = [reader_text(h).rstrip("¶") for h in re.findall(r"<h2[^>]*>(.*?)</h2>", article, re.S)]
    assert headings[:3] == ["오차역전파법", "연쇄 법칙", "감사합니다"]
    assert "<math" in article and article.count("<hr>") >= 2  # its formula, and the slides apart


def test_a_tistory_marker_written_as_an_image_is_its_figure_alone(built):
    article = built.article(KALMAN)
    figure = re.search(r"<figure[^>]*>(.*?)</figure>", article, re.S).group(1)
    assert 'src="https://blog.kakaocdn.net/dn/xYzAb/btqAbCdEfGh/QwErTyUiOpAsDfGhJkLzXc/img.png"' in figure
    text = reader_text(article)
    assert "daumcdn" not in text and "(https" not in text and "!" not in text.replace("끝.", "")


def test_a_figure_embedded_in_a_converted_notebook_is_shown(built):
    article = built.article(CURVE)
    src = re.search(r'<img alt="png" loading="lazy" src="([^"]+)"', article).group(1)
    assert "data:" not in article and (built.site_dir / CURVE / src).resolve().read_bytes().startswith(b"\x89PNG")


def test_a_figure_whose_data_url_is_no_picture_is_a_placeholder_with_a_warning(built):
    article = built.article(CURVE)
    assert '<span class="kb-missing-image" role="img" aria-label="이미지 없음: 정확도 곡선"' in article
    assert article.count("<img") == 1 and "%%" not in article
    assert "2023-05-02-loss-curve.md:16: a figure embedded as a 'data:' URL is no picture" in built.log


def test_a_mac_notion_export_is_linked_as_typed(built):
    article = built.article(STUDY)
    hrefs = re.findall(r'<a href="([^"]*)"', article)
    assert "../딥러닝-용어/#활성화-함수" in hrefs and "../딥러닝-용어/" in hrefs  # the link, and the wiki link
    src = re.search(r'<img alt="용어 그림" src="([^"]*)"', article).group(1)
    assert (built.site_dir / STUDY / unquote(src)).resolve().is_file(), src
    assert "leads to no page" not in built.log and "not found under docs" not in built.log


def test_a_backslash_ending_a_line_breaks_it(built):
    quote = re.search(r"<blockquote>(.*?)</blockquote>", built.article(STEP5), re.S).group(1)
    assert re.search(r"문제가 있습니다\.<br>\s*지금이", quote) and "\\" not in quote


def test_typora_s_toc_marker_is_the_table_of_contents(built):
    article = built.article(TYPORA)
    toc = re.search(r'<div class="toc">(.*?)</div>', article, re.S).group(1)
    assert "#배치-정규화" in toc and "#레이어-정규화" in toc and "[toc]" not in article


def test_vuepress_s_toc_marker_is_the_table_of_contents(built):
    article = built.article(LOSS)
    toc = re.search(r'<div class="toc">(.*?)</div>', article, re.S).group(1)
    assert "#평균-제곱-오차" in toc and "#교차-엔트로피" in toc and ">toc<" not in article and "[[toc]]" not in article


def test_an_image_pasted_into_typora_on_windows_is_shown_from_the_folder_brought_along(built):
    article = built.article(TYPORA)
    assert re.search(r'<img[^>]*src="[^"]*typora-user-images/image-20210801170512345\.png"', article)
    assert "C:" not in article and "kb-missing-image" not in article


def test_a_notion_callout_is_a_box_with_its_markdown(built):
    box = re.search(r'<div class="admonition note">(.*?)</div>', built.article(OPTIMIZER), re.S).group(1)
    assert "<strong>핵심</strong>" in box and "**" not in box


def test_a_notion_page_shows_its_properties_one_per_line_and_has_their_tags(built):
    article = built.article(BATCHNORM)
    assert re.search(r"<strong>날짜</strong>: 2022년 10월 19일<br>\s*<strong>Tags</strong>", article)
    tags = [reader_text(t) for t in re.findall(r'class="md-tag">(.*?)</', built.html(BATCHNORM))]
    assert "Batch Normalization" in tags and "딥러닝" in tags


def test_a_vuepress_badge_shows_its_text(built):
    heading = re.search(r"<h2[^>]*>(.*?)</h2>", built.article(OPTIM), re.S).group(1)
    assert '<span class="kb-badge kb-badge--tip">추천</span>' in heading


def test_gitbook_s_embed_and_tabs_are_drawn_not_left_as_text(built):
    article = built.article(GITBOOK)
    assert 'href="https://www.youtube.com/watch?v=Xvg00QnyaIY"' in article
    titles = [reader_text(t) for t in re.findall(r"<strong>(.*?)</strong>", article)]
    assert "ReLU" in titles and "시그모이드" in titles
    assert article.count("<math") == 2 and "{%" not in article and "%}" not in article


def test_hexo_s_core_tags_are_drawn_as_hexo_draws_them(built):
    article = built.article(HEXO)
    quote = re.search(r"<blockquote>(.*?)</blockquote>", article, re.S).group(1)
    assert "어텐션만으로 충분하다." in reader_text(quote) and "— Vaswani et al., Attention Is All You Need" in reader_text(quote)
    assert re.search(r'<img src="[^"]*images/attention\.png" alt="어텐션 구조" width="300"', article)
    assert re.search(r'<a href="\.\./2022-01-08-seq2seq-정리/">지난 글</a>', article)
    assert 'href="https://www.youtube.com/watch?v=iDulhoQ2pro"' in article and "{%" not in article


def test_a_velog_video_is_a_link_to_it_with_its_thumbnail(built):
    article = built.article(VELOG)
    link = re.search(r'<a href="https://www.youtube.com/watch\?v=aircAruvnKk"><img src="([^"]*)"', article)
    assert link and link.group(1) == "https://i.ytimg.com/vi/aircAruvnKk/hqdefault.jpg"
    assert "!youtube" not in article and "<iframe" not in article


def test_a_docusaurus_md_doc_is_read_as_mdx_its_tabs_under_their_labels(built):
    article = built.article(TENSOR)
    assert "import" not in reader_text(article) and "@theme" not in article
    labels = [reader_text(t) for t in re.findall(r"<strong>(.*?)</strong>", article)]
    assert labels == ["PyTorch", "TensorFlow"] and article.count('class="highlight"') == 2


def test_a_notebook_s_coloured_output_shows_its_text_without_terminal_codes(built):
    article = built.article(KERAS)
    assert "32/32 ━━━━━━━━━━━━━━━━━━━━ 1s 4ms/step - loss: 0.6931" in reader_text(article)
    assert "\x1b" not in article and "[1m" not in article


def test_fastpages_boxes_written_with_content_hold_their_text(built):
    article = built.article(DROPOUT)
    tip = re.search(r'<div class="admonition tip">(.*?)</div>', article, re.S).group(1)
    assert "<strong>0.5</strong>" in tip and "드롭아웃 비율은" in reader_text(tip)
    assert "추론 때는 평가 모드로 바꾼다" in reader_text(re.search(r'<div class="admonition warning">(.*?)</div>', article, re.S).group(1))


def test_a_fastpages_video_is_a_link_to_it(built):
    assert 'href="https://www.youtube.com/watch?v=Ilg3gGewQ5U"' in built.article(DROPOUT)


def test_a_fastpages_screenshot_is_its_figure_from_the_blog_s_images(built):
    figure = re.search(r'<figure class="kb-figure">(.*?)</figure>', built.article(DROPOUT), re.S).group(1)
    assert re.search(r'<img src="[^"]*images/loss\.png"', figure) and "검증 손실" in reader_text(figure)


def test_a_definition_list_is_one_in_a_jekyll_post_and_text_in_a_github_note(built):
    post = built.article(TERMS_POST)
    assert re.search(r"<dl>\s*<dt>Epoch</dt>\s*<dd>전체 데이터를 한 번 다 보는 것</dd>", post)  # kramdown's
    assert post.count("<dd>") == 3
    til = built.article(TERMS_TIL)
    assert "<dl>" not in til and "<dd>" not in til  # GitHub shows the lines, colon and all
    assert re.search(r"<p>Batch\n(:|&#58;) 한 번에 보는 데이터 묶음\n(:|&#58;) 미니배치라고도 한다</p>", til)
