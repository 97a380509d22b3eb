"""The layout of `hooks/`: every module imports on its own in a fresh interpreter, with no side effect, and
each stage package of `hooks/kb/` imports only the stages below it (hooks/kb/__init__.py names them)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from tests.helpers.sitebuild import ROOT

# Bottom up. A stage may import the stages before it; links and search stand side by side.
STAGES = {"machinery": 0, "math": 1, "posts": 2, "pages": 3, "concepts": 4, "links": 5, "search": 5}
KB = ROOT / "hooks" / "kb"


def module_name(path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


HOOK_MODULES = sorted(module_name(p) for p in (ROOT / "hooks").rglob("*.py"))

# Imports each module alone (our modules dropped from sys.modules in between, so each import starts from
# nothing of ours and a cycle shows whatever the entry point), then reports what importing left behind.
_IMPORT_EACH = """
import importlib, json, sys, threading
out = {}
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "hooks" or m.startswith("hooks.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
        error = None
    except Exception as e:
        error = f"{type(e).__name__}: {e}"
    out[name] = {
        "error": error,
        "threads": sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()),
        "kiwi_loaded": "kiwipiepy" in sys.modules,
    }
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def imported() -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *HOOK_MODULES], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_the_layout_has_every_stage_and_nothing_loose_in_kb():
    assert {p.name for p in KB.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(STAGES)
    assert [p.name for p in KB.glob("*.py")] == ["__init__.py"]
    for stage in STAGES:
        assert (KB / stage / "__init__.py").read_text(encoding="utf-8").startswith('"""'), stage


@pytest.mark.parametrize("name", HOOK_MODULES)
def test_module_imports_alone_without_side_effects(imported, name):
    assert imported[name] == {"error": None, "threads": [], "kiwi_loaded": False}


def _kb_imports(path) -> set[str]:
    """The hooks.kb stages a module imports at run time (imports under `if TYPE_CHECKING:` are types only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for n in ast.walk(node)
    }
    stages = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["hooks", "kb"] and len(parts) > 2:
                stages.add(parts[2])
    return stages


@pytest.mark.parametrize("path", sorted(KB.rglob("*.py")), ids=lambda p: module_name(p))
def test_a_stage_imports_only_the_stages_below_it(path):
    own = path.relative_to(KB).parts[0]
    if own not in STAGES:  # hooks/kb/__init__.py
        assert _kb_imports(path) == set()
        return
    above = {s for s in _kb_imports(path) - {own} if STAGES[s] >= STAGES[own]}
    assert not above, f"{module_name(path)} ({own}) imports {sorted(above)}"


def test_the_stage_check_sees_an_import_from_above(tmp_path):
    wrong = tmp_path / "m.py"
    wrong.write_text("from hooks.kb.concepts.aliases import AliasMatcher\nfrom hooks.kb import search\n")
    assert _kb_imports(wrong) == {"concepts", "search"}
    typed = tmp_path / "t.py"
    typed.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from hooks.kb.concepts.index import X\n")
    assert _kb_imports(typed) == set()
