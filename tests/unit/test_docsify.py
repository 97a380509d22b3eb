"""A Docsify site's marks: `!>` / `?>` boxes, docsify-tabs, link options; each line kept, other notes unchanged."""

import markdown
import pytest

from hooks.kb.posts.docsify import (
    docsify_markup,
    docsify_notices,
    docsify_root,
    docsify_routes,
    docsify_tabs,
    link_options,
    site_file_title,
)

_EXTENSIONS = ["admonition", "attr_list", "md_in_html", "pymdownx.superfences", "pymdownx.tabbed"]


def _line(offset: int) -> int:
    return offset  # the offset itself: the tests read where a problem was found


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=_EXTENSIONS, extension_configs={"pymdownx.tabbed": {"alternate_style": True}})


@pytest.mark.parametrize(
    ("written", "kind", "shown"),
    [
        ("!> 학습률은 **너무 크면** 발산합니다.", "warning", "<strong>너무 크면</strong>"),
        ("?> `torch.no_grad()` 안에서 평가하세요.", "tip", "<code>torch.no_grad()</code>"),
        ("!>붙여 쓴 표시", "warning", "붙여 쓴 표시"),  # Docsify needs no space after the mark
        ("<!-- markdownlint-disable MD037 -->\n?> `wdi5` 설명", "tip", "<code>wdi5</code> 설명"),  # a comment ends its block
        ("!> Always call `model.eval()`\nbefore testing.", "warning", "before testing."),
    ],
)
def test_a_notice_paragraph_is_an_untitled_box_of_its_kind(written, kind, shown):
    text, problems = docsify_notices(written, "n.md", _line)
    assert text.count("\n") == written.count("\n")
    html = _html(text)
    assert f'<div class="admonition {kind}">' in html and shown in html
    assert "admonition-title" not in html and "!&gt;" not in html and "?&gt;" not in html
    mark = next(line for line in written.split("\n") if line[:2] in ("!>", "?>"))[0]
    assert [p.what for p in problems] == [f"a Docsify notice '{mark}>'"]


def test_a_notice_under_a_list_item_stays_in_the_item():
    written = "- 옵션\n\n    !> `nx`: 없을 때만\n    `xx`: 있을 때만\n\n- 다음"
    text, _ = docsify_notices(written, "n.md", _line)
    html = _html(text)
    item = html.split("<li>")[1]
    assert '<span class="admonition warning kb-docsify-box">' in item and "<code>xx</code>" in item
    assert "!&gt;" not in html


@pytest.mark.parametrize(
    "written",
    [
        "a > b 이고 c != d",
        "이 문장은 !> 로 시작하지 않는다",
        "문단의 첫 줄\n!> 둘째 줄은 문단의 줄",  # Docsify reads a box only where a paragraph starts
        "?>",  # a PHP block's end, alone on its line: no text, no box
    ],
)
def test_text_that_only_looks_like_a_notice_is_unchanged(written):
    assert docsify_notices(written, "n.md", _line) == (written, [])


def test_tabs_between_the_markers_are_content_tabs():
    written = (
        "설치:\n\n<!-- tabs:start -->\n\n#### **pip**\n\n설치 명령\n\n#### **conda**\n\n"
        "다른 명령\n\n<!-- tabs:end -->\n\n끝"
    )
    text, problems = docsify_tabs(written, "n.md", _line)
    assert text.count("\n") == written.count("\n")
    html = _html(text)
    assert html.count('<div class="tabbed-block">') == 2
    assert "<label" in html and ">pip</label>" in html and ">conda</label>" in html
    assert "<p>끝</p>" in html.split("tabbed-set")[-1]
    assert [p.what for p in problems] == ["docsify-tabs block of 2 tabs"]


def test_a_tab_may_be_marked_by_a_comment():
    written = "<!-- tabs:start -->\n<!-- tab:NumPy -->\n넘파이\n<!-- tab:PyTorch -->\n파이토치\n<!-- tabs:end -->"
    text, _ = docsify_tabs(written, "n.md", _line)
    html = _html(text)
    assert ">NumPy</label>" in html and ">PyTorch</label>" in html and html.count('<div class="tabbed-block">') == 2


