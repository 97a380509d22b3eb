"""Front-matter keys that only set how a blog's theme shows the post (layout, table of contents, sidebars,
comments...) are no problem of the note: told once for the whole site, never note by note; a key that is not
known stays reported for its note."""

from __future__ import annotations

import logging

import pytest

from hooks.kb.pages.status import render_status
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.registry import NoteRegistry
from hooks.kb.posts.report import LOGGED, Problem, log_problem, log_summary, look_keys, note_logger

MINIMAL_MISTAKES = """---
layout: single
title: "CNN 정리"
toc: true
toc_sticky: true
toc_label: "목차"
author_profile: true
sidebar_main: true
comments: true
---

본문
"""


def _levels(front: str) -> dict[str, str]:
    """front-matter key -> the level it is reported at ("" when it is read, not reported)."""
    _, problems = read_note("notes/x.md", f"---\n{front}\n---\n\n본문\n".encode())
    levels = {}
    for problem in problems:
        if problem.what.startswith("front-matter key '"):
            levels[problem.what.split("'")[1]] = problem.level
    return levels


@pytest.mark.parametrize(
    ("front", "key", "level"),
    [
        ("layout: single", "layout", "look"),  # every Jekyll theme
        ("toc: true", "toc", "look"),
        ("toc_sticky: true", "toc_sticky", "look"),  # minimal-mistakes
        ('toc_label: "목차"', "toc_label", "look"),
        ("author_profile: true", "author_profile", "look"),
        ("sidebar_main: true", "sidebar_main", "look"),
        ("comments: true", "comments", "look"),
        ("share: false", "share", "look"),
        ("related: true", "related", "look"),
        ("read_time: true", "read_time", "look"),
        ("pin: true", "pin", "look"),  # Chirpy
        ("accent_image: /a.jpg", "accent_image", "look"),  # Hydejack
        ("hide_last_modified: true", "hide_last_modified", "look"),
        ("key: 20190727", "key", "look"),  # TeXt: the page's name for its comments and page views
        ("ShowToc: true", "ShowToc", "look"),  # Hugo PaperMod, keys read case-blind
        ("ShowReadingTime: true", "ShowReadingTime", "look"),
        ("weight: 3", "weight", "look"),
        ("sticky: 100", "sticky", "look"),  # Hexo
        # a post's words for search engines beside its tags (Chirpy): its page's meta, which no reader saw
        ("tags: [pytorch]\nkeywords: [tensor, 연속균등분포]", "keywords", "look"),
        ("tags: [pytorch]\ntag: cnn", "tag", "info"),  # another spelling of tags: said for its note
        ("mystery: 42", "mystery", "info"),  # unknown: may carry content, reported per note
        ("mermaid: true", "mermaid", "info"),  # changes how the body is drawn: not only the look
        ("hide: [toc]", "hide", "info"),  # Material's own: would change this site's page
        # Jekyll's `_config.yml` defaults pasted into a post (a minimal-mistakes guide's template): the look
        ('defaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      layout: single\n'
         "      author_profile: true\n      comments: true", "defaults", "look"),
        # defaults naming a key that is not the look (in a post they still do nothing, but say so per note)
        ("defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: single\n      use_math: true",
         "defaults", "info"),
        ("defaults: true", "defaults", "info"),
    ],
)
def test_a_key_that_only_sets_the_look_is_told_apart(front, key, level):
    assert _levels(front)[key] == level


@pytest.mark.parametrize(
    "front",
    [
        'title: "제목"\ndate: 2024-01-01\ntags: [cnn]\ncategories: [ML]',
        "math: true\nimage: /a.png\npermalink: /cnn/",
        "keywords: [cnn, 역전파]",  # without tags, the post's tags
    ],
)
def test_keys_the_site_reads_are_not_reported(front):
    assert _levels(front) == {}


def _registry(*notes: tuple[str, str]) -> NoteRegistry:
    registry = NoteRegistry()
    for path, text in notes:
        note, problems = read_note(path, text.encode())
        registry.add(note)
        registry.problems.extend(problems)
    return registry


