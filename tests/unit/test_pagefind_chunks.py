"""Which index chunks Pagefind asks for to search a word, worked out from its metadata's chunk ranges as its
`request_indexes` does: the box asks for them with the synonym groups (hooks/kb/search/pagefind_index.py)."""

from __future__ import annotations

import pytest

from hooks.kb.search.pagefind_index import _requested

# Ranges as a 5000-note index's metadata lists them: their ends cut short.
RANGES = [
    ("inference", "input이", "ko_afc1b89"),
    ("input이", "kbsyn", "ko_1fcab06"),
    ("kbsyn0", "kbsyn102", "ko_4dbbda1"),
    ("kbsyn10x", "kbsyn111", "ko_eff21ce"),
    ("kbsyn112", "kbsyn125", "ko_c08c3f8"),
]


@pytest.mark.parametrize(
    "word, chunks",
    [
        ("kbsyn101x", ["ko_4dbbda1"]),  # within one range
        ("kbsyn111x", ["ko_1fcab06", "ko_eff21ce"]),  # past the cut-short end of its own: compared as far as it goes
        ("kbsyn113x", ["ko_c08c3f8"]),
    ],
)
def test_the_chunks_pagefind_reads_for_a_word(word, chunks):
    assert _requested(word, RANGES) == chunks
