"""Forms of exported and converted notes (Notion, Jupyter, Hydejack, Chirpy, GitHub) read as their own
tools show them: pure rewrites, one line per case."""

from __future__ import annotations

import markdown
import pytest

from hooks.kb.posts.local_urls import docs_url, resolve_docs_urls


def test_a_file_name_with_an_ampersand_resolves_as_markdown_writes_it():
    # Notion names an export's folder after the page: `Algorithm & Data Structure <id>/Untitled.png`
    path = "notes/Algorithm & Data Structure 0c3a/Untitled 1.png"
    html = markdown.markdown(f"![Untitled]({docs_url(path)})")
    assert "&amp;" in html  # Markdown escapes the `&` in the attribute
    resolved = resolve_docs_urls(html, lambda p: "../../x.png" if p == path else None)
    assert 'src="../../x.png"' in resolved


def _listed(text: str) -> str:
    from hooks.kb.posts.lists import reindent_lists

    return markdown.markdown(reindent_lists(text), extensions=["sane_lists", "pymdownx.superfences"])


def test_a_heading_among_an_items_children_is_a_heading_inside_the_item():
    # Notion exports a list item's children four spaces in, two past the content column of `- `
    html = _listed("- 접근 : O(1)\n    \n    ### 메서드 빅오\n    \n    - Object.keys : O(N)\n")
    assert "<h3>메서드 빅오</h3>" in html and "###" not in html
    assert html.index("<h3>") > html.index("<li>") and "<li>Object.keys : O(N)</li>" in html


def test_an_item_under_a_deeper_one_that_opened_a_block_is_a_sibling_of_its_parent():
    # a GitHub weekly report: a figure after a blank line in an item, its child item after another blank line,
    # then the item's next sibling and its numbered children, with no blank line between
    html = _listed(
        "- RCNN\n"
        "    - Selective Search : 후보 영역을 뽑는 방식\n\n"
        '        <p align="center"><img src="a.png"></p>\n\n'
        "        - 이미지를 작은 영역으로 나눈 후 통합한다.\n"
        "    - Shortcomings\n"
        "        1. 2000개의 Region을 각각 CNN에 통과\n"
        "        2. Warping에 의한 성능 하락\n"
        "- SPP\n"
    )
    shortcomings = html.index("Shortcomings")
    assert "<ol>" in html[shortcomings:] and "<li>2000개의 Region을 각각 CNN에 통과</li>" in html
    # a sibling of Selective Search: its list closed above it, as many lists open before it as before that
    before = html[:shortcomings]
    assert before.count("<ul>") - before.count("</ul>") == 2
    assert html[html.index("SPP") - 20 :].count("<ul>") == 0 and html.count("<ul>") == html.count("</ul>")


def test_items_after_a_numbered_list_of_another_kind_close_it_as_kramdown_does():
    # a Chirpy post: a numbered list under a bullet's child, then the bullet's siblings and the lists above,
    # with no blank line anywhere; the numbered list's last item had taken them all as its text and children
    html = _listed(
        "- Encoder\n"
        "  - self-attention\n"
        "    - 모든 단어를 고려함\n"
        "    1. Query, Key, Value\n"
        "    2. Score 추출\n"
        "  - positional encoding\n"
        "    - 특정 값을 더한다\n"
        "- Decoder\n"
        "  - Encoder-Decoder Attention\n"
    )
    assert "- positional" not in html and "<li>특정 값을 더한다</li>" in html
    ordered = html[html.index("<ol>") : html.index("</ol>")]
    assert "positional" not in ordered and "Decoder" not in ordered
    # positional encoding is a sibling of self-attention (two lists open), Decoder of Encoder (one)
    for name, depth in (("positional encoding", 2), ("Decoder", 1)):
        before = html[: html.index(name)]
        assert before.count("<ul>") - before.count("</ul>") == depth, name
    assert html.count("<ul>") == html.count("</ul>")


