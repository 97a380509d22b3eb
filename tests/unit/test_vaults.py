"""An Obsidian vault's notes: which vault a note is in, and the line breaks Obsidian shows."""

from __future__ import annotations

import pytest

from hooks.kb.posts.vaults import Vault, forget_vaults, obsidian_line_breaks, vault_of


def test_the_nearest_folder_holding_obsidian_settings_is_the_notes_vault(tmp_path):
    (tmp_path / "notes/a/.obsidian").mkdir(parents=True)
    (tmp_path / "notes/b/.obsidian").mkdir(parents=True)
    (tmp_path / "notes/b/.obsidian/app.json").write_text('{"strictLineBreaks": true}', encoding="utf-8")
    (tmp_path / "notes/c/.obsidian").mkdir(parents=True)
    (tmp_path / "notes/c/.obsidian/app.json").write_text("{not json", encoding="utf-8")
    forget_vaults()
    assert vault_of(str(tmp_path), "notes/a/DL/RNN.md") == Vault(line_breaks=True)
    assert vault_of(str(tmp_path), "notes/b/RNN.md") == Vault(line_breaks=False)
    # settings that cannot be read: Obsidian's default
    assert vault_of(str(tmp_path), "notes/c/RNN.md") == Vault(line_breaks=True)
    assert vault_of(str(tmp_path), "notes/d/RNN.md") is None
    (tmp_path / "notes/e/.obsidian").mkdir(parents=True)  # a Jekyll blog kept as a vault: the blog's rule
    (tmp_path / "notes/e/_config.yml").write_text("title: blog\n", encoding="utf-8")
    assert vault_of(str(tmp_path), "notes/e/RNN.md") is None
    assert vault_of(str(tmp_path), "notes/a/_posts/2021-08-10-rnn.md") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("첫 줄\n둘째 줄", "첫 줄  \n둘째 줄"),
        ("제목\n===\n본문", "제목\n===\n본문"),  # a setext heading's underline
        ("설명:\n- 항목\n- 항목", "설명:\n- 항목\n- 항목"),
        ("<div>\n글</div>", "<div>\n글</div>"),
        ("> 하나\n>> 둘", "> 하나\n>> 둘"),  # another quote depth: another paragraph
        ("줄 끝에 이미  \n다음", "줄 끝에 이미  \n다음"),
        ("a | b\n- | -", "a | b\n- | -"),
        ("| a | b |\n| 1 | 2 |", "| a | b |\n| 1 | 2 |"),
        ("표:\n이름 | 값\n--- | ---\nlr | 0.1", "표:\n이름 | 값\n--- | ---\nlr | 0.1"),
        # a bar in a sentence is no table: its lines break as the others
        ("확률은 P(A|B) 로 쓴다.\n베이즈 정리로 뒤집는다.", "확률은 P(A|B) 로 쓴다.  \n베이즈 정리로 뒤집는다."),
        # an image on its own line inside a paragraph (its `![](x.png)` an <img> by now): the paragraph's line
        ('첫 줄\n<img src="x.png" alt="그림">\n그림 설명', '첫 줄  \n<img src="x.png" alt="그림">  \n그림 설명'),
        ('<img src="x.png">\n설명', '<img src="x.png">\n설명'),  # opening its block: as before
        ("글\n<details>\n<summary>", "글\n<details>\n<summary>"),  # a block element's tag ends a paragraph
    ],
)
def test_a_line_break_ends_each_line_of_a_paragraph_and_no_block(text, expected):
    assert obsidian_line_breaks(text) == expected


def test_the_vault_is_looked_for_once_a_folder_in_a_build_and_again_in_the_next(tmp_path, monkeypatch):
    """A thousand notes in one folder: its parents are looked at once, not once a note, at every build."""
    from hooks.kb.posts import vaults

    looked, real = [], vaults._vault_settings

    def settings(folder):
        looked.append(folder)
        return real(folder)

    settings.cache_clear = real.cache_clear
    monkeypatch.setattr(vaults, "_vault_settings", settings)
    forget_vaults()
    assert all(vault_of(str(tmp_path), f"notes/DL/{n}.md") is None for n in range(50))
    assert len(looked) == 3  # notes/DL, notes and the docs folder, once
    (tmp_path / "notes/DL/.obsidian").mkdir(parents=True)  # the vault copied in before the next build
    forget_vaults()
    assert vault_of(str(tmp_path), "notes/DL/0.md") == Vault(line_breaks=True)
