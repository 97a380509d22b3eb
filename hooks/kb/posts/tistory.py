"""Tistory's image markers, `[##_Image|kage@.../img.png|CDM|1.3|{"originWidth":1314,...}_##]`, as the figures
the blog showed.

A post exported from Tistory (its editor's Markdown, or a backup) keeps each image as the marker Tistory's
server replaces with the picture, served from `blog.kakaocdn.net/dn/<the kage@ path>`. Python-Markdown showed
the marker as text, half of it in italics, and the figure was lost. The editor's JSON gives the caption, the
alt text and the width it was shown at; the older editor's marker gives the caption after the attributes.
A grid or gallery (`[##_ImageGrid|kage@a...|kage@b..._##]`) is its images, one after another. A converter that
wrote the marker as a Markdown image's alt text (`![##_Image|kage@..._##](https://img1.daumcdn.net/...)`) left a
`!` and the URL in brackets around the figure: the whole image is the figure.
"""

from __future__ import annotations

import html
import json
import re

from hooks.kb.posts.body import LineOf
from hooks.kb.posts.html_blocks import closed_elements
from hooks.kb.posts.liquid import figure_html
from hooks.kb.posts.report import Problem

CDN = "https://blog.kakaocdn.net/dn/"
# The editor's folded text (접은글): `<div data-ke-type="moreLess" data-text-more="더보기" ...><a
# class="btn-toggle-moreless">더보기</a><div class="moreless-content">...</div></div>`, which the blog's script
# unfolds. Without it the button was a word of text over the content: it is a `<details>` titled by its button.
_FOLD_OPEN = re.compile(
    r"""<div\b(?P<attrs>[^>]*\bdata-ke-type=["']moreLess["'][^>]*)>\s*"""
    r"""(?:<a\b[^>]*\bbtn-toggle-moreless\b[^>]*>(?P<label>[^<]*)</a>)?""",
    re.I,
)
_BUTTON = re.compile(r"<a\b[^>]*\bbtn-toggle-moreless\b[^>]*>[^<]*</a>", re.I)
_MORE = re.compile(r"""\bdata-text-more=["'](?P<text>[^"']*)["']""", re.I)
_DIV_TAG = re.compile(r"<(?P<close>/?)div\b[^>]*>", re.I)
# A converter's Markdown may wrap the marker in an image of the picture's URL: `![##_Image|kage@..._##](https://...)`.
_MARKER = re.compile(
    r"(?P<bang>!)?\[##_(?P<kind>Image|ImageGrid|Gallery)\|(?P<body>[^\n]*?)_##\]"
    r"(?(bang)\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\))"
)
_KAGE = re.compile(r"kage@(?P<path>[^|,~\s\"'\]]+)")
_JSON = re.compile(r"\{[^{}]*\}")


def tistory_images(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """Each `[##_Image|kage@..._##]` marker -> its figure (`<figure class="kb-figure">`), with its caption."""
    if "[##_" not in text:
        return text, []
    problems: list[Problem] = []

    def figure(m: re.Match) -> str:
        images = [_image(m["body"], kage) for kage in _KAGE.finditer(m["body"])]
        if not images:
            return m.group(0)
        problems.append(
            Problem(
                path,
                line_of(m.start()),
                f"a Tistory image marker '[##_{m['kind']}|...]'",
                f"shown as {'its image' if len(images) == 1 else f'its {len(images)} images'} from blog.kakaocdn.net",
                "info",
            )
        )
        if len(images) > 1:
            return "".join(figure_html(image) for image, _ in images)
        return figure_html(*images[0])

    return _MARKER.sub(figure, text), problems


def _image(body: str, kage: re.Match) -> tuple[str, str]:
    """(the `<img>` of one `kage@` path, its caption) from the fields after it in the marker."""
    rest = body[kage.end() :]
    rest = rest[: rest.find("kage@")] if "kage@" in rest else rest
    details = _details(rest)
    alt, caption = str(details.get("alt") or ""), str(details.get("caption") or "")
    if not details:  # the older editor: `kage@...|alignCenter|data-origin-width="0" ...|caption|`
        fields = rest.split("|")
        caption = fields[3].strip() if len(fields) > 3 else ""
    width = details.get("width")
    size = f' width="{int(width)}"' if isinstance(width, int | float) and width > 0 else ""
    alt = alt or caption or (str(details.get("filename") or "") if details else "")
    source = html.escape(CDN + kage["path"], quote=True)
    return f'<img src="{source}" alt="{html.escape(alt, quote=True)}"{size}>', caption


def _details(fields: str) -> dict:
    """The editor's JSON after a path (`{"originWidth":1314,"caption":"..."}`), or {}."""
    found = _JSON.search(fields)
    if found is None:
        return {}
    try:
        details = json.loads(found.group(0))
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def tistory_folds(text: str, path: str, line_of: LineOf) -> tuple[str, list[Problem]]:
    """Each folded text of Tistory's editor (`data-ke-type="moreLess"`) -> `<details>` under its button's words
    (`더보기`), its content as written; one never closed stays as written."""
    if "moreLess" not in text and "moreless" not in text.lower():
        return text, []
    problems: list[Problem] = []
    out, done = [], 0
    for opened, close in closed_elements(_FOLD_OPEN, _DIV_TAG, text):
        more = _MORE.search(opened["attrs"])
        label = html.escape(html.unescape((opened["label"] or (more["text"] if more else "") or "더보기").strip()))
        problems.append(Problem(path, line_of(opened.start()), "a Tistory folded text (더보기)", "shown folded", "info"))
        inner = _BUTTON.sub("", text[opened.end() : close.start()])  # a fold pasted in a fold: its button again
        out += [text[done : opened.start()], f'<details class="note"><summary>{label}</summary>', inner, "</details>"]
        done = close.end()
    return "".join([*out, text[done:]]), problems
