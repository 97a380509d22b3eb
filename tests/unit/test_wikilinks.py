"""Obsidian's `[[note]]` links between notes, as links to the notes' pages here."""

from __future__ import annotations

import dataclasses

from hooks.kb.posts.note import Note
from hooks.kb.posts.wikilinks import link_wikilinks


def note(path: str, body: str) -> Note:
    return Note(path, path, body, path.removesuffix(".md") + "/", source=body)


MOC = "notes/vault/00_Deep_Learning_MOC.md"
CNN = "notes/vault/20_DL_Fundamentals_CNN_RNN.md"
RNN = "notes/vault/22_DL_Course_RNN.md"
OTHER_RNN = "notes/other/22_DL_Course_RNN.md"


def test_a_link_to_a_note_here_leads_to_its_page_showing_its_alias():
    body = (
        "- [[20_DL_Fundamentals_CNN_RNN|CNN과 RNN (이미지 처리)]]\n"
        "- [[22_dl_course_rnn]] 와 [[22_DL_Course_RNN#1.2 RNN의 문제와 LSTM|LSTM 절]]\n"
        "- [[#핵심 개념 (Core Concepts)]]\n"
    )
    notes, problems = link_wikilinks([note(MOC, body), note(CNN, ""), note(RNN, ""), note(OTHER_RNN, "")])
    assert notes[0].body.splitlines() == [
        f"- [CNN과 RNN (이미지 처리)](kb-docs:{CNN})",
        f"- [22_dl_course_rnn](kb-docs:{RNN}) 와 [LSTM 절](kb-docs:{RNN}#12-rnn의-문제와-lstm)",  # the same folder's
        f"- [핵심 개념 (Core Concepts)](kb-docs:{MOC}#핵심-개념-core-concepts)",
    ]
    assert problems == []


def test_a_link_to_a_note_not_here_shows_its_alias_or_name_and_a_nested_list_is_left_as_written():
    body = (
        "[[31_DL_Attention_and_RAG|Attention과 RAG]], [[AI_and_Data_MOC]], W = [[0]]\n`[[CNN|코드]]`\n"
        "[[Chain rule]](연쇄 법칙)과 [[2024-03-01]], x = [[1, 2]] 또는 [[a, b]]\n"
        "다시 [[Chain rule]]\n"  # the same link again: said once, at its first line
    )
    notes, problems = link_wikilinks([note(MOC, body)])
    assert notes[0].body == (
        "Attention과 RAG, AI_and_Data_MOC, W = [[0]]\n`[[CNN|코드]]`\n"
        "Chain rule(연쇄 법칙)과 2024-03-01, x = [[1, 2]] 또는 [[a, b]]\n"
        "다시 Chain rule\n"
    )
    assert [(p.line, p.done) for p in problems] == [
        (1, "shown as its text 'Attention과 RAG'"),
        (1, "shown as its text 'AI_and_Data_MOC'"),
        (3, "shown as its text 'Chain rule'"),
        (3, "shown as its text '2024-03-01'"),
    ]


def test_embeds_and_escaped_brackets_are_not_links():
    body = "![[20_DL_Fundamentals_CNN_RNN]] \\[[20_DL_Fundamentals_CNN_RNN]]\n"
    notes, _ = link_wikilinks([note(MOC, body), note(CNN, "")])
    assert notes[0].body == body


