"""Status: the "노트 상태" page, made last, from every problem the earlier steps reported."""

from __future__ import annotations

from hooks.generated import add_generated_page
from hooks.kb import registry
from hooks.kb.status import render_status

STATUS_PAGE = "status.md"


def on_files(files, config):
    add_generated_page(files, config, STATUS_PAGE, render_status(registry.REGISTRY, STATUS_PAGE))
    return files
