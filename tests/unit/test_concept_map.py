"""The concept map: a drawing per family, every concept a linked box, kinds under what they are a kind of."""

from __future__ import annotations

import re

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.map import BOX_H, BOX_W, MAX_COLUMNS, edges, layout, render_family
from tests.golden.test_autolink import REGISTRY
from tests.helpers.sitebuild import example_registry

SEEDS = load_concepts(example_registry())
PHONE_BREAK = 760  # kb.css shows the lists instead of the drawings below this width


def draw(registry, family):
    return render_family(registry, family, lambda i: f"../{i}/", lambda i: 2 if i == "cnn" else 0)


def test_kinds_sit_under_what_they_are_a_kind_of_in_its_column():
    drawing = layout(REGISTRY, "sequence")
    rnn, lstm = drawing.boxes["rnn"], drawing.boxes["lstm"]
    assert lstm.x > rnn.x and lstm.y > rnn.y and lstm.x - rnn.x < BOX_W / 2


def test_every_family_of_the_shipped_registry_is_drawn_readable_and_without_overlap():
    drawn = set()
    for family, _ in SEEDS.families:
        drawing = layout(SEEDS, family)
        drawn |= set(drawing.boxes)
        assert drawing.width <= PHONE_BREAK - 20  # fits the page beside nothing, above the phone break
        boxes = list(drawing.boxes.values())
        assert all(b.width >= BOX_W - 30 for b in boxes)  # labels keep their size at any registry size
        for a in boxes:
            for b in boxes:
                if a is not b:
                    assert abs(a.x - b.x) >= BOX_W - 30 or abs(a.y - b.y) >= BOX_H, (a.concept.id, b.concept.id)
        assert len({int(b.x // 184) for b in boxes}) <= MAX_COLUMNS
    assert drawn == {c.id for c in SEEDS.concepts}
    assert len(drawn) >= 150


def test_every_concept_is_a_link_named_by_its_visible_text_and_every_relation_in_a_family_a_line():
    html = draw(SEEDS, "sequence")
    links = re.findall(r'<a class="kb-map-node[^"]*" href="\.\./([^/]+)/"[^>]*>(.*?)</a>', html)
    assert {i for i, _ in links} == {c.id for c in SEEDS.concepts if c.family == "sequence"}
    assert "aria-label" not in html  # a box's accessible name is its visible text
    assert all(re.sub("<[^>]+>", "", text).strip() for _, text in links)
    drawing = layout(SEEDS, "sequence")
    assert html.count('<path class="kb-map-edge') == len(edges(SEEDS, drawing)) > 0
    assert 'aria-hidden="true"' in html  # the lines are decoration to assistive technology


def test_the_list_for_narrow_screens_nests_kinds_and_links_every_concept():
    html = draw(SEEDS, "sequence")
    listed = html[html.index('<ul class="kb-map-list">') :]
    assert listed.count("<ul") == listed.count("</ul>")
    assert re.search(r'RNN <span>순환 신경망</span></a> · 노트 0개\s*<ul>\s*<li><a href="\.\./bptt/"', listed)
    assert len(re.findall(r'<li><a href="\.\./', listed)) == sum(c.family == "sequence" for c in SEEDS.concepts)


def test_the_same_registry_draws_the_same_map():
    assert draw(SEEDS, "cnn") == draw(SEEDS, "cnn")
