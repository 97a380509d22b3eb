"""Any step that fails on one note, after the note was read, is that note's problem: the strict build goes on,
the note's page says so and shows its text escaped, the 노트 상태 page and the log name the file, and the
other notes are untouched."""

from __future__ import annotations

import html

import pytest

from hooks.kb.concepts.passages import PassageFinder
from tests.helpers.sitebuild import build_docs, example_config, example_registry, site_pages, write_tree

TRIGGER = "폭탄문장"
GOOD = "---\ntitle: 멀쩡한 노트\ndate: 2023-01-02\n---\n\n## LSTM\n\nLSTM은 게이트로 기울기 소실을 줄인다. $a^2$\n"
BAD = (  # the trigger is in a section no concept page quotes: only the note's own page meets it
    "---\ntitle: 터지는 노트\ndate: 2023-01-03\n---\n\n## LSTM\n\nLSTM의 셀 상태는 오래 남는다. $b^2$\n\n"
    f"## 잡담\n\n오늘 쓴 {TRIGGER}. <b>굵게</b>\n"
)


class Boom(RecursionError):
    pass


def _failing(function, argument: int = 0):
    """`function`, failing whenever the argument it is given holds the trigger."""

    def fails(*args, **kwargs):
        if any(TRIGGER in str(a) for a in (*args, *kwargs.values())):
            raise Boom("깊이 초과")
        return function(*args, **kwargs)

    return fails


# (hook, the function it calls, the step named in the problem, the Korean the status page shows)
STEPS = {
    "sanitize": ("hooks/sanitize.py", "sanitize_html", "sanitizing", "안전하게 정리하는"),
    "links": ("hooks/links.py", "link_concepts", "the links step", "개념 링크를 넣는"),
    "share": ("hooks/share.py", "summary_from_html", "the share summary", "미리보기 요약을 만드는"),
    "local urls": ("hooks/notes.py", "resolve_docs_urls", "resolving the note's links", "링크를 정리하는"),
}


def hook(name: str):
    """The hook module as MkDocs loaded it (once a process: the builds of the tests share it)."""
    return example_config().hooks[name]


@pytest.mark.parametrize("name", sorted(STEPS))
def test_a_step_failing_on_one_note_gives_that_note_a_page_that_says_so(tmp_path, monkeypatch, name):
    module, function, step, korean = STEPS[name]
    module = hook(module)
    monkeypatch.setattr(module, function, _failing(getattr(module, function)))
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/good.md": GOOD, "notes/bad.md": BAD})
    (docs / "concepts.yml").write_text(example_registry())
    site = build_docs(docs, tmp_path / "site")  # strict: it would raise

    bad = site.html("notes/2023-01-03-터지는-노트/")
    assert "이 노트는 페이지로 만들지 못해 원문을 그대로 보여 줍니다" in bad
    assert "<h1>터지는 노트</h1>" in bad
    assert html.escape("<b>굵게</b>", quote=False) in bad and "<b>굵게</b>" not in bad  # its text, escaped
    assert f"notes/bad.md: {step} failed (Boom: 깊이 초과)" in site.log
    status = html.unescape(site.html("status/"))
    assert f"노트를 {korean} 중 오류가 났습니다 (Boom: 깊이 초과)" in status
    good = site.html("notes/2023-01-02-멀쩡한-노트/")
    assert "이 노트는 페이지로 만들지 못해" not in good and "<math" in good


def test_a_failing_formula_typesetting_keeps_the_page_and_names_the_note(tmp_path, monkeypatch):
    formulas = hook("hooks/formulas.py")
    typeset = formulas.typeset_page

    def fails(formulas, *args, **kwargs):
        if any("b^2" in f.tex for f in formulas):
            raise Boom("조판 실패")
        return typeset(formulas, *args, **kwargs)

    monkeypatch.setattr(formulas, "typeset_page", fails)
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/good.md": GOOD, "notes/bad.md": BAD})
    site = build_docs(docs, tmp_path / "site")
    assert "notes/bad.md: typesetting the formulas failed (Boom: 조판 실패)" in site.log
    assert "셀 상태는" in site.html("notes/2023-01-03-터지는-노트/")  # the page as it was before the step
    assert "<math" in site.html("notes/2023-01-02-멀쩡한-노트/")


def test_a_note_whose_concepts_cannot_be_found_is_on_no_concept_page(tmp_path, monkeypatch):
    analyse = PassageFinder.analyse

    def fails(self, body, title, *rest):
        if TRIGGER in body:
            raise Boom("분석 실패")
        return analyse(self, body, title, *rest)

    monkeypatch.setattr(PassageFinder, "analyse", fails)
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/good.md": GOOD, "notes/bad.md": BAD})
    (docs / "concepts.yml").write_text(example_registry())
    site = build_docs(docs, tmp_path / "site")
    assert "notes/bad.md: finding the note's concepts failed (Boom: 분석 실패)" in site.log
    lstm = site.html("concepts/lstm/")
    assert "멀쩡한 노트" in lstm and "터지는 노트" not in lstm
    assert "어느 개념 페이지에도 싣지 않았습니다" in html.unescape(site.html("status/"))


def test_a_passage_python_markdown_cannot_read_is_its_note_s_problem_not_the_concept_page_s(tmp_path):
    """A note's section on LSTM thousands of `<div markdown>` deep (an export's wrappers): Python-Markdown's
    recursion fails on the note's page and on the concept page quoting it. Both are the note's problems: the
    concept page shows the other notes' passages and, in its place, a line leading to the note."""
    deep = '<div markdown="1">\n' * 2000 + "\n셀 상태를 감싼 글\n\n" + "</div>\n" * 2000
    note = f"---\ntitle: 깊은 노트\ndate: 2023-01-04\n---\n\n## LSTM\n\nLSTM의 게이트를 정리했다.\n\n{deep}"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/good.md": GOOD, "notes/deep.md": note})
    (docs / "concepts.yml").write_text(example_registry())
    site = build_docs(docs, tmp_path / "site")  # strict: the recursion stopped no page
    assert (
        "WARNING notes/deep.md:6: quoting the note on 'concepts/lstm.md' failed (RecursionError: maximum recursion"
        " depth exceeded) — the concept page links to this part of the note instead of showing it"
    ) in site.log
    lstm = html.unescape(site.article("concepts/lstm/"))
    assert "LSTM은 게이트로 기울기 소실을 줄인다" in lstm and "<math" in lstm  # the other note, formula typeset
    assert "깊은 노트" in lstm and "이 부분은 보여 주지 못했습니다 (<code>RecursionError" in lstm
    assert "셀 상태를 감싼 글" not in lstm
    status = html.unescape(site.html("status/"))
    assert "개념 페이지 'concepts/lstm.md'에 노트의 이 부분을 싣는 중 오류가 났습니다" in status
    assert "개념 페이지에는 이 부분 대신 노트로 가는 링크를 두었습니다" in status
