"""Problems of notes: Liquid expressions, tag case, MkDocs' link messages, the Korean catalog, the console
summary, and logging each problem once."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hooks.kb.pages.messages import known, korean
from hooks.kb.pages.status import problems_by_level
from hooks.kb.posts.failures import link_problem, quoted_link
from hooks.kb.posts.ingest import read_note
from hooks.kb.posts.liquid import PostIndex, evaluate_expression
from hooks.kb.posts.local_urls import docs_url, resolve_docs_urls
from hooks.kb.posts.note import Note
from hooks.kb.posts.registry import NoteRegistry
from hooks.kb.posts.report import (
    LOGGED,
    Problem,
    _heard,
    _MkDocsStyle,
    _verbose_only,
    log_problem,
    summary_lines,
)
from hooks.kb.posts.tags import fold_category_case, fold_tag_case

GOLDEN = Path(__file__).parent.parent / "golden" / "ingest"


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ('"/assets/x.png" | relative_url', "/assets/x.png"),
        ("'assets/x.png' | absolute_url", "/assets/x.png"),
        ("site.baseurl", ""),
        ("site.url", ""),
        ('"x.png" | prepend: "/img/"', "/img/x.png"),
        ('site.baseurl | append: "/그림.png"', "/그림.png"),
        ('"https://cdn.example.com/a.png" | relative_url', "https://cdn.example.com/a.png"),
        ("page.title", None),  # needs the page: cannot run here
        ('"x" | date: "%Y"', None),
    ],
)
def test_liquid_expressions(expr, value):
    assert evaluate_expression(expr) == value


PAGE = {"title": "PyTorch: 딥 러닝 모델", "description": "파이썬 생태계", "order": 3, "draft": False, "tags": ["a"]}


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("$frontmatter.title", "PyTorch: 딥 러닝 모델"),  # VuePress: `# {{ $frontmatter.title }} 관련`
        ("$page.title", "PyTorch: 딥 러닝 모델"),
        ("$page.frontmatter.description", "파이썬 생태계"),
        ("page.title", "PyTorch: 딥 러닝 모델"),  # Jekyll's page variable
        ('page.title | append: " 정리"', "PyTorch: 딥 러닝 모델 정리"),
        ("page.order", "3"),
        ("page.tags", None),  # a list: Jekyll would join it, the site cannot say how the theme showed it
        ("page.draft", None),
        ("page.missing", None),
        ("$frontmatter.missing", None),
        ("$page.path", None),  # VuePress' own page data, not the front-matter's
    ],
)
def test_liquid_page_variables_read_the_front_matter(expr, value):
    assert evaluate_expression(expr, PAGE) == value


def test_post_url_prefers_the_linking_notes_blog():
    posts = PostIndex.of(["notes/a/_posts/2021-01-01-x.md", "notes/b/_posts/2021-01-01-x.md"])
    assert (
        posts.post_url("2021-01-01-x", near="notes/b/_posts/2022-01-01-y.md")
        == "notes/b/_posts/2021-01-01-x.md"
    )
    assert (
        posts.link("_posts/2021-01-01-x.md", near="notes/a/_posts/z.md") == "notes/a/_posts/2021-01-01-x.md"
    )
    assert posts.post_url("2020-01-01-none") is None



def test_the_post_index_keeps_every_path_of_a_generator():
    """The build hands it a generator of file paths: read once for the names, once for the paths."""
    posts = PostIndex.of(p for p in ["notes/a/_posts/2021-01-01-x.md", "notes/a/b.md"])
    assert posts.paths == {"notes/a/_posts/2021-01-01-x.md", "notes/a/b.md"}
    assert posts.link("b.md") == "notes/a/b.md"

def _note(path: str, tags: tuple[str, ...]) -> Note:
    return Note(path, path, "", f"{path}/", tags=tags)


def test_tags_differing_in_case_take_the_most_common_spelling():
    notes = [_note("a", ("Python", "CNN")), _note("b", ("python",)), _note("c", ("Python", "cnn", "cnn"))]
    folded, problems = fold_tag_case(notes)
    assert [n.tags for n in folded] == [("Python", "CNN"), ("Python",), ("Python", "CNN")]
    assert {(p.path, p.done) for p in problems} == {("b", "shown as 'Python'"), ("c", "shown as 'CNN'")}


def test_categories_differing_in_case_are_one_category_spelled_as_most_notes_spell_it():
    # a Chirpy blog's 58 posts say `NAVER BoostCamp AI Tech`, one `NAVER Boostcamp AI Tech`: one section of
    # the categories page, where two sections had one anchor and that post's category link led to the other
    def note(path, categories):
        return Note(path, path, "", f"{path}/", categories=categories)

    camp, lower = "NAVER BoostCamp AI Tech", "NAVER Boostcamp AI Tech"
    notes = [note("a", (camp, "AI Math")), note("b", (camp,)), note("c", (lower, "추천 시스템 이론"))]
    folded, problems = fold_category_case(notes)
    assert [n.categories for n in folded] == [(camp, "AI Math"), (camp,), (camp, "추천 시스템 이론")]
    assert [(p.path, p.what, p.level) for p in problems] == [
        ("c", f"category '{lower}' differs only in case from '{camp}', as most notes write it", "info")
    ]
    assert known(problems[0])  # said in Korean on the status page


@pytest.mark.parametrize(
    ("message", "line", "what"),
    [
        (
            "Doc file 'notes/x.md' contains a link '[email](mailto:a@b.c)', but the target 'notes/[email](mailto:a@b.c)' is not found among documentation files.",
            3,
            "link '[email](mailto:a@b.c)' leads to no page or file of this site",
        ),
        (
            "Doc file 'notes/x.md' contains an absolute link '/about/', it was left as is.",
            4,
            "link '/about/' is a path on the blog's own site, not on this one",
        ),
        (
            "Doc file 'notes/x.md' contains a link 'y.md#없는-절', but the doc 'notes/y.md' does not contain an anchor '#없는-절'.",
            5,
            "link 'y.md#없는-절' leads to a section '#없는-절' that the page does not have",
        ),
    ],
)
def test_mkdocs_link_messages_become_the_notes_problems(message, line, what):
    source = "---\ntitle: x\n---\n[교수님]([email](mailto:a@b.c))\n[소개](/about/)\n[절](y.md#없는-절)\n"
    problem = link_problem(message, {"notes/x.md": source}.get)
    assert problem is not None and (problem.line, problem.what) == (line + 1, what)
    assert known(problem)


def test_messages_about_other_pages_stay_mkdocs_warnings():
    message = "Doc file 'index.md' contains a link 'nowhere.md', but the target is not found among documentation files."
    assert link_problem(message, {"notes/x.md": ""}.get) is None


def test_every_problem_of_the_golden_notes_is_said_in_korean():
    problems = []
    for path in sorted(GOLDEN.glob("*.md")):
        problems += read_note(f"notes/{path.name}", path.read_bytes())[1]
    assert len(problems) > 40
    unknown = {f"{p.what} — {p.done}" for p in problems if not known(p)}
    assert not unknown
    kind, what, done = korean(
        Problem(
            "notes/x.md", 3, "image 'a.png' not found under docs/", "shown as a placeholder with its alt text"
        )
    )
    assert (kind, what, done) == (
        "image",
        "이미지 'a.png'이(가) docs/ 아래에 없습니다",
        "대체 텍스트가 있는 자리 표시로 보여 줍니다",
    )


def _problems(files: int, each: int) -> list[Problem]:
    return [
        Problem(f"notes/{f}.md", n + 1, f"problem {n}", "done") for f in range(files) for n in range(each)
    ]


def test_the_console_summary_is_a_line_per_file_or_a_total():
    lines = summary_lines(_problems(2, 3), "status/")
    assert lines[0] == "notes/0.md: 3 problems, the first at line 1: problem 0 — done"
    assert len(lines) == 3 and "2 files with 6 problems" in lines[-1] and "status/" in lines[-1]
    many = summary_lines(_problems(30, 2), "status/")
    assert len(many) == 1 and "30 files with 60 problems" in many[0]
    assert summary_lines([Problem("notes/a.md", 1, "x", "y", "info")], "status/") == []


def test_each_problem_is_shown_with_v_only():
    record = logging.LogRecord("kb.notes", logging.WARNING, "", 0, "x", None, None)
    record.kb_detail = True
    summary = logging.LogRecord("kb.notes", logging.WARNING, "", 0, "x", None, None)
    mkdocs = logging.getLogger("mkdocs")
    before = mkdocs.level
    try:
        mkdocs.setLevel(logging.INFO)
        assert not _verbose_only(record) and _verbose_only(summary)
        mkdocs.setLevel(logging.DEBUG)  # what `mkdocs build -v` does
        assert _verbose_only(record)
    finally:
        mkdocs.setLevel(before)


def test_a_problem_is_logged_when_a_handler_besides_the_console_or_v_would_show_it():
    logger = logging.Logger("kb.notes.alone")  # no parent: only the handlers added here
    console = logging.StreamHandler()
    console.setFormatter(_MkDocsStyle())
    logger.addHandler(console)
    mkdocs = logging.getLogger("mkdocs")
    before = mkdocs.level
    try:
        mkdocs.setLevel(logging.INFO)
        assert not _heard(logger, logging.WARNING)  # the console would drop it: no record is made
        listener = logging.Handler(logging.WARNING)  # a test's or a tool's handler
        logger.addHandler(listener)
        assert _heard(logger, logging.WARNING) and not _heard(logger, logging.INFO)
        logger.removeHandler(listener)
        mkdocs.setLevel(logging.DEBUG)  # `-v`: the console shows every problem
        assert _heard(logger, logging.INFO)
    finally:
        mkdocs.setLevel(before)


def test_a_problem_is_logged_once_and_a_quoted_one_not_again():
    LOGGED.reset()
    bad = Problem("notes/vae.md", 12, "formula $\\foo$ cannot be typeset (unknown)", "shown as its source")
    assert log_problem(bad) and not log_problem(bad)
    quoted = Problem("concepts/vae.md", 112, bad.what, bad.done)  # a concept page quoting the note
    assert not log_problem(quoted)
    assert log_problem(
        Problem("index.md", 3, "formula $\\bar$ cannot be typeset (unknown)", "shown as its source")
    )
    assert [p.path for p in LOGGED.problems] == ["notes/vae.md", "index.md"]
    LOGGED.reset()


def test_links_to_the_sites_files_are_made_relative_to_each_page():
    html = (
        f'<img alt="a" src="{docs_url("assets/img/a b.png")}"><a href="{docs_url("notes/x.md", "#절")}">x</a>'
        f'<source srcset="{docs_url("assets/s.png")} 2x"> 그냥 {docs_url("notes/x.md")}'
    )
    urls = {
        "assets/img/a b.png": "assets/img/a%20b.png",
        "notes/x.md": "notes/x/",
        "assets/s.png": "assets/s.png",
    }
    on_note = resolve_docs_urls(html, lambda p: "../../" + urls[p] if p in urls else None)
    assert 'src="../../assets/img/a%20b.png"' in on_note and 'href="../../notes/x/#절"' in on_note
    assert 'srcset="../../assets/s.png 2x"' in on_note and "그냥 ../../notes/x/" in on_note
    assert "kb-docs:" not in on_note
    assert 'href="#"' in resolve_docs_urls(f'<a href="{docs_url("gone.md")}">', lambda p: None)


@pytest.mark.parametrize("empty", ["", " ", " ~"])
def test_a_front_matter_key_left_empty_is_said_to_be_empty_not_another_spelling(empty):
    # A post from Jekyll's template: `categories:` with nothing after it was "another spelling of
    # 'categories', already set" on the status page.
    raw = f"---\nlayout: post\ntitle: 제목\ncategories:{empty}\ntags: [CV]\n---\n본문\n".encode()
    problems = [p for p in read_note("notes/_posts/2021-09-03-a.md", raw)[1] if "categories" in p.what]
    assert [(p.line, p.what, p.done, p.level) for p in problems] == [
        (4, "front-matter key 'categories' is empty", "ignored", "info")
    ]
    assert known(problems[0])


def test_a_file_s_problems_are_told_in_the_order_of_their_lines():
    # reading the note reports its images and its links to files; MkDocs' link check comes later, at line 105
    found = [
        Problem("notes/til/0701.md", 120, "link './assets/gelu.pdf' leads to no page or file of this site", "kept as plain text"),
        Problem("notes/til/0701.md", 62, "image './assets/0702sigmoid.png' not found under docs/", "shown as a placeholder"),
        Problem("notes/til/0701.md", 105, "link './assets/0701ELU.pdf' leads to no page or file of this site", "left as written"),
    ]
    assert summary_lines(found, "status/")[0].startswith("notes/til/0701.md: 3 problems, the first at line 62: image")
    registry = NoteRegistry(problems=found)
    assert [p.line for p in problems_by_level(registry)["warning"]["notes/til/0701.md"]] == [62, 105, 120]


def test_a_link_message_is_the_quoted_notes_only_for_a_link_the_quote_holds_and_the_page_does_not():
    """A hand-written concept page's quoted passages and its own text: the message's link is looked for as a
    link's target, not as any text that holds it (`lstm.md` is in `bilstm.md`, and in a sentence)."""
    message = "Doc file 'concepts/lstm.md' contains a link 'lstm.md', but the target 'concepts/lstm.md' is not found among documentation files."
    quoted = "- 게이트 셋: [원문](lstm.md)\n"
    assert quoted_link(message, {"concepts/lstm.md": (quoted, "손으로 쓴 글 [BiLSTM](bilstm.md)")})
    assert quoted_link(message, {"concepts/lstm.md": (quoted, "예전 글은 lstm.md 파일에 있었다")})
    assert not quoted_link(message, {"concepts/lstm.md": (quoted, "[내 글](lstm.md)")})  # the page's own link
    assert not quoted_link(message, {"concepts/lstm.md": ("[양방향](bilstm.md)", "")})  # the quote links elsewhere
    assert quoted_link(message, {"concepts/lstm.md": ('<a href="lstm.md">원문</a>', "")})
    assert quoted_link(message, {"concepts/lstm.md": ("[원문][p]\n\n[p]: lstm.md\n", "")})
