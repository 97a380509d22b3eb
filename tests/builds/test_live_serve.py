"""`make serve` while an author works: every page served after an edit, a new note, a renamed or a deleted
note is the page a fresh build makes, byte for byte (hooks/serve.py); so is every page of `make serve`
started again, which takes each page's HTML from the build cache where nothing it shows changed.

A real `mkdocs serve --dirty` process, as `make serve` starts it, on a small docs tree in a temporary
folder; each change is written to the tree as an editor writes it, and once the server has rebuilt, every
file of a fresh build of the same tree (in another process, from a copy of the tree: no build cache) is
fetched from the server and compared, and
every file an earlier build had that the fresh one has not must be "not found". Stopped while the search
index of its last build is still being written, the server leaves nothing in its temporary folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.helpers.sitebuild import EXAMPLE_NAMES, ROOT, example_registry, site_pages, write_tree
from tests.helpers.sitediff import differences, site_files

# Ctrl-C reaches `mkdocs serve` in a terminal as KeyboardInterrupt; a test run started in the background by
# a shell without job control (`make test &`) passes SIGINT on ignored, and Python then keeps it ignored:
# the server would never stop, nor remove its temporary files.
_SERVE = """
import json, logging, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from mkdocs.commands.serve import serve
logging.basicConfig(level=logging.INFO, format="%(levelname)s - %(message)s")  # as `mkdocs serve` logs
config_file, docs_dir, dev_addr, names = sys.argv[1:5]
serve(config_file, livereload=True, build_type="dirty", docs_dir=docs_dir, dev_addr=dev_addr, **json.loads(names))
"""
_FRESH = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from tests.helpers.sitebuild import build_docs
build_docs(Path(sys.argv[1]), Path(sys.argv[2]), strict=False)
"""
_LIVERELOAD = re.compile(rb"<script>(?:(?!</script>).)*</script>(?=</body>)", re.S)  # put in by the server

LSTM = "---\ntitle: LSTM 정리\ntags: [RNN, 딥러닝]\ncategories: [DL]\ndate: 2023-01-02\n---\n"
LSTM += "## LSTM\n\nLSTM은 게이트로 기억을 조절한다. [다음 글](later/gan.md)을 보자.\n\n"
LSTM += (
    '<p align="center"><a href="later/gan.md">GAN 노트</a></p>\n'  # raw HTML: links resolved after Markdown
)
RNN = "---\ntitle: RNN 복습\ntags: [RNN]\ndate: 2023-01-03\n---\n## RNN\n\nRNN은 순환한다.\n\n## LSTM\n\nLSTM은 RNN의 하나.\n"
CNN = "---\ntitle: CNN 노트\ntags: [CNN]\ndate: 2023-02-01\n---\n## CNN\n\nCNN은 필터를 민다.\n"
GAN = "---\ntitle: 새 노트\ntags: [Python]\ndate: 2023-03-01\n---\n## GAN\n\nGAN은 생성자와 판별자로 이루어진다.\n"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Server:
    def __init__(self, docs: Path, log: Path, temp: Path, port: int | None = None):
        self.port = port or _free_port()
        self.base = f"http://127.0.0.1:{self.port}/"
        self.log = log
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp)}  # its site, staging
        names = json.dumps(EXAMPLE_NAMES)  # named as the fresh builds it is compared with
        args = [sys.executable, "-c", _SERVE, str(ROOT / "mkdocs.yml"), str(docs), f"127.0.0.1:{self.port}", names]
        self._out = log.open("wb")
        self.process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=self._out, stderr=subprocess.STDOUT)

    def builds(self) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count("Documentation built in")

    def wait_for_build(self, done_before: int, timeout: float = 120, settle: float = 0.3) -> None:
        deadline = time.monotonic() + timeout
        while self.builds() <= done_before:
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"mkdocs serve did not rebuild:\n{self.log.read_text(encoding='utf-8')[-3000:]}")
            time.sleep(0.05)
        time.sleep(settle)  # the server answers once the build has returned

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.base + quote(path), timeout=30) as response:
                return response.status, _LIVERELOAD.sub(b"", response.read())
        except urllib.error.HTTPError as error:
            return error.code, b""

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)  # as Ctrl-C
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._out.close()