def test_the_status_page_lists_each_look_key_once_with_its_count_and_no_note_for_it():
    other = MINIMAL_MISTAKES.replace("comments: true", "mystery: 42")
    registry = _registry(("notes/a.md", MINIMAL_MISTAKES), ("notes/b.md", other))
    page = render_status(registry)
    html = page.fill(page.mark(page.markdown), lambda path: None, registry)
    assert html.count('class="kb-status-look"') == 1
    assert "<code>toc</code> 2" in html and "<code>comments</code> 1" in html and "노트 2개" in html
    listed = html.split('<ul class="kb-status-notes">', 2)
    assert all("'toc'" not in part for part in listed[1:])  # no note lists the key as its own entry
    assert "mystery" in html.split('class="kb-status-look"')[0]  # the unknown key stays, under its note
    assert "<li><code>toc</code>: <code>notes/a.md</code>, <code>notes/b.md</code></li>" in html


def test_no_look_keys_no_line():
    registry = _registry(("notes/a.md", '---\ntitle: "제목"\n---\n\n본문\n'))
    page = render_status(registry)
    assert "kb-status-look" not in page.fill(page.mark(page.markdown), lambda path: None, registry)


def test_the_log_has_one_line_for_the_site_not_one_per_key_per_note(caplog):
    LOGGED.reset()
    _, first = read_note("notes/a.md", MINIMAL_MISTAKES.encode())
    _, second = read_note("notes/b.md", MINIMAL_MISTAKES.encode())
    assert look_keys(first + second)["toc"] == ["notes/a.md", "notes/b.md"]
    # Set up as a build sets it up, before caplog changes its level: caplog puts back the level it found,
    # and a logger first set up inside would be left without its own, dropping a later build's lines.
    note_logger()
    with caplog.at_level(logging.INFO, logger="kb.notes"):
        for problem in first + second:
            log_problem(problem)
        assert not caplog.records  # nothing per key per note
        log_summary("status/")
    LOGGED.reset()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1
    assert "toc (2)" in lines[0] and "layout (2)" in lines[0] and "status/" in lines[0]


def test_a_look_key_is_counted_by_the_key_it_carries_not_by_its_wording():
    problems = [
        Problem("notes/a.md", 2, "테마 설정 (toc)", "ignored", "look", "toc"),
        Problem("notes/b.md", 3, "테마 설정", "ignored", "look", "toc"),
        Problem("notes/b.md", 4, "front-matter key 'x' is not used by this site", "ignored", "info", "x"),
    ]
    assert look_keys(problems) == {"toc": ["notes/a.md", "notes/b.md"]}


def test_al_folio_keys_for_comments_and_related_posts_are_look_keys():
    post = "---\nlayout: post\ntitle: SVM\nrelated_posts: True\ngiscus_comments: true\n---\n\n본문\n"
    _, problems = read_note("notes/svm.md", post.encode())
    looks = {p.key for p in problems if p.level == "look"}
    assert {"related_posts", "giscus_comments"} <= looks


def test_al_folio_keys_for_its_post_lists_are_look_keys():
    # a paper note from an al-folio blog's template: 'featured' was a line 'not used by this site' on every such
    # note; the switches for the theme's diagram and chart scripts change how the body is drawn, and stay per note
    post = (
        "---\nlayout: post\ntitle: FlashAttention\nfeatured: true\nthumbnail: assets/img/9.jpg\n"
        "mermaid:\n  enabled: true\n  zoomable: true\nchart:\n  plotly: true\n---\n\n본문\n"
    )
    _, problems = read_note("notes/blog/_posts/2026-05-02-flash.md", post.encode())
    assert {p.key for p in problems if p.level == "look"} == {"layout", "featured", "thumbnail"}
    assert {p.key for p in problems if "not used by this site" in p.what} == {"mermaid", "chart"}
