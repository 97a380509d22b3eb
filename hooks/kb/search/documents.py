"""What Pagefind indexes of a page: its sections as the reader sees them, each followed by hidden words.

The page's sections (`html_sections`: its title and the text before the first heading, then each heading
with an id and its text) become a small HTML document: `<h1>` the title, `<h2 id>` each heading. After
each section comes a `<div id="kbw-N">` of words the index adds, which the search box never shows:

- the nouns of its Korean words that a query cannot reach as the start of a word (`소실` in
  `기울기소실을`; `파라미터` of `파라미터의` is already reached, since Pagefind matches a query word as the
  start of an indexed word);
- in a note, the token of each synonym group the section names (`hooks/kb/search/synonyms.py`), so a
  query for one name finds the notes that write another. A token weighs as the name it stands for: a
  name in a heading gives its token the heading's weight, so a section about a word (`파라미터 갯수`)
  counts for the word's group as it counts for the word;
- on a concept page, every name of the concept, and its token weighted high, so the page about a topic
  ranks first for any of its names; and the token of each glossary word its summary says (`게이트` of
  LSTM's), since a glossary word has no page of its own and is searched by its token. The page's other
  words weigh twice a note's (Material's index boosted the page the same way): the site's summary of
  what the notes say on a topic stays near the top for a word of it. A concept page that quotes no note
  yet is a definition only, and weighs as a note: among the five pages whose summaries say 생성자, GAN's,
  which quotes the notes on the generator, comes before its variants', which quote none.

The site's own lists (the concept index and map, the note list, tags, the status page) get nouns but no
tokens: they name every concept, and are found by the words they show. Their text weighs a quarter of a
note's, so a topic's notes and concept page come before the lists that name it (their titles count fully).

A concept page is indexed by its title and summary only: its sections quote the notes' passages, and the
notes' own sections are the ones to find.

Korean is written into the document decomposed (each Hangul syllable as its letters, Unicode's NFD), which
is how Pagefind keeps words in its index and reads a query anyway: written composed, every Korean word of
the site lands in one index chunk, however large (1.5 MB at 5000 notes, fetched whole on a reader's first
Korean query; Pagefind issue #1211), while decomposed they are cut into chunks of the usual size. What a
result shows is composed again in the browser.

In the browser (`overrides/assets/javascripts/kb-search.js`), Pagefind's `anchors` give where each section
and each hidden part begins in the page's text: a result shows the section's visible words only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from html import escape, unescape

from hooks.kb.math.readable import split_hidden
from hooks.kb.search.korean import HANGUL, KoreanAnalyzer
from hooks.kb.search.synonyms import Synonyms

HIDDEN_ID = "kbw-"  # id prefix of the hidden words after each section (the browser knows it)
TOKEN_WEIGHT = "10"  # Pagefind's highest: a concept page's token, so it ranks first for the concept's names
CONCEPT_WEIGHT = "2"  # the rest of a concept page: the site's summary of a topic counts more than a note
HEADING_WEIGHTS = ("7", "6")  # Pagefind's weights of <h1> (the page's title) and <h2> (a section's)
LIST_WEIGHT = "0.25"  # the site's own lists, below the notes and concept pages they list
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")  # a word as Pagefind splits text, near enough to decide what a prefix reaches
# Korean writing lists words with a middle dot (`입력·망각·출력`, `forget·input·output`), which Pagefind
# reads as part of a word: spaced, each word is found.
_MIDDLE_DOTS = re.compile(r"\s*[·・‧]\s*")
_SYLLABLES = re.compile("[\uac00-\ud7a3]+")


def decomposed(text: str) -> str:
    """`text` with its Hangul syllables as their letters (NFD), and nothing else changed."""
    return _SYLLABLES.sub(lambda m: unicodedata.normalize("NFD", m.group()), text)


def plain_text(html: str) -> str:
    return unescape(_TAG.sub(" ", html))


def korean_words(texts: Iterable[str]) -> list[str]:
    """The distinct lowercased words of `texts` (plain text) that hold Hangul: what Kiwi is asked about."""
    return list(dict.fromkeys(w for text in texts for w in _WORD.findall(text.lower()) if HANGUL.search(w)))


def hidden_nouns(text: str, nouns: dict[str, tuple[str, ...]]) -> list[str]:
    """The nouns of the Korean words of `text` that no word of it starts with, in order.

    `nouns` maps each Korean word (lowercased) to its nouns (`KoreanAnalyzer.noun_parts`)."""
    words = _WORD.findall(text.lower())
    found = dict.fromkeys(n for w in words for n in nouns.get(w, ()) if not w.startswith(n))
    present = set(words)
    return [n for n in found if n not in present]


def page_document(
    url: str,
    sections: list[dict],
    nouns: dict[str, tuple[str, ...]],
    synonyms: Synonyms,
    note: bool,
    definition_only: bool = False,
) -> str:
    """The HTML document Pagefind indexes for the page at `url`, from its search sections (Material's
    entries: `location`, `title` and `text` as HTML, the page itself first). `note`: a page made from a
    note, whose sections get the tokens of the synonym groups they name. `definition_only`: a concept
    page that quotes no note."""
    group = synonyms.of_page(url)
    named = synonyms.tokens_in if note else synonyms.glossary_tokens_in if group is not None else None
    parts = ['<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"></head><body><main data-pagefind-body>']
    for number, section in enumerate(sections):
        page, _, anchor = section["location"].partition("#")
        if number and group is not None:
            break  # a concept page: its quotes of the notes are left out
        title, in_title = split_hidden(_MIDDLE_DOTS.sub(" · ", section.get("title", "")))
        text, in_text = split_hidden(_MIDDLE_DOTS.sub(" · ", section.get("text", "")))
        formulas = in_title + in_text  # the words of its formulas, which no excerpt shows
        if number == 0:
            parts.append(f"<h1>{title}</h1>")
        else:
            parts.append(f'<h2 id="{escape(anchor)}">{title}</h2>')
        weight = _text_weight(group is not None, note, definition_only)
        parts.append(f'<div data-pagefind-weight="{weight}">{text}' if weight else text)
        plain = f"{plain_text(title)} {plain_text(text)} {' '.join(formulas)}"
        hidden = [*formulas, *hidden_nouns(plain, nouns)]
        if number == 0 and group is not None:
            # The token weighted high: the page ranks first for its names. The names themselves are
            # words of the page like any other.
            parts.append(f'<div id="{HIDDEN_ID}{number}" data-pagefind-weight="{TOKEN_WEIGHT}">{group.token}</div>')
            hidden = list(dict.fromkeys([*group.names, *hidden]))
        if named is not None:  # each time a name appears: as often as the page says it, where it says it
            if in_title := named(plain_text(title)):
                heading = HEADING_WEIGHTS[min(number, 1)]
                parts.append(f'<div id="{HIDDEN_ID}{number}h" data-pagefind-weight="{heading}">{" ".join(in_title)}</div>')
            hidden += named(f"{plain_text(text)} {' '.join(formulas)}")
        if hidden:
            parts.append(f'<div id="{HIDDEN_ID}{number}w">{escape(" ".join(hidden))}</div>')
        if weight:
            parts.append("</div>")
    parts.append("</main></body></html>")
    return decomposed("\n".join(parts))


def opening(section: dict, words: int = 32) -> tuple[str, str]:
    """A page's first search section as its result shows it before a query's words are placed: its title,
    and the first `words` words of its text (the search box's excerpt is 32 words long), plain, formulas
    as they read, without the words a formula adds for search only."""
    title, _ = split_hidden(section.get("title", ""))
    text, _ = split_hidden(_MIDDLE_DOTS.sub(" · ", section.get("text", "")))
    return " ".join(plain_text(title).split()), " ".join(plain_text(text).split()[:words])


def _text_weight(concept_page: bool, note: bool, definition_only: bool) -> str | None:
    """The weight of a page's text, None for a note's (1)."""
    if concept_page:
        return None if definition_only else CONCEPT_WEIGHT
    return None if note else LIST_WEIGHT


def analyse(analyzer: KoreanAnalyzer, pages: dict[str, list[dict]]) -> dict[str, tuple[str, ...]]:
    """The nouns of every Korean word of these pages' sections, asked of Kiwi in one batch."""
    texts = (plain_text(f"{s.get('title', '')} {s.get('text', '')}") for entries in pages.values() for s in entries)
    return analyzer.noun_parts(korean_words(texts))
