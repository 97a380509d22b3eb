"""The benchmark's corpora: distinct notes, each keeping the front-matter form of its seed."""

from __future__ import annotations

import re
from datetime import date

from tests.bench.corpus import distinct_body, note_files, seeds, vary, without_search_key


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


def _pages_with(files: dict[str, str], word: str) -> int:
    return sum(1 for text in files.values() if re.search(word, text, re.I))


def test_repeated_corpus_puts_a_seed_word_in_every_copy_of_its_seeds():
    files = note_files(500)
    assert _pages_with(files, "LSTM") == 400  # four seeds of five name it


def test_distinct_corpus_keeps_a_seed_word_in_about_a_fifth_of_the_copies():
    files = note_files(500, distinct=True)
    assert 50 <= _pages_with(files, "LSTM") <= 140
    assert list(files) == list(note_files(500))  # the same file names, dates and titles
    assert _titles(files) == _titles(note_files(500))


def test_distinct_corpus_grows_the_vocabulary_and_keeps_the_first_seeds_whole():
    repeated, distinct = note_files(200), note_files(200, distinct=True)
    def vocabulary(files):
        return {w for t in files.values() for w in re.findall(r"[가-힣]+|[A-Za-z]+", t)}
    assert len(vocabulary(distinct)) > 5 * len(vocabulary(repeated))
    assert list(distinct.values())[:5] == list(repeated.values())[:5]


def test_distinct_body_keeps_markup_particles_and_front_matter():
    text = (
        "---\ntitle: LSTM 정리\n---\n## LSTM의 구조\n\nLSTM은 `lstm_cell` 과 $\\sigma(x)$ 를 쓴다."
        " [링크](https://example.com/lstm) <img src=\"a.png\">\n```python\nmodel = LSTM()\n```\n"
    )
    made = [distinct_body(text, number) for number in range(5, 60)]
    assert all(m.startswith("---\ntitle: LSTM 정리\n---\n") for m in made)
    for kept in ("`lstm_cell`", "$\\sigma(x)$", "(https://example.com/lstm)", '<img src="a.png">', "model = LSTM()"):
        assert all(kept in m for m in made)
    replaced = [m for m in made if "## LSTM의" not in m]
    assert 30 <= len(replaced) < len(made)
    # A Korean word's particle stays after its made-up stem; the same word is made up the same way in a note.
    assert all(re.search(r"^## ([A-Z]{4})의 \S+\n\n\1은 ", m.split("---\n", 2)[2], re.M) for m in replaced)
