"""A post's address on its blog, and links to it led to its note: one line per case."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from hooks.kb.posts.blog_urls import BlogIndex, key, link_blog_posts, post_paths

KST = timezone(timedelta(hours=9))
GRU = "notes/ratsgo/_posts/2017-05-13-GRU.md"
RNN = "notes/ratsgo/_posts/2017-03-09-rnnlstm.md"


@pytest.mark.parametrize(
    ("src_path", "fields", "categories", "date", "expected"),
    [
        # Jekyll's default (`date`) and `pretty`: categories lower-cased, `:title` from the file name as written
        (GRU, {}, ("deep learning",), None, "deep learning/2017/05/13/gru"),
        (GRU, {}, (), None, "2017/05/13/gru"),
        ("notes/_posts/2021-08-10-순환신경망.md", {}, ("DL", "NLP"), None, "dl/nlp/2021/08/10/순환신경망"),
        # the front-matter date wins over the name's, as in Jekyll; the name's is kept too
        (
            "notes/_posts/2022-10-05-day12.md",
            {},
            ("boostcamp",),
            datetime(2022, 10, 6, 1, tzinfo=KST),
            "boostcamp/2022/10/06/day12",
        ),
        ("notes/_posts/2022-10-05-day12.md", {"slug": "twelve"}, (), None, "2022/10/05/twelve"),
        # `ordinal` and `weekdate`
        ("notes/_posts/2021-02-01-cnn.md", {}, (), None, "2021/032/cnn"),
        ("notes/_posts/2021-02-01-cnn.md", {}, (), None, "2021/w05/mon/cnn"),
        # the post's own permalink: placeholders expanded, or as written
        ("notes/_posts/2023-01-25-chirpy.md", {"permalink": "/nlp/week3/"}, (), None, "nlp/week3"),
        ("notes/_posts/2023-01-25-chirpy.md", {"permalink": "/posts/:title/"}, (), None, "posts/chirpy"),
        ("notes/til/optimizer.md", {"permalink": "/til/optimizer.html"}, (), None, "til/optimizer"),
    ],
)
def test_a_post_has_the_paths_jekyll_gave_it(src_path, fields, categories, date, expected):
    assert expected in post_paths(src_path, fields, categories, date)


@pytest.mark.parametrize(
    "src_path",
    [
        "notes/haymrpig/4주차/RNN.md",  # not a Jekyll post, no permalink: its address is not known
        "notes/til/optimizer.md",
    ],
)
def test_a_note_that_is_no_post_and_says_no_permalink_has_no_known_address(src_path):
    assert post_paths(src_path, {}, ("dl",), None) == ()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/", "deep learning/2017/05/13/gru"),
        ("/deep%20learning/2017/05/13/GRU.html", "deep learning/2017/05/13/gru"),
        ("/dl/2017/05/13/gru/index.html#구조", "dl/2017/05/13/gru"),
        ("/%EC%88%9C%ED%99%98/2021/08/10/x/", "순환/2021/08/10/x"),
    ],
)
def test_key(url, expected):
    from urllib.parse import urlsplit

    assert key(urlsplit(url).path if "//" in url else url) == expected


INDEX = BlogIndex.of(
    [
        (GRU, post_paths(GRU, {}, ("deep learning",), None)),
        (RNN, post_paths(RNN, {}, ("Natural Language Processing",), None)),
        ("notes/other/_posts/2017-05-13-GRU.md", post_paths("notes/other/_posts/2017-05-13-GRU.md", {}, ("deep learning",), None)),
    ]
)


@pytest.mark.parametrize(
    ("url", "near", "expected"),
    [
        ("https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/", RNN, GRU),  # its own blog's first
        ("http://ratsgo.github.io/deep%20learning/2017/05/13/GRU.html", RNN, GRU),
        ("https://example.com/blog/deep%20learning/2017/05/13/GRU/", RNN, GRU),  # a project site's base path
        ("/natural%20language%20processing/2017/03/09/rnnlstm/", GRU, RNN),  # root-relative: the blog's own
        ("https://ratsgo.github.io/deep%20learning/2017/04/03/recursive/", RNN, None),  # not among the notes
        ("https://ratsgo.github.io/2017/05/13/GRU/", RNN, None),  # categories are part of the address
        ("https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/", "notes/other/_posts/2020-01-01-a.md", "notes/other/_posts/2017-05-13-GRU.md"),
    ],
)
def test_a_link_finds_the_note_at_that_address(url, near, expected):
    assert INDEX.note_at(url, near) == expected


def test_links_are_changed_in_text_and_html_but_never_in_code():
    body = (
        "GRU는 [이곳](https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/#순전파)을 참고.\n"
        '<a href="https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/">GRU</a>\n'
        "[gru]: http://ratsgo.github.io/deep%20learning/2017/05/13/GRU/\n"
        "<https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/>\n"
        "`[코드](https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/)`\n"
        "[다른 글](https://ratsgo.github.io/deep%20learning/2017/04/03/recursive/)\n"
    )
    linked, changed = link_blog_posts(body, INDEX, RNN)
    target = "kb-docs:notes/ratsgo/_posts/2017-05-13-GRU.md"
    assert linked.splitlines() == [
        f"GRU는 [이곳]({target}#순전파)을 참고.",
        f'<a href="{target}">GRU</a>',
        f"[gru]: {target}",
        f"[https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/]({target})",
        "`[코드](https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/)`",
        "[다른 글](https://ratsgo.github.io/deep%20learning/2017/04/03/recursive/)",
    ]
    assert [found for _, found in changed] == [GRU] * 4