def _depths(html: str, names: list[str]) -> list[int]:
    """How many lists are open where each name first shows."""
    depths = []
    for name in names:
        before = html[: html.index(name)]
        opened = before.count("<ul>") + before.count("<ol")
        depths.append(opened - before.count("</ul>") - before.count("</ol>"))
    return depths


def test_an_item_opening_a_numbered_list_on_its_line_holds_it_and_its_children():
    # Typora's numbered list in a bullet (`-   1.  text`), an item of the second number nested under it
    html = _listed(
        "-  Linear classification의 절차\n"
        "   \n"
        "   -   1.  어떠한 예측 변수?\n"
        "   -   2.  어떠한 손실 함수?\n"
        "           -  Linear regression은 MSE\n"
        "   -   3)  최적화는?\n"
        "- 끝\n"
    )
    assert "1." not in html and "3)" not in html and "- " not in html
    assert '<ol start="2">' in html and '<ol start="3">' in html
    names = ["Linear classification", "어떠한 예측", "어떠한 손실", "Linear regression", "최적화", "끝"]
    assert _depths(html, names) == [1, 3, 3, 4, 3, 1]  # as CommonMark nests them (markdown-it-py 4.0)
    assert html.count("<ul>") == html.count("</ul>") and html.count("<ol") == html.count("</ol>")


def test_a_rule_under_a_nested_item_is_in_the_item_it_is_indented_to():
    # a GitHub note: `  ---` under `  - <img>` at two spaces: a rule in the outer item, whose list goes on
    html = _listed("- 방법\n  - 그림\n  ---\n  - 다음 항목\n\n본문\n")
    assert "<hr />" in html and _depths(html, ["그림", "<hr", "다음 항목", "본문"]) == [2, 1, 2, 0]


def test_a_quote_at_an_outer_items_indent_is_in_that_item_and_its_list_goes_on():
    html = _listed("1. 정의\n   - 수식\n   > 출처: 강의 자료\n   - 예시\n2. 다음\n")
    quote = html.index("<blockquote>")
    # in item 1, after its first bullet list, and the bullets go on after it, as CommonMark reads them
    assert _depths(html, ["<blockquote>", "예시", "다음"]) == [1, 2, 1]
    inside = html[quote : html.index("</blockquote>")]
    assert "출처" in inside and "예시" not in inside
    assert html.index("</blockquote>") < html.index("예시") < html.index("다음")


def test_a_rule_right_under_a_quote_is_a_rule_not_a_heading_of_the_quote():
    # Python-Markdown alone made `> 참고` over `---` a heading "> 참고"
    for text in ("> 참고: 강의 자료\n---\n\n다음\n", "- 항목\n> 참고\n---\n"):
        html = _listed(text)
        assert "<h2>" not in html and "<hr />" in html and "<blockquote>" in html, text
    # a rule under a nested item, indented into the outer item, is in the outer item
    html = _listed("- 시작\n   - 가\n    ---\n")
    assert _depths(html, ["가", "<hr"]) == [2, 1]


def test_four_spaces_past_the_content_column_are_still_code_in_the_item():
    html = _listed("- 예시\n\n      indented code\n")
    assert "<pre><code>indented code" in html


def _rewritten(rewrite, text: str) -> str:
    out, _ = rewrite(text, "notes/x.md", lambda offset: 1)
    assert out.count("\n") == text.count("\n")  # warnings keep their line numbers
    return out


def _page(text: str) -> str:
    return markdown.markdown(text, extensions=["md_in_html", "pymdownx.superfences", "sane_lists"])


def test_markdown_in_a_details_block_is_rendered():
    from hooks.kb.posts.html_blocks import markdown_in_details

    kramdown = '<details><summary>코드 보기</summary><div markdown="1">\n\n[문서](https://a.io)와 **굵게**\n\n</div></details>\n'
    github = "<details>\n    <summary>정답</summary>\n\n- ②\n\n</details>\n"
    html = _page(_rewritten(markdown_in_details, kramdown))
    assert '<a href="https://a.io">문서</a>' in html and "<strong>굵게</strong>" in html and "[문서]" not in html
    html = _page(_rewritten(markdown_in_details, github))
    assert "<summary>정답</summary>" in html and "<li>②</li>" in html and "<pre>" not in html
    assert _rewritten(markdown_in_details, "<details><summary>a</summary>b *c*</details>\n").count("markdown") == 0


