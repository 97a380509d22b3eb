"""The benchmark's corpora: distinct notes, each keeping the front-matter form of its seed."""

from __future__ import annotations

import re
from datetime import date

from tests.bench.corpus import note_files, seeds, vary, without_search_key


def _titles(files: dict[str, str]) -> list[str]:
    found = []
    for text in files.values():
        match = re.search(r"^title:[ \t]*(.+)$", text, re.M) or re.search(r"^# (.+)$", text, re.M)
        found.append(match.group(1))
    return found


def test_titles_and_file_names_are_distinct():
    files = note_files(60)
    assert len(files) == 60
    assert len(set(_titles(files))) == 60


def test_each_note_keeps_its_seeds_front_matter_form():
    for number, (_, seed) in enumerate(seeds()):
        varied = vary(seed, number, date(2019, 3, 4))
        assert varied.count("\n") == seed.count("\n")
        assert varied.startswith("---") == seed.startswith("---")
        for quote_form in (r'^title:\s*"', r"^title:\s*'", r"^title:\s*[^'\"]"):
            assert bool(re.search(quote_form, varied, re.M)) == bool(re.search(quote_form, seed, re.M))
        if re.search(r"^date:", seed, re.M):
            assert re.search(r"^date:[ \t]*2019-03-04", varied, re.M)


def test_dates_are_distinct_in_front_matter_or_file_name():
    files = note_files(40)
    days = set()
    for path, text in files.items():
        in_text = re.search(r"^date:[ \t]*(\d{4}-\d{2}-\d{2})", text, re.M)
        days.add(in_text.group(1) if in_text else path.split("/")[-1][:10])
    assert len(days) == 40


def test_plain_corpus_drops_only_the_search_key():
    seed = "---\ntitle: x\nsearch: true\nuse_math: true\n---\nsearch: true\n"
    assert without_search_key(seed) == "---\ntitle: x\nuse_math: true\n---\nsearch: true\n"
    assert not any(
        "search: true" in t.split("---")[1]
        for t in note_files(10, plain=True).values()
        if t.startswith("---")
    )
