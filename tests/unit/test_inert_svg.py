"""An SVG file beside a note is published only when it can run nothing (`inert_svg` in
hooks/kb/machinery/sanitize.py): the drawings notes keep (a plot saved as SVG, a formula readme2tex typeset
for a GitHub README) are; any SVG that could run a script, fetch or link elsewhere, or expand entities is not."""

from __future__ import annotations

import pytest

from hooks.kb.machinery.sanitize import inert_svg

SVG = 'xmlns="http://www.w3.org/2000/svg"'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'

DRAWINGS = {
    # readme2tex writes its namespace as a prefix and uses glyphs by reference
    "readme2tex": '<ns0:svg xmlns:ns0="http://www.w3.org/2000/svg" xmlns:ns1="http://www.w3.org/1999/xlink" '
    'height="20pt" width="60pt"><ns0:defs><ns0:path d="M1.7 -0.7C1.6 -0.5" id="g1-120" /></ns0:defs>'
    '<ns0:g fill-opacity="0.9"><ns0:use x="109.2" y="-47.8" ns1:href="#g1-120" /></ns0:g></ns0:svg>',
    # matplotlib's savefig: an XML declaration, a style sheet, clip paths by reference
    "matplotlib": f'<?xml version="1.0" encoding="utf-8" standalone="no"?>\n<svg {SVG} {XLINK} width="460pt">'
    '<defs><style type="text/css">*{stroke-linejoin: round; stroke-linecap: butt}</style></defs>'
    '<g clip-path="url(#p3c1a)"><path d="M 0 0 L 10 10" style="fill: none; stroke: #1f77b4"/></g>'
    '<clipPath id="p3c1a"><rect width="10" height="10"/></clipPath></svg>',
    "embedded raster": f'<svg {SVG}><image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/></svg>',
}
HOSTILE = {
    "script": f"<svg {SVG}><script>alert(1)</script></svg>",
    "prefixed script": '<a:svg xmlns:a="http://www.w3.org/2000/svg"><a:script>alert(1)</a:script></a:svg>',
    "handler": f'<svg {SVG} onload="alert(1)"><rect/></svg>',
    "javascript link": f'<svg {SVG} {XLINK}><a xlink:href="javascript:alert(1)"><rect/></a></svg>',
    "animated link": f'<svg {SVG}><a><set attributeName="href" to="javascript:alert(1)"/><rect/></a></svg>',
    "html inside": f'<svg {SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
    "entities": f'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg {SVG}><text>&a;</text></svg>',
    "fetches": f'<svg {SVG}><image href="https://example.com/x.png"/></svg>',
    "fetches from a style": f'<svg {SVG}><rect style="fill: url(https://example.com/p.svg#g)"/></svg>',
    "imports a style sheet": f"<svg {SVG}><style>@import 'https://example.com/a.css';</style></svg>",
    "not an svg": "<html><body><script>alert(1)</script></body></html>",
    "not xml": "<svg><g></svg>",
}


@pytest.mark.parametrize("name", DRAWINGS)
def test_a_drawing_is_published(name):
    assert inert_svg(DRAWINGS[name].encode())


@pytest.mark.parametrize("name", HOSTILE)
def test_an_svg_that_could_run_or_fetch_is_not(name):
    assert not inert_svg(HOSTILE[name].encode())