def test_a_chirpy_prompt_written_in_html_is_a_box_of_its_kind():
    from hooks.kb.posts.html_blocks import chirpy_html_prompts

    text = '<blockquote class="prompt-tip">\n확인<br>\n- pid : 16464<br>\n</blockquote>\n\n<blockquote>인용</blockquote>\n'
    out = _rewritten(chirpy_html_prompts, text)
    assert out.startswith('<div class="admonition tip">\n확인<br>') and "</div>\n\n<blockquote>인용</blockquote>" in out
    md = _rewritten(chirpy_html_prompts, '<blockquote class="prompt-info" markdown="1">\n\n**INFO**\n\n</blockquote>\n')
    assert '<div class="admonition info"><p><strong>INFO</strong></p>' in _page(md).replace("\n", "")


def test_a_pandas_table_loses_the_class_that_kept_the_sites_table_style_off():
    from hooks.kb.posts.html_blocks import dataframe_tables

    out = _rewritten(dataframe_tables, '<div>\n<table border="1" class="dataframe">\n  <thead>\n')
    assert out == "<div>\n<table>\n  <thead>\n"


def test_hydejack_boxes_are_boxes():
    from hooks.kb.posts.body import convert_kramdown

    text = "문단 앞.\n\n❗둘 다 지원하지 않는다.  \n{:.note title='attention'}\n\n요약 문장.\n{:.message}\n\n💡풀.\n{:.note}\n"
    html = markdown.markdown(_rewritten(convert_kramdown, text), extensions=["admonition"])
    assert '<div class="admonition note">\n<p class="admonition-title">attention</p>\n<p>❗둘 다' in html
    assert '<div class="admonition note">\n<p>요약 문장.</p>' in html
    assert '<p class="admonition-title">Note</p>\n<p>💡풀.</p>' in html and "{:" not in html


def test_an_attribute_list_alone_before_a_block_is_not_shown():
    from hooks.kb.posts.body import convert_kramdown

    text = "출력:\n\n{:.output_data_text}\n    0    Weather\n\n끝.\n{: .text-right}\n"
    out = _rewritten(convert_kramdown, text)
    assert "output_data_text" not in out and "{: .text-right}" in out


def test_liquid_runs_only_in_notes_with_front_matter_as_in_jekyll():
    from hooks.kb.posts.ingest import read_note

    vue = "# Vue 기초\n\n보간법은 {{ message }} 처럼 쓴다. {% raw %}그대로{% endraw %}\n"
    note, problems = read_note("notes/til/vue.md", vue.encode())
    assert "{{ message }}" in note.body and "{% raw %}" in note.body
    assert not [p for p in problems if p.level == "warning"]
    post = "---\ntitle: 글\n---\n\n![a]({{ site.baseurl }}/a.png) {{ message }}\n"
    note, problems = read_note("notes/_posts/2020-01-01-a.md", post.encode())
    assert "{{" not in note.body and any("message" in p.what for p in problems)


