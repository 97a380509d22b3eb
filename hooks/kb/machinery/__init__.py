"""Build machinery that knows nothing of notes: results kept between builds (`memo`, in the process and
in the build cache on disk, `cache`), what a step logged and looked up, done again when its result is
taken from the cache (`recorded`), garbage collection paused for bulk work (`bulk`), HTML sanitizing
(`sanitize`), and what `mkdocs serve --dirty` wrote, to know what to render again (`rendered`).

Imports nothing else of `hooks.kb`: every other stage may import it.
"""
