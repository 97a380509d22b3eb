"""A notebook post read as the Markdown its blog showed (`hooks/kb/posts/notebooks.py`)."""

from __future__ import annotations

import pytest

from hooks.kb.pages.messages import known
from hooks.kb.posts.admonitions import directive_boxes, pandoc_div_shown
from hooks.kb.posts.html_blocks import preformatted_outputs
from hooks.kb.posts.notebooks import notebook_markdown, sources_with_markdown, unpublished_by_jekyll
from hooks.kb.posts.quarto import quarto_chunks
from tests.helpers.notebook_posts import (
    FASTPAGES,
    FIGURE,
    PASTED,
    QUARTO,
    code,
    markdown,
    notebook,
    result,
    stream,
)


def converted(raw: bytes) -> tuple[str, list]:
    problems: list = []
    return notebook_markdown(raw, "notes/x.ipynb", problems), problems


def test_fastpages_header_cell_is_front_matter():
    text, _ = converted(FASTPAGES)
    assert text.startswith(
        '---\ntitle: "판다스 입력 정리"\ndescription: "콘솔 입력과 DataFrame"\ntoc: true\nbadges: false\n'
        "categories: [Python, pandas]\n---\n"
    )


def test_a_fastpages_preview_image_is_under_the_blogs_root():
    text, _ = converted(notebook(markdown("# 제목\n> 요약\n\n- image: images/chart.png")))
    assert "\nimage: /images/chart.png\n" in text


def test_fastpages_cell_options_hide_fold_and_show_output_only():
    text, _ = converted(FASTPAGES)
    assert "warnings" not in text and "숨긴 셀" not in text  # #hide: neither code nor output
    assert '??? quote "코드"\n    ```python\n    import pandas as pd' in text  # #collapse-hide: folded
    assert "#collapse" not in text and "#hide" not in text
    assert "plt.plot" not in text and f"![png](data:image/png;base64,{FIGURE})" in text  # #hide_input


def test_prompts_and_prints_are_one_output_and_a_traceback_its_text():
    text, _ = converted(FASTPAGES)
    assert "```\n나이:  24\n메아리 : 24\n```" in text
    assert "ZeroDivisionError" in text


def test_an_image_pasted_into_a_cell_is_the_image_it_holds():
    text, _ = converted(FASTPAGES)
    assert f"![image.png](data:image/png;base64,{PASTED})" in text and "attachment:" not in text


def test_a_dataframe_is_its_html_table():
    text, _ = converted(FASTPAGES)
    assert '<table border="1" class="dataframe">' in text and "0  24" not in text


def test_quarto_front_matter_and_cell_options():
    text, problems = converted(QUARTO)
    assert text.startswith("---\ntitle: 로지스틱 회귀\ndate: 2024-03-02")
    assert "import numpy" not in text and "안 보이는 코드의 출력" in text  # echo: false
    assert "secret" not in text and "아무것도 안 보임" not in text  # include: false
    assert '??? quote "코드"' in text and "#|" not in text  # code-fold: true
    assert "<script" not in text and "Figure({'data'" in text  # a Plotly chart: its text, said so
    assert [p.what for p in problems] == [
        "a cell's output is drawn by JavaScript (an interactive chart or widget)"
    ]


@pytest.mark.parametrize(
    ("cell", "shown", "hidden"),
    [
        (code("x = 1", stream("1\n"), tags=("remove-input",)), "```\n1\n```", "x = 1"),
        (code("x = 1", stream("출력\n"), tags=("remove-output",)), "x = 1", "출력"),
        (code("x = 1", stream("출력\n"), tags=("hide-input",)), '??? quote "코드"', ""),
        (code("#collapse-show\nx = 1"), '???+ quote "코드"', "#collapse"),
        (code("#collapse_output\nx = 1", stream("긴 출력\n")), '??? quote "출력"', "#collapse"),
        (code("x", result({"text/latex": "$$x^2$$", "text/plain": "x**2"})), "$$x^2$$", "x**2"),
        (
            code("x", result({"text/markdown": "**굵게**", "text/plain": "<IPython.Markdown>"})),
            "**굵게**",
            "IPython",
        ),
        (
            {"cell_type": "raw", "metadata": {"format": "text/latex"}, "source": "\\section{x}"},
            "",
            "\\section",
        ),
    ],
)
def test_cell_forms(cell, shown, hidden):
    text, _ = converted(notebook(markdown("본문"), cell))
    assert shown in text and (not hidden or hidden not in text)


