"""Two minimal-mistakes posts and a Chirpy post, built strictly: the keys their themes read only to draw the
post (layout, table of contents, sidebar, author box, comments, pinning) are one line on the 노트 상태 page
for the whole site, each with how many notes set it, not an entry per note; a key nothing knows is still
reported for its note, and keys the site reads (title, tags, math...) are not reported at all."""

from __future__ import annotations

import re

import pytest

from tests.helpers.sitebuild import build_site_with, reader_text

MM_FRONT = """---
layout: single
title: "{title}"
date: 2024-03-0{day}
categories: [ML]
tags: [cnn]
toc: true
toc_sticky: true
toc_label: "목차"
author_profile: true
sidebar_main: true
comments: true
---

{title}에 대한 본문입니다.
"""

CHIRPY = """---
title: "어텐션 정리"
date: 2024-03-05 10:00:00 +0900
categories: [NLP, Transformer]
tags: [attention]
math: true
toc: true
comments: true
pin: true
study_group: 부스트캠프 3주차
---

어텐션 가중치는 $\\alpha_i$ 입니다.
"""

NOTES = {
    "notes/2024-03-01-cnn.md": MM_FRONT.format(title="CNN 정리", day=1),
    "notes/2024-03-02-rnn.md": MM_FRONT.format(title="RNN 정리", day=2),
    "notes/2024-03-05-attention.md": CHIRPY,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("look"), NOTES)  # strict


def _look_line(status: str) -> str:
    return re.search(r'<p class="kb-status-look">.*?</p>', status, re.S)[0]


def test_the_status_page_says_each_look_key_once_with_the_number_of_notes(built):
    status = built.html("status/")
    assert status.count('class="kb-status-look"') == 1
    line = reader_text(_look_line(status))
    for key, notes in (("toc", 3), ("comments", 3), ("layout", 2), ("toc_sticky", 2), ("toc_label", 2),
                       ("author_profile", 2), ("sidebar_main", 2), ("pin", 1)):
        assert re.search(rf"(?<![\w]){key} {notes}(?!\d)", line), (key, line)
    assert "노트 3개" in line
    # where to see them: folded, each key with links to the notes that set it
    folded = re.search(r'<details class="kb-status-look-notes">.*?</details>', status, re.S)[0]
    toc = re.search(r"<li><code>toc</code>:.*?</li>", folded)[0]
    assert reader_text(toc).count("정리") == 3 and toc.count("<a href=") == 3


def test_no_note_has_an_entry_for_a_look_key_but_the_unknown_key_is_still_its_notes(built):
    status = built.html("status/")
    notes = status.split('<p class="kb-status-look">')[0]  # the per-note lists, above the site's line
    said = reader_text(notes)
    assert "'study_group'" in said  # what follows cannot pass on text that hides quotes
    for key in ("toc", "layout", "toc_sticky", "toc_label", "author_profile", "sidebar_main", "comments", "pin"):
        assert f"'{key}'" not in said
    entry = reader_text(re.search(r"<li><a [^>]*>어텐션 정리</a>.*?</li>\s*</ul></li>", notes, re.S)[0])
    assert "머리말 키 'study_group'는 이 사이트에서 쓰지 않습니다" in entry
    # the minimal-mistakes posts had only look keys and keys the site reads: they are in no list
    assert "CNN 정리" not in said and "RNN 정리" not in said


def test_the_build_log_has_no_line_per_key_per_note(built):
    assert "front-matter key 'toc'" not in built.log and "front-matter key 'layout'" not in built.log
    assert "front-matter key 'study_group' is not used by this site" in built.log
    assert built.log.count("only set how a blog shows its posts") == 1
