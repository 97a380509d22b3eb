"""An MkDocs site's includes in a note: left as written, each told with its line."""

import pytest

from hooks.kb.posts.mkdocs_site import site_includes


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ('앞\n\n--8<-- "includes/abbreviations.md"\n', ['--8<-- "includes/abbreviations.md"']),
        ("--8<-- 'snippets/train.py'", ["--8<-- 'snippets/train.py'"]),
        ("    --8<-- code/model.py", ["--8<-- code/model.py"]),
        ("{!include/objectList.md!}", ["{!include/objectList.md!}"]),
        ("가위 표시 --8<-- 는 문장 안에서 글자다", []),
        ("{!문장 속!} 글자", []),
    ],
)
def test_an_include_line_stays_and_is_told(written, told):
    text, problems = site_includes(written, "n.md", lambda offset: written.count("\n", 0, offset) + 1)
    assert text == written
    assert [p.what for p in problems] == [f"an MkDocs include '{t}'" for t in told]
    assert all(p.level == "warning" for p in problems)


def test_its_line_is_the_include_line():
    written = '# 제목\n\n본문\n\n--8<-- "a.md"\n'
    _, problems = site_includes(written, "n.md", lambda offset: written.count("\n", 0, offset) + 1)
    assert [p.line for p in problems] == [5]
