"""A bare address in a note's text (magiclink's link) to a post among the notes leads to its page here, as a
Markdown link to it does (`hooks/kb/posts/bare_urls.py`, `blog_urls.link_blog_posts`)."""

from __future__ import annotations

import pytest

from hooks.kb.posts.bare_urls import bare_address, link_bare_urls
from hooks.kb.posts.blog_urls import BlogIndex, hosted_key, link_blog_posts


def _mark(url: str) -> str:
    return f"[{url}](LINKED)"


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("* Docker 설치 : https://a.tistory.com/42", "* Docker 설치 : [https://a.tistory.com/42](LINKED)"),
        ("https://a.tistory.com/42 / (참고만)", "[https://a.tistory.com/42](LINKED) / (참고만)"),
        ("지난 글은 https://a.tistory.com/42.", "지난 글은 [https://a.tistory.com/42](LINKED)."),
        ("(https://a.tistory.com/42)", "([https://a.tistory.com/42](LINKED))"),
        ("[지난 글](https://a.tistory.com/42)", "[지난 글](https://a.tistory.com/42)"),  # a Markdown link's
        ("[https://a.tistory.com/42](https://a.tistory.com/42)", "[https://a.tistory.com/42](https://a.tistory.com/42)"),
        ("[see https://a.tistory.com/42 here](x.md)", "[see https://a.tistory.com/42 here](x.md)"),  # its text
        ("<https://a.tistory.com/42>", "<https://a.tistory.com/42>"),  # an autolink: blog_urls' own path
        ('<img src="https://a.tistory.com/42">', '<img src="https://a.tistory.com/42">'),
        ('<a href="x">https://a.tistory.com/42</a>', '<a href="x">https://a.tistory.com/42</a>'),
        ("[42]: https://a.tistory.com/42", "[42]: https://a.tistory.com/42"),  # a reference definition
        ("<p>https://a.tistory.com/42</p>\n\nhttps://a.tistory.com/42", "<p>https://a.tistory.com/42</p>\n\n[https://a.tistory.com/42](LINKED)"),
        ("<div align=\"center\">\n참고 https://a.tistory.com/42\n</div>", "<div align=\"center\">\n참고 https://a.tistory.com/42\n</div>"),
        ("no address here", "no address here"),
        # code Markdown shows as written: an indented block after a blank line, a <pre> block through its blank lines
        ("설명\n\n    curl https://a.tistory.com/42\n    끝", "설명\n\n    curl https://a.tistory.com/42\n    끝"),
        ("<pre><code>ls\n\n# 참고: https://a.tistory.com/42\n</code></pre>", "<pre><code>ls\n\n# 참고: https://a.tistory.com/42\n</code></pre>"),
        # an item nested four spaces in, after a blank line, is no code
        ("- 글\n\n    - https://a.tistory.com/42", "- 글\n\n    - [https://a.tistory.com/42](LINKED)"),
    ],
)
def test_which_addresses_are_bare(text, linked):
    assert link_bare_urls(text, _mark) == linked


@pytest.mark.parametrize(
    ("found", "address"),
    [
        ("https://a.tistory.com/42.", "https://a.tistory.com/42"),
        ("https://velog.io/@u/RNN-정리),", "https://velog.io/@u/RNN-정리"),
        ("https://ko.wikipedia.org/wiki/F_(x)", "https://ko.wikipedia.org/wiki/F_(x)"),
    ],
)
def test_a_bare_address_ends_where_githubs_autolink_ends(found, address):
    assert bare_address(found) == address


ENTROPY = "notes/vault/entropy.md"
MARKOV = "notes/vault/markov.md"
RNN = "notes/velog/rnn.md"
INDEX = BlogIndex.of(
    [
        (ENTROPY, [hosted_key("https://tester.tistory.com/79")]),
        (MARKOV, [hosted_key("https://tester.tistory.com/81")]),
        (RNN, [hosted_key("https://velog.io/@tester/RNN-정리")]),
    ]
)


def test_a_bare_address_of_a_note_leads_to_its_page_here_the_others_stay():
    body = (
        "* 마르코프 과정 : https://tester.tistory.com/m/81\n"
        "* RNN : https://velog.io/@tester/RNN-정리#학습 / 참고만\n"
        "* 다른 블로그 : https://other.tistory.com/81\n"
        "* 이 글 : https://tester.tistory.com/79\n"  # its own address: the post on its blog
        "`https://tester.tistory.com/81`\n"
    )
    linked, changed = link_blog_posts(body, INDEX, ENTROPY)
    assert linked.splitlines() == [
        f"* 마르코프 과정 : [https://tester.tistory.com/m/81](kb-docs:{MARKOV})",
        f"* RNN : [https://velog.io/@tester/RNN-정리#학습](kb-docs:{RNN}#학습) / 참고만",
        "* 다른 블로그 : https://other.tistory.com/81",
        "* 이 글 : https://tester.tistory.com/79",
        "`https://tester.tistory.com/81`",
    ]
    assert [found for _, found in changed] == [MARKOV, RNN]
