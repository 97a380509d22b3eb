"""A note's table of contents where it wrote one (`[TOC]`: kramdown's `{:toc}`, minimal-mistakes' `{% include toc %}`,
Typora's `[toc]`, VuePress' `[[toc]]`, HackMD's `[TOC]`), listing the note's sections, as the blog did.

Python-Markdown's toc extension draws the whole page's headings, and a note's page opens with its title as its
only `h1`: the list was the title alone, every section nested one level under it. The blog's list held the
sections (the title stood outside the post's body there). Listed in mkdocs.yml after `toc`, this takes the
title's entry out, its sections at the list's top.
"""

from __future__ import annotations

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class TocWithoutTitle(Treeprocessor):
    """Each `div.toc` whose list is the page's `h1` alone -> the list of that heading's sections."""

    def run(self, root) -> None:
        title = next(root.iter("h1"), None)
        if title is None or not title.get("id"):
            return
        for div in root.iter("div"):
            if div.get("class") != "toc" or len(div) != 1 or div[0].tag != "ul" or len(div[0]) != 1:
                continue
            entry = div[0][0]
            link, sections = entry.find("a"), entry.find("ul")
            if link is not None and link.get("href") == f"#{title.get('id')}" and sections is not None:
                div.remove(div[0])
                div.append(sections)


class TocMarker(Extension):
    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(TocWithoutTitle(md), "kb_toc_without_title", 4)  # after toc's (5)


def makeExtension(**kwargs) -> TocMarker:  # noqa: N802 - Python-Markdown's name for it
    return TocMarker(**kwargs)
