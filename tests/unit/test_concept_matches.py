"""Matches that real study notes showed wrong: each case in the shape of the notes that showed it (written
for the project, none copied), with the rule that tells the right reading from the wrong one."""

from __future__ import annotations

import pytest
from pymdownx.slugs import slugify

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.outline import outline
from hooks.kb.concepts.passages import PassageFinder
from tests.helpers.sitebuild import ROOT

REGISTRY = load_concepts((ROOT / "docs" / "concepts.yml").read_text(encoding="utf-8"))
SLUGIFY = slugify(case="lower")
FINDER = PassageFinder(REGISTRY, SLUGIFY)


def passages(body: str, title: str = "") -> list[tuple[str, str]]:
    """(concept, the passage's own heading) of each passage of a note."""
    return [(p.concept, p.trail[-1]) for p in FINDER.find(body, title=title).passages]


# --- a formula closed on its line opens no math block --------------------------------------------
# kramdown writes `$$...$$` inline too, and an attribute list may follow a display formula on its line:
# neither holds the lines after it, so the headings after it are headings.


@pytest.mark.parametrize(
    "formula",
    [
        "$$u_{it} = tanh(W_w h_{it} + b_w)$$ {: .text-center }",
        "$$a_i = \\frac{exp(u_i)}{\\sum_t exp(u_t)}$$, $$v = \\sum_i a_i h_i$${: .text-center }",
        "$$\\theta$$에 대한 방정식을 세웁니다.",
        "$$P(y)$$ 물론 이 구조만으로도 성능이 올랐습니다.",
    ],
)
def test_a_formula_closed_on_its_own_line_leaves_the_next_heading_a_heading(formula):
    body = f"## Attention in Document classification\n\n{formula}\n\n문서 분류 이야기\n\n## Transformer\n\n본문\n"
    titles = [b.title for b in outline(body, SLUGIFY).blocks if b.kind == "heading"]
    assert titles == ["Attention in Document classification", "Transformer"]


def test_a_display_block_still_holds_its_lines_up_to_its_closing_dollars():
    body = "## 유도\n\n$$\n\\begin{aligned}\n# not a heading\n\\end{aligned} $$ {: .text-center }\n\n## LSTM\n\n본문\n"
    titles = [b.title for b in outline(body, SLUGIFY).blocks if b.kind == "heading"]
    assert titles == ["유도", "LSTM"]
