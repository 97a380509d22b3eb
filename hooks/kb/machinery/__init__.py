"""Build machinery that knows nothing of notes: results kept between `mkdocs serve` builds (`memo`),
garbage collection paused for bulk work (`bulk`), HTML sanitizing (`sanitize`), and pages rendered ahead
on other cores (`workers`).

Imports nothing else of `hooks.kb`: every other stage may import it.
"""
