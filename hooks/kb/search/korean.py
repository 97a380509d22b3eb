"""Korean words to the nouns a reader searches for: `기울기소실을` -> 기울기, 소실, 기울기소실.

Korean glues particles and endings to words (`파라미터의`, `파라미터를`) and writes compound nouns without
spaces (`합성곱신경망`), so a search index of the words as written finds neither `파라미터` as a whole word
nor `소실` inside `기울기소실`. Kiwi (kiwipiepy, its model ships on PyPI, runs offline) splits each word
into morphemes; the nouns among them, and a noun run joined back, are what a reader types.

Words are analysed one at a time and cached: a site repeats the same words on every page, so the cost
follows the vocabulary, not the text. The cache of each word's nouns outlives the process in the build
cache (hooks/kb/machinery/cache.py): a build whose words are all known there does not load Kiwi at all.
Kiwi's model takes about 310 MB and a second to load; a build lets it go once its words are analysed
(`KoreanAnalyzer.keep_model` False), while `mkdocs serve` keeps it for the next edit's new words.
"""

from __future__ import annotations

import contextlib
import ctypes
import re

from hooks.kb.machinery.cache import STORE, code_digest, stable_digest

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Morphemes a reader searches for: common and proper nouns, roots, foreign words, Chinese characters.
_NOUN_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "SH"})
_SUFFIX_TAGS = frozenset({"XSN"})  # 판별+자 is one word to a reader: 판별자
_PREFIX_TAGS = frozenset({"XPN"})


_model = None


def _kiwi():
    """Kiwi, loaded once (about 1.3 s with its first analysis: only when a build needs it).

    It loads in the thread that asks: Kiwi holds Python's lock while it loads and builds its tables, so a
    thread of its own did not overlap the build (the main thread stood still for 1.1-1.2 s of its 1.3 s)."""
    global _model
    if _model is None:
        from kiwipiepy import Kiwi

        # Neither typo correction nor multi-word names are needed for nouns (the same nouns come
        # out), and leaving their dictionaries out saves about 190 MB of the 520 MB Kiwi takes.
        _model = Kiwi(load_typo_dict=False, load_multi_dict=False)
    return _model


def unload() -> None:
    """Let Kiwi go, and give its memory back to the system: glibc and mimalloc (Kiwi's own allocator,
    linked into its library) both keep freed memory otherwise. Without mimalloc's collection about
    110 MB of Kiwi's 330 MB stayed with the process for the rest of the build, beside Pagefind's run.
    Nothing holds Kiwi in a reference cycle: it goes when its last reference does, without a full garbage
    collection (0.1 s of a 200-note build, more with more pages in memory)."""
    global _model
    if _model is None:
        return
    _model = None
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the allocator's to give back
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    with contextlib.suppress(ImportError, OSError, AttributeError):  # a Kiwi built without mimalloc
        import _kiwipiepy

        ctypes.CDLL(_kiwipiepy.__file__).mi_collect(ctypes.c_bool(True))  # force: every thread's free pages


class KoreanAnalyzer:
    """noun_parts(words) with a cache of each word's nouns that outlives a build (a hook module lives
    through `mkdocs serve`) and the process (the build cache)."""

    def __init__(self):
        self._parts: dict[str, tuple[str, ...]] = {}
        self._read_in: object = None  # the build whose cache `_parts` holds (`STORE.build`)
        self.keep_model = False  # Kiwi stays loaded after a build (`mkdocs serve`: the next edit's words)

    def noun_parts(self, words) -> dict[str, tuple[str, ...]]:
        """{word: its nouns, then the noun run as one word if it had several} for Hangul words."""
        self._parts.update(self._read_cache())
        new = [w for w in dict.fromkeys(words) if w not in self._parts and HANGUL.search(w)]
        if new:
            for word, tokens in zip(new, _kiwi().tokenize(new), strict=True):
                self._parts[word] = nouns_of([(t.form, t.tag) for t in tokens])
            STORE.put(_cache_key(), self._parts)
        if not self.keep_model:
            unload()
        return {w: self._parts.get(w, ()) for w in words}

    def _read_cache(self) -> dict[str, tuple[str, ...]]:
        """The words the build cache holds, once a build (reading marks them used in it)."""
        if self._read_in == STORE.build:
            return {}
        self._read_in = STORE.build
        found = STORE.get(_cache_key())
        return found if isinstance(found, dict) else {}


def _cache_key() -> bytes:
    """Every word's nouns, in one entry of the build cache (one query, however many words)."""
    return b"nouns:" + stable_digest(("nouns", code_digest()))


def nouns_of(morphemes: list[tuple[str, str]]) -> tuple[str, ...]:
    """The nouns of one analysed word: each noun, and each run of two or more nouns joined.

    A noun suffix joins the noun before it (판별+자 -> 판별자), a noun prefix the noun after it.
    """
    runs: list[list[str]] = []
    run: list[str] = []
    prefix = ""
    for form, tag in morphemes:
        if tag in _NOUN_TAGS:
            run.extend(prefix + part for part in form.split())  # Kiwi knows some spaced names
            prefix = ""
        elif tag in _SUFFIX_TAGS and run:
            run[-1] += form
        elif tag in _PREFIX_TAGS:
            prefix = form
        else:
            if run:
                runs.append(run)
            run, prefix = [], ""
    if run:
        runs.append(run)
    found: list[str] = []
    for nouns in runs:
        found.extend(nouns)
        if len(nouns) > 1:
            found.append("".join(nouns))
    return tuple(dict.fromkeys(n.lower() for n in found))
