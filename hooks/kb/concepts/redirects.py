"""Concept pages under their names: `concepts/합성곱-신경망/` leads to `concepts/cnn/`.

A concept's URL is its English id and never changes. An id it was published under before (renamed, or
merged into it: `formerly` in docs/concepts.yml) keeps leading to it, so links pasted in chats still work;
its Korean and English names, slugged as headings are, get the same small redirect pages (meta refresh, a script that keeps `#section`, a canonical link to the real
page and the same chat preview), so a student can type or share the Korean name.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from hooks.kb.concepts.definitions import Concept, ConceptRegistry
from hooks.kb.concepts.lists import page_url

REDIRECT_MARK = '<meta name="generator" content="kb-redirect">'


@dataclass(frozen=True)
class Redirect:
    slug: str  # concepts/<slug>/ leads to concepts/<concept.id>/
    concept: Concept


def concept_redirects(registry: ConceptRegistry, slugify: Callable[[str, str], str]) -> list[Redirect]:
    """A redirect for each former id, then for each Korean and English name whose slug is neither an id,
    a former id nor another's name."""
    taken = {c.id for c in registry.concepts} | {"index", "map"}
    redirects: list[Redirect] = []
    for concept in registry.concepts:
        for old in concept.formerly:
            taken.add(old)
            redirects.append(Redirect(old, concept))
    for concept in registry.concepts:
        for name in (concept.ko, concept.en):
            slug = slugify(name, "-")
            if slug and slug not in taken:
                taken.add(slug)
                redirects.append(Redirect(slug, concept))
    return redirects


def concept_page(concept_id: str, directory_urls: bool) -> str:
    """The concept page's place under concepts/, as MkDocs writes it (`use_directory_urls`)."""
    return page_url(f"{concept_id}.md", directory_urls)


def redirect_html(redirect: Redirect, canonical_url: str, directory_urls: bool = True) -> str:
    """The page at concepts/<slug>/, pointing at the concept's page beside it (relative, so it works on
    any host): ../<id>/, or ../<id>.html in a site without directory URLs."""
    concept = redirect.concept
    target = html.escape("../" + concept_page(concept.id, directory_urls))
    title, summary = html.escape(concept.title), html.escape(concept.summary)
    canonical = html.escape(canonical_url)
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
{REDIRECT_MARK}
<title>{title}</title>
<link rel="canonical" href="{canonical}">
<meta name="robots" content="noindex">
<meta name="description" content="{summary}">
<meta property="og:type" content="website">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{summary}">
<meta property="og:url" content="{canonical}">
<meta name="twitter:card" content="summary">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace("{target}" + location.hash)</script>
</head>
<body>
<p><a href="{target}">{title}</a> 페이지로 옮겨 갑니다.</p>
</body>
</html>
"""
