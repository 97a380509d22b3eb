"""The concept map page of the seed site."""

from __future__ import annotations

import re

from tests.unit.test_concept_map import SEEDS


def test_map_page_in_the_seed_site_links_every_concept(shipped_site):
    html = shipped_site.html("concepts/map/")
    svg = re.search(r"<svg class=\"kb-map\".*?</svg>", html, re.S).group(0)
    hrefs = set(re.findall(r'<a class="kb-map-node[^"]*" href="\.\./([^/]+)/"', svg))
    assert hrefs == {c.id for c in SEEDS.concepts}
