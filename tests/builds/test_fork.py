"""A student's fork: the README's steps (example notes removed, own notes in, the site renamed, a concept's
aliases added) change nothing the tests build. The fork's Test workflow runs the whole suite on every push,
and the suite tests the generator on its example site (tests/helpers/sitebuild.py), not on docs/.

A copy of the project in a temporary folder, changed as the README tells a student to change it; the tests'
helpers are imported from the copy in a process of their own, and build a small site there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

from tests.helpers.sitebuild import EXAMPLE_NAMES, ROOT

_READ_HELPERS = """
import json, sys
from pathlib import Path
from tests.helpers.sitebuild import EXAMPLE_SITE, build_docs, example_config, example_registry, site_pages, write_tree
config = example_config()
notes = sorted(p.name for p in (EXAMPLE_SITE / "notes").glob("*.md"))
docs = write_tree(Path(sys.argv[1]) / "docs", {**site_pages(), "notes/a.md": "---\\ntitle: 가\\n---\\n본문\\n"})
site = build_docs(docs, Path(sys.argv[1]) / "site")
print(json.dumps({
    "names": [config.site_name, config.site_description],
    "home": site_pages()["index.md"],
    "registry": example_registry(),
    "example_notes": notes,
    "title": site.html("").split("<title>")[1].split("</title>")[0],
}))
"""


def _fork(at) -> None:
    """The project as a student's fork has it after the README's steps."""
    for part in ("hooks", "overrides", "docs", "tests/helpers", "tests/fixtures"):
        shutil.copytree(ROOT / part, at / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("mkdocs.yml", "tests/__init__.py"):
        shutil.copy(ROOT / part, at / part)
    for example in (at / "docs" / "notes").glob("0*.md"):  # rm docs/notes/0*.md
        example.unlink()
    (at / "docs" / "notes" / "2024-03-09-lstm.md").write_text(
        "---\ntitle: LSTM 정리\n---\n# 장단기 기억 신경망\n\nLSTM은 게이트로 기억한다.\n", encoding="utf-8"
    )
    config = (at / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^site_name: .*$", "site_name: 우리 스터디 노트", config)
    config = re.sub(r"(?m)^site_description: .*$", "site_description: 딥러닝 스터디 4기의 노트 모음", config)
    (at / "mkdocs.yml").write_text(config, encoding="utf-8")
    home = (at / "docs" / "index.md").read_text(encoding="utf-8")
    (at / "docs" / "index.md").write_text(re.sub(r"(?m)^# .*$", "# 우리 스터디 노트", home, count=1), encoding="utf-8")
    registry = (at / "docs" / "concepts.yml").read_text(encoding="utf-8")
    registry = registry.replace("aliases: [LSTM, ", "aliases: [LSTM, 장단기 기억 신경망, ", 1)
    (at / "docs" / "concepts.yml").write_text(registry, encoding="utf-8")


def test_a_students_fork_changes_nothing_the_tests_build(tmp_path):
    fork = tmp_path / "fork"
    _fork(fork)
    assert "장단기 기억 신경망" in (fork / "docs" / "concepts.yml").read_text(encoding="utf-8")  # the steps took
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [sys.executable, "-c", _READ_HELPERS, str(tmp_path / "built")],
        cwd=fork, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.splitlines()[-1])
    assert seen["names"] == [EXAMPLE_NAMES["site_name"], EXAMPLE_NAMES["site_description"]]
    assert seen["title"] == EXAMPLE_NAMES["site_name"]
    example = ROOT / "tests" / "fixtures" / "example_site"
    assert seen["home"] == (example / "index.md").read_text(encoding="utf-8")
    assert seen["registry"] == (example / "concepts.yml").read_text(encoding="utf-8")
    assert seen["example_notes"] == sorted(p.name for p in (example / "notes").glob("*.md"))
    assert len(seen["example_notes"]) == 5
