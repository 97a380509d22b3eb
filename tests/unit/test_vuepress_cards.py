"""A VuePress card's title as Markdown link text: shown as written."""

import markdown

from hooks.kb.posts.vuepress import card_markdown


def test_a_cards_title_with_an_angle_bracket_shows_no_backslash():
    written = card_markdown({"title": "List<Tensor> 다루기", "link": "https://example.com/a"})
    html = markdown.markdown(written)
    assert "List&lt;Tensor&gt; 다루기" in html and "\\" not in html
    assert 'href="https://example.com/a"' in html
