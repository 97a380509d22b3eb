"""Links between pages: concept mentions linked in note pages (`autolink`), a note's concepts and related
notes (`note_links`), and the pages that lead to notes by category and by date (`browse`).

May import `hooks.kb.concepts` and every stage below it.
"""
