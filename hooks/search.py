"""Search: Material's search index made to find Korean words and concept names (hooks/kb/search_index.py).

Before the build, Material's index is given a faster way to cut pages into sections, with the same result
(hooks/kb/html_sections.py): its own HTML parser was a fifth of a 1000-note build.

Runs after Material's search plugin has written `search/search_index.json` (a lower priority than its
`on_post_build`), and rewrites it. Under `mkdocs serve --dirty` Material writes the whole merged index
every time, so the rewrite always sees every page; the words of sections that did not change are kept
from the build before.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from mkdocs.plugins import event_priority

from hooks.kb import registry
from hooks.kb.concepts import ConceptRegistry
from hooks.kb.html_sections import SectionIndex
from hooks.kb.korean import KoreanAnalyzer, load_in_background
from hooks.kb.memo import BuildMemo
from hooks.kb.search_index import enrich_index

log = logging.getLogger("mkdocs.plugins.search_ko")
INDEX = Path("search") / "search_index.json"
_analyzer = KoreanAnalyzer()
_words: BuildMemo[list[str]] = BuildMemo()  # each section's Korean nouns, from the build before


@event_priority(-100)  # after Material's search plugin has made its index
def on_config(config):
    _words.next_build()
    plugin = config.plugins.get("material/search")
    if getattr(plugin, "search_index", None) is not None:  # None: search is off
        plugin.search_index = SectionIndex(**plugin.config)
        load_in_background()  # needed at the end of the build


@event_priority(-100)
def on_post_build(config):
    path = Path(config.site_dir) / INDEX
    if not path.exists():  # the search plugin is off
        return
    started = time.perf_counter()
    index = json.loads(path.read_text(encoding="utf-8"))
    concepts = registry.REGISTRY.concepts  # read by hooks/concepts.py, errors reported there
    enriched = enrich_index(index, concepts.registry if concepts else ConceptRegistry(()), _analyzer, _words)
    path.write_text(json.dumps(enriched, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    log.debug(
        "Korean words added to %d search sections in %.2f s",
        len(enriched["docs"]),
        time.perf_counter() - started,
    )
