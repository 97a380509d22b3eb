"""hooks/serve.py: `mkdocs serve` rebuilds reuse the compiled theme templates, and recompile an edited one."""

from __future__ import annotations

import jinja2
from mkdocs.structure.files import Files

from hooks import serve
from tests.helpers.sitebuild import example_config


class _Counting(jinja2.Environment):
    compiled: list[str] = []

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        _Counting.compiled.append(name)
        return super().compile(source, name, filename, raw, defer_init)


def test_each_build_loads_unchanged_templates_compiled_and_compiles_an_edited_one():
    sources = {"main.html": "{% include 'part.html' %}{{ x }}", "part.html": "가"}
    kept = serve._KeptBytecode()
    _Counting.compiled = []

    def build_once() -> str:  # a new environment per build, as MkDocs makes one
        env = _Counting(loader=jinja2.DictLoader(sources))
        env.bytecode_cache = kept
        return env.get_template("main.html").render(x=1)

    assert build_once() == "가1" and sorted(_Counting.compiled) == ["main.html", "part.html"]
    assert build_once() == "가1" and len(_Counting.compiled) == 2  # nothing compiled again
    sources["part.html"] = "나"
    assert build_once() == "나1" and _Counting.compiled[2:] == ["part.html"]


def test_the_site_keeps_its_compiled_templates_between_builds():
    config = example_config()
    hook = config.hooks["hooks/serve.py"]  # in the site's pipeline
    hook.on_config(config)
    env = hook.on_env(config.theme.get_env(), config=config, files=Files([]))
    assert env.bytecode_cache is hook._KEPT  # one cache for the life of the process, as the module is
    assert config.theme.get_env().bytecode_cache is hook._KEPT  # Material's search plugin makes its own
