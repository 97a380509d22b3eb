"""Concepts: docs/concepts.yml read and checked (`definitions`), its names matched in notes (`aliases`; an acronym a note spells out as something else is
that note's own word: `acronyms`),
notes cut into blocks (`outline`; read without the sign-off their blog closes every post with: `signoffs`), the passages about each concept found (`passages`, by the rules of
`judging`, written by `quoting` with what they use of their note's definitions (`borrowed`), gathered in
`coverage`),
headings several notes share proposed as new concepts (`candidates`), and the generated pages: one per
concept (`pages`, `lists`), the index of what each note covers (`index`), the map (`map`) and the
redirects from a concept's other names (`redirects`).

May import `hooks.kb.pages`, `hooks.kb.math`, `hooks.kb.posts` and `hooks.kb.machinery`.
"""
