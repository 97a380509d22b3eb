"""A raw `<pre>` block in a note (a shell session pasted as HTML) shows exactly as written: its bash comments are
no headings, its `#tags`, `[[links]]`, `%%comments%%`, list-like lines and `$...$` no markup, and the note's own
headings keep their levels; strict build. The note is written here in that shape; it is no real post."""

from __future__ import annotations

import re

import pytest

from tests.helpers.sitebuild import build_site_with, reader_text

NOTE = """# 개발 환경 정리

서버에 접속해서 가상환경을 만든 기록.

<pre>
# 참고: 가상환경부터 만든다
python -m venv .venv

# 참고: 캐시는 따로 지운다
#pip 캐시 지우기
   ### 들여쓴 주석
#딥러닝 #설치
echo $HOME 과 $PATH, [[설정 파일]] %%메모%%
  - 첫째 줄
      - 둘째 줄
</pre>

## 다음 단계

GPU를 확인한다.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site_with(tmp_path_factory.mktemp("raw-pre"), {"notes/setup.md": NOTE})


def test_a_raw_pre_block_shows_as_written(built):
    article = built.article("notes/개발-환경-정리/")
    pre = re.search(r"<pre>(.*?)</pre>", article, re.S)
    assert pre, article
    shown = reader_text(pre.group(1))
    for line in NOTE.split("<pre>\n", 1)[1].split("</pre>", 1)[0].splitlines():
        assert line in shown.splitlines(), line
    assert "<math" not in pre.group(1)
    headings = [reader_text(h).rstrip("¶") for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", article, re.S)]
    assert headings == ["개발 환경 정리", "다음 단계"]
    assert re.search(r'<h2 id="다음-단계">', article)
    assert "딥러닝" not in built.html("tags/")
