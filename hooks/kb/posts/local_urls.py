"""Links from a note to files of the site, right on whatever page shows them.

A note's page lives at `notes/<slug>/`, not where its file is, and its passages are quoted on concept
pages elsewhere again. MkDocs rewrites a Markdown link for its page, but not a URL in raw HTML
(`<img src>`, `<a href>`, `<source>`), and not a link whose target we found by other rules (Jekyll's
`/assets/...`, `{% post_url %}`, a file found by its name). So ingest writes every such target as
`kb-docs:<docs path>`, which means the same file wherever the text lands, and `resolve_docs_urls` makes
each one relative to the page being built (`hooks/notes.py` does it for every page made from notes,
concept pages included). External images downloaded into the site (`hooks/kb/machinery/downloads.py`)
are pointed at their copy there the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from html import unescape
from urllib.parse import quote, unquote

SCHEME = "kb-docs:"

_ATTR = re.compile(
    r"""(?P<lead>\s(?:src|href|poster)\s*=\s*)(?P<q>["'])kb-docs:(?P<url>[^"']*)(?P=q)""", re.I
)
_SRCSET = re.compile(r"""(?P<lead>\ssrcset\s*=\s*)(?P<q>["'])(?P<value>[^"']*kb-docs:[^"']*)(?P=q)""", re.I)
_BARE = re.compile(r"kb-docs:([^\s\"'<>()]+)")
_IMG_SRC = re.compile(r"""(<img\b[^>]*?\ssrc\s*=\s*)(["'])(?P<url>https?://[^"']+)\2""", re.I)


def docs_url(path: str, fragment: str = "") -> str:
    """The link text for the docs file `path` (`assets/img/a b.png` -> `kb-docs:assets/img/a%20b.png`)."""
    return SCHEME + quote(path, safe="/()+,;=@!$&'*~") + fragment


def resolve_docs_urls(
    html: str,
    href_of: Callable[[str], str | None],
    downloaded: Mapping[str, str] | None = None,
) -> str:
    """`html` with each `kb-docs:` URL replaced by `href_of(docs path)` (relative to the page shown), the
    fragment kept; a path with no page or file keeps no link (`#`). Images in `downloaded` (external URL ->
    docs path of the copy) point at the copy."""
    if SCHEME in html:

        def one(url: str) -> str:
            # the URL as written in HTML: `&` in a file name (Notion's `Algorithm & Data Structure/`) is `&amp;`
            path, hash_, fragment = unescape(url).partition("#")
            target = href_of(unquote(path))
            if target is None:
                return "#"
            return target + (hash_ + fragment if fragment else "")

        html = _ATTR.sub(lambda m: f"{m['lead']}{m['q']}{one(m['url'])}{m['q']}", html)
        html = _SRCSET.sub(
            lambda m: (
                m["lead"] + m["q"] + re.sub(r"kb-docs:(\S+)", lambda u: one(u.group(1)), m["value"]) + m["q"]
            ),
            html,
        )
        # `{% post_url %}` written bare in the text: Jekyll shows the URL there, so does the page
        html = _BARE.sub(lambda m: one(m.group(1)), html)
    if downloaded:

        def local(m: re.Match) -> str:
            copy = downloaded.get(unescape(m["url"]))
            target = href_of(copy) if copy else None
            return f"{m.group(1)}{m.group(2)}{target}{m.group(2)}" if target else m.group(0)

        html = _IMG_SRC.sub(local, html)
    return html
