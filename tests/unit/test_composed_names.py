"""A Korean file name is found whichever way its Hangul is composed: a Mac writes names decomposed (NFD, as
a Notion export's folders and the links inside it come), a keyboard types them composed (NFC), and macOS,
Notion, Obsidian and Typora find either (`composed` in hooks/kb/posts/images.py)."""

from __future__ import annotations

import unicodedata

import pytest

from hooks.kb.posts.images import ImageIndex, fix_images
from hooks.kb.posts.wikilinks import _stem

NFD = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731
NFC = lambda text: unicodedata.normalize("NFC", text)  # noqa: E731


@pytest.mark.parametrize(("on_disk", "written"), [(NFD, NFC), (NFC, NFD)])
def test_a_figure_is_found_whichever_way_its_folder_is_composed(on_disk, written):
    # a Notion export: every page's first figure is `Untitled.png`, each in the folder of its page
    index = ImageIndex.of([on_disk("notes/딥러닝 용어 86ce/Untitled.png"), on_disk("notes/CNN 구조 28a0/Untitled.png")])
    found = index.resolve("notes/딥러닝 스터디.md", written("딥러닝 용어 86ce/Untitled.png"))
    assert found == on_disk("notes/딥러닝 용어 86ce/Untitled.png")


@pytest.mark.parametrize(("on_disk", "written"), [(NFD, NFC), (NFC, NFD)])
def test_a_link_to_a_note_leads_to_it_whichever_way_its_name_is_composed(on_disk, written):
    notes = frozenset({on_disk("notes/export/딥러닝 용어.md"), "notes/export/목차.md"})
    body = f"[용어 정리](<{written('딥러닝 용어.md')}#정의>)\n"
    fixed, problems = fix_images(body, "notes/export/목차.md", ImageIndex.of([]), lambda _: 1, notes=notes)
    assert fixed == f"[용어 정리](<{on_disk('딥러닝 용어.md')}#정의>)\n" and not problems


def test_a_wiki_link_names_a_note_whichever_way_it_is_composed():
    assert _stem(NFD("notes/vault/딥러닝 용어.md")) == _stem("notes/vault/딥러닝 용어.md") == "딥러닝 용어"


@pytest.mark.parametrize(
    ("alt", "shown"),
    [
        # a Notion export writes the image's percent-encoded path, its Hangul decomposed, as the alt text
        (
            "CNN%20Model%20%E1%84%80%E1%85%AE%E1%84%8C%E1%85%A9%2028a0703f/Untitled%202.png",
            "CNN Model 구조 28a0703f/Untitled 2.png",
        ),
        ("100% 정확도", "100% 정확도"),  # a percent sign in words stays
    ],
)
def test_an_alt_text_written_as_an_encoded_path_reads_as_words(alt, shown):
    fixed, _ = fix_images(f"![{alt}](missing/Untitled%202.png)\n", "notes/a.md", ImageIndex.of([]), lambda _: 1)
    assert f'aria-label="이미지 없음: {shown}"' in fixed


@pytest.mark.parametrize(
    "written",
    [
        r"C:\Users\me\AppData\Roaming\Typora\typora-user-images\image-20210801170512345.png",  # Typora on Windows
        "file:///C:/Users/me/Pictures/image-20210801170512345.png",
        "file:///Users/me/Library/Application Support/typora-user-images/image-20210801170512345.png",
    ],
)
def test_an_image_at_a_path_on_the_author_s_computer_is_found_by_its_name(written):
    index = ImageIndex.of(["notes/typora-user-images/image-20210801170512345.png"])
    fixed, problems = fix_images(f"![image](<{written}>)\n", "notes/선형대수.md", index, lambda _: 1)
    assert fixed == "![image](kb-docs:notes/typora-user-images/image-20210801170512345.png)\n" and not problems


def test_an_image_at_a_path_on_the_author_s_computer_not_brought_along_is_a_placeholder_and_a_warning():
    body = "![image](C:\\Users\\me\\typora-user-images\\image-1.png)\n"
    fixed, problems = fix_images(body, "notes/a.md", ImageIndex.of([]), lambda _: 3)
    assert "kb-missing-image" in fixed and [p.line for p in problems] == [3]
