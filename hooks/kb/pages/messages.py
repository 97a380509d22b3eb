"""Problems in Korean for the 노트 상태 page (the build log stays English), each with its kind.

Every stage reports a `Problem` in English, for the log; this catalog says the same in Korean, keyed by
the English wording. `korean(problem)` gives (kind, what, done); a wording the catalog does not know is
shown as it is (tests/unit/test_messages.py checks that every problem the malformed corpus raises is known).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hooks.kb.posts.report import Problem

# kind -> its label; the order is the order of the counts on the page
KINDS = {
    "error": "처리 오류",
    "front": "머리말",
    "math": "수식",
    "image": "이미지",
    "link": "링크",
    "embed": "삽입",
    "liquid": "Liquid",
    "format": "본문 형식",
    "concept": "개념",
    "file": "파일",
}

# (kind, English `what`, Korean `what`): the English as a regex, its groups used in the Korean
_WHAT = [
    (
        "math",
        r"formula (?P<f>.*) cannot be typeset \((?P<why>.*)\)",
        "수식 {f}을(를) 조판할 수 없습니다 ({why})",
    ),
    (
        "math",
        r"formula (?P<f>.*) holds Korean words outside \\text\{\}: a '\$' may be missing",
        "수식 {f} 안에 \\text{{}} 밖의 한국어 낱말이 있습니다: '$' 하나가 빠졌을 수 있습니다",
    ),
    (
        "math",
        r"a '\$' opens no formula: (?P<f>.*)",
        "'$'로 여는 수식이 닫히지 않았습니다: {f}",
    ),
    ("image", r"image '(?P<u>.*)' not found under docs/", "이미지 '{u}'이(가) docs/ 아래에 없습니다"),
    (
        "image",
        r"a figure embedded as a 'data:' URL is no picture \(its base64 does not decode, or not to an image\)",
        "'data:' URL로 넣은 그림이 그림이 아닙니다 (base64가 풀리지 않거나 풀어도 이미지가 아닙니다)",
    ),
    (
        "image",
        r"image '(?P<u>.*)' could not be downloaded \((?P<why>.*)\)",
        "이미지 '{u}'을(를) 내려받지 못했습니다 ({why})",
    ),
    ("link", r"link '(?P<u>.*)' not found under docs/", "링크 '{u}'가 가리키는 파일이 docs/ 아래에 없습니다"),
    (
        "link",
        r"Obsidian link '(?P<l>.*)' to a note that is not here",
        "Obsidian 링크 '{l}'가 가리키는 노트가 여기에 없습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' is the blog's address of the note '(?P<n>.*)'",
        "링크 '{u}'는 노트 '{n}'의 원래 블로그 주소입니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' is an address on the note's blog that no note here had",
        "링크 '{u}'는 원래 블로그의 주소인데, 그 주소의 노트가 여기에 없습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' is the GitHub address of the note '(?P<n>.*)'",
        "링크 '{u}'는 노트 '{n}'의 GitHub 저장소 주소입니다",
    ),
    (
        "link",
        r"a link whose target is another link '(?P<l>.*)'",
        "링크의 주소 자리에 다른 링크 '{l}'가 있습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' leads to no page or file of this site",
        "링크 '{u}'가 이 사이트의 어떤 페이지나 파일로도 이어지지 않습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' is a path on the blog's own site, not on this one",
        "링크 '{u}'는 원래 블로그의 경로라 이 사이트에는 없습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' leads to a section '#(?P<a>.*)' that the page does not have",
        "링크 '{u}'가 가리키는 '#{a}' 부분이 그 페이지에 없습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' leads to a section that this page does not have",
        "링크 '{u}'가 가리키는 부분이 이 페이지에 없습니다",
    ),
    (
        "link",
        r"link '(?P<u>.*)' leads to a page that is not published",
        "링크 '{u}'가 게시하지 않는 페이지를 가리킵니다",
    ),
    ("link", r"another note already has the URL '(?P<u>.*)'", "다른 노트가 이미 주소 '{u}'를 씁니다"),
    (
        "liquid",
        r"notice '(?P<n>.*)' around a captured text",
        "캡처한 글을 감싼 notice '{n}'",
    ),
    (
        "liquid",
        r"Liquid tag '(?P<t>.*)' cites the blog's bibliography",
        "Liquid 태그 '{t}'는 블로그의 참고문헌(.bib)을 인용합니다",
    ),
    ("concept", r"'(?P<w>.*)' looks like a typo of '(?P<m>.*)'", "'{w}'은(는) '{m}'의 오타로 보입니다"),
    (
        "liquid",
        r"'(?P<t>.*)' names a post that is not among the notes",
        "'{t}'가 가리키는 글이 노트에 없습니다",
    ),
    (
        "liquid",
        r"Liquid variable '(?P<t>.*)' has no value here",
        "Liquid 변수 '{t}'는 이 사이트에서 값이 없습니다",
    ),
    (
        "liquid",
        r"Liquid tag '(?P<t>.*)' cannot run here",
        "Liquid 태그 '{t}'는 이 사이트에서 실행할 수 없습니다",
    ),
    (
        "liquid",
        r"'\{% include toc %\}' is Jekyll's table of contents",
        "'{{% include toc %}}'는 Jekyll의 목차입니다",
    ),
    ("file", r"file is not text \(binary content\)", "텍스트 파일이 아닙니다 (바이너리)"),
    (
        "file",
        r"file is encoded in CP949/EUC-KR, not UTF-8",
        "파일이 UTF-8이 아닌 CP949/EUC-KR로 저장되어 있습니다",
    ),
    ("file", r"bytes that are neither UTF-8 nor CP949", "UTF-8도 CP949도 아닌 바이트가 있습니다"),
    (
        "file",
        r"a file that can run scripts \(HTML, SVG or JavaScript\) is among the notes",
        "노트 폴더에 스크립트를 실행할 수 있는 파일(HTML, SVG, JavaScript)이 있습니다",
    ),
    ("front", r"front-matter block is never closed with '---'", "머리말이 '---'로 닫히지 않았습니다"),
    (
        "front",
        r"front-matter is a list, not 'key: value' lines",
        "머리말이 'key: value' 줄이 아니라 목록입니다",
    ),
    ("front", r"front-matter is not valid (?P<lang>YAML|TOML) \((?P<why>.*)\)", "머리말이 올바른 {lang}이 아닙니다 ({why})"),
    ("front", r"front-matter is a (?P<t>\w+), not a mapping of keys", "머리말이 키 목록이 아니라 {t}입니다"),
    (
        "front",
        r"front-matter key 'cover' sets a picture its blog hid on the post's page \('hidden'\)",
        "머리말 키 'cover'의 그림은 원래 블로그가 글 페이지에서 숨겼습니다 ('hidden')",
    ),
    (
        "front",
        r"front-matter key '(?P<k>.*)' is another spelling of '(?P<f>.*)', already set",
        "머리말 키 '{k}'는 '{f}'의 다른 표기인데, '{f}'가 이미 있습니다",
    ),
    ("front", r"front-matter key '(?P<k>.*)' is empty", "머리말 키 '{k}'에 값이 없습니다"),
    (
        "front",
        r"front-matter key '(?P<k>.*)' would change the page layout",
        "머리말 키 '{k}'는 페이지 배치를 바꿉니다",
    ),
    (
        "front",
        r"front-matter key '(?P<k>.*)' is private data \(location or app id\)",
        "머리말 키 '{k}'는 개인 정보(위치나 앱 ID)입니다",
    ),
    (
        "front",
        r"front-matter key '(?P<k>.*)' only sets how its blog shows the post",
        "머리말 키 '{k}'는 블로그에서 글 모양만 정합니다",
    ),
    (
        "front",
        r"front-matter key '(?P<k>.*)' is not used by this site",
        "머리말 키 '{k}'는 이 사이트에서 쓰지 않습니다",
    ),
    ("front", r"'(?P<k>.*)' means '(?P<f>.*)' here", "'{k}'은(는) 여기서 '{f}'을(를) 뜻합니다"),
    ("front", r"date '(?P<d>.*)' is not a valid date", "날짜 '{d}'가 올바른 날짜가 아닙니다"),
    (
        "front",
        r"no title in front-matter and no '# ' heading",
        "머리말에 제목이 없고 '# ' 제목 줄도 없습니다",
    ),
    (
        "front",
        r"no title in front-matter, and the first '# ' heading, '(?P<h>.*)', is a table of contents",
        "머리말에 제목이 없고, 첫 '# ' 제목 줄 '{h}'은(는) 목차의 제목입니다",
    ),
    ("front", r"no title in front-matter", "머리말에 제목이 없습니다"),
    ("front", r"other notes are titled '(?P<t>.*)' too", "다른 노트들도 제목이 '{t}'입니다"),
    ("front", r"title is a list, not text", "제목이 글이 아니라 목록입니다"),
    (
        "front",
        r"tag '(?P<o>.*)' differs only in case from '(?P<n>.*)', as most notes write it",
        "태그 '{o}'는 대부분의 노트가 쓰는 '{n}'과 대소문자만 다릅니다",
    ),
    (
        "front",
        r"category '(?P<o>.*)' differs only in case from '(?P<n>.*)', as most notes write it",
        "분류 '{o}'는 대부분의 노트가 쓰는 '{n}'과 대소문자만 다릅니다",
    ),
    ("format", r"a line of Obsidian tags '(?P<t>.*)'", "Obsidian 태그 줄 '{t}'"),
    ("format", r"a HackMD tags line", "HackMD 태그 줄"),
    ("format", r"a Tistory folded text \(더보기\)", "티스토리 접은글(더보기)"),
    ("format", r"'(?P<t>.*)' has no space after its '#'", "'{t}'의 '#' 뒤에 띄어쓰기가 없습니다"),
    ("format", r"a line of only '(?P<t>#+)' is a heading with no text", "'{t}'만 있는 줄은 글자 없는 제목입니다"),
    (
        "file",
        r"a file in the blog's posts whose name starts with '_', '\.' or '#' \(or ends with '~'\)",
        "블로그의 글 폴더에 있는, 이름이 '_', '.', '#'로 시작하는(또는 '~'로 끝나는) 파일",
    ),
    (
        "format",
        r"footnote '(?P<f>.*)' is defined (?P<n>\d+) times \(first at line (?P<l>\d+)\)",
        "각주 '{f}'가 {n}번 정의되어 있습니다 (처음은 {l}번째 줄)",
    ),
    ("format", r"kramdown '\{:toc\}' marker", "kramdown 목차 표시 '{{:toc}}'"),
    ("format", r"kramdown notice '(?P<n>.*)'", "kramdown 알림 상자 '{n}'"),
    (
        "image",
        r"kramdown attribute list '(?P<a>.*)' on an image is text on GitHub, which shows the image at its size",
        "이미지에 붙은 kramdown 속성 '{a}'은(는) GitHub에서 글자로 보이고, 이미지는 원래 크기로 보입니다",
    ),
    ("format", r"minimal-mistakes notice (?P<n><.*>)", "minimal-mistakes 알림 상자 {n}"),
    ("format", r"Chirpy prompt '(?P<n>.*)'", "Chirpy 알림 상자 '{n}'"),
    ("format", r"<(?P<t>\w+)> holding Markdown(?: after a blank line)?", "Markdown을 담은 <{t}>"),
    ("format", r"<p> never closed before the blank line that ends its HTML block", "빈 줄에서 끝나는 HTML 블록에서 닫지 않은 <p>"),
    ("format", r"a Slidev slide taken from '(?P<s>.*)'", "다른 파일 '{s}'에서 가져온 Slidev 슬라이드"),
    ("format", r"a Notion callout <aside>", "Notion 콜아웃 <aside>"),
    ("format", r"Notion page properties", "Notion 페이지 속성"),
    ("format", r"kramdown box '(?P<n>.*)'", "Hydejack 상자 '{n}'"),
    ("format", r"Just the Docs callout '(?P<n>.*)'", "Just the Docs 알림 상자 '{n}'"),
    ("format", r"callout '(?P<n>.*)'", "Obsidian·GitHub 알림 상자 '{n}'"),
    ("format", r"an Obsidian comment \(%%\.\.\.%%\)", "Obsidian 주석 (%%...%%)"),
    ("format", r"a Tistory image marker '(?P<n>.*)'", "티스토리 그림 표시 '{n}'"),
    ("format", r"'(?P<k>.*)' is the post's address on its blog", "'{k}'은(는) 블로그에서 이 글의 주소입니다"),
    ("format", r"a Velog backup's date line '(?P<d>.*)'", "Velog 백업의 날짜 줄 '{d}'"),
    (
        "format",
        r"a blog feed's HTML body \(a Velog RSS backup\): the post's title is not in it, its HTML headings are "
        r"its sections, with anchors and in the table of contents",
        "블로그 피드의 HTML 본문 (Velog RSS 백업): 글의 제목은 본문에 없고, HTML 제목 태그는 모두 글의 절로 링크와 목차에 나옵니다",
    ),
    ("format", r"a code block a blog feed's HTML cut at its first blank line", "블로그 피드의 HTML이 첫 빈 줄에서 끊은 코드 블록"),
    (
        "format",
        r"a formula as a blog feed's HTML gave it \(emphasis tags, entities, a line break's backslash\)",
        "블로그 피드의 HTML에 실린 수식 (기울임 태그, HTML 엔티티, 줄바꿈의 역슬래시)",
    ),
    ("format", r"html2text's '\[code\]' \.\.\. '\[/code\]' block", "html2text가 쓴 '[code]' ... '[/code]' 블록"),
    ("format", r"a box marker '(?P<n>.*)'", "상자 표시 '{n}' (Docusaurus·VuePress·GitBook·HackMD)"),
    ("format", r"a Quarto callout '(?P<n>.*)'", "Quarto 알림 상자 '{n}'"),
    ("format", r"a Docsify notice '(?P<n>.*)'", "Docsify 알림 문단 '{n}'"),
    ("link", r"Docsify route '(?P<r>.*)'", "Docsify 경로 '{r}'"),
    ("file", r"a Docsify site's own '(?P<f>.*)'", "Docsify 사이트의 '{f}' 파일"),
    ("embed", r"an MkDocs include '(?P<i>.*)'", "MkDocs 포함 표시 '{i}'"),
    ("format", r"docsify-tabs block of (?P<n>\d+) tabs?", "탭 {n}개로 된 docsify-tabs 블록"),
    ("embed", r"a Docsify ':include' embed", "Docsify ':include' 삽입"),
    ("format", r"VuePress' <(?P<t>\w+)> card", "VuePress 링크 카드 <{t}>"),
    ("format", r"'(?P<t>.*)' is no HTML element", "'{t}'은(는) HTML 요소가 아닙니다"),
    ("format", r"VuePress' ```component VPCard block", "VuePress 링크 카드 블록 ```component VPCard"),
    ("format", r"MyST directive '(?P<n>.*)' is not drawn here", "MyST 지시문 '{n}'은(는) 이 사이트에서 그리지 않습니다"),
    (
        "embed",
        r"a (?P<k>\w+) diagram is not drawn here \(an image of it would show\)",
        "{k} 다이어그램은 이 사이트에서 그리지 않습니다 (그림 파일로 넣으면 보입니다)",
    ),
    ("embed", r"an embed of another note '(?P<e>.*)'", "다른 노트 삽입 '{e}'"),
    (
        "image",
        r"image '(?P<u>.*)' is a signed link that expires \(Notion's or Tistory's file storage\)",
        "그림 '{u}'은(는) 시간이 지나면 끊기는 서명된 링크입니다 (Notion·티스토리 파일 저장소)",
    ),
    (
        "image",
        r"image '(?P<u>.*)' is a link to Notion's private file storage, which serves a file only to a signed link",
        "그림 '{u}'은(는) Notion의 비공개 파일 저장소 링크여서, 서명 없이는 파일을 내주지 않습니다",
    ),
    ("format", r"a note written by GitBook, its brackets escaped .*", "GitBook이 쓴 노트: 괄호가 '\\(', '\\['처럼 이스케이프되어 있습니다"),
    ("format", r"HTML heading <h(?P<l>\d)>", "HTML 제목 태그 <h{l}>"),
    (
        "math",
        r"'(?P<d>.*)' in a Jekyll post: kramdown's escaped bracket, not a formula delimiter",
        "Jekyll 글의 '{d}': kramdown에서는 이스케이프한 괄호이지 수식의 시작 표시가 아닙니다",
    ),
    ("format", r"kramdown table without a header line", "머리 줄 없는 kramdown 표"),
    (
        "format",
        r"kramdown table whose lines differ in cells \((?P<h>\d+) in its header, (?P<d>\d+) in the line under"
        r" it, (?P<n>\d+) in its widest row\)",
        "줄마다 칸 수가 다른 kramdown 표(머리 줄 {h}칸, 그 아래 구분 줄 {d}칸, 가장 넓은 행 {n}칸)",
    ),
    (
        "file",
        r"(?P<n>\d+) files? of the blog's Jekyll setup \((?P<w>.*)\)",
        "블로그의 Jekyll 설정 파일 {n}개 ({w})",
    ),
    (
        "error",
        r"quoting the note on '(?P<p>.*)' failed \((?P<reason>.*)\)",
        "개념 페이지 '{p}'에 노트의 이 부분을 싣는 중 오류가 났습니다 ({reason})",
    ),
    (
        "file",
        r"(?P<n>\d+) posts? in a Jekyll '_posts/' folder outside docs/notes/",
        "docs/notes/ 밖의 Jekyll '_posts/' 폴더에 글 {n}개",
    ),
    ("format", r"kramdown attribute list after a formula", "수식 뒤의 kramdown 속성 목록"),
    ("format", r"kramdown attribute list '(?P<a>.*)' before a block", "블록 앞의 kramdown 속성 목록 '{a}'"),
    ("format", r"kramdown attribute list '(?P<a>.*)' under a table", "표 아래의 kramdown 속성 목록 '{a}'"),
    ("format", r"kramdown attribute list '(?P<a>.*)' under a quote", "인용 아래의 kramdown 속성 목록 '{a}'"),
    ("embed", r"a GitHub Gist embedded with <script> \('(?P<u>.*)'\)", "<script>로 넣은 GitHub Gist ('{u}')"),
    ("embed", r"an <iframe> embedding '(?P<u>.*)'", "<iframe>으로 넣은 '{u}'"),
    ("embed", r"an <iframe> with no source", "주소가 없는 <iframe>"),
    ("embed", r"a Velog embed '(?P<t>.*)'", "Velog 삽입 '{t}'"),
    ("embed", r"GitBook block '(?P<t>.*)' names nothing", "GitBook 블록 '{t}'에 주소가 없습니다"),
    ("embed", r"an <iframe> of '(?P<u>.*)'", "'{u}'를 띄우는 <iframe>"),
    ("embed", r"a <script> from '(?P<u>.*)' \(MathJax or KaTeX\)", "'{u}'에서 불러오는 <script> (MathJax, KaTeX)"),
    ("embed", r"an inline <script> \(MathJax or KaTeX\)", "본문에 쓴 <script> (MathJax, KaTeX)"),
    ("embed", r"a <script> from '(?P<u>.*)'", "'{u}'에서 불러오는 <script>"),
    ("embed", r"an inline <script>", "본문에 쓴 <script>"),
    ("embed", r"MDX line '(?P<t>.*)' loads the blog's code", "MDX 줄 '{t}'는 블로그의 코드를 불러옵니다"),
    ("embed", r"MDX component '(?P<t>.*)' is drawn by the blog's code", "MDX 컴포넌트 '{t}'는 블로그의 코드가 그립니다"),
    ("liquid", r"Liquid tag '(?P<t>.*)' embeds a video", "Liquid 태그 '{t}'가 동영상을 넣습니다"),
    ("liquid", r"Liquid tag '(?P<t>.*)' embeds a media file", "Liquid 태그 '{t}'가 동영상이나 소리 파일을 넣습니다"),
    ("liquid", r"Liquid tag '(?P<t>.*)' embeds a page", "Liquid 태그 '{t}'가 웹 페이지를 넣습니다"),
    ("liquid", r"Hugo shortcode '(?P<t>.*)' is not drawn here", "Hugo 단축 코드 '{t}'는 이 사이트에서 그리지 않습니다"),
    (
        "format",
        r"heading levels skip \(an h2 then an h4, or a first heading below h2\)",
        "제목 단계를 건너뜁니다 (## 다음에 ####, 또는 ###부터 시작)",
    ),
    ("format", r"a ': ' definition line with no term before it", "용어 없이 ': '로 시작하는 정의 줄"),
    (
        "format",
        r"a line starting with ': ' under a line of text \(a definition list in kramdown\)",
        "글 줄 아래에 ': '로 시작하는 줄 (kramdown에서는 정의 목록)",
    ),
    (
        "file",
        r"readme2tex's output of '(?P<s>.*)' beside it: the same note, its formulas drawn as SVG images",
        "옆의 '{s}'에서 readme2tex가 만든 파일: 같은 노트에서 수식만 SVG 그림으로 바꾼 것입니다",
    ),
    ("format", r"a list nested more than (?P<n>\d+) levels deep", "목록이 {n}단보다 깊게 중첩되어 있습니다"),
    ("format", r"a pandoc div '(?P<n>.*)'", "pandoc 구역 '{n}' (Quarto)"),
    ("format", r"a <head> block of styles for its blog's theme", "블로그 테마를 꾸미는 <head> 스타일 블록"),
    (
        "format",
        r"a cell's output is drawn by JavaScript \(an interactive chart or widget\)",
        "셀의 출력이 자바스크립트로 그려집니다 (대화형 차트나 위젯)",
    ),
    ("file", r"notebook is not valid JSON \((?P<e>.*)\)", "노트북이 올바른 JSON이 아닙니다 ({e})"),
    (
        "file",
        r"notebook of format (?P<v>.*) has no cells list \(nbformat 4\)",
        "{v} 형식의 노트북이라 셀 목록이 없습니다 (nbformat 4)",
    ),
    ("front", r"the post is private on its blog \((?P<kv>.*)\)", "블로그에서 비공개 글입니다 ({kv})"),
    ("front", r"the post is protected on its blog \((?P<kv>.*)\)", "블로그에서 보호(비밀번호로만 보는) 글입니다 ({kv})"),
    ("format", r"Logseq page property '(?P<p>.*)'", "Logseq 페이지 속성 '{p}'"),
    ("embed", r"Logseq embed '(?P<e>.*)'", "Logseq 삽입 '{e}'"),
    ("embed", r"Logseq macro '(?P<m>.*)'", "Logseq 매크로 '{m}'"),
    (
        "link",
        r"Logseq block reference '(?P<r>.*)' to a block that is not here",
        "Logseq 블록 참조 '{r}'가 가리키는 블록이 여기에 없습니다",
    ),
    ("file", r"(?P<n>\d+) files? Logseq keeps as copies of the graph's pages", "Logseq가 페이지의 사본으로 두는 파일 {n}개"),
]
# Last: any step that failed on a note (hooks/guard.py), its name from _STAGES.
_WHAT.append(("error", r"(?P<stage>.+) failed \((?P<reason>.*)\)", "노트를 {stage} 중 오류가 났습니다 ({reason})"))

_DONE = [
    (r"shown as its source", "원문 그대로 보여 줍니다"),
    (
        r"not published, as a draft; set (?P<kv>.*) to publish it",
        "초안처럼 싣지 않았습니다. 실으려면 {kv}(으)로 고치세요",
    ),
    (r"shown as the code block it was", "원래의 코드 블록으로 보여 줍니다"),
    (r"links to it lead to its page here", "그 주소로 건 링크는 이 사이트의 이 노트 페이지로 이어집니다"),
    (r"read as the note's date", "노트의 날짜로 읽었습니다"),
    (r"shown whole, as the blog showed it", "블로그에서처럼 한 블록으로 보여 줍니다"),
    (r"read as its author wrote it, as the blog showed it", "글쓴이가 쓴 대로, 블로그가 보여 준 대로 읽었습니다"),
    (r"shown as its link and description", "카드의 링크와 설명으로 보여 줍니다"),
    (r"shown as text", "글자 그대로 보여 줍니다"),
    (r"not shown: only its settings are in this file", "보여 주지 않습니다: 이 파일에는 설정만 있습니다"),
    (r"shown as a box, its Markdown rendered", "상자로, 그 안의 Markdown을 그려 보여 줍니다"),
    (r"shown one per line, as Notion shows them", "Notion처럼 한 줄에 하나씩 보여 줍니다"),
    (r"its Markdown is rendered inside it, as on GitHub", "GitHub처럼 그 안의 Markdown을 그려 보여 줍니다"),
    (
        r"closed there, as GitHub and the browser close it: the lines after it are read as Markdown",
        "GitHub과 브라우저처럼 그 빈 줄에서 닫아, 뒤의 줄들을 Markdown으로 읽습니다",
    ),
    (r"its Markdown is rendered inside it, as on the blog", "블로그처럼 그 안의 Markdown을 그려 보여 줍니다"),
    (r"typeset as written, paired as MathJax pairs it", "MathJax가 짝짓는 대로, 쓴 그대로 조판했습니다"),
    (
        r"shown as written, as MathJax and GitHub show it: its closing '\$' may be missing",
        "MathJax와 GitHub처럼 쓴 그대로 보입니다: 닫는 '$'가 빠졌을 수 있습니다",
    ),
    (r"shown as a placeholder with its alt text", "대체 텍스트가 있는 자리 표시로 보여 줍니다"),
    (r"shown from its host", "원래 호스트에서 불러와 보여 줍니다"),
    (r"left as written; it leads nowhere here", "쓴 그대로 두었지만 이 사이트에서는 이어지는 곳이 없습니다"),
    (r"left as written", "쓴 그대로 두었습니다"),
    (r"linked to its page here", "이 사이트의 그 노트 페이지로 이었습니다"),
    (r"its keys are shown", "인용 키를 보여 줍니다"),
    (r"removed: nothing of a note runs", "지웠습니다: 노트의 코드는 실행하지 않습니다"),
    (r"linked to '(?P<u>.*)'", "'{u}'(으)로 이었습니다"),
    (r"read as the concept '(?P<c>.*)'", "'{c}' 개념으로 읽었습니다"),
    (r"this one is at '(?P<u>.*)'", "이 노트는 '{u}'에 있습니다"),
    (r"kept as plain text", "링크 없이 글자로만 남겼습니다"),
    (r"shown as its text '(?P<t>.*)'", "'{t}' 글자로 보여 줍니다"),
    (r"removed", "지웠습니다"),
    (r"its markers removed, its text kept", "표시만 지우고 안의 글은 남겼습니다"),
    (r"removed: nothing from a note runs on the site", "지웠습니다: 노트의 어떤 코드도 사이트에서 실행하지 않습니다"),
    (r"removed: the site typesets formulas itself", "지웠습니다: 수식은 사이트가 직접 조판합니다"),
    (r"a link to the gist is shown instead", "대신 그 Gist로 가는 링크를 보여 줍니다"),
    (r"a link to what it showed is shown instead", "대신 그 내용으로 가는 링크를 보여 줍니다"),
    (r"a link to the video is shown instead", "대신 그 동영상으로 가는 링크를 보여 줍니다"),
    (r"shown as its player, as on the blog", "블로그처럼 재생기로 보여 줍니다"),
    (r"a link to the page is shown instead", "대신 그 페이지로 가는 링크를 보여 줍니다"),
    (r"removed: the site lays formulas out itself", "지웠습니다: 수식의 배치는 사이트가 정합니다"),
    (r"removed: the site styles the block itself", "지웠습니다: 블록의 모양은 사이트가 정합니다"),
    (r"removed: the site lays tables out itself", "지웠습니다: 표의 배치는 사이트가 정합니다"),
    (r"removed: the site styles the quote itself", "지웠습니다: 인용의 모양은 사이트가 정합니다"),
    (r"shown as the note's table of contents there, as on the blog", "블로그처럼 그 자리에 노트의 목차를 보여 줍니다"),
    (r"skipped: no page made", "건너뛰었습니다: 페이지를 만들지 않습니다"),
    (
        r"skipped: no page made; open and save it in Jupyter to update it",
        "건너뛰었습니다: 페이지를 만들지 않습니다. Jupyter에서 열어 저장하면 새 형식이 됩니다",
    ),
    (r"shown as its content", "내용만 보여 줍니다"),
    (r"not shown, as its site does not show it", "그 사이트도 보여 주지 않으므로 보여 주지 않습니다"),
    (r"not shown: this site draws its own tables and code", "보여 주지 않습니다: 이 사이트는 표와 코드를 직접 그립니다"),
    (
        r"shown as its image or text; nothing of a note runs on the site",
        "그림이나 글자로 보여 줍니다. 노트의 어떤 것도 사이트에서 실행되지 않습니다",
    ),
    (
        r"decoded as CP949; save it as UTF-8 to silence this",
        "CP949로 읽었습니다. UTF-8로 저장하면 이 안내가 사라집니다",
    ),
    (r"replaced with '\ufffd'", "'\ufffd'로 바꾸었습니다"),
    (
        r"not published; .*",
        "게시하지 않았습니다. mkdocs.yml에 `extra: notes: publish_html: true`를 쓰면 그대로 게시합니다",
    ),
    (
        r"lines 2-(?P<n>\d+) read as front-matter, the rest as text",
        "2~{n}행을 머리말로, 나머지를 본문으로 읽었습니다",
    ),
    (r"kept as text in the page", "본문의 글로 남겼습니다"),
    (
        r"read line by line, unparsable values kept as text",
        "한 줄씩 읽고, 읽을 수 없는 값은 글자 그대로 두었습니다",
    ),
    (r"front-matter ignored", "머리말을 무시했습니다"),
    (r"ignored", "무시했습니다"),
    (r"ignored, this site draws its own page", "무시했습니다. 페이지 모양은 이 사이트가 그립니다"),
    (r"dropped", "버렸습니다"),
    (r"dropped, never published", "버렸습니다. 게시하지 않습니다"),
    (r"read as (?P<f>\w+)", "{f}(으)로 읽었습니다"),
    (r"read as '(?P<t>.*)'", "'{t}'(으)로 읽었습니다"),
    (r"date taken from the file name or title, if any", "파일 이름이나 제목에 날짜가 있으면 그것을 씁니다"),
    (r"the first '# ' heading is the title", "첫 '# ' 제목 줄을 제목으로 씁니다"),
    (r"titled '(?P<t>.*)' by the heading its text opens with", "본문 첫 제목 줄을 붙여 '{t}'(으)로 씁니다"),
    (
        r"the first of (?P<n>\d+) '# ' headings is the title, the others its sections",
        "'# ' 제목 줄 {n}개 중 첫 줄을 제목으로, 나머지를 그 아래 절로 씁니다",
    ),
    (r"the first heading, a line over '===', is the title", "'===' 위의 첫 제목 줄을 제목으로 씁니다"),
    (r"read as the note's tags, not as a heading", "제목이 아니라 노트의 태그로 읽었습니다"),
    (r"read as the note's tags: (?P<t>.*)", "노트의 태그로 읽었습니다: {t}"),
    (
        r"each reference shows the note written after it, where the blog showed one of them for all",
        "각 참조가 그 뒤에 쓴 각주를 보여 줍니다 (블로그는 모든 참조에 그중 하나만 보여 주었습니다)",
    ),
    (
        r"shown as text, as GitHub, Jekyll and Obsidian show it \(a heading needs a space after '#'\)",
        "GitHub, Jekyll, Obsidian처럼 글로 보여 줍니다 (제목이 되려면 '#' 뒤에 띄어쓰기가 있어야 합니다)",
    ),
    (r"the file name is the title: '(?P<t>.*)'", "파일 이름을 제목으로 씁니다: '{t}'"),
    (r"shown as text, as kramdown showed it", "kramdown처럼 글로 보여 줍니다"),
    (r"left out: an empty heading shows nothing", "뺐습니다: 글자 없는 제목은 아무것도 보여 주지 않습니다"),
    (r"left as a link to the blog", "원래 블로그로 가는 링크로 두었습니다"),
    (r"led to that address on the blog", "원래 블로그의 그 주소로 이었습니다"),
    (r"not shown here either", "여기서도 보여 주지 않습니다"),
    (r"not published, as Jekyll published no such file", "Jekyll처럼 사이트에 올리지 않았습니다"),
    (r"shown as '(?P<t>.*)'", "'{t}'(으)로 보여 줍니다"),
    (r"shown as a '(?P<k>\w+)' box", "'{k}' 상자로 보여 줍니다"),
    (
        r"shown as text, as on GitHub; an img tag's width sizes an image there and here",
        "GitHub에서처럼 글자로 두었습니다. 크기는 img 태그의 width로 정하면 GitHub와 이 사이트 모두에 적용됩니다",
    ),
    (r"shown as a box of its kind", "그 종류의 상자로 보여 줍니다"),
    (r"shown folded", "접힌 상자로 보여 줍니다"),
    (r"shown as content tabs, as on its site", "원래 사이트처럼 내용 탭으로 보여 줍니다"),
    (
        r"shown as written: the file it put in the page is not read here; paste its text into the note",
        "적힌 그대로 둡니다: 이 표시가 페이지에 넣던 파일은 여기서 읽지 않으니 그 내용을 노트에 붙여 넣으세요",
    ),
    (r"shown as a link to the file it embedded", "삽입하던 파일로 가는 링크로 보여 줍니다"),
    (
        r"shown as the brackets, as GitBook shows them, not as formula delimiters",
        "GitBook처럼 괄호로 보여 줍니다 (수식의 시작·끝 표시가 아닙니다)",
    ),
    (r"shown as the brackets around text, as the blog showed it", "블로그처럼 괄호와 글로 보여 줍니다"),
    (r"shown as a table of (?P<n>\d+) rows?, as on the blog", "블로그처럼 {n}줄짜리 표로 보여 줍니다"),
    (r"shown as a table of (?P<n>\d+) columns, as on the blog", "블로그처럼 {n}칸짜리 표로 보여 줍니다"),
    (
        r"not published, as Jekyll publishes none of them \(a _config\.yml may hold keys\)",
        "Jekyll처럼 사이트에 올리지 않았습니다 (_config.yml에는 키가 들어 있을 수 있습니다)",
    ),
    (
        r"published as plain pages, not read as notes \(no front-matter repair, concept pages or status\); "
        r"move the folder, or the whole blog, under docs/notes/",
        "노트가 아닌 일반 페이지로 올렸습니다 (머리말 정리, 개념 페이지, 노트 상태 없음). "
        "폴더를, 또는 블로그 전체를 docs/notes/ 아래로 옮기세요",
    ),
    (r"shown as its image from blog\.kakaocdn\.net", "blog.kakaocdn.net의 그림으로 보여 줍니다"),
    (r"shown as its (?P<n>\d+) images from blog\.kakaocdn\.net", "blog.kakaocdn.net의 그림 {n}개로 보여 줍니다"),
    (r"hidden, as Obsidian hides it", "Obsidian처럼 숨겼습니다"),
    (
        r"shown as the text of '(?P<n>.*)' in a box, as Obsidian shows it",
        "'{n}'의 글을 Obsidian처럼 상자 안에 보여 줍니다",
    ),
    (
        r"shown from there, as on the blog; once expired it shows nothing: download the image next to the note",
        "블로그처럼 그 주소에서 불러옵니다. 기한이 지나면 보이지 않으니 그림을 내려받아 노트 옆에 두세요",
    ),
    (
        r"shown from there, as on the blog, where it shows nothing either: download the image next to the note",
        "블로그처럼 그 주소에서 불러오지만, 블로그에서도 보이지 않습니다. 그림을 내려받아 노트 옆에 두세요",
    ),
    (
        r"written as a Markdown heading, so it has an anchor and a TOC entry",
        "Markdown 제목으로 바꾸어 링크와 목차에 나옵니다",
    ),
    (r"shown as a paragraph starting with ':'", "':'로 시작하는 문단으로 보여 줍니다"),
    (
        r"shown as text, as GitHub and Obsidian show it: definition lists are a Jekyll or Hugo blog's",
        "GitHub, Obsidian처럼 글자 그대로 보여 줍니다: 정의 목록은 Jekyll, Hugo 블로그의 문법입니다",
    ),
    (
        r"left out; the note's page is '(?P<s>.*)', its formulas typeset from the TeX, and links to this file lead there",
        "페이지로 만들지 않았습니다: 이 노트의 페이지는 '{s}'의 것으로, 수식을 TeX에서 직접 조판합니다. 이 파일로 가는 링크도 그 페이지로 이어집니다",
    ),
    (
        r"each heading is shown one level below the heading it sits under",
        "각 제목을 바로 위 제목의 한 단계 아래로 보여 줍니다",
    ),
    (
        r"items deeper than (?P<n>\d+) levels are shown at level (?P=n)",
        "{n}단보다 깊은 항목은 {n}단에 보여 줍니다",
    ),
    (r"the page shows the note's text as written", "페이지에 노트 원문을 그대로 보여 줍니다"),
    (r"the note is listed on no concept page", "어느 개념 페이지에도 싣지 않았습니다"),
    (
        r"the concept page links to this part of the note instead of showing it",
        "개념 페이지에는 이 부분 대신 노트로 가는 링크를 두었습니다",
    ),
    (r"not shown: no field of the site", "보여 주지 않습니다: 이 사이트에 해당하는 항목이 없습니다"),
    (r"shown as a link to the embedded page", "삽입한 페이지로 가는 링크로 보여 줍니다"),
    (r"left out: Logseq computes it in the app", "뺐습니다: Logseq 앱 안에서 계산하는 내용입니다"),
    (r"not published: the pages themselves are", "올리지 않았습니다: 페이지 자체는 올렸습니다"),
]
_STAGES = {
    "reading the note": "읽는",
    "rendering the note": "페이지로 만드는",
    "the formulas step": "수식을 처리하는",
    "typesetting the formulas": "수식을 조판하는",
    "the links step": "개념 링크를 넣는",
    "sanitizing": "안전하게 정리하는",
    "the share summary": "미리보기 요약을 만드는",
    "resolving the note's links": "링크를 정리하는",
    "finding the note's concepts": "개념을 찾는",
}
_WHAT_RE = [(kind, re.compile(rf"^{pattern}$", re.S), ko) for kind, pattern, ko in _WHAT]
_DONE_RE = [(re.compile(rf"^{pattern}$", re.S), ko) for pattern, ko in _DONE]


def korean(problem: Problem) -> tuple[str, str, str]:
    """(kind, what, done) in Korean; the English kept where the catalog does not know the wording."""
    return _korean(problem.what, problem.done)


@lru_cache(maxsize=65536)  # the status page says every problem again at each `mkdocs serve` rebuild
def _korean(what_en: str, done_en: str) -> tuple[str, str, str]:
    kind, what = "format", what_en
    for found_kind, pattern, ko in _WHAT_RE:
        m = pattern.match(what_en)
        if m:
            groups = {k: _STAGES.get(v, v) for k, v in m.groupdict().items()}
            kind, what = found_kind, ko.format(**groups)
            break
    done = done_en
    for pattern, ko in _DONE_RE:
        m = pattern.match(done_en)
        if m:
            done = ko.format(**m.groupdict())
            break
    return kind, what, done


def known(problem: Problem) -> bool:
    """Whether the catalog says both parts of `problem` in Korean."""
    return any(p.match(problem.what) for _, p, _ in _WHAT_RE) and any(
        p.match(problem.done) for p, _ in _DONE_RE
    )
