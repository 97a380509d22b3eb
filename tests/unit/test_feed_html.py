"""A Velog post kept as its RSS feed gave it (`velog-posts/<title>.md` holding the body's HTML): titled by its
file name, every heading a section, an item's heading a heading, its formulas as the author wrote them."""

from __future__ import annotations

from hooks.kb.pages.messages import known
from hooks.kb.posts.body import html_headings_to_markdown
from hooks.kb.posts.feed_html import feed_formulas, is_feed_body
from hooks.kb.posts.ingest import read_note

# what the feed's renderer made of a post: heading anchors made of the words, `_` pairs read as emphasis in
# formulas, `>` an entity, `\\` unescaped to `\`, a heading written under a list item's line kept in the item
FEED = (
    '<h1 id="1-손실-함수-정리">1. 손실 함수 정리</h1>\n'
    "<ul>\n"
    "<li>교차 엔트로피: $H<em>{p}(q) = -\\sum</em>{i} p_i \\log q_i$</li>\n"
    '<li>확률은 항상 $&gt; 0$ 이어야 함<h3 id="--예시">- 예시</h3>\n'
    "</li>\n"
    "<li>계단 함수</li>\n"
    "</ul>\n"
    "<p>$$\n"
    "f(x)=\n"
    "\\begin{cases}\n"
    "1, x \\ge 0 \\\n"
    "0, x &lt; 0\n"
    "\\end{cases}\n"
    "$$</p>\n"
    '<h1 id="2-정리">2. 정리</h1>\n'
    "<ul>\n<li>끝</li>\n</ul>"
)
PATH = "notes/starcookie/velog-posts/[05-20]손실 함수(1).md"


def test_a_feed_body_is_titled_by_its_file_name_and_its_headings_are_sections():
    note, problems = read_note(PATH, FEED.encode())
    assert note.title == "[05-20]손실 함수(1)"
    assert "## 1. 손실 함수 정리" in note.body and "## 2. 정리" in note.body
    told = [p for p in problems if "blog feed's HTML body" in p.what]
    assert len(told) == 1 and told[0].level == "info" and known(told[0])
    assert not [p for p in problems if "'# ' headings" in p.what]  # no first section taken for the title


def test_a_heading_inside_an_html_list_item_stays_a_heading():
    note, _ = read_note(PATH, FEED.encode())
    assert "### - 예시" not in note.body  # text of the HTML list, as it had shown
    assert '<h4 id="--예시">- 예시</h4>' in note.body  # one level down with the note's other headings
    text, _ = html_headings_to_markdown('<ul>\n<li>항목\n<h3 id="a">소제목</h3>\n</li>\n</ul>\n<h3 id="b">절</h3>\n', "x.md", lambda _: 1)
    assert '<h3 id="a">소제목</h3>' in text and "### 절" in text


def test_a_feed_bodys_formulas_are_read_as_written():
    note, problems = read_note(PATH, FEED.encode())
    assert "$H_{p}(q) = -\\sum_{i} p_i \\log q_i$" in note.body and "$> 0$" in note.body
    restored, found = feed_formulas(FEED, PATH, 1)
    assert "$H_{p}(q) = -\\sum_{i} p_i \\log q_i$" in restored and "$> 0$" in restored
    assert "1, x \\ge 0 \\\\\n0, x < 0\n" in restored  # the row's line break, the relation
    assert [p.line for p in found] == [3, 4, 8] and all(known(p) for p in found)
    assert not [p for p in problems if "cannot be typeset" in p.what]


def test_only_a_rendered_body_is_a_feeds():
    assert is_feed_body(FEED)
    assert not is_feed_body("<h2>소개</h2>\n<p>손으로 쓴 HTML</p>\n")  # no anchor
    assert not is_feed_body('<h2 id="intro">소개</h2>\n<p>본문</p>\n')  # an anchor not made of its words
    assert not is_feed_body('# 제목\n\n<h2 id="소개">소개</h2>\n')  # Markdown first
    note, _ = read_note("notes/손실 함수.md", '<h1 id="intro">소개</h1>\n<p>$a<em>b</em>$</p>\n'.encode())
    assert note.title == "소개" and "$a<em>b</em>$" in note.body  # a page written in HTML, as written


def test_comment_lines_of_code_written_as_html_are_no_headings():
    # a feed's shell block: its `# 2. ...` lines are comments, not sections to count or move down a level
    body = (
        '<h1 id="1-재시작">1. 재시작</h1>\n'
        '<pre><code class="language-bash"># 1. 폴더로 이동\n\n# 2. 컨테이너 내리기\ndocker compose down\n'
        "설명\n---\n</code></pre>\n"
        '<h1 id="2-확인">2. 확인</h1>\n<p>끝</p>'
    )
    note, _ = read_note("notes/velog-posts/도커 재시작.md", body.encode())
    assert "\n# 2. 컨테이너 내리기\ndocker compose down\n설명\n---\n" in note.body
    assert "## 1. 재시작" in note.body and "## 2. 확인" in note.body
    note, problems = read_note("notes/도커.md", ("<pre><code># 주석 하나\n# 주석 둘\n</code></pre>\n\n# 제목\n본문\n").encode())
    assert note.title == "제목" and "# 주석 둘\n" in note.body  # no count of code's lines as the note's h1s