@pytest.mark.parametrize(
    "written",
    [
        "<!-- tabs:start -->\n\n#### **pip**\n\n명령",  # never ended
        "<!-- tabs:start -->\n\n#### pip\n\n명령\n\n<!-- tabs:end -->",  # no bold heading: no tab
        "#### **굵은 제목**\n\n본문",  # no markers
    ],
)
def test_tabs_without_their_markers_or_tab_headings_are_unchanged(written):
    assert docsify_tabs(written, "n.md", _line) == (written, [])


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("![구조](arch.png ':size=50%')", '![구조](arch.png){ width="50%" }'),
        ("![구조](arch.png ':size=600x400')", '![구조](arch.png){ width="600" height="400" }'),
        ("![구조](arch.png \":size=300 :class=center\")", '![구조](arch.png){ width="300" }'),
        ("[문서](other.md ':ignore')", "[문서](other.md)"),
        ("[문서](other.md ':ignore 다른 문서')", '[문서](other.md "다른 문서")'),
        ("[새 창](https://pytorch.org ':target=_blank')", "[새 창](https://pytorch.org)"),
        ("[위](#top ':id=back')", "[위](#top){ #back }"),
        ("[예제](code/train.py ':include :type=code')", "[예제](code/train.py)"),
        ("![그림](a.png '그림 설명')", "![그림](a.png '그림 설명')"),  # a title, not options: unchanged
        ("[링크](a.md \"제목: 부제\")", '[링크](a.md "제목: 부제")'),
    ],
)
def test_link_options_are_drawn_as_docsify_drew_them(written, expected):
    assert link_options(written, "n.md", _line)[0] == expected


def test_an_include_is_a_link_with_a_note():
    _, problems = link_options("[예제](code/train.py ':include')", "n.md", _line)
    assert [(p.what, p.level) for p in problems] == [("a Docsify ':include' embed", "info")]


def test_a_plain_note_is_unchanged():
    plain = "# 제목\n\n> 인용문\n\n- a > b\n\n![그림](x.png \"설명\")\n\n<!-- 주석 -->\n"
    assert docsify_markup(plain, "n.md", _line) == (plain, [])


_SITE = frozenset(
    {"notes/swoole/_sidebar.md", "notes/swoole/server/methods.md", "notes/swoole/server/port.md",
     "notes/swoole/coroutine/README.md", "notes/swoole/ko/_sidebar.md", "notes/swoole/ko/intro.md", "notes/blog/post.md"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("note", "written", "expected"),
    [
        ("notes/swoole/server/port.md", "[set()](/server/methods?id=set)", "[set()](<methods.md#set>)"),
        ("notes/swoole/server/port.md", "[코루틴](/coroutine/)", "[코루틴](<../coroutine/README.md>)"),
        ("notes/swoole/ko/intro.md", "[포트](#/server/port)", "[포트](<../server/port.md>)"),
        ("notes/swoole/ko/intro.md", "[포트](/server/port.md \"포트\")", '[포트](<../server/port.md> "포트")'),
        ("notes/swoole/server/port.md", "[없는 쪽](/runtime)", "[없는 쪽](/runtime)"),  # no such page: as written
        ("notes/swoole/server/port.md", "![그림](/img/none.png)", "![그림](/img/none.png)"),  # no such file
        ("notes/swoole/server/port.md", "![그림](/_media/arch.png)", "![그림](<../_media/arch.png>)"),
        ("notes/swoole/ko/intro.md", '![그림](/_media/arch.png "구조")', '![그림](<../_media/arch.png> "구조")'),
        ("notes/swoole/server/port.md", "[위로](#top)", "[위로](#top)"),
        ("notes/blog/post.md", "[글](/server/methods)", "[글](/server/methods)"),  # not in a Docsify site
    ],
)
def test_a_route_of_the_docsify_site_is_the_link_to_its_page(note, written, expected):
    assert docsify_routes(written, note, _line, _SITE, frozenset({"notes/swoole/_media/arch.png"}))[0] == expected


def test_the_site_root_is_the_outermost_folder_with_a_sidebar():
    assert docsify_root("notes/swoole/ko/intro.md", _SITE) == "notes/swoole"
    assert docsify_root("notes/blog/post.md", _SITE) is None


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("notes/swoole/_sidebar.md", "swoole 목차"),
        ("notes/swoole/ko/_navbar.md", "ko 메뉴"),
        ("_coverpage.md", "Docsify 표지"),
        ("notes/swoole/sidebar.md", None),
    ],
)
def test_a_docsify_sites_own_files_are_titled_by_their_folder(path, title):
    found, problems = site_file_title(path)
    assert found == title and len(problems) == (title is not None)


@pytest.mark.parametrize(
    ("written", "after"),
    [
        ("!> 아래 명령을 실행한다\n```bash\ndocker ps\n```", "<pre>"),  # a fence ends marked's paragraph
        ("?> 팁\n## 다음 절\n본문", "<h2"),  # so does a heading
        ("?> 팁\n- 항목", "<ul>"),  # and a list
        ("?> 팁\n> 인용", "<blockquote>"),  # and a quote
    ],
)
def test_a_notice_ends_where_its_paragraph_ends(written, after):
    text, _ = docsify_notices(written, "n.md", _line)
    assert text.count("\n") == written.count("\n")
    html = _html(text)
    box_end = html.index("</div>")
    assert html.index(after) > box_end, html
