"""The concept map: a deterministic layout by family, every concept a linked box, every relation a line."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.map import BOX_H, edges, layout, render_concept_map
from tests.golden.test_autolink import REGISTRY

SVG = "{http://www.w3.org/2000/svg}"
SEEDS = load_concepts((Path(__file__).parent.parent.parent / "docs" / "concepts.yml").read_text(encoding="utf-8"))


def draw(registry=REGISTRY) -> str:
    return render_concept_map(registry, lambda i: f"../{i}/", lambda i: 2 if i == "cnn" else 0)


def test_columns_follow_families_and_kinds_sit_indented_under_what_they_are_a_kind_of():
    headers, boxes = layout(REGISTRY)
    assert [name for name, _ in headers] == ["CNN 계열", "시퀀스 모델"]
    assert boxes["cnn"].x == boxes["r-cnn"].x  # same family, unrelated: one column, no indent
    assert boxes["lstm"].x > boxes["rnn"].x and boxes["lstm"].y > boxes["rnn"].y
    assert boxes["rnn"].x < boxes["sequential-model"].x + 200  # the sequence column
    tops = sorted((b.x, b.y) for b in boxes.values())
    assert len(set(tops)) == len(tops)  # no two boxes in one place
    for a in boxes.values():
        for b in boxes.values():
            if a is not b and abs(a.x - b.x) < 100:
                assert abs(a.y - b.y) >= BOX_H  # boxes in a column do not overlap


def test_every_concept_is_a_link_and_every_relation_a_line():
    svg = draw()
    root = ET.fromstring(svg)  # well-formed SVG
    links = {a.get("href") for a in root.iter(f"{SVG}a")}
    assert links == {f"../{c.id}/" for c in REGISTRY.concepts}
    assert len(root.findall(f".//{SVG}path[@class='kb-map-edge kb-map-kind-of']")) == 1 + 1  # lstm->rnn, key
    assert "CNN · 합성곱 신경망 — 노트 2개" in svg and "아직 노트 없음" in svg


def test_the_same_registry_draws_the_same_picture():
    assert draw() == draw()


def test_seed_registry_relations_are_all_drawn():
    svg = draw(SEEDS)
    kinds = [k for k, _, _ in edges(SEEDS)]
    assert len(re.findall(r'<path class="kb-map-edge kb-map-', svg)) == len(kinds) + 3  # + the key
    assert kinds.count("kind-of") == sum(len(c.kind_of) for c in SEEDS.concepts)