def test_a_feeds_headings_are_told_once_not_each():
    _, problems = read_note(PATH, FEED.encode())
    assert not [p for p in problems if p.what.startswith("HTML heading")]
    _, problems = read_note("notes/손실 함수.md", '<h2>소개</h2>\n<p>본문</p>\n'.encode())
    assert [p.what for p in problems if p.what.startswith("HTML heading")] == ["HTML heading <h2>"]


# an item's code the feed's renderer cut at its first blank line: the rest of the code as a heading (its
# comment) and paragraphs, the closing fence read as a new one holding the post's next lines as code
CUT = (
    '<h2 id="예시-코드">예시 코드</h2>\n'
    "<ul>\n"
    '<li>이상치 탐지:<pre><code class="language-python">import numpy as np\n'
    "</code></pre>\n"
    "</li>\n"
    "</ul>\n"
    '<h1 id="점수-계산">점수 계산</h1>\n'
    "<p>z = (x - x.mean()) / x.std()\nprint(z[z &gt; 3])</p>\n"
    "<pre><code>\n### 정리\n- 평균에서 멀리 떨어진 값\n\n```python\nprint(&quot;끝&quot;)</code></pre>\n"
    '<h2 id="참고">참고</h2>\n'
)
# the same cut, the closing fence left as the last paragraph's text
CUT_TEXT = (
    '<h2 id="힙">힙</h2>\n<ul>\n<li><pre><code class="language-python">import heapq\n</code></pre>\n</li>\n</ul>\n'
    "<p>heap = []</p>\n<p>#최대 힙\nheapq.heappush(heap, -3)```</p>\n"
)


def test_a_code_block_the_feed_cut_at_a_blank_line_is_whole_again():
    note, problems = read_note("notes/velog-posts/이상치 탐지.md", CUT.encode())
    assert (
        '<pre><code class="language-python">import numpy as np\n\n# 점수 계산\n'
        "z = (x - x.mean()) / x.std()\nprint(z[z &gt; 3])</code></pre>"
    ) in note.body
    assert "### 정리\n\n- 평균에서 멀리 떨어진 값\n\n```python\nprint(\"끝\")\n```" in note.body  # Markdown again
    assert "점수 계산" not in note.body.split("</code></pre>", 1)[1]  # no section made of the comment
    told = [p for p in problems if "cut at its first blank line" in p.what]
    assert [p.line for p in told] == [3] and known(told[0])
    note, _ = read_note("notes/velog-posts/힙.md", CUT_TEXT.encode())
    assert "import heapq\n\nheap = []\n\n#최대 힙\nheapq.heappush(heap, -3)</code></pre>" in note.body
    assert "```" not in note.body


def test_a_cut_block_whose_closing_fence_is_not_found_stays_as_the_feed_gave_it():
    body = CUT_TEXT.replace("```", "")
    note, problems = read_note("notes/velog-posts/힙.md", body.encode())
    assert "import heapq\n</code></pre>" in note.body and "<p>heap = []</p>" in note.body
    assert not [p for p in problems if "cut at its first blank line" in p.what]


def test_a_feeds_code_block_at_the_margin_is_a_fenced_block_an_items_stays_html():
    body = (
        '<h2 id="설치">설치</h2>\n'
        '<pre><code class="language-bash"># 1. 이미지 받기\ndocker pull img:main</code></pre>\n'
        '<pre><code class="language-plaintext">a &lt; b &amp;&amp; c</code></pre>\n'
        '<ul>\n<li>모델:<pre><code class="language-python">model.fit(X, y)</code></pre>\n</li>\n</ul>\n'
    )
    note, _ = read_note("notes/velog-posts/도커 설치.md", body.encode())
    assert "```bash\n# 1. 이미지 받기\ndocker pull img:main\n```" in note.body  # highlighted, as on Velog
    assert "```text\na < b && c\n```" in note.body
    assert '<li>모델:<pre><code class="language-python">model.fit(X, y)</code></pre>' in note.body


def test_a_first_heading_that_repeats_the_title_is_the_title_not_a_section():
    body = '<h1 id="rag-시스템-구조">RAG 시스템 구조</h1>\n<p>네 부분으로 나뉜다.</p>\n<h2 id="1-vector">1. Vector</h2>\n<p>벡터 DB</p>'
    note, _ = read_note("notes/velog-posts/RAG 시스템 구조.md", body.encode())
    assert note.title == "RAG 시스템 구조" and "RAG 시스템 구조" not in note.body
    assert "## 1. Vector" in note.body
