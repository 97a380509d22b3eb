"""Search: Korean words cut into nouns with Kiwi (`korean`, loaded on first use, never at import), the
words and concept names added to the index (`search_index`), and pages cut into the sections Material's
search plugin cuts (`html_sections`).

May import `hooks.kb.concepts` and every stage below it; nothing imports it but the search hook.
"""
