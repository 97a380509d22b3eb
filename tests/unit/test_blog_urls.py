"""A post's address on its blog, and links to it led to its note: one line per case."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from hooks.kb.posts.blog_urls import (
    BlogIndex,
    key,
    link_blog_posts,
    link_notes_to_notes,
    own_hosts,
    post_paths,
    undated_titles,
)
from hooks.kb.posts.ingest import read_note

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


# A Chirpy blog: `/posts/:title/` set in its `_config.yml`, so its posts' addresses carry no date.
DAY9 = "notes/chirpy/_posts/2022-09-29-Boostcamp-9days.md"
DAY10 = "notes/chirpy/_posts/2022-09-30-Boostcamp-10days.md"
WEEK2 = "notes/chirpy/_posts/2022-09-30-Boostcamp-2weeks.md"
RANGE = "notes/chirpy/_posts/2022-10-19-Boostcamp-20~21days.md"
OTHER_RNN = "notes/other/_posts/2021-08-10-rnn.md"
CHIRPY_WEEK = (
    "## 이번 주 정리\n"
    "- [9일차](https://jiyong-jeon.github.io/posts/Boostcamp-9days/)\n"
    "- [10일차](https://jiyong-jeon.github.io/posts/Boostcamp-10days/#회고)\n"
    '- <a href="https://jiyong-jeon.github.io/posts/Boostcamp-20~21days/">20~21일차</a>\n'
    "- [RNN 정리](https://someone-else.github.io/posts/rnn/)\n"
)


def test_a_chirpy_blog_shows_its_own_host_by_links_that_name_its_posts():
    own = own_hosts([(WEEK2, CHIRPY_WEEK), (DAY9, ""), (DAY10, ""), (RANGE, ""), (OTHER_RNN, "")])
    assert set(own) == {("notes/chirpy", "jiyong-jeon.github.io")}  # someone-else's host names none of its posts
    assert own[("notes/chirpy", "jiyong-jeon.github.io")]["posts/boostcamp-9days"] == DAY9


@pytest.mark.parametrize(
    "body",
    [
        "[9일차](https://jiyong-jeon.github.io/posts/Boostcamp-9days/)\n",  # one link shows nothing
        "[a](https://x.github.io/posts/Boostcamp-9days/) [b](https://x.github.io/posts/Boostcamp-10days/)\n"
        "[c](https://x.github.io/posts/rnn/) [d](https://x.github.io/posts/cnn/) [e](https://x.github.io/posts/gan/)\n",
        "`[9일차](https://jiyong-jeon.github.io/posts/Boostcamp-9days/)`\n"  # links in code count for nothing
        "`[10일차](https://jiyong-jeon.github.io/posts/Boostcamp-10days/)`\n",
    ],
)
def test_a_host_is_not_taken_for_the_blogs_own_on_too_little(body):
    assert own_hosts([(WEEK2, body), (DAY9, ""), (DAY10, "")]) == {}


def test_undated_links_lead_to_the_linking_notes_own_blog_only():
    notes = [(WEEK2, CHIRPY_WEEK), (DAY9, ""), (DAY10, ""), (RANGE, ""), (OTHER_RNN, "")]
    index = BlogIndex.of([(path, ()) for path, _ in notes], own_hosts(notes))
    linked, changed = link_blog_posts(CHIRPY_WEEK, index, WEEK2)
    assert linked.splitlines()[1:] == [
        f"- [9일차](kb-docs:{DAY9})",
        f"- [10일차](kb-docs:{DAY10}#회고)",
        f'- <a href="kb-docs:{RANGE}">20~21일차</a>',
        "- [RNN 정리](https://someone-else.github.io/posts/rnn/)",  # another blog's post stays the blog's
    ]
    assert [found for _, found in changed] == [DAY9, DAY10, RANGE]
    # the same address in a note of another blog is not this blog's post
    assert index.note_at("https://jiyong-jeon.github.io/posts/Boostcamp-9days/", OTHER_RNN) is None
    assert index.note_at("https://www.Jiyong-Jeon.github.io/posts/boostcamp-9days", DAY10) == DAY9


def test_an_address_with_parentheses_is_followed_whole():
    paren = "notes/chirpy/_posts/2022-10-13-Boostcamp-15(1)days.md"
    body = CHIRPY_WEEK + "- [15일차 (1)](https://jiyong-jeon.github.io/posts/Boostcamp-15(1)days/) 참고\n"
    notes = [(WEEK2, body), (DAY9, ""), (DAY10, ""), (RANGE, ""), (paren, "")]
    index = BlogIndex.of([(path, ()) for path, _ in notes], own_hosts(notes))
    linked, changed = link_blog_posts(body, index, WEEK2)
    assert linked.splitlines()[-1] == f"- [15일차 (1)](kb-docs:{paren}) 참고"
    assert [found for _, found in changed][-1] == paren


def test_a_notes_links_are_read_again_only_when_its_text_changes(monkeypatch):
    from hooks.kb.posts import blog_urls

    read: list[str] = []
    scan = blog_urls._undated_links
    monkeypatch.setattr(blog_urls, "_undated_links", lambda body: read.append(body) or scan(body))
    week = CHIRPY_WEEK + "이번 주 끝.\n"  # a text no other test has read
    notes = [(WEEK2, week), (DAY9, ""), (DAY10, ""), (RANGE, "")]
    first = own_hosts(notes)
    blog_urls.next_build()  # a `mkdocs serve` rebuild
    assert own_hosts(notes) == first and read == [week]
    edited = week + "- [다시](https://jiyong-jeon.github.io/posts/Boostcamp-9days/)\n"
    blog_urls.next_build()
    own_hosts([(WEEK2, edited), *notes[1:]])
    assert read == [week, edited]


def test_an_undated_link_without_a_host_leads_to_the_post_of_the_linking_notes_blog():
    # Chirpy posts link each other (and their own sections) as `/posts/<title>/`: only their blog can be meant
    notes = [WEEK2, DAY9, DAY10, OTHER_RNN]
    index = BlogIndex.of([(path, ()) for path in notes], undated=undated_titles(notes))
    body = "[9일차 회고](/posts/Boostcamp-9days/#회고), [없는 글](/posts/Boostcamp-99days/)\n"
    linked, changed = link_blog_posts(body, index, WEEK2)
    assert linked == f"[9일차 회고](kb-docs:{DAY9}#회고), [없는 글](/posts/Boostcamp-99days/)\n"
    assert changed == [("/posts/Boostcamp-9days/#회고", DAY9)]
    # the same address written in another blog's note is that blog's, which has no such post
    assert index.note_at("/posts/Boostcamp-9days/", OTHER_RNN) is None
    assert index.note_at("/blog/posts/boostcamp-10days", DAY9) == DAY10  # under a base path too


def test_a_hugo_pages_link_to_another_page_of_its_site_leads_to_that_note():
    # PaperMod: `content/posts/graphrag.ko.md` is `/posts/graphrag/` (`/ko/posts/...` in its language's folder),
    # and a page links another of its site that way; a page bundle is its folder's name
    graphrag = "notes/whale/content/posts/graphrag.ko.md"
    community = "notes/whale/content/posts/community-detection.ko.md"
    bundle = "notes/whale/content/posts/flash-attention/index.md"
    other = "notes/other/content/posts/rnn.md"
    notes = [graphrag, community, bundle, other]
    index = BlogIndex.of([(path, ()) for path in notes], undated=undated_titles(notes))
    body = "[GraphRAG](/posts/graphrag/) 와 [타일링](/ko/posts/flash-attention/#tiling)\n"
    linked, changed = link_blog_posts(body, index, community)
    assert linked == f"[GraphRAG](kb-docs:{graphrag}) 와 [타일링](kb-docs:{bundle}#tiling)\n"
    assert [found for _, found in changed] == [graphrag, bundle]
    assert index.note_at("/posts/graphrag/", other) is None  # another site's page: not this one


# A minimal-mistakes blog whose `_config.yml` says `permalink: /:categories/:title/` and `url:` its host: its
# daily logs link the lecture notes as `https://<host>/<category>/<file name>`, no date in the address.
MM = "notes/mm/_posts/"
MM_CONFIGURED = {"notes/mm": ("/:categories/:title/", "mm.github.io")}
OPTIM = MM + "AI/2021-08-10-dl_optimization.md"
FCN = MM + "AI/2021-10-19-md_seg_fcn.md"
OWN = MM + "AI/2021-10-20-own.md"
DAY = MM + "daily/2021-10-20-day52.md"
ELSEWHERE = "notes/other/_posts/2021-10-20-day1.md"


def _notes(*posts: tuple[str, str]) -> list:
    return [read_note(path, text.encode())[0] for path, text in posts]


def _mm_blog(day_body: str, elsewhere_body: str = "") -> list:
    return _notes(
        (OPTIM, "---\ntitle: Optimization\ncategories:\n  - ai_dlbasic\n---\n본문\n"),
        (FCN, "---\ntitle: FCN\ncategories: [ai_models]\n---\n본문\n"),
        (OWN, "---\ntitle: 고유 주소\ncategories: [ai_models]\npermalink: /fcn2/\n---\n본문\n"),
        (DAY, "---\ntitle: Day52\ncategories: [daily]\n---\n" + day_body),
        (ELSEWHERE, "---\ntitle: Day1\n---\n" + elsewhere_body),
    )


def test_a_link_to_the_address_the_blogs_config_gave_a_post_leads_to_its_note():
    body = (
        '- 강의(<a href="https://mm.github.io/ai_models/md_seg_fcn"><img src="https://img.shields.io/badge/-FCN-red"/></a>)\n'
        "- [최적화](https://mm.github.io/ai_dlbasic/dl_optimization/#momentum), [같은 글](/ai_dlbasic/dl_optimization)\n"
        "- [고유 주소가 있는 글](https://mm.github.io/ai_models/own/)\n"  # its own permalink was /fcn2/
        "- [다른 블로그](https://else.github.io/ai_models/md_seg_fcn/)\n"
        "- [옛 분류](https://mm.github.io/dl/md_seg_fcn)\n"  # no post had that address: left as written, noted
    )
    notes, problems = link_notes_to_notes(_mm_blog(body), MM_CONFIGURED)
    day = next(note for note in notes if note.src_path == DAY)
    lines = day.body.splitlines()[-5:]
    assert lines[0].startswith(f'- 강의(<a href="kb-docs:{FCN}"><img src="https://img.shields.io/badge/-FCN-red"')
    assert lines[1:] == [
        f"- [최적화](kb-docs:{OPTIM}#momentum), [같은 글](kb-docs:{OPTIM})",
        "- [고유 주소가 있는 글](https://mm.github.io/ai_models/own/)",
        "- [다른 블로그](https://else.github.io/ai_models/md_seg_fcn/)",
        "- [옛 분류](https://mm.github.io/dl/md_seg_fcn)",
    ]
    assert [(p.path, p.level) for p in problems] == [(DAY, "info")] * 5
    away = [p.what for p in problems if "no note here had" in p.what]
    assert away == [
        "link 'https://mm.github.io/ai_models/own/' is an address on the note's blog that no note here had",
        "link 'https://mm.github.io/dl/md_seg_fcn' is an address on the note's blog that no note here had",
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("[이전 글](/dl/md_seg_fcn)", "[이전 글](https://mm.github.io/dl/md_seg_fcn)"),  # led to the blog
        ('<a href="/dl/md_seg_fcn/#구조">FCN</a>', '<a href="https://mm.github.io/dl/md_seg_fcn/#구조">FCN</a>'),
        ("[블로그 글](https://mm.github.io/dl/md_seg_unet/)", "[블로그 글](https://mm.github.io/dl/md_seg_unet/)"),
        ("[홈](https://www.mm.github.io/about/)", "[홈](https://www.mm.github.io/about/)"),
    ],
)
def test_a_link_to_an_address_of_its_blog_no_note_had_leads_to_the_blog_and_is_noted(written, shown):
    notes, problems = link_notes_to_notes(_mm_blog(written + "\n"), MM_CONFIGURED)
    assert next(note for note in notes if note.src_path == DAY).body.endswith(shown + "\n")
    assert [p.what.split("' ", 1)[1] for p in problems] == ["is an address on the note's blog that no note here had"]


@pytest.mark.parametrize(
    "written",
    [
        "[PDF](/assets/papers/fcn.pdf)",  # a file: the images step's to find
        "[다른 블로그](https://else.github.io/dl/md_seg_fcn/)",
        "[홈](https://mm.github.io/)",
        "[프로토콜 없는 주소](//cdn.example.com/dl/x)",
    ],
)
def test_a_link_to_no_page_of_its_own_blog_is_left_alone(written):
    notes, problems = link_notes_to_notes(_mm_blog(written + "\n"), MM_CONFIGURED)
    assert next(note for note in notes if note.src_path == DAY).body.endswith(written + "\n") and problems == []


def test_the_configured_address_is_its_own_blogs_only():
    # another blog's note linking the same address, at this blog's host or without one, is not led here
    body = "[FCN](https://mm.github.io/ai_models/md_seg_fcn/), [FCN](/ai_models/md_seg_fcn/)\n"
    notes, problems = link_notes_to_notes(_mm_blog("", body), MM_CONFIGURED)
    assert next(note for note in notes if note.src_path == ELSEWHERE).body.endswith(body) and problems == []
    # without the blog's config the address is not known at all
    notes, problems = link_notes_to_notes(_mm_blog(body), {})
    assert next(note for note in notes if note.src_path == DAY).body.endswith(body) and problems == []
