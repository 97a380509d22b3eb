"""Math golden files: tests/golden/math/<form>.md is a raw note fragment, <form>.out what we promise for it:
the Markdown Markdown sees, each formula shown as ⟦inline: TeX⟧, ⟦display: TeX⟧ or ⟦error (why): source⟧.
Rewrite the expected files with `KB_UPDATE_GOLDEN=1 pytest tests/golden/test_math_golden.py` and read the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pymdownx.slugs import slugify

from hooks.kb.math.mathml import typeset
from hooks.kb.math.slots import set_aside

GOLDEN = Path(__file__).parent / "math"
UPDATE = os.environ.get("KB_UPDATE_GOLDEN") == "1"
SLUGIFY = slugify(case="lower")


def describe(markdown: str) -> str:
    aside = set_aside(markdown, SLUGIFY)

    def show(match: re.Match) -> str:
        formula = aside.formulas[int(match.group(1))]
        error = typeset(formula).error
        if error:
            return f"⟦error ({error}): {formula.source}⟧"
        return f"⟦{'display' if formula.display else 'inline'}: {formula.tex}⟧"

    return re.sub("\ue000(\\d+)\ue001", show, aside.markdown)


@pytest.mark.parametrize("raw", sorted(GOLDEN.glob("*.md")), ids=lambda p: p.stem)
def test_golden(raw):
    expected_file = raw.with_suffix(".out")
    got = describe(raw.read_text(encoding="utf-8"))
    if UPDATE or not expected_file.exists():
        expected_file.write_text(got, encoding="utf-8")
    assert got == expected_file.read_text(encoding="utf-8")