def test_the_kernels_language_names_the_fence():
    text, _ = converted(notebook(code("library(dplyr)"), language="R"))
    assert "```r\nlibrary(dplyr)\n```" in text


def test_code_holding_backticks_gets_a_longer_fence():
    text, _ = converted(notebook(code('s = """\n```\n"""')))
    assert text.startswith("````python\n")


@pytest.mark.parametrize("raw", [b"{not json", b'{"nbformat": 3, "worksheets": []}', b"[]"])
def test_a_file_that_is_no_notebook_it_can_read_is_said_so(raw):
    text, problems = converted(raw)
    assert text is None and problems and problems[0].done.startswith("skipped: no page made")


def test_a_notebook_or_quarto_document_with_markdown_of_its_name_in_its_blog_is_that_posts_source():
    paths = [
        "notes/a/x.ipynb", "notes/a/x.md", "notes/a/y.ipynb", "notes/b/x.ipynb",
        "notes/blog/_writing/2017-1-27-keras.ipynb", "notes/blog/_posts/2017-1-27-keras.md",
        "notes/q/posts/eda/index.qmd", "notes/q/posts/eda/index.md", "notes/q/posts/tidy/index.Rmd",
    ]  # fmt: skip
    assert sources_with_markdown(paths, (".md",)) == {
        "notes/a/x.ipynb",
        "notes/blog/_writing/2017-1-27-keras.ipynb",
        "notes/q/posts/eda/index.qmd",
    }


QMD = """---
title: 펭귄
---

```{python}
#| echo: false
import seaborn as sns
```

```{python}
#| code-fold: true
#| code-summary: 코드
df.describe()
```

```{r, include=FALSE}
library(dplyr)
```

```{r}
summary(cars)
```

끝 문단"""


def test_quarto_chunks_shown_as_the_site_shows_them_line_for_line():
    shown = quarto_chunks(QMD)
    assert "seaborn" not in shown and "library(dplyr)" not in shown  # echo: false, include=FALSE
    assert '??? quote "코드"\n    ```python\n    df.describe()\n    ```' in shown and "#|" not in shown
    assert "```r\nsummary(cars)\n```" in shown
    assert len(shown.split("\n")) == len(QMD.split("\n")) and shown.split("\n")[-1] == "끝 문단"


def test_notebooks_a_jekyll_blog_keeps_in_its_own_folders_are_no_posts():
    paths = [
        "notes/blog/_posts/2017-1-27-keras.md", "notes/blog/_writing/Temp LSTM.ipynb",
        "notes/blog/_drafts/x.qmd", "notes/blog/_notebooks/2020-1-1-fast.ipynb", "notes/blog/_posts/y.ipynb",
        "notes/blog/notebooks/z.ipynb", "notes/til/_private/w.ipynb",
    ]  # fmt: skip
    assert unpublished_by_jekyll(paths) == {"notes/blog/_writing/Temp LSTM.ipynb", "notes/blog/_drafts/x.qmd"}


@pytest.mark.parametrize(
    ("line", "korean_profile", "shown"),
    [
        ("::: {layout-ncol=2}", False, True),
        ("::: {.column-margin}", False, True),
        ("::: {#tabs .panel-tabset}", False, True),
        ('::: {.content-visible when-profile="ko"}', True, True),
        (
            '::: {.content-visible when-profile="en"}',
            True,
            False,
        ),  # the English site's copy of the same notes
        ('::: {.content-visible when-profile="en"}', False, True),  # no Korean copy: shown
        ('::: {.content-visible when-format="pdf"}', False, False),
        ('::: {.content-visible unless-format="pdf"}', False, True),
        ('::: {.content-hidden when-format="html"}', False, False),
        (":::{note}", False, None),  # MyST's, read by myst_markup
        ("::: tip", False, None),
    ],
)
def test_pandoc_divs_show_what_their_html_site_shows(line, korean_profile, shown):
    assert pandoc_div_shown(line, korean_profile) is shown


def test_a_colab_output_label_is_no_chart():
    colab = {"application/vnd.google.colaboratory.intrinsic+json": {"type": "string"}, "text/plain": "'응답'"}
    text, problems = converted(notebook(code("response_body", result(colab))))
    assert "'응답'" in text and problems == []