def test_a_jekyll_posts_code_shows_what_raw_kept_not_the_tags():
    # Jekyll runs Liquid before Markdown, in code too: a post explaining its MathJax setup wraps the template
    # in `{%raw%}` so the blog shows `{% if page.math %}`, and never the raw tags themselves
    from hooks.kb.posts.ingest import read_note

    post = (
        "---\ntitle: Jekyll Blog와 MathJax\n---\n\n코드에 {%raw%}{% %}{%endraw%}를 쓴다. `{% raw %}{{ page.title }}{% endraw %}`\n\n"
        "```html\n{%raw%}\n{% if page.math %}\n  <script src=\"x.js\"></script>\n{% endif %}{%endraw%}\n```\n\n끝 줄\n"
    )
    note, problems = read_note("notes/_posts/BoostCamp/2022-02-04-githubblog.md", post.encode())
    assert "raw" not in note.body.replace("</script>", "")
    assert "{% if page.math %}" in note.body and "{% endif %}" in note.body and "`{{ page.title }}`" in note.body
    assert note.body.count("\n") == post.split("---\n")[-1].count("\n") - 1  # every line where it was
    assert not [p for p in problems if p.level == "warning"]
    # a note no Jekyll read (a TIL kept on GitHub) shows its code as written, tags and all
    note, _ = read_note("notes/til/jekyll.md", post.encode())
    assert "{%raw%}\n{% if page.math %}" in note.body


def test_commonmarks_parenthesis_numbers_are_a_numbered_list():
    # Obsidian, Typora and GitHub number a list with `1)` as with `1.`; the items' bullets nest under them
    html = _listed("**전체 구조**\n1) Input X(t):\n\t- t번째 단어\n2)  Cell state:\n\t- 흐른다\n")
    assert "<ol>\n<li>\n<p>Input X(t):" in html or "<ol>\n<li>Input X(t):<ul>" in html
    assert "<li>Cell state:" in html and "<li>t번째 단어</li>" in html and "1)" not in html


def test_a_notebook_attachment_is_the_file_of_its_name_or_a_placeholder_with_a_warning():
    from hooks.kb.posts.images import ImageIndex, fix_images

    index = ImageIndex.of(["notes/nb/anaconda.png"])
    text = "![image.png](attachment:image.png)\n\n![anaconda.png](attachment:anaconda.png)\n"
    out, problems = fix_images(text, "notes/nb/jupyter.md", index, lambda offset: 1 + text.count("\n", 0, offset))
    assert "attachment:" not in out and "kb-docs:notes/nb/anaconda.png" in out
    assert [(p.line, p.level) for p in problems] == [(1, "warning")] and "attachment" in problems[0].what


def test_an_image_url_with_balanced_parentheses_is_read_whole():
    """A Typora setting many minimal-mistakes blogs copied saves figures under a folder named `$(filename)`."""
    from hooks.kb.posts.images import ImageIndex, fix_images

    index = ImageIndex.of(["notes/blog/images/$(filename)/ch3_1.png"])
    text = "- LeCun\n  - ![ch3_1](/images/$(filename)/ch3_1.png)\n  - 분산 $$ \\frac{1}{N} $$\n"
    out, problems = fix_images(text, "notes/blog/_posts/2023-09-20-init.md", index, lambda offset: 1)
    assert '<img src="kb-docs:notes/blog/images/$(filename)/ch3_1.png" alt="ch3_1"' in out and problems == []


def test_an_image_path_written_with_backslashes_is_the_file_a_browser_finds():
    """A Chirpy post written on Windows: `![image.png](\\assets\\img\\...)`; kramdown keeps the backslashes and a
    browser reads them in a web page's address as `/`, so the blog showed the image."""
    from hooks.kb.posts.images import ImageIndex, fix_images

    index = ImageIndex.of(["notes/blog/assets/img/postimg/SQL_Q1/SQL_Q1_01.png"])
    text = "## 0. ERD\n\n![image.png](\\assets\\img\\postimg\\SQL_Q1\\SQL_Q1_01.png)\n"
    out, problems = fix_images(text, "notes/blog/_posts/2023-10-06-sql.md", index, lambda offset: 1)
    assert "![image.png](kb-docs:notes/blog/assets/img/postimg/SQL_Q1/SQL_Q1_01.png)" in out and problems == []


