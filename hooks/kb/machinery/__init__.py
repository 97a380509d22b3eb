"""Build machinery that knows nothing of notes: results kept between `mkdocs serve` builds (`memo`),
garbage collection paused for bulk work (`bulk`), HTML sanitizing (`sanitize`), pages rendered ahead
on other cores (`workers`), and what `mkdocs serve --dirty` wrote, to know what to render again (`rendered`).

Imports nothing else of `hooks.kb`: every other stage may import it.
"""
