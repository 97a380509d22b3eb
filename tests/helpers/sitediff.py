"""How two built site folders differ, file by file: what `mkdocs serve` shows against a fresh build."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

# Written anew by every build whatever changed, and compared by their content instead of their bytes.
_BUILD_DATED = {"sitemap.xml.gz"}


def site_files(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)).replace("\\", "/"): p.read_bytes() for p in site.rglob("*") if p.is_file()
    }


def differences(fresh: Path, served: dict[str, bytes] | Path) -> list[str]:
    """Every file that is missing, extra or different in `served` (a folder, or {path: bytes} fetched
    from a server), against the `fresh` build. The search index is compared as a set of entries: a
    rebuild keeps the entries of pages it did not render, in another order."""
    want = site_files(fresh)
    got = site_files(served) if isinstance(served, Path) else served
    found = [f"missing: {path}" for path in sorted(want.keys() - got.keys())]
    found += [f"extra: {path}" for path in sorted(got.keys() - want.keys())]
    for path in sorted(want.keys() & got.keys()):
        if path in _BUILD_DATED:
            same = gzip.decompress(want[path]) == gzip.decompress(got[path])
        elif path.endswith("search_index.json"):
            same = _entries(want[path]) == _entries(got[path])
        else:
            same = want[path] == got[path]
        if not same:
            found.append(f"differs: {path}{_first_difference(want[path], got[path])}")
    return found


def _entries(raw: bytes) -> tuple:
    index = json.loads(raw)
    return index["config"], sorted(
        json.dumps(doc, sort_keys=True, ensure_ascii=False) for doc in index["docs"]
    )


def _first_difference(a: bytes, b: bytes) -> str:
    try:
        a_text, b_text = a.decode("utf-8"), b.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    at = next(
        (i for i, (x, y) in enumerate(zip(a_text, b_text, strict=False)) if x != y),
        min(len(a_text), len(b_text)),
    )
    show = lambda text: re.sub(r"\s+", " ", text[max(0, at - 80) : at + 80])  # noqa: E731
    return f"\n    fresh:  …{show(a_text)}…\n    served: …{show(b_text)}…"