def test_a_heading_indented_one_to_three_spaces_is_a_heading_but_in_a_jekyll_post():
    from hooks.kb.posts.headings import indented_headings

    text = ">  ##### 주간 요약\n\n   ### 오늘 배운 것\n"
    assert indented_headings(text, "notes/week6.md", lambda offset: 1)[0] == "> ##### 주간 요약\n\n### 오늘 배운 것\n"
    # kramdown reads a heading only at the line's start: the blog showed these as text
    assert indented_headings(text, "notes/blog/_posts/2023-12-11-week6.md", lambda offset: 1)[0] == text


@pytest.mark.parametrize(
    "image, shown",
    [
        ('![](/image/boostcamp/dlbasic/optim/batchsize.png){: w="550"}', "batchsize.png"),  # Chirpy
        ("![ ](../assets/%EA%B7%B8%EB%A6%BC%201.png?raw=true)", "그림 1.png"),
        ('<img src="/assets/img/flat_minimum.jpg" width="400">', "flat_minimum.jpg"),
        ("![image.png](attachment:image.png)", "image.png"),  # the alt as written, when there is one
        ("![](attachment:loss_curve.png)", "loss_curve.png"),
    ],
)
def test_a_missing_image_without_alt_text_is_named_by_its_file(image, shown):
    """A figure not found shows "이미지 없음" and its alt text; with none (`![](...)`, as a Chirpy blog writes
    every figure), its file name, which tells the reader what is missing, where "이미지" told nothing."""
    from hooks.kb.posts.images import ImageIndex, fix_images

    out, problems = fix_images(image, "notes/blog/_posts/2022-02-07-day13.md", ImageIndex.of([]), lambda offset: 1)
    assert f'aria-label="이미지 없음: {shown}"' in out and f">이미지 없음: {shown}</span>" in out
    assert len(problems) == 1


def test_a_hexo_posts_fenced_code_shows_its_raw_tags_as_hexo_set_it_aside():
    # Hexo sets a fenced block aside before Nunjucks runs (backtick_code_block, then PostRenderEscape), so a
    # post showing its template shows `{% raw %}` there as written; a code span goes through Nunjucks (its tags
    # go) and so does the text (what raw holds is kept)
    from hooks.kb.posts.ingest import read_note

    post = (
        "---\ntitle: Hexo와 Nunjucks\n---\n\n본문 {% raw %}{{ title }}{% endraw %}, 코드 `{% raw %}{{ x }}{% endraw %}`\n\n"
        "```html\n{% raw %}\n{{ page.title }}\n{% endraw %}\n```\n"
    )
    note, problems = read_note("notes/blog/source/_posts/nunjucks.md", post.encode())
    assert "본문 {{ title }}, 코드 `{{ x }}`" in note.body
    assert "```html\n{% raw %}\n{{ page.title }}\n{% endraw %}\n```" in note.body
    assert not [p for p in problems if p.level == "warning"]
    # the same post in a Jekyll blog: Liquid ran in its code too, the tags never showed
    note, _ = read_note("notes/blog/_posts/2020-01-01-nunjucks.md", post.encode())
    assert "```html\n\n{{ page.title }}\n\n```" in note.body


def test_a_hexo_post_is_read_as_marked_where_kramdown_alone_differs():
    # marked (and kramed) read ` ### 2. 튜닝 방법` as a heading, `|` rows with no delimiter line as a paragraph and
    # `: ` under a term as text; kramdown (a Jekyll post) the other way round
    from hooks.kb.posts.ingest import read_note

    post = (
        "---\ntitle: 튜닝\n---\n\n 문단이 한 칸 들여 쓰였다.\n\n ### 2. 하이퍼파라미터 튜닝 방법\n #### 2.1 Grid Search\n\n"
        "| 모델 | 점수 |\n| SVM | 0.9 |\n\nGrid Search\n: 모든 조합을 평가한다\n"
    )
    hexo, _ = read_note("notes/blog/source/_posts/20181205-tuning.md", post.encode())
    assert "\n## 2. 하이퍼파라미터 튜닝 방법\n### 2.1 Grid Search\n" in hexo.body  # the first heading an h2
    assert "| 모델 | 점수 |\n| SVM | 0.9 |" in hexo.body and "<table" not in hexo.body
    assert "<dl" not in hexo.body
    jekyll, _ = read_note("notes/blog/_posts/2018-12-05-tuning.md", post.encode())
    assert " ### 2. 하이퍼파라미터 튜닝 방법" in jekyll.body and "<table" in jekyll.body


