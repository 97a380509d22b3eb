"""In a browser, a note's row of pictures (`<div style="display:flex; gap:10px">` around two `<img
style="width:50%">`, as Velog and Tistory posts set figures side by side) stays a row at every width, as the
blog showed it, inside the text column, where it had stacked at half width."""

from __future__ import annotations

import struct
import zlib

import pytest

from tests.helpers.sitebuild import build_site_with


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


NOTE = """---
title: "라그랑주 승수법"
date: 2025-11-02 10:00:00
---
등산 경로와 등고선:

<div style="display:flex; gap:10px;">
  <img src="img/path.png" alt="경로" style="width:50%;">
  <img src="img/level.png" alt="등고선" style="width:50%;">
</div>

세 단계:

<p style="display: flex">
  <img src="img/path.png" alt="1단계" width="33%">
  <img src="img/level.png" alt="2단계" width="33%">
  <img src="img/path.png" alt="3단계" width="33%">
</p>
"""

BOXES = """() => {
    const column = document.querySelector('article').getBoundingClientRect();
    const box = alt => document.querySelector(`article img[alt="${alt}"]`).getBoundingClientRect();
    return {column: [column.left, column.right],
            rows: [["경로", "등고선"], ["1단계", "2단계", "3단계"]].map(alts => alts.map(alt => {
                const b = box(alt); return [b.left, b.top, b.right, b.width]; }))};
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    files = {
        "notes/lagrange.md": NOTE,
        "notes/img/path.png": _png(80, 50, (200, 60, 60)),
        "notes/img/level.png": _png(80, 50, (60, 60, 200)),
    }
    return build_site_with(tmp_path_factory.mktemp("rows"), files)


@pytest.mark.parametrize("width", [1000, 390])
def test_a_row_of_pictures_is_side_by_side_inside_the_column(site, serve, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(serve(site.site_dir) + "notes/2025-11-02-라그랑주-승수법/", wait_until="load")
    found = page.evaluate(BOXES)
    left, right = found["column"]
    for row in found["rows"]:
        tops = [top for _, top, _, _ in row]
        assert max(tops) - min(tops) < 2, row  # one row, not stacked
        assert all(b[0] < a[0] for a, b in zip(row[1:], row, strict=False)), row  # left to right
        assert row[-1][2] <= right + 1 and row[0][0] >= left - 1, (row, found["column"])  # inside the column
        assert all(w > (right - left) / (len(row) + 1) for *_, w in row), row  # each its share, not a sliver
