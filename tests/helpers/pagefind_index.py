"""What the site's search index holds, read from Pagefind's files in `site/pagefind/`.

Each page Pagefind indexed has a fragment (`fragment/*.pf_fragment`: gzip, a `pagefind_dcd` signature, then
JSON): its URL, its text, its title and its anchors. The text after a `kbw-` anchor, up to the next
heading, is the hidden words the index adds to a section (hooks/kb/search/documents.py); the rest is what a
result shows.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

SIGNATURE = b"pagefind_dcd"


@dataclass(frozen=True)
class IndexedPage:
    url: str  # site-relative, as MkDocs writes it: `notes/x/`
    title: str
    words: tuple[str, ...]  # the page's text, split as Pagefind's locations count
    anchors: tuple[dict, ...]

    def _hidden_ranges(self):
        ordered = sorted(self.anchors, key=lambda a: a["location"])
        for n, anchor in enumerate(ordered):
            if anchor["id"].startswith("kbw-"):
                later = [a["location"] for a in ordered[n + 1 :] if not a["id"].startswith("kbw-")]
                yield anchor["location"], later[0] if later else len(self.words)

    @property
    def hidden(self) -> list[str]:
        """The words the index adds, which no result shows (without the full stop Pagefind puts after
        each block of text)."""
        return [w.rstrip(".") for start, end in self._hidden_ranges() for w in self.words[start:end]]

    @property
    def visible(self) -> str:
        """The text a result may show."""
        hidden = {i for start, end in self._hidden_ranges() for i in range(start, end)}
        return " ".join(w for i, w in enumerate(self.words) if i not in hidden)

    @property
    def sections(self) -> list[str]:
        """The ids of the headings that start a section."""
        return [a["id"] for a in self.anchors if a["element"] in {"h2", "h3", "h4", "h5", "h6"}]


def indexed_pages(site_dir: Path) -> dict[str, IndexedPage]:
    """{site-relative URL: the page as the index holds it}."""
    pages = {}
    for path in (Path(site_dir) / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        # Korean is indexed decomposed (hooks/kb/search/documents.py); read as the page writes it.
        fragment = json.loads(unicodedata.normalize("NFC", data[len(SIGNATURE) :].decode("utf-8")))
        url = unquote(fragment["url"]).removeprefix("/")
        words = tuple(fragment["content"].split())
        pages[url] = IndexedPage(url, fragment["meta"].get("title", ""), words, tuple(fragment["anchors"]))
    return pages
