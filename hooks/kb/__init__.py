"""Plain code of the knowledge base, one package per stage of a note's way to a page.

No MkDocs events here: the hook modules in `hooks/*.py` call these functions, which are tested without a
build. The stages, from the bottom up; a stage imports only the stages listed before it:

- `machinery`: build machinery that knows nothing of notes (results kept between builds, sanitizing);
- `math`: TeX found in Markdown, set aside from it, and typeset as MathML;
- `posts`: reading a post into a `Note` (decoding, front-matter, body rewrites, images, lists), the
  note registry and the problems found on the way;
- `pages`: the Markdown and text the site shows for notes (header, note list, categories and
  timeline, status page, summaries);
- `concepts`: docs/concepts.yml, matching its names in notes, passages, and the concept pages and map;
- `links`: links between pages (concept mentions, a note's concepts, related notes);
- `search`: Korean words and concept names for the search index.
"""
