"""Velog and Tistory posts kept on GitHub: their titles, dates and addresses, and links between them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.blog_urls import hosted_key, link_notes_to_notes
from hooks.kb.posts.ingest import read_note

# what a velog-sync script writes for each post of the feed: no front-matter, the date and address under the title
SYNCED = (
    "# [Ch_02] 5. 미분과 편미분\n\n"
    "📅 2025-11-02T07:40:28.848Z\n\n"
    "🔗 [원문 링크](https://velog.io/@son-dan-ha/Ch02-5.-미분과-편미분)\n\n"
    "---\n\n"
    "미분의 선형성 ([선형성은 여기에서 확인](https://velog.io/@son-dan-ha/Ch02-2.-%EC%88%98%EC%97%B4%EA%B3%BC-"
    "%EC%8B%9C%EA%B7%B8%EB%A7%88-%EA%B8%B0%ED%98%B8))\n"
)
SIGMA = (
    "# [Ch_02] 2. 수열과 시그마 기호\n\n📅 2025-10-29T04:26:29.252Z\n\n"
    "🔗 [원문 링크](https://velog.io/@son-dan-ha/Ch02-2.-수열과-시그마-기호)\n\n---\n\n# 수열\n"
)
# Obsidian's Tistory plugin: the post's title, tags and address in its own keys
OBSIDIAN = (
    "---\ntistoryBlogName: jeahun10717\n"
    'tistoryTitle: "[Math] Information, Entropy, KL-Divergence 정리"\n'
    'tistoryTags: "딥러닝, 정보이론,엔트로피"\ntistoryVisibility: "3"\ntistoryPostId: "79"\n'
    "tistoryPostUrl: https://jeahun10717.tistory.com/79\n---\n#Math #Deep_Learning\n## 1. Information\n"
    "[지난 글](https://jeahun10717.tistory.com/m/81)과 [다른 블로그](https://other.tistory.com/81)\n"
)
MARKOV = (
    "---\ntistoryTitle: Markov Process, Markov Property\ntistoryPostUrl: https://jeahun10717.tistory.com/81\n"
    "---\n# Markov Process(MP, Markov Chain)\n"
)


def test_a_synced_velog_posts_date_line_is_its_date_and_the_line_goes():
    note, problems = read_note("notes/velog/posts/ch02-5.md", SYNCED.encode())
    assert note.title == "[Ch_02] 5. 미분과 편미분"
    assert note.date == datetime(2025, 11, 2, 7, 40, 28, tzinfo=UTC) and note.date.utcoffset().seconds == 9 * 3600
    assert note.url == "notes/2025-11-02-ch-02-5-미분과-편미분/"
    assert "📅" not in note.body and "🔗 [원문 링크](https://velog.io/@son-dan-ha/" in note.body
    found = [p for p in problems if "date line" in p.what]
    assert [(p.line, p.level) for p in found] == [(3, "info")] and known(found[0])
    assert "velog.io/@son-dan-ha/ch02-5.-미분과-편미분" in note.permalinks


@pytest.mark.parametrize(
    "text",
    [
        "📅 2025-11-02T07:40:28.848Z\n\n# 제목\n",  # no title above it
        "# 제목\n\n📅 2025-11-02T07:40:28.848Z\n\n본문\n",  # no address under it: a line of the author's
        "# 제목\n\n본문 📅 2025-11-02T07:40:28.848Z\n\n🔗 [원문 링크](https://velog.io/@a/b)\n",
    ],
)
def test_anything_else_with_a_calendar_is_text(text):
    note, _ = read_note("notes/n.md", text.encode())
    assert note.date is None and "📅" in note.body


def test_the_day_is_koreas_as_velog_shows_it():
    text = SYNCED.replace("2025-11-02T07:40:28.848Z", "2025-10-27T17:00:59.694Z")
    note, _ = read_note("notes/velog/posts/ch02-1.md", text.encode())
    assert note.date.date().isoformat() == "2025-10-28" and note.url.startswith("notes/2025-10-28-")


def test_front_matter_date_wins_over_the_header():
    note, _ = read_note("notes/n.md", ("---\ndate: 2024-01-05\n---\n" + SYNCED).encode())
    assert note.date.date().isoformat() == "2024-01-05"


def test_links_between_synced_velog_posts_lead_to_their_pages():
    notes = [read_note(p, t.encode())[0] for p, t in (("notes/v/ch02-5.md", SYNCED), ("notes/v/ch02-2.md", SIGMA))]
    linked, problems = link_notes_to_notes(notes)
    assert "[선형성은 여기에서 확인](kb-docs:notes/v/ch02-2.md)" in linked[0].body
    assert "[원문 링크](https://velog.io/@son-dan-ha/Ch02-5" in linked[0].body  # its own address: left to Velog
    assert all(known(p) for p in problems)


def test_obsidian_tistory_plugin_keys_are_the_title_tags_and_address():
    note, problems = read_note("notes/vault/Information Entropy KL.md", OBSIDIAN.encode())
    assert note.title == "[Math] Information, Entropy, KL-Divergence 정리"
    assert set(note.tags) >= {"딥러닝", "정보이론", "엔트로피", "Math"}
    assert note.permalinks == ("jeahun10717.tistory.com/79",)
    read = [p for p in problems if p.what.startswith("'tistoryPostUrl'")]
    assert len(read) == 1 and read[0].line == 7 and known(read[0])


def test_a_tistory_link_leads_to_the_post_of_that_blog_only():
    notes = [read_note("notes/vault/entropy.md", OBSIDIAN.encode())[0], read_note("notes/vault/markov.md", MARKOV.encode())[0]]
    linked, _ = link_notes_to_notes(notes)
    assert "[지난 글](kb-docs:notes/vault/markov.md)" in linked[0].body  # its mobile address too
    assert "[다른 블로그](https://other.tistory.com/81)" in linked[0].body  # `/81` of another blog: not this note


@pytest.mark.parametrize(
    ("source", "address"),
    [
        ("https://velog.io/@mi_nini/82-Attention-Mechanism", "velog.io/@mi_nini/82-attention-mechanism"),
        ("https://arxiv.org/abs/1706.03762", None),  # a reference, not the post's own address
        ("https://velog.io/@mi_nini", None),  # the blog, not a post
    ],
)
def test_a_velog_backups_source_key_is_the_posts_address(source, address):
    text = f'---\ntitle: "8/2 Attention Mechanism"\ndate: 2024-08-02 12:52:26\nsource: "{source}"\n---\n본문\n'
    note, problems = read_note("notes/velog-posts/2024/08/a.md", text.encode())
    assert note.permalinks == ((address,) if address else ())
    ignored = [p for p in problems if "front-matter key 'source'" in p.what]
    assert bool(ignored) == (address is None)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://velog.io/@son-dan-ha/Ch02-2.-%EC%88%98%EC%97%B4", "velog.io/@son-dan-ha/ch02-2.-수열"),
        ("https://jeahun10717.tistory.com/m/81", "jeahun10717.tistory.com/81"),
        ("https://blog.tistory.com/entry/%EC%A0%9C%EB%AA%A9/", "blog.tistory.com/entry/제목"),
        ("https://ratsgo.github.io/deep%20learning/2017/05/13/GRU/", None),
    ],
)
def test_hosted_key(url, expected):
    assert hosted_key(url) == expected
