"""Links between pages: concept mentions linked in note pages (`autolink`), a note's concepts and related
notes (`note_links`).

May import `hooks.kb.concepts` and every stage below it.
"""
