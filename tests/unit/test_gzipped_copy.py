"""The gzipped copies the search box fetches (Pagefind's script, the synonym groups): beside the file, the same
bytes unpacked, and the same file at every build, so a rebuild changes nothing a static host would send again."""

from __future__ import annotations

import gzip

from hooks.kb.search.pagefind_index import gzipped_copy


def test_a_gzipped_copy_is_beside_the_file_and_the_same_at_every_build(tmp_path):
    path = tmp_path / "synonyms.json"
    path.write_bytes('{"groups":[["합성곱","convolution"]]}'.encode() * 50)
    gzipped_copy(path)
    first = (tmp_path / "synonyms.json.gz").read_bytes()
    gzipped_copy(path)
    assert (tmp_path / "synonyms.json.gz").read_bytes() == first
    assert gzip.decompress(first) == path.read_bytes() and len(first) < len(path.read_bytes()) / 10