def test_a_tag_inside_an_html_comment_stays_unread_and_nexts_tab_markers_are_read():
    # what Hugo or Hexo made of a tag inside a comment stayed in the comment, unseen: no figure, no warning
    from hooks.kb.posts.shortcodes import hugo_and_hexo_tags

    text = (
        "앞 문장\n<!-- {% asset_img old.png 옛 그림 %}\n{{< figure src=\"x.png\" >}} -->\n뒷 문장\n\n"
        "{% tabs 예제 %}\n<!-- tab PyTorch -->\n코드\n<!-- endtab -->\n{% endtabs %}\n"
    )
    out, problems = hugo_and_hexo_tags(text, "notes/blog/source/_posts/a.md")
    assert "<!-- {% asset_img old.png 옛 그림 %}\n{{< figure src=\"x.png\" >}} -->\n뒷 문장" in out
    assert "**PyTorch**" in out and "<figure" not in out and problems == []
    assert out.count("\n") == text.count("\n")


def test_a_hugo_pages_double_dollars_inside_a_sentence_are_a_display_formula():
    # goldmark's passthrough makes a `$$` pair a block wherever it stands, and KaTeX or MathJax draw it so;
    # kramdown (a Jekyll post) and GitHub keep it inline
    from hooks.kb.math.tex import find_formulas
    from hooks.kb.posts.ingest import read_note

    post = (
        "+++\ntitle = '엔트로피'\n+++\n\nx의 정보량: $$h(x)=\\log_2 \\frac{1}{P(x)}$$\n"
        "그리고 $$D_{KL}(P||Q) \\geq 0$$ P=Q일때 등호성립, $x$ 는 그대로\n"
    )
    hugo, _ = read_note("notes/blog/content/posts/entropy.ko.md", post.encode())
    assert [f.display for _, _, f in find_formulas(hugo.body) if f] == [True, True, False]
    elsewhere, _ = read_note("notes/til/entropy.md", post.encode())
    assert [f.display for _, _, f in find_formulas(elsewhere.body) if f] == [False, False, False]


def test_an_escaped_hugo_shortcode_shows_as_written_without_its_comment_marks():
    """`{{</* gist spf13 7896402 */>}}` is how a Hugo post shows a shortcode's syntax: Hugo shows `{{< gist ... >}}`;
    here the code span had been left empty and the shortcode said to be kept."""
    from hooks.kb.posts.shortcodes import hugo_and_hexo_tags

    text = "`{{</* gist spf13 7896402 */>}}`처럼 쓴다.\n\n```go\n{{%/* notice tip */%}}\n```\n/* 주석 */ {{< youtube abc >}}\n"
    drawn, problems = hugo_and_hexo_tags(text, "content/posts/hugo.md")
    assert drawn.startswith("`{{< gist spf13 7896402 >}}`처럼 쓴다.\n\n```go\n{{% notice tip %}}\n```\n/* 주석 */ [")
    assert problems == []


def test_hugo_s_own_details_shortcode_is_titled_by_its_summary():
    from hooks.kb.posts.shortcodes import hugo_and_hexo_tags

    drawn, _ = hugo_and_hexo_tags('{{< details summary="정답 보기" title="툴팁" >}}\n답은 3\n{{< /details >}}\n', "content/posts/q.md")
    assert drawn.startswith('??? note "정답 보기"\n    답은 3')


