"""Browse: the categories page (categories/) and the timeline of notes by date (timeline/).

Generated in `on_files` from the note registry, like the note list; a hand-written page at the same
path wins. The Markdown is made by `hooks/kb/pages/browse.py`.
"""

from __future__ import annotations

from hooks.generated import add_generated_page
from hooks.kb.pages.browse import CATEGORIES, TIMELINE, render_categories, render_timeline
from hooks.kb.posts import registry


def on_files(files, config):
    notes = registry.REGISTRY.published()
    add_generated_page(files, config, CATEGORIES, render_categories(notes))
    add_generated_page(files, config, TIMELINE, render_timeline(notes))
    return files