def test_every_notebook_and_quarto_problem_is_said_in_korean():
    problems = converted(QUARTO)[1] + converted(b"{not json")[1] + converted(b'{"nbformat": 3}')[1]
    problems += preformatted_outputs("<head>\n<style>p {}</style>\n</head>", "notes/x.md", lambda offset: 1)[
        1
    ]
    problems += directive_boxes("::: {layout-ncol=2}\n그림\n:::", "notes/x.qmd", lambda offset: 1)[1]
    assert len(problems) == 5 and all(known(p) for p in problems)


def test_fastpages_boxes_and_video_lines_are_what_fastpages_draws():
    raw = notebook(
        markdown("# 제목\n> 요약\n\n- toc: true"),
        markdown("> Important: 꼭 볼 것\n\n> twitter: https://x.com/a/status/1"),
    )
    text, _ = converted(raw)
    assert '!!! tip "중요"\n    꼭 볼 것' in text and "<https://x.com/a/status/1>" in text
    plain, _ = converted(notebook(markdown("> Note: 인용일 뿐")))  # not a fastpages notebook: a quote
    assert "> Note: 인용일 뿐" in plain


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "1.  R 언어 패키지\n    1.  ggplot\\\n    2.  Dplyr\\\n2.  파이썬",
            "    1.  ggplot\n    2.  Dplyr\n2.",
        ),
        ("문단 끝\\\n\n다음 문단", "문단 끝\n\n다음 문단"),
        ("줄바꿈\\\n이어짐", "줄바꿈\\\n이어짐"),  # a line break inside the paragraph: breaks.py's
        ("$$\na = b \\\\\n$$", "a = b \\\\\n"),  # TeX's \\ stays
        ("```bash\nls \\\n\n```", "ls \\\n"),  # code stays
    ],
)
def test_a_backslash_ending_a_quarto_paragraph_goes_as_pandoc_drops_it(text, shown):
    assert shown in quarto_chunks(text)


@pytest.mark.parametrize("path", ["notes/_notebooks/2021-11-08-input.ipynb", "notes/nb/2021-11-08-input.ipynb"])
def test_a_fastpages_notebook_shows_no_liquid_tags_in_or_out_of_its_folder(path):
    # in `_notebooks/` Liquid runs, as fastpages' Jekyll ran it; a fastpages notebook dropped elsewhere is read
    # with its header and marks but no Liquid: its code cells were wrapped in `{% raw %}` there, shown as text
    from hooks.kb.posts.ingest import read_note

    note, _ = read_note(path, FASTPAGES)
    assert note.title == "판다스 입력 정리" and "text = input('나이: ')" in note.body
    assert "raw %}" not in note.body


def test_a_notebook_in_notebooks_without_front_matter_shows_no_liquid_tags():
    # Jekyll runs Liquid only on a post with front matter: a `_notebooks/` notebook opening with plain text got
    # its code wrapped for a Liquid that never ran
    from hooks.kb.posts.ingest import read_note

    raw = notebook(markdown("그냥 설명으로 시작하는 노트북"), code("print('{{ x }}')", stream("{{ x }}\n")))
    note, _ = read_note("notes/b/_notebooks/2020-01-01-x.ipynb", raw)
    assert "print('{{ x }}')" in note.body and "raw %}" not in note.body


@pytest.mark.parametrize(("lines", "scrolled"), [(100, False), (101, True), (20000, True)])
def test_an_output_of_more_than_100_lines_is_a_scrolled_box_holding_all_of_it(lines, scrolled):
    log = "".join(f"Epoch {i}/{lines} - loss: 0.{i:04d}\n" for i in range(1, lines + 1))
    text, _ = converted(notebook(code("model.fit(x, y)", stream(log))))
    fence = "```{.text .kb-output-scrolled}\n" if scrolled else "```\n"
    assert fence + "Epoch 1/" in text and f"Epoch {lines}/{lines} - loss" in text


@pytest.mark.parametrize(
    ("opening", "columns"),
    [("::: {layout-ncol=2}", 2), ('::: {#fig-loss layout-ncol="3"}', 3), ("::: {.column-margin}", None), ("::: {layout-ncol=1}", None)],
)
def test_a_quarto_layout_div_lays_its_blocks_side_by_side_in_its_columns(opening, columns):
    text, _ = directive_boxes(f"{opening}\n\n![](a.png)\n\n![](b.png)\n\n:::", "notes/x.qmd", lambda offset: 1)
    first, last = text.split("\n")[0], text.split("\n")[-1]
    if columns:
        assert (first, last) == (f'<div class="kb-columns kb-columns-{columns}" markdown="1">', "</div>")
    else:
        assert (first, last) == ("", "")
    assert text.count("\n") == 6  # line for line
