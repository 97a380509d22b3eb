"""Whole builds of small docs trees: what ingest promises, seen in the built site."""

from __future__ import annotations

import logging
import re
from html import unescape

from tests.helpers.pagefind_index import indexed_pages
from tests.helpers.sitebuild import build_docs, hrefs, reader_text, site_pages, write_tree

PUBLISHED = "---\ntitle: 공개 노트\ndate: 2022-10-05 18:00:00 +0900\ncategories: AI boostcourse\ntags: [NLP]\n---\n보이는 글\n"
DRAFTS = {
    "notes/draft1.md": "---\ntitle: 비밀 초안 하나\npublished: false\n---\n초안본문하나\n",
    "notes/draft2.md": "---\ntitle: 비밀 초안 둘\ndraft: true\ntags: [숨김태그]\n---\n초안본문둘\n![그림](/images/없음.png)\n",
}


def test_drafts_appear_nowhere(tmp_path):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/pub.md": PUBLISHED, **DRAFTS})
    site = build_docs(docs, tmp_path / "site")
    everything = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in site.site_dir.rglob("*")
        if p.is_file() and p.suffix in (".html", ".json", ".xml")
    )
    assert "보이는 글" in everything
    for secret in ("비밀 초안", "초안본문", "숨김태그", "draft1", "draft2"):
        assert secret not in everything, secret
    # nor in the build log: its missing image is no warning pointing to a status page that does not list it
    assert "draft2" not in site.log and "없음.png" not in site.log
    indexed = indexed_pages(site.site_dir)
    assert indexed  # the search index is there, and holds none of the draft
    assert not [p for p in indexed.values() if re.search("비밀|초안본문|숨김태그", " ".join((p.title, *p.words)))]


def test_note_page_shows_title_date_categories_and_tags(tmp_path):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/pub.md": PUBLISHED})
    html = build_docs(docs, tmp_path / "site").html("notes/2022-10-05-공개-노트/")
    assert re.search(r"<h1[^>]*>공개 노트", html)
    assert 'datetime="2022-10-05T18:00:00+09:00"' in html and "2022년 10월 5일" in html
    for category in ("AI", "boostcourse"):  # hooks/links.py makes each a link to its categories/ section
        assert re.search(rf'class="kb-category"[^>]*>{category}</(span|a)>', html), category
    assert "md-tag" in html and "NLP" in html


