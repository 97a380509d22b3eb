"""A whole blog in the shapes real study blogs use (tests/helpers/blog_shapes.py), built strictly: no note
fails the build, every figure shows, every link between posts leads to the note's page here, no Liquid is
left, and everything that went wrong is on the 노트 상태 page under its note, at its line."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from tests.helpers.blog_shapes import NESTED_DIVS, POSTS, blog_tree
from tests.helpers.sitebuild import build_site_with

_IMG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\ssrc="([^"]*)"')
_HREF = re.compile(r'<a\b[^>]*\shref="([^"]*)"')


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("blog")
    return build_site_with(root, blog_tree())  # strict: any MkDocs warning would abort


NOTE_URLS = {
    "2022-03-01-professor-mail.md": "notes/2022-03-01-professor-mail/",
    "2022-03-02-liquid-figures.md": "notes/2022-03-02-liquid-figures/",
    "2022-03-03-links-between-posts.md": "notes/2022-03-03-links-between-posts/",
    "2022-03-04-deep-list.md": "notes/2022-03-04-deep-list/",
    "2022-03-05-kramdown-post.markdown": "notes/2022-03-05-kramdown-post/",
    "2022-03-06-too-deep.md": "notes/2022-03-06-too-deep/",
}


def test_every_note_is_a_page_at_its_jekyll_url(built):
    assert {url for url in NOTE_URLS.values()} <= built.page_urls()


def test_no_liquid_and_no_unresolved_link_is_left(built):
    for url in NOTE_URLS.values():
        article = built.article(url)
        assert "{%" not in article and "{{" not in article, url
        assert "kb-docs:" not in article, url


def _local_images(site, url: str) -> list[str]:
    out = []
    for tag in _IMG.findall(site.article(url)):
        src = _SRC.search(tag)
        assert src is not None and src.group(1), f"{url}: an <img> without a source: {tag}"
        if not src.group(1).startswith(("http:", "https:")):
            out.append(src.group(1))
    return out


@pytest.mark.parametrize("url", ["notes/2022-03-02-liquid-figures/", "concepts/cnn/"])
def test_every_local_figure_exists_in_the_site(built, url):
    images = _local_images(built, url)
    assert len(images) >= 6 if url.startswith("notes/") else images
    for src in images:
        target = Path(unquote(urljoin("/" + url, src)).lstrip("/"))
        assert (built.site_dir / target).is_file(), f"{url}: {src} -> {target} is missing"
    assert "kb-missing-image" not in built.article(url)


def test_figures_look_as_on_the_blog(built):
    article = built.article("notes/2022-03-02-liquid-figures/")
    assert re.search(r'<figure class="kb-figure"><img[^>]*alt="필터 그림"', article)
    assert re.search(r"<figcaption>합성곱 <strong>필터</strong></figcaption>", article)
    assert re.search(r'<img[^>]*width="300"', article)  # kramdown's width kept
    remote = re.search(r'<img[^>]*src="https://example.com/remote.png"[^>]*>', article)
    assert (
        remote and 'loading="lazy"' in remote.group(0) and 'referrerpolicy="no-referrer"' in remote.group(0)
    )
    assert 'alt="외부"' in remote.group(0)


def test_links_between_posts_lead_to_the_notes_pages(built):
    article = built.article("notes/2022-03-03-links-between-posts/")
    hrefs = _HREF.findall(article)
    assert "../2022-03-01-professor-mail/" in hrefs  # post_url, inline and reference-style
    assert hrefs.count("../2022-03-01-professor-mail/") >= 2
    assert "../2022-03-02-liquid-figures/#cnn" in hrefs  # {% link %} with its section
    assert "../2022-03-02-liquid-figures/" in hrefs  # in raw HTML, after {{ site.baseurl }}
    assert "[prev]" not in article and "[앞 글]" not in article
    assert "사라진 글" in article and "2020-01-01-gone" not in " ".join(hrefs)


def test_a_singular_category_is_one_value_and_tags_fold_case(built):
    article = built.article("notes/2022-03-01-professor-mail/")
    assert re.search(r'class="kb-category"[^>]*>Natural Language Processing<', article)
    tags = built.html("tags/")
    assert "Python" in tags and not re.search(r">\s*python\s*<", tags)


def test_a_deep_list_renders_and_too_deep_markdown_shows_its_text(built):
    assert "깊이 299" in built.article("notes/2022-03-04-deep-list/")
    article = built.article("notes/2022-03-06-too-deep/")
    assert "원문을 그대로 보여 줍니다" in article and "깊은 곳의 글" in article
    assert article.count("&lt;div markdown=&quot;1&quot;&gt;") == NESTED_DIVS or "&lt;div markdown" in article


def test_an_html_plot_is_not_published(built):
    assert not (built.site_dir / POSTS / "plot.html").exists()
    assert not list(built.site_dir.rglob("plot.html"))


def test_the_status_page_lists_each_problem_once_under_its_note(built):
    status = built.html("status/")
    log = built.log
    expected = {
        "2022-03-01-professor-mail.md:8: a link whose target is another link '[email](mailto:prof@example.com)'": "[email](mailto:prof@example.com)",
        "2022-03-03-links-between-posts.md:14: '{% post_url 2020-01-01-gone %}'": "2020-01-01-gone",
        "2022-03-04-deep-list.md:24: a list nested more than 20 levels deep": "20단보다 깊게",
        "2022-03-06-too-deep.md: rendering the note failed (RecursionError": "페이지로 만드는 중 오류",
        "plot.html: a file that can run scripts": "스크립트를 실행할 수 있는 파일",
    }
    for logged, shown in expected.items():
        assert sum(logged in line for line in log.splitlines()) == 1, logged
        assert status.count(shown) == 1, shown
    assert "concepts/" not in re.sub(r'href="[^"]*"', "", status.split("개념 후보")[0])
