"""What `mkdocs serve` keeps between builds: only what did not change is reused."""

from __future__ import annotations

from mkdocs.structure.files import get_files

from hooks import concepts, notes
from hooks.kb.machinery.memo import BuildMemo
from hooks.kb.posts import registry
from tests.helpers.sitebuild import example_config, example_registry, site_pages, write_tree


def test_memo_reuses_last_builds_results_and_forgets_the_rest():
    memo, calls = BuildMemo(), []

    def compute(value):
        calls.append(value)
        return value * 2

    memo.next_build()
    assert [memo.get(k, lambda k=k: compute(k)) for k in (1, 2, 3)] == [2, 4, 6]
    memo.next_build()
    assert [memo.get(k, lambda k=k: compute(k)) for k in (1, 2)] == [2, 4]
    assert calls == [1, 2, 3] and memo.hits == 2
    memo.next_build()  # 3 was not asked for in the last build: forgotten
    memo.get(3, lambda: compute(3))
    assert calls == [1, 2, 3, 3]


def on_files_twice(tmp_path, edit: dict[str, str]):
    """Run the note and concept steps as two builds of one `mkdocs serve`, with `edit` between them."""
    tree = {
        **site_pages(),
        "concepts.yml": example_registry(),
        **{
            f"notes/n{i}.md": f"---\ntitle: 노트 {i}\n---\n## LSTM\n\nLSTM은 게이트 {i}개를 쓴다.\n"
            for i in range(4)
        },
    }
    docs = write_tree(tmp_path / "docs", tree)
    config = example_config(docs_dir=str(docs), site_dir=str(tmp_path / "site"))
    for build in range(2):
        if build:
            write_tree(docs, edit)
        notes.on_config(config)
        concepts.on_config(config)
        config.plugins._current_plugin = "hooks/notes.py"
        files = notes.on_files(get_files(config), config)
        config.plugins._current_plugin = "hooks/concepts.py"
        files = concepts.on_files(files, config)
    return files


def test_second_build_reads_and_analyses_only_the_edited_note(tmp_path):
    files = on_files_twice(
        tmp_path, {"notes/n2.md": "---\ntitle: 고친 노트\n---\n## GRU\n\nGRU는 게이트가 두 개다.\n"}
    )
    assert notes._READ.hits == 3 and concepts._ANALYSED.hits == 3
    assert registry.REGISTRY.get("notes/n2.md").title == "고친 노트"
    gru = files.get_file_from_path("concepts/gru.md").content_string
    lstm = files.get_file_from_path("concepts/lstm.md").content_string
    assert "고친 노트" in gru and "고친 노트" not in lstm and "노트 3" in lstm
