"""Material's templates compiled once: a new process (`make serve` started again, a build) reads them
from `.cache/jinja/` beside the docs folder, and a file there that Jinja cannot use is compiled again."""

from __future__ import annotations

import sys

import jinja2

from tests.helpers.sitebuild import build_docs, site_pages, write_tree
from tests.helpers.sitediff import differences

NOTE = "---\ntitle: 노트\n---\n## LSTM\n\nLSTM은 게이트로 기억을 조절한다.\n"


def _in_memory_forgotten() -> None:
    """As a new process: the hook as MkDocs loaded it (if it did yet in this process) holds nothing."""
    hook = sys.modules.get("hooks/serve.py")
    if hook is not None:
        hook._KEPT._code.clear()


def test_a_new_process_compiles_no_template_and_a_damaged_one_is_compiled_again(tmp_path, monkeypatch):
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/a.md": NOTE})
    _in_memory_forgotten()
    first = build_docs(docs, tmp_path / "first", strict=False)
    kept = list((tmp_path / ".cache" / "jinja" / jinja2.__version__).iterdir())
    assert len(kept) > 20  # Material's base, partials, our overrides

    compiled: list[str] = []
    real_compile = jinja2.Environment.compile

    def counted(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return real_compile(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    _in_memory_forgotten()
    second = build_docs(docs, tmp_path / "second", strict=False)
    assert [name for name in compiled if name and name.endswith(".html")] == [], compiled
    assert differences(first.site_dir, second.site_dir) == []

    for path in kept:  # cut short, or not Jinja's at all
        path.write_bytes(path.read_bytes()[:40] if len(path.name) % 2 else b"not bytecode")
    _in_memory_forgotten()
    third = build_docs(docs, tmp_path / "third", strict=False)
    assert "main.html" in compiled and "base.html" in compiled
    assert differences(first.site_dir, third.site_dir) == []
