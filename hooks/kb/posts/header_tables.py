"""A table of a header row and no body rows is that header alone, as GitHub, kramdown and markdown-it draw it.

Python-Markdown's `tables` extension gives such a table one empty body row (`<td></td>` in every column): a
blank bordered row under the header. Velog and Tistory posts put two pictures side by side that way
(`![](a.png) | ![](b.png)` over `---|---`, what html2text writes for a Velog post's table of two images, or
written by hand): each showed an empty row under its pictures. Here the table keeps its header only; a body
row the author wrote, empty or not, is kept as written.

Listed in mkdocs.yml as `hooks.kb.posts.header_tables`, after `tables`: the extension's table block processor,
with only its empty-table row left out.
"""

from __future__ import annotations

from markdown.extensions import Extension
from markdown.extensions.tables import TableProcessor


class HeaderOnlyTableProcessor(TableProcessor):
    def run(self, parent, blocks) -> None:
        super().run(parent, blocks)
        table = parent[-1]
        body = table.find("tbody")
        if body is not None and len(body) == 0:  # the table had no body row: its header alone, as GFM's `<thead>`
            table.remove(body)

    def _build_empty_row(self, parent, align) -> None:
        """No made-up row: an empty table body is left out (`run`)."""


class HeaderOnlyTablesExtension(Extension):
    def extendMarkdown(self, md) -> None:
        if "table" not in md.parser.blockprocessors:  # `tables` is not loaded (or comes later): nothing to stand in for
            return
        config = md.parser.blockprocessors["table"].config
        # the name and priority of the `tables` extension's processor (75), which this one replaces
        md.parser.blockprocessors.register(HeaderOnlyTableProcessor(md.parser, config), "table", 75)


def makeExtension(**kwargs) -> HeaderOnlyTablesExtension:  # noqa: N802 - Python-Markdown's entry point name
    return HeaderOnlyTablesExtension(**kwargs)
