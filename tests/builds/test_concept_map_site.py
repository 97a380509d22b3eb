"""The concept map page of the seed site."""

from __future__ import annotations

import re

from tests.unit.test_concept_map import SEEDS


def test_map_page_in_the_seed_site_links_every_concept_once_in_a_drawing_and_once_in_a_list(shipped_site):
    html = shipped_site.html("concepts/map/")
    boxes = re.findall(r'<a class="kb-map-node[^"]*" href="\.\./([^/]+)/"', html)
    listed = re.findall(r'<li><a href="\.\./([^/]+)/"', html)
    ids = sorted(c.id for c in SEEDS.concepts)
    assert sorted(boxes) == ids and sorted(listed) == ids
    assert html.count('class="kb-concept-map"') == len(SEEDS.families)