def test_a_note_embedded_on_a_line_of_its_own_is_shown_in_a_box_titled_with_a_link_to_it():
    gru = "GRU는 게이트가 둘이다.\n\n## 수식\n\n$z_t = \\sigma(W_z x_t)$, [[22_DL_Course_RNN|RNN]] 참고\n\n## 구현\n\n코드\n"
    body = "![[20_DL_Fundamentals_CNN_RNN]]\n\n![[20_DL_Fundamentals_CNN_RNN#수식]]\n\n![[없는 노트]]\n\n`![[20_DL_Fundamentals_CNN_RNN]]`\n"
    cnn = dataclasses.replace(note(CNN, gru), title="GRU 정리")
    notes, problems = link_wikilinks([note(MOC, body), cnn, note(RNN, "")])
    boxes = notes[0].body.split("\n\n</div>")
    whole, section = boxes[0], boxes[1]
    assert whole.startswith(f'<div class="admonition quote kb-embed" markdown="1"><p class="admonition-title" markdown="span">[GRU 정리](kb-docs:{CNN})</p>')
    assert "GRU는 게이트가 둘이다." in whole and "## 구현" in whole and f"[RNN](kb-docs:{RNN})" in whole
    assert f"[GRU 정리 › 수식](kb-docs:{CNN}#수식)" in section and "$z_t" in section and "구현" not in section
    assert boxes[2].strip().startswith("없는 노트\n\n`![[20_DL_Fundamentals_CNN_RNN]]`")  # not here: its name; code untouched
    assert [p.what for p in problems if p.what.startswith("an embed of another note")] == [
        "an embed of another note '![[20_DL_Fundamentals_CNN_RNN]]'",
        "an embed of another note '![[20_DL_Fundamentals_CNN_RNN#수식]]'",
    ]


def test_a_note_embedded_as_a_list_items_text_is_a_box_in_the_item():
    gru = "- 게이트가 둘이다.\n    - 리셋 게이트\n- 문법: `[[ ]]` 와 `[[22_DL_Course_RNN]]`\n"
    body = "- 관련 노트\n    - ![[20_DL_Fundamentals_CNN_RNN]]\n    - ![[없는 노트]]\n"
    cnn = dataclasses.replace(note(CNN, gru), title="GRU 정리")
    notes, problems = link_wikilinks([note(MOC, body), cnn, note(RNN, "")])
    assert notes[0].body == (
        "- 관련 노트\n"
        f'    - !!! quote kb-embed "[GRU 정리](kb-docs:{CNN})"\n\n'
        "            - 게이트가 둘이다.\n"
        "                - 리셋 게이트\n"
        "            - 문법: `[[ ]]` 와 `[[22_DL_Course_RNN]]`\n"  # its code as written
        "\n    - 없는 노트\n"  # not here: its name, in its item
    )
    assert [(p.line, p.what) for p in problems if p.what.startswith("an embed of another note")] == [
        (2, "an embed of another note '![[20_DL_Fundamentals_CNN_RNN]]'")
    ]


def test_an_embedded_notes_html_left_open_or_closed_twice_stays_inside_its_box():
    """Obsidian shows each embed in a box of its own: a `<div>` the other note leaves open ends with the box,
    a stray `</div>` closes nothing (Python-Markdown would end the box there, and show the rest outside)."""
    left_open = "## 정리\n\n<div align=\"center\">\n\n그림\n"
    stray = "## 정리\n\n본문\n</div>\n\n끝\n"
    for embedded, kept in ((left_open, '<div align="center">'), (stray, "본문")):
        host = note(MOC, "![[20_DL_Fundamentals_CNN_RNN]]\n\n## 호스트\n")
        notes, _ = link_wikilinks([host, note(CNN, embedded)])
        box, after = notes[0].body.rsplit("\n\n</div>", 1)
        assert kept in box and "끝" not in after and after.strip() == "## 호스트"
        assert box.count("<div") == box.count("</div>") + 1  # balanced inside the box's own opening


def test_a_markdown_link_whose_text_is_in_brackets_is_no_obsidian_link():
    body = (
        "영역으로 나눈 후(segmentation)[[LINK]](https://blog.naver.com/laonple/220925179894), 통합한다.\n"
        "[[공식 홈페이지]](https://numpy.org/), [[코드]](./train.py), [[22_DL_Course_RNN]](연쇄 법칙)\n"
    )
    notes, problems = link_wikilinks([note(MOC, body), note(RNN, "")])
    assert notes[0].body == (
        "영역으로 나눈 후(segmentation)[[LINK]](https://blog.naver.com/laonple/220925179894), 통합한다.\n"
        f"[[공식 홈페이지]](https://numpy.org/), [[코드]](./train.py), [22_DL_Course_RNN](kb-docs:{RNN})(연쇄 법칙)\n"
    )
    assert problems == []