def _fresh_build(docs: Path, site: Path, site_url: str) -> None:
    """A build of a copy of `docs`, so that nothing comes from the build cache the server keeps beside it."""
    source = site.parent / f"{site.name}-source" / "docs"
    shutil.copytree(docs, source)
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-c", _FRESH, str(source), str(site), str(ROOT)], env=env, check=True)


def _served_as_fresh(server: _Server, docs: Path, fresh: Path, what: str) -> set[str]:
    """Every file of a fresh build of `docs`, served the same; the fresh build's files."""
    _fresh_build(docs, fresh, server.base)
    served = {}
    for file in site_files(fresh):
        status, body = server.get(file)
        assert status == 200, f"{what}: {file} is not served"
        served[file] = body
    assert differences(fresh, served) == [], what
    return set(site_files(fresh))


def test_every_page_served_after_edits_new_and_deleted_notes_is_the_fresh_build(tmp_path):
    concepts = example_registry()
    notes = {"notes/lstm.md": LSTM, "notes/rnn.md": RNN, "notes/cnn.md": CNN}
    docs = write_tree(tmp_path / "docs", {**site_pages(), "concepts.yml": concepts, **notes})
    temp = tmp_path / "server-temp"
    temp.mkdir()
    server = _Server(docs, tmp_path / "serve.log", temp)
    gone: set[str] = set()  # files an earlier build had and the last one has not: each must be "not found"
    try:
        server.wait_for_build(0, timeout=300)
        changes = [
            ("a note edited: it now covers LSTM too", "notes/cnn.md", CNN + "\n## LSTM\n\nLSTM도 써 봤다.\n"),
            (
                "docs/concepts.yml edited: a concept's Korean name and summary",
                "concepts.yml",
                concepts.replace("ko: 장단기 메모리\n", "ko: 장단기 기억\n").replace(
                    "cell state와 forget", "셀 상태와 forget"
                ),
            ),
            ("a new note, with a new tag, that another note already links to", "notes/later/gan.md", GAN),
            ("a note retitled: its URL moves", "notes/rnn.md", RNN.replace("RNN 복습", "RNN 다시 보기")),
            (
                "a linked note retitled: the link follows it",
                "notes/later/gan.md",
                GAN.replace("새 노트", "GAN 정리"),
            ),
            ("a note deleted", "notes/lstm.md", None),
            ("the home page's title changed: every page's navigation", "index.md", None),
        ]
        for number, (what, path, text) in enumerate(changes):
            built = server.builds()
            seen_before = set(site_files(tmp_path / f"fresh-{number - 1}")) if number else set()
            if path == "index.md":
                text = (
                    (docs / path)
                    .read_text(encoding="utf-8")
                    .replace("# AI 스터디 노트", "# 우리 스터디 노트")
                )
            if text is None:
                (docs / path).unlink()
            else:
                (docs / path).parent.mkdir(parents=True, exist_ok=True)
                (docs / path).write_text(text, encoding="utf-8")
            server.wait_for_build(built)
            now = _served_as_fresh(server, docs, tmp_path / f"fresh-{number}", what)
            # A file may come back: Pagefind names a page's fragment by its content, and the status page
            # of three notes after one is deleted is the first build's again.
            gone = (gone | (seen_before - now)) - now
            assert [page for page in sorted(gone) if server.get(page)[0] != 404] == [], what
        # `make serve` stopped, a note edited meanwhile, and started again on the same address: most pages
        # are taken from the build cache, the edited note and what shows it are made again.
        server.stop()
        (docs / "notes/cnn.md").write_text(CNN + "\n## GAN\n\nGAN도 써 봤다.\n", encoding="utf-8")
        server = _Server(docs, tmp_path / "serve-again.log", temp, port=server.port)
        server.wait_for_build(0, timeout=300)
        _served_as_fresh(server, docs, tmp_path / "fresh-restarted", "make serve started again")
        built = server.builds()
        (docs / "notes/cnn.md").write_text(CNN, encoding="utf-8")
        server.wait_for_build(built, settle=0)  # then stopped while Pagefind writes the index beside it
    finally:
        server.stop()
    assert [path.name for path in temp.iterdir()] == [], "the server left files in its temporary folder"
    assert {"notes/2023-01-02-lstm-정리/index.html", "notes/2023-01-03-rnn-복습/index.html"} <= gone
    assert "notes/2023-03-01-새-노트/index.html" in gone
