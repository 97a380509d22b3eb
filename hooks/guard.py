"""A note's failure is the note's problem: per-page event handlers of the steps after reading, guarded.

`@note_step("the formulas step")` on an `on_page_markdown` or `on_page_content` handler: when it raises on
a note's page (a library's error, recursion, a panic in a compiled library, anything but Ctrl-C), the note
gets the problem (file, the 노트 상태 page, logged once) and its page shows the note's text, escaped, under
a notice; the build goes on. On an `on_post_page` handler (`whole_page=True`) the page is kept as it was
before the step. On any other page the error is the site's own and is raised as before. Reading and
rendering a note are guarded in hooks/notes.py.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from hooks.kb.posts import registry
from hooks.kb.posts.failures import LATER, failed_page, failure_problem


def note_step(step: str, whole_page: bool = False) -> Callable:
    def wrap(handler: Callable) -> Callable:
        @functools.wraps(handler)
        def guarded(text, page, *args, **kwargs):
            note = registry.REGISTRY.get(page.file.src_uri)
            if note is None:
                return handler(text, page, *args, **kwargs)
            try:
                return handler(text, page, *args, **kwargs)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as error:  # noqa: BLE001 - one note's failure is that note's problem
                LATER.report(failure_problem(note.src_path, step, error), registry.REGISTRY)
                return text if whole_page else failed_page(note.source, error, note.title)

        return guarded

    return wrap
