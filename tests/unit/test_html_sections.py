"""Search sections cut by hooks/kb/search/html_sections.py are the ones Material's own parser cuts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser

from hooks.kb.search import html_sections
from hooks.kb.search.html_sections import SectionIndex, _Sections, _Unread, sections


def material(html: str) -> list[tuple]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return _plain(parser.data)


def _plain(found) -> list[tuple]:
    return [(s.el.tag, s.el.attrs, s.id, s.title, s.text, s.depth, s.is_excluded()) for s in found]


CASES = {
    "preface then h1": "<p>앞</p><h1 id='t'>제목</h1><p>본문 <code>x</code></p>",
    "h2 first": '<h2 id="a">가</h2><p>하나</p><h3 id="b">나</h3><ul><li>둘</li><li> </li></ul>',
    "heading without id": "<h2>없음</h2><p>글</p><h2 id='c'>있음</h2>",
    "permalink": '<h2 id="cnn">CNN<a class="headerlink" href="#cnn" title="링크">¶</a></h2><p>t</p>',
    "nested heading": '<div><h2 id="in">안</h2><p>a</p></div><p>밖</p><h2 id="z">z</h2>',
    "excluded": '<p>a</p><div data-search-exclude><p>숨김</p><div>더</div><p>x</p></div><p>b</p>',
    "excluded section": '<h2 id="x" data-search-exclude>x</h2><p>t</p><h2 id="y">y</h2><p>u</p>',
    "linenodiv": '<table><tr><td class="linenodiv"><pre>1\n2</pre></td><td><pre>a  =\n  1</pre></td></tr></table>',
    "pre keeps spaces": "<pre><code>a\n\n   b\n</code></pre><p>x\ny</p>",
    "entities": '<p>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &nbsp;f &#x41;</p><h2 id="a&amp;b">h&amp;</h2>',
    "void and self-closing": '<p>a<br>b<br/>c<img src="x.png" alt="y"><mspace width="1em"/>d</p><hr>',
    "stray end tags": "<p>a</span></p></div><p>b</p>",
    "empty kept tags": "<p></p><p> </p><ul>\n<li>\n</li>\n</ul><sub>2</sub><sup> </sup>",
    "formula markers": "<p>식 <!--kb-math:0-->\\frac{a}{b}<!--/kb-math--> 끝</p>",
    "upper case": '<H2 ID="U">큰</H2><P>글</P>',
    "attribute forms": "<p class=plain data-x='q' hidden>t</p><a href=a/b>l</a>",
    "whitespace runs": "<p>a</p>\n\n  \n<p>b</p>\n<div>\n</div>",
    # Not read by the fast path: Material's parser takes these pages.
    "script": "<p>a</p><script>if (a < b) { x = '<p>' }</script><p>b</p>",
    "style": "<style>p > a { color: red }</style><p>b</p>",
    "comment with dashes": "<p>a<!-- x -- y -->b</p>",
    "bare less-than": "<p>a < b and c<d</p>",
    "doctype": "<!DOCTYPE html><p>a</p>",
    "unclosed tag": "<p>a</p><p class='x",
}


@pytest.mark.parametrize("html", CASES.values(), ids=CASES.keys())
def test_sections_are_materials(html):
    assert _plain(sections(html)) == material(html)


@pytest.mark.parametrize("name", ["script", "style", "comment with dashes", "bare less-than", "doctype"])
def test_markup_it_does_not_read_goes_to_materials_parser(name):
    html = CASES[name]
    if not html_sections._RAW_TEXT.search(html):
        with pytest.raises(_Unread):
            _Sections().feed(html)


PIECES = [
    "<p>", "</p>", "<h1 id='a'>", "</h1>", '<h2 id="b">', "</h2>", "<h3>", "</h3>", "<div>", "</div>",
    "<div data-search-exclude>", "<pre>", "</pre>", "<code>", "</code>", "<ul>", "<li>", "</li>", "</ul>",
    '<a class="headerlink" href="#b">', "</a>", "<br>", "<img src=x>", "<td class=linenodiv>", "</td>",
    "<sub>", "</sub>", "<!--kb-math:0-->", "<!--x--y-->", "&amp;", "&lt;", "&#39;", " ", "\n", "  \n ",
    "가나", "text", "<", ">", "</", "<script>", "</script>", "<mi/>",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_mix_of_markup_gives_materials_sections(pieces):
    html = "".join(pieces)
    try:
        expected = material(html)
    except Exception as error:  # Material's parser fails on some mixes: then the same failure
        with pytest.raises(type(error)):
            sections(html)
        return
    assert _plain(sections(html)) == expected


def test_section_index_skips_pages_that_ask_to_be_left_out():
    class Page:
        url = "notes/x/"
        meta = {"search": {"exclude": True}}
        content = "<h1 id='a'>a</h1><p>b</p>"

    index = SectionIndex(lang=["en"], separator=" ", pipeline=[], fields={})
    index.add_entry_from_context(Page())
    assert index.entries == [] and index.pages == {"notes/x/"}  # its old entries go, under --dirty


def test_first_section_ends_at_the_first_heading_below_h1_with_an_id():
    html = '<h1 id="t">T</h1><p>요약</p><h2>no id</h2><p>a</p><h2 class="x" id="s">S</h2><p>b</p>'
    assert html_sections.first_section(html) == '<h1 id="t">T</h1><p>요약</p><h2>no id</h2><p>a</p>'
    assert html_sections.first_section("<p>no heading</p>") == "<p>no heading</p>"
