"""Math: TeX found the way the notes' blogs found it (`tex`), with what their Markdown did to it undone
(`escapes`), set aside so Markdown never touches it (`slots`), rewritten where math-core refuses what MathJax
accepts (`rewrites`; mhchem's reactions read by `chemistry`), numbered as a blog's `autoNumber: "all"` numbered
them (`numbering`), its macros written out for a formula quoted without the one defining them (`macros`), and
typeset as MathML at build time (`mathml`).

May import `hooks.kb.machinery` only: reading a post (`hooks.kb.posts`) holds formulas aside first.
"""
