"""A note titled by its first heading says which heading: a setext one is no '# ' line. (Said of a note with
front-matter but no title in it: a note without front-matter is titled by its heading with nothing said.)"""

from hooks.kb.pages.messages import korean
from hooks.kb.posts.ingest import read_note


def _title_problem(text: str):
    _, problems = read_note("notes/week.md", ("---\ntags: [report]\n---\n" + text).encode())
    return next(p for p in problems if p.what == "no title in front-matter")


def test_a_setext_title_is_named_as_the_line_over_its_underline():
    problem = _title_problem("Week 3 (11/20 ~ 11/24)\n===\n\n본문\n")
    assert problem.done == "the first heading, a line over '===', is the title"
    assert "'===' 위의 첫 제목 줄을 제목으로 씁니다" in korean(problem)


def test_an_atx_title_is_still_named_as_its_hash_line():
    assert _title_problem("# Week 3\n\n본문\n").done == "the first '# ' heading is the title"
