"""Concept URLs are permanent: every id docs/concepts.yml ever published still leads to a concept page.

Links to `concepts/<id>/` are pasted in study chats. An id may stop being a concept's id only when the
concept that replaces it lists it under `formerly` (then concepts/<old id>/ redirects there). The ids ever
published are read from the repository's history of docs/concepts.yml, so the check needs no list kept by
hand; the ids of the first registry (before any history could be read) are written below as well.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pymdownx.slugs import slugify

from hooks.kb.concepts.definitions import load_concepts
from hooks.kb.concepts.redirects import concept_redirects
from tests.helpers.sitebuild import ROOT

REGISTRY_PATH = "docs/concepts.yml"
_ID_LINE = re.compile(r"^\s*-\s+id:\s*([a-z0-9-]+)\s*$", re.M)
FIRST_PUBLISHED = ["perceptron", "mlp", "backpropagation", "activation-function", "relu", "vanishing-gradient", "batch-normalization", "regularization", "cnn", "alexnet", "vggnet", "resnet", "fcn", "deconvolution", "semantic-segmentation", "object-detection", "sequential-model", "rnn", "lstm", "gru", "attention", "transformer", "positional-encoding", "bert", "gpt", "generative-model", "autoregressive-model", "nade", "vae", "gan"]


def published_ids() -> set[str]:
    """Every concept id in any committed version of docs/concepts.yml."""
    ids = set(FIRST_PUBLISHED)
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return ids
    revisions = subprocess.run(
        ["git", "log", "--format=%H", "--", REGISTRY_PATH], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for revision in revisions:
        shown = subprocess.run(
            ["git", "show", f"{revision}:{REGISTRY_PATH}"], cwd=ROOT, capture_output=True, text=True
        )
        ids.update(_ID_LINE.findall(shown.stdout))
    return ids


def test_every_published_id_is_a_concept_or_the_former_id_of_one():
    registry = load_concepts((ROOT / REGISTRY_PATH).read_text(encoding="utf-8"))
    leads_somewhere = set(registry.by_id) | {old for c in registry.concepts for old in c.formerly}
    lost = sorted(published_ids() - leads_somewhere)
    assert not lost, f"published concept ids with no page and no `formerly`: {lost}"


@pytest.mark.parametrize("old", ["sequence-model", "convnet"])
def test_a_former_id_redirects_to_the_concept_that_replaced_it(old):
    registry = load_concepts(
        "families: {basics: 기초}\nconcepts:\n"
        "  - {id: sequential-model, ko: 시퀀스 모델, en: Sequential Model, family: basics, summary: 요약.,"
        " formerly: [sequence-model]}\n"
        "  - {id: cnn, ko: 합성곱 신경망, en: CNN, family: basics, summary: 요약., formerly: [convnet]}\n"
    )
    found = {r.slug: r.concept.id for r in concept_redirects(registry, slugify(case="lower"))}
    assert found[old] == {"sequence-model": "sequential-model", "convnet": "cnn"}[old]
