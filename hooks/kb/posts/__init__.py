"""Reading posts: a file's bytes become a `Note` (`note`, the normalized schema every later stage reads).

`ingest` decodes a post and runs the steps in order: front-matter (`front_matter`), body rewrites for the
Markdown of Jekyll, Joplin and other blogs (`body`, `code`, `lists`), and images (`images`). `registry`
holds every note of a build; `report` is the problem (file, line, what was done) any stage reports.

May import `hooks.kb.math` (formulas are held aside before any rewrite) and `hooks.kb.machinery`.
"""