def test_a_hugo_or_hexo_posts_brackets_stay_as_its_blog_showed_them_unless_they_name_a_note_here():
    # goldmark and marked know no Obsidian links: `[[RAG]]` showed with its brackets on the blog
    for path in ("notes/site/content/posts/graphrag.md", "notes/blog/source/_posts/graphrag.md"):
        body = "지식 그래프를 쓰는 [[RAG]] 기법, [[RAG|검색 증강]]과 [[attention]] 노트.\n"
        attention = path.rsplit("/", 1)[0] + "/attention.md"
        notes, problems = link_wikilinks([note(path, body), note(attention, "")])
        assert notes[0].body == f"지식 그래프를 쓰는 [[RAG]] 기법, [[RAG|검색 증강]]과 [attention](kb-docs:{attention}) 노트.\n"
        assert problems == []
    # an Obsidian note's link to a note not here shows its name, as Obsidian does
    notes, problems = link_wikilinks([note("notes/vault/graphrag.md", "[[RAG]] 기법\n")])
    assert notes[0].body == "RAG 기법\n" and len(problems) == 1


def test_a_dotted_name_is_the_notes_whole_name_as_dendron_names_its_hierarchy():
    parent, child = "notes/dendron/ml.md", "notes/dendron/ml.dl.cnn.md"
    root = note("notes/dendron/root.md", "[[ml.dl.cnn]], [[ml]], [[ml.md]]")
    notes, _ = link_wikilinks([root, note(parent, ""), note(child, "")])
    assert notes[0].body == f"[ml.dl.cnn](kb-docs:{child}), [ml](kb-docs:{parent}), [ml.md](kb-docs:{parent})"


def test_a_link_naming_a_notes_file_with_its_extension_leads_to_it():
    notebook, quarto = "notes/vault/analysis.ipynb", "notes/vault/report.qmd"
    root = note("notes/vault/root.md", "[[analysis.ipynb]], [[report.qmd]]")
    notes, problems = link_wikilinks([root, note(notebook, ""), note(quarto, "")])
    assert notes[0].body == f"[analysis.ipynb](kb-docs:{notebook}), [report.qmd](kb-docs:{quarto})" and not problems


def test_a_logseq_labelled_page_link_leads_to_the_page_showing_its_label():
    body = (
        "- 보기: [CNN 정리]([[20_DL_Fundamentals_CNN_RNN]]), [수식 절]([[20_DL_Fundamentals_CNN_RNN#수식]])\n- `[코드]([[x]])`\n"
        "- [합성곱]([[20_DL_Fundamentals_CNN_RNN|dl/cnn]])\n"  # a namespaced page, as Logseq's names are written by then
    )
    notes, problems = link_wikilinks([note(MOC, body), note(CNN, "")])
    assert notes[0].body.splitlines() == [
        f"- 보기: [CNN 정리](kb-docs:{CNN}), [수식 절](kb-docs:{CNN}#수식)",
        "- `[코드]([[x]])`",
        f"- [합성곱](kb-docs:{CNN})",
    ]
    assert problems == []


def test_code_written_as_html_keeps_its_brackets():
    # a Velog feed's code block is HTML: `rules[['antecedents', ...]]` is Python, not a link to a note
    body = (
        '<pre><code class="language-python">print(rules[[&#39;antecedents&#39;, &#39;lift&#39;]])\n'
        "x = df[['support', 'confidence']]</code></pre>\n"
        "<p><code>cols[['a', 'b']]</code> 와 [[20_DL_Fundamentals_CNN_RNN]]</p>\n"
    )
    notes, problems = link_wikilinks([note(MOC, body), note(CNN, "")])
    assert notes[0].body == body.replace("[[20_DL_Fundamentals_CNN_RNN]]", f"[20_DL_Fundamentals_CNN_RNN](kb-docs:{CNN})")
    assert problems == []


def test_a_labelled_link_to_a_note_not_here_is_told_as_written_at_its_line():
    body = "첫 줄\n[없는 노트]([[Nowhere Note]]) 끝\n"
    notes, problems = link_wikilinks([note(MOC, body)])
    assert notes[0].body == "첫 줄\n없는 노트 끝\n"
    assert [(p.line, p.what) for p in problems] == [(2, "Obsidian link '[없는 노트]([[Nowhere Note]])' to a note that is not here")]
