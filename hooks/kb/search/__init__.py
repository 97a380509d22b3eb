"""Search: pages cut into the sections a result shows (`html_sections`), Korean words cut into nouns with
Kiwi (`korean`, loaded on first use, never at import), synonym groups and their index words (`synonyms`),
the document Pagefind indexes for each page, hidden words included (`documents`), and the Pagefind index
written from them (`pagefind_index`).

May import `hooks.kb.concepts` and every stage below it; nothing imports it but the search hook.
"""
