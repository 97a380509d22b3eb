"""Concept URLs are permanent: every id the project's registry ever published still leads to a concept page.

Links to `concepts/<id>/` are pasted in study chats. An id may stop being a concept's id only when the
concept that replaces it lists it under `formerly` (then concepts/<old id>/ redirects there). The registry
the project ships is the example site's (tests/fixtures/example_site/concepts.yml, a copy of the
docs/concepts.yml a user starts from and then edits as their own). The ids ever published are read from the
repository's history, so the check needs no list kept by hand: the example's copy, and docs/concepts.yml up
to the commit that made that copy; the ids of the first registry (before any history could be read) are
written below as well.
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

REGISTRY_PATH = "tests/fixtures/example_site/concepts.yml"
SHIPPED_PATH = "docs/concepts.yml"  # the project's registry until it was copied to the example site
_ID_LINE = re.compile(r"^\s*-\s+id:\s*([a-z0-9-]+)\s*$", re.M)
FIRST_PUBLISHED = ["perceptron", "mlp", "backpropagation", "activation-function", "relu", "vanishing-gradient", "batch-normalization", "regularization", "cnn", "alexnet", "vggnet", "resnet", "fcn", "deconvolution", "semantic-segmentation", "object-detection", "sequential-model", "rnn", "lstm", "gru", "attention", "transformer", "positional-encoding", "bert", "gpt", "generative-model", "autoregressive-model", "nade", "vae", "gan"]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def registry_versions() -> list[tuple[str, str]]:
    """(revision, path) of every committed version of the project's registry: the example site's copy, and
    docs/concepts.yml in the commits before the one that copied it (after that commit it is a user's)."""
    versions = [(rev, REGISTRY_PATH) for rev in _git("log", "--format=%H", "--", REGISTRY_PATH).split()]
    copied = _git("log", "--diff-filter=A", "--format=%H", "--", REGISTRY_PATH).split()
    # Not committed yet: all of docs/concepts.yml's history. A shallow clone's first commit has no parents
    # to read: what came before it is not there.
    before = _git("rev-list", "--parents", "-n", "1", copied[-1]).split()[1:] if copied else ["HEAD"]
    if before:
        versions += [(rev, SHIPPED_PATH) for rev in _git("log", "--format=%H", *before, "--", SHIPPED_PATH).split()]
    return versions


def published_ids() -> set[str]:
    """Every concept id in any committed version of the project's registry."""
    ids = set(FIRST_PUBLISHED)
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return ids
    for revision, path in registry_versions():
        shown = subprocess.run(["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True)
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