def test_a_tag_in_a_code_span_or_a_raw_block_is_shown_as_written():
    """How a post tells a tag's syntax: it was drawn into a link's Markdown, shown as code."""
    from hooks.kb.posts.shortcodes import hugo_and_hexo_tags

    text = (
        "Jekyll: `{% raw %}{% gist parkr/931c1c8d %}{% endraw %}`, HackMD: `{%pdf https://a.com/x.pdf %}`\n"
        "{% raw %}{% youtube abc %}{% endraw %}\n\n{% gist parkr/931c1c8d %}\n"
    )
    drawn, _ = hugo_and_hexo_tags(text, "notes/_posts/2024-01-01-gist.md")
    assert drawn.split("\n")[:2] == text.split("\n")[:2]
    assert drawn.split("\n")[3].startswith("[")  # outside them, the gist is a link to it
    # a backtick unpaired in a code tag's code (a template literal) is the code's, no code span's
    hexo = "{% codeblock lang:js %}\nconst s = `\n  <b>x</b>\n{% endcodeblock %}\n본문 `코드` {% youtube abc %}\n"
    drawn, _ = hugo_and_hexo_tags(hexo, "source/_posts/a.md")
    assert drawn.startswith("```js\nconst s = `\n  <b>x</b>\n```\n본문 `코드` [")


def test_an_image_sized_as_hackmd_sizes_it_is_that_image_at_that_size():
    """markdown-it-imsize (HackMD, Zenn): `![](x.png =400x)`; the size had been read as part of the address, the
    image lost (a placeholder, or a broken address on another host)."""
    from hooks.kb.posts.images import ImageIndex, fix_images

    index = ImageIndex.of(["notes/hm/img/a.png"])
    text = "![로컬](img/a.png =250x)\n\n![](https://hackmd.io/_uploads/rJx.png =400x)\n\n![구조](https://a.com/b.png =x150)\n"
    out, problems = fix_images(text, "notes/hm/note.md", index, lambda offset: 1)
    assert "![로컬](kb-docs:notes/hm/img/a.png){: width=\"250\" }" in out
    assert '<img src="https://hackmd.io/_uploads/rJx.png" alt="" width="400"' in out
    assert '<img src="https://a.com/b.png" alt="구조" height="150"' in out and problems == []


def test_hugo_pages_and_hackmd_notes_run_no_liquid():
    """Neither Hugo nor HackMD ran Liquid: an escaped shortcode in a Hugo post's prose and a Jinja note's
    `{{ name }}` are text there; they had been removed as Liquid variables with no value."""
    from hooks.kb.posts.ingest import read_note

    hugo = "---\ntitle: t\n---\n\n숏코드는 {{</* gist spf13 7896402 */>}} 처럼 쓴다.\n"
    note, _ = read_note("notes/blog/content/posts/t.md", hugo.encode())
    assert "숏코드는 {{< gist spf13 7896402 >}} 처럼 쓴다." in note.body
    hackmd = "---\ntitle: Flask\n---\n###### tags: `flask`\n\n템플릿에서 {{ name }} 으로 값을 넣는다.\n"
    note, _ = read_note("notes/flask.md", hackmd.encode())
    assert "{{ name }} 으로 값을 넣는다." in note.body
    jekyll = "---\ntitle: Flask\n---\n\n템플릿에서 {{ name }} 으로 값을 넣는다.\n"
    note, _ = read_note("notes/_posts/2024-01-01-flask.md", jekyll.encode())
    assert "{{ name }}" not in note.body  # Jekyll's Liquid ran: the variable showed nothing
    note, _ = read_note("notes/_posts/2024-01-01-flask.md", jekyll.replace("\n\n", "\n###### tags: `flask`\n\n", 1).encode())
    assert "{{ name }}" not in note.body  # so it did in a post written in HackMD


def test_a_hugo_tab_title_with_quotes_stays_one_title():
    from hooks.kb.posts.shortcodes import hugo_and_hexo_tags

    text, _ = hugo_and_hexo_tags('{{< tabs >}}\n{{< tab "The \\"best\\" way" >}}\n내용\n{{< /tab >}}\n{{< /tabs >}}\n', "content/posts/x.md")
    assert text.startswith('===! "The &quot;best&quot; way"\n    내용')
