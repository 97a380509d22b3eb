"""Math: TeX found the way the notes' blogs found it (`tex`), set aside so Markdown never touches it
(`slots`), and typeset as MathML at build time (`mathml`).

May import `hooks.kb.posts` and `hooks.kb.machinery`.
"""