def test_posts_folder_layout_binary_and_cp949(tmp_path):
    files = {
        **site_pages(),
        "notes/_posts/DL/2021-08-10-rnn.md": "---\ntitle: RNN 정리\n---\n![셀](/assets/img/cell.png)\n",
        "notes/_posts/DL/assets/img/cell.png": bytes.fromhex("89504e470d0a1a0a"),
        "notes/broken.md": bytes(range(256)) * 8,
        "notes/hangul.md": "---\ntitle: 완성형\n---\n씨피구사구 본문\n".encode("cp949"),
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    rnn = site.html("notes/2021-08-10-rnn/")
    assert re.search(r'<img[^>]+src="[^"]*cell\.png"', rnn) and "kb-missing-image" not in rnn
    assert "씨피구사구 본문" in site.html("notes/완성형/")
    assert "WARNING notes/broken.md: file is not text (binary content) — skipped: no page made" in site.log


def test_a_jekyll_posts_folder_dropped_outside_the_notes_is_warned_once_naming_it(tmp_path):
    post = "---\nlayout: post\ntitle: LSTM 정리\ncategories: [DL]\n---\nLSTM은 게이트가 셋입니다.\n"
    files = {
        **site_pages(),
        "_posts/2024-01-01-lstm.md": post,
        "_posts/2024-01-02-gru.md": post.replace("LSTM", "GRU"),
        "_config.yml": "title: 내 블로그\n",
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")  # strict, and it passes
    warned = [line for line in site.log.splitlines() if line.startswith("WARNING _posts/: 2 posts")]
    assert warned == [
        "WARNING _posts/: 2 posts in a Jekyll '_posts/' folder outside docs/notes/ — published as plain pages,"
        " not read as notes (no front-matter repair, concept pages or status); move the folder, or the whole"
        " blog, under docs/notes/"
    ]
    assert "_posts/: 1 problem, in the file: 2 posts" in site.log  # what the console shows without -v
    status = unescape(site.html("status/"))
    assert "<code>_posts/</code>" in status and "docs/notes/ 밖의 Jekyll '_posts/' 폴더에 글 2개" in status
    assert "docs/notes/ 아래로 옮기세요" in status
    assert "LSTM은 게이트가 셋입니다." in site.html("_posts/2024-01-01-lstm/")  # still a page: nothing lost


def test_two_notes_with_one_url_both_stay(tmp_path):
    same = "---\ntitle: 같은 제목\n---\n"
    files = {**site_pages(), "notes/a.md": same + "첫째\n", "notes/b.md": same + "둘째\n"}
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    assert "첫째" in site.html("notes/같은-제목/") and "둘째" in site.html("notes/같은-제목-2/")
    assert "notes/b.md: another note already has the URL 'notes/같은-제목/'" in site.log


def test_notes_sharing_the_title_of_their_heading_are_told_apart_by_the_heading_they_open_with(tmp_path):
    """A study repository's notebooks, each exported under `# Numpy` with its subject in the `## ` under it, and
    their index: GitHub told them apart by file name; here all three were "Numpy", at `numpy-2/` and `numpy-3/`,
    with a warning on each that its author could do nothing about."""
    files = {
        **site_pages(),
        "notes/Numpy/Numpy.md": "# Numpy\n\n## 목차\n\n* [배열 만들기](./01_array.md)\n* [Broadcasting](./02_broadcast.md)\n",
        "notes/Numpy/01_array.md": "# Numpy\n\n## 배열 만들기\n\n`np.array`로 만든다\n",
        "notes/Numpy/02_broadcast.md": "# Numpy\n\n## Broadcasting\n\n모양이 다른 배열끼리 더한다\n",
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    index = site.article("notes/numpy/")
    assert hrefs(index)[-2:] == ["../numpy-배열-만들기/", "../numpy-broadcasting/"]
    assert "<h1" in index and ">Numpy<" in index  # the index, opening with its contents, keeps the title
    assert "<title>Numpy: 배열 만들기" in site.html("notes/numpy-배열-만들기/")
    assert "모양이 다른 배열끼리" in site.article("notes/numpy-broadcasting/")
    listed = reader_text(site.html("notes/"))
    assert "Numpy: 배열 만들기" in listed and "Numpy: Broadcasting" in listed
    assert "already has the URL" not in site.log


def test_status_page_lists_what_to_fix(tmp_path):
    files = {**site_pages(), "notes/bad.md": "---\ntitle: [LG AImers] 05 - Generative Model\n---\n본문\n"}
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    status = site.html("status/")
    assert "고쳐야 할 것" in status and "머리말이 올바른 YAML이 아닙니다" in status
    assert "[LG AImers] 05 - Generative Model" in site.html("notes/lg-aimers-05-generative-model/")


def test_title_formula_is_math_everywhere_but_status_quotes_bad_tex(tmp_path):
    files = {**site_pages(), "notes/o.md": "---\ntitle: 복잡도 $O(n^2)$ 정리\n---\n틀린 $\\foo x$ 수식\n"}
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    listing = site.html("notes/").split('<article class="md-content__inner md-typeset">', 1)[1]
    assert "<math" in listing and "$O" not in listing
    status = site.html("status/")
    assert "kb-math-error" not in status and "$\\foo x$" in status
    assert "status.md" not in site.log  # the bad formula is warned about once, for its note


def test_a_title_with_angle_brackets_shows_as_written_and_its_formula_typeset(tmp_path):
    files = {
        **site_pages(),
        "notes/o.md": "---\ntitle: 부등식 <비교> $a<b$ 정리\ndate: 2023-01-02\n---\n본문\n",
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    for page in ("notes/", "timeline/", "notes/2023-01-02-부등식-비교-a-b-정리/"):
        article = site.html(page).split('<article class="md-content__inner md-typeset">', 1)[1]
        assert "부등식 &lt;비교&gt; <math" in article, page  # no `\<` shown, the formula typeset
        assert '<math alttext="a&lt;b">' in article and "kb-math-error" not in article, page


QUOTED_LISTS = """---
title: 인용 안 목록
---
> **요약**
> - 첫째 항목
> - 둘째 항목

> - 바깥
>   - 안쪽
>
> 1. 하나
>    - 하나 아래
> 2. 둘

3. 셋에서 이어지는 번호
4. 넷
"""


def test_lists_inside_a_quote_are_lists_nested_as_the_blog_nested_them(tmp_path):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/q.md": QUOTED_LISTS})
    html = build_docs(docs, tmp_path / "site").html("notes/인용-안-목록/")
    article = html[html.index("<article") : html.index("</article>")]
    flat = re.sub(r"\s+", "", article)
    assert "<li>첫째항목</li><li>둘째항목</li></ul>" in flat and "-첫째" not in flat
    assert "<li>바깥<ul><li>안쪽</li></ul></li>" in flat  # nested under it, not beside it
    assert "<ol><li>하나<ul><li>하나아래</li></ul></li><li>둘</li></ol>" in flat  # numbered, not bullets
    assert flat.count("<blockquote>") == 2
    assert '<olstart="3"><li>셋에서이어지는번호</li>' in flat  # numbered from 3, as the blog numbered it


def test_a_link_to_a_blog_post_that_is_not_here_is_on_the_status_page_however_quiet_the_build(tmp_path):
    note = "---\ntitle: Lec 3\n---\n다음 강의: [GLM](/2020/09/12/Lec4-3.html)\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/_posts/2020-09-11-Lec3-2.md": note})
    mkdocs_log, pages_log = logging.getLogger("mkdocs"), logging.getLogger("mkdocs.structure.pages")
    levels = mkdocs_log.level, pages_log.level
    mkdocs_log.setLevel(logging.WARNING)  # as `mkdocs build -q`: MkDocs logs an absolute link at INFO
    pages_log.setLevel(logging.NOTSET)
    try:
        site = build_docs(docs, tmp_path / "site")
    finally:
        mkdocs_log.setLevel(levels[0])
        pages_log.setLevel(levels[1])
    status = site.html("status/")
    assert "/2020/09/12/Lec4-3.html" in status and "원래 블로그의 경로" in status
    assert "notes/_posts/2020-09-11-Lec3-2.md:4: link '/2020/09/12/Lec4-3.html'" in site.log


def test_a_post_kept_twice_with_two_extensions_is_two_notes_and_a_strict_build(tmp_path):
    # A blog's `_posts/` holding `week1.md` and `week1.markdown` (the same post saved twice): MkDocs would give
    # both one address, drop the first with a warning that fails `--strict`, and tell the status page nothing.
    post = "---\ntitle: 1주차 주간학습정리\ndate: 2021-08-06 15:32:48 +0530\n---\n"
    files = {
        **site_pages(),
        "notes/_posts/2021-08-1주차-주간학습정리.md": post + "md 본문\n",
        "notes/_posts/2021-08-1주차-주간학습정리.markdown": post + "markdown 본문\n",
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")  # strict, and it passes
    assert "conflicts with" not in site.log
    pages = [site.html(url) for url in ("notes/2021-08-06-1주차-주간학습정리/", "notes/2021-08-06-1주차-주간학습정리-2/")]
    assert {"md 본문" in page for page in pages} == {True, False}
    assert {"markdown 본문" in page for page in pages} == {True, False}
    assert "another note already has the URL 'notes/2021-08-06-1주차-주간학습정리/'" in site.log
    assert "노트 2개가 페이지가 되었습니다" in unescape(site.html("status/"))


def test_a_link_by_the_address_the_blogs_config_gave_a_post_leads_to_its_page(tmp_path):
    """A minimal-mistakes blog dropped in whole: its `_config.yml` says `permalink: /:categories/:title/`,
    and a daily log links a lecture note as `https://<its url>/<category>/<file name>`."""
    blog = "notes/mm/"
    files = {
        **site_pages(),
        blog + "_config.yml": 'url: "https://mm.github.io"\npermalink: /:categories/:title/\n',
        blog + "_posts/AI/2021-08-10-dl_optimization.md": "---\ntitle: 최적화\ncategories:\n  - ai_dlbasic\n---\n본문\n",
        blog + "_posts/daily/2021-08-10-day7.md": (
            "---\ntitle: Day7\ncategories: [daily]\n---\n"
            '<a href="https://mm.github.io/ai_dlbasic/dl_optimization"><img src="https://img.shields.io/badge/-OPTIM-red"/></a>\n'
        ),
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    assert 'href="../2021-08-10-dl-optimization/"' in site.article("notes/2021-08-10-day7/")
    assert "mm.github.io" not in site.article("notes/2021-08-10-day7/")


def test_a_link_by_the_address_chirpys_defaults_gave_a_post_leads_to_its_page(tmp_path):
    """A Chirpy blog dropped in whole: its posts' address is in `_config.yml`'s `defaults:` for posts, not a
    top-level `permalink:`, and a post links another by that address, with its host and without."""
    blog = "notes/chirpy/"
    files = {
        **site_pages(),
        blog + "_config.yml": (
            'url: "https://cp.github.io"\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n'
            "    values:\n      layout: post\n      permalink: /posts/:title/\n"
        ),
        blog + "_posts/2024-03-01-vae.md": "---\ntitle: VAE\n---\n본문\n",
        blog + "_posts/2024-03-08-diffusion.md": (
            "---\ntitle: Diffusion\n---\n[VAE 정리](https://cp.github.io/posts/vae/)와 [ELBO](/posts/vae/#elbo)\n"
        ),
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    article = site.article("notes/2024-03-08-diffusion/")
    assert 'href="../2024-03-01-vae/"' in article and 'href="../2024-03-01-vae/#elbo"' in article
    assert "cp.github.io" not in article


def test_a_blogs_post_template_is_not_published_and_a_link_to_a_post_not_here_is_noted(tmp_path):
    """An al-folio blog dropped in whole: its `_posts/__sample_논문리뷰.md` (the template for a new paper note) was
    never on the blog, and a note's link to another address of the blog leads there, with a line for each."""
    blog = "notes/af/"
    files = {
        **site_pages(),
        blog + "_config.yml": 'url: "https://af.example.com"\npermalink: /blog/:year/:title/\n',
        blog + "_posts/__sample_논문리뷰.md": '---\ntitle: "[논문리뷰] ~~~~"\ndate:\n---\n\n## 1. TL;DR\n\n- \n',
        blog + "_posts/2026-05-02-flash.md": (
            "---\ntitle: FlashAttention\n---\n\n[이전 글](/blog/2024/raptor/)과 [블로그 글](https://af.example.com/blog/2025/eagle/)\n"
        ),
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    assert "notes/논문리뷰/" not in site.page_urls() and not list(site.site_dir.rglob("*sample*"))
    article = site.article("notes/2026-05-02-flash/")
    assert 'href="https://af.example.com/blog/2024/raptor/"' in article
    assert 'href="https://af.example.com/blog/2025/eagle/"' in article
    status = unescape(site.html("status/"))
    assert "Jekyll처럼 사이트에 올리지 않았습니다" in status and "__sample_논문리뷰.md" in status
    assert status.count("원래 블로그의 주소인데, 그 주소의 노트가 여기에 없습니다") == 2
    assert "leads nowhere" not in site.log


def test_a_page_of_a_jekyll_blog_without_front_matter_keeps_its_image_size_as_kramdown_drew_it(tmp_path):
    """A blog dropped in whole: its `about.md` has no front-matter (GitHub Pages renders it anyway, with kramdown),
    so `{: width="40%"}` right after its image sizes the image. The blog's `_config.yml` is held back from the site, but
    the page is still one of a Jekyll site, not a README GitHub shows."""
    blog = "notes/mm/"
    files = {
        **site_pages(),
        blog + "_config.yml": 'url: "https://mm.github.io"\n',
        blog + "_posts/2021-08-10-rnn.md": "---\ntitle: RNN\n---\n본문\n",
        blog + "about.md": '# 소개\n\n![프로필](profile.png){: width="40%"}\n\n안녕하세요\n',
        blog + "profile.png": "png",
    }
    site = build_docs(write_tree(tmp_path / "docs", files), tmp_path / "site")
    article = site.article(next(url for url in site.page_urls() if "about" in url or "소개" in url))
    assert re.search(r'<img[^>]*width="40%"', article)
    assert "{: width" not in unescape(article)
    assert "is text on GitHub" not in site.log
