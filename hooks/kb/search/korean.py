"""Korean words to the nouns a reader searches for: `기울기소실을` -> 기울기, 소실, 기울기소실.

Korean glues particles and endings to words (`파라미터의`, `파라미터를`) and writes compound nouns without
spaces (`합성곱신경망`), so a search index of the words as written finds neither `파라미터` as a whole word
nor `소실` inside `기울기소실`. Kiwi (kiwipiepy, its model ships on PyPI, runs offline) splits each word
into morphemes; the nouns among them, and a noun run joined back, are what a reader types.

Words are analysed one at a time and cached: a site repeats the same words on every page, so the cost
follows the vocabulary, not the text. The cache of each word's nouns outlives the process in the build
cache (hooks/kb/machinery/cache.py): a build whose words are all known there does not start Kiwi at all.

Kiwi runs in a process of its own (`KiwiProcess`). It holds Python's lock for the whole of its work (its
model's load, 0.5-1 s, the tables its first analysis builds, as long again, and every analysis): in the
build's process, even in a thread of its own, everything else stood still meanwhile, the pages of a
first `mkdocs serve` included. In its own process it works on the other core while the build goes on,
and its memory (about 330 MB) is the system's again when the process ends: after a build's analysis,
or, under `mkdocs serve`, which keeps it for the next edit's new words, when the server stops.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from hooks.kb.machinery.cache import STORE, code_digest, stable_digest

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Morphemes a reader searches for: common and proper nouns, roots, foreign words, Chinese characters.
_NOUN_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "SH"})
_SUFFIX_TAGS = frozenset({"XSN"})  # 판별+자 is one word to a reader: 판별자
_PREFIX_TAGS = frozenset({"XPN"})
_ROOT = Path(__file__).resolve().parents[3]  # the folder that holds hooks/: where Kiwi's process imports this


def kiwi_seconds(words: int) -> float:
    """How long Kiwi's process may take over one batch of words before it is taken as hung and ended: its
    load and first analysis took 2.4 s, and 40,000 new words 1.2 s more, on a loaded 2-core machine, so
    five minutes is more than ten times any site's first build; past a million words, more. A hung
    process would otherwise hold a `mkdocs build` for ever, and under `mkdocs serve` every later edit."""
    return max(300.0, 0.0003 * words)


class KiwiHung(RuntimeError):
    """Kiwi's process gave no answer within its time (`kiwi_seconds`), and was ended."""


class KiwiProcess:
    """Kiwi in a process of its own, which loads it as it starts and answers each line of words written
    to it (JSON) with a line of their nouns."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None

    def start(self) -> None:
        """Start the process (Kiwi loads beside whatever the build does next), if it is not running."""
        if self._process is None or self._process.poll() is not None:
            path = os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")]))
            self._process = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": path}, cwd=_ROOT,  # `-m` looks in its folder first
            )  # fmt: skip

    def nouns(self, words: list[str]) -> list[tuple[str, ...]]:
        """Each word's nouns (`nouns_of`), in order. KiwiHung when the process gives none in its time."""
        self.start()
        process = self._process
        seconds = kiwi_seconds(len(words))
        deadline = time.monotonic() + seconds
        try:
            sent = _write_within(process.stdin, json.dumps(words, ensure_ascii=False).encode("utf-8") + b"\n", deadline)
            answer = _line_within(process.stdout, deadline) if sent else None
        except OSError as error:
            answer, failure = b"", error
        else:
            failure = None
        if answer is None:
            self.stop(kill=True)
            raise KiwiHung(f"Kiwi's process gave no nouns in {seconds:.0f} s and was ended")
        if not answer.endswith(b"\n"):  # it ended (killed, out of memory) before its whole answer
            self.stop()
            raise RuntimeError(f"Kiwi's process gave no nouns: {failure or f'it ended with code {process.returncode}'}")
        return [tuple(nouns) for nouns in json.loads(answer)]

    def stop(self, kill: bool = False) -> None:
        """End the process (it ends when its input does; `kill`: at once, it answers no more), and wait for it."""
        process, self._process = self._process, None
        if process is not None:
            if kill:
                process.kill()
            with contextlib.suppress(OSError):  # words it never read, when it ended first
                process.stdin.close()
            process.wait()
            process.stdout.close()


def _write_within(stream, data: bytes, deadline: float) -> bool:
    """Write `data` to `stream` (a pipe, by its descriptor); False when the reader took not all of it before
    `deadline`: a process that reads no more would otherwise block the write once the pipe is full."""
    fd, view = stream.fileno(), memoryview(data)
    while view:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([], [fd], [], remaining)[1]:
            return False
        view = view[os.write(fd, view[: select.PIPE_BUF]) :]  # no more than a writable pipe takes at once
    return True


def _line_within(stream, deadline: float) -> bytes | None:
    """One line of `stream` (a pipe, read by its descriptor: nothing is left in a buffer), up to its end if
    it ends first; None when no whole line came before `deadline` (`time.monotonic()`)."""
    fd, answer = stream.fileno(), bytearray()
    while not answer.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        answer += chunk
    return bytes(answer)


def answer_lines(lines, out) -> None:
    """What Kiwi's process does: load Kiwi, then answer each line of words with their nouns."""
    from kiwipiepy import Kiwi

    # Neither typo correction nor multi-word names are needed for nouns (the same nouns come out), and
    # leaving their dictionaries out saves about 190 MB of the 520 MB Kiwi takes.
    kiwi = Kiwi(load_typo_dict=False, load_multi_dict=False)
    kiwi.tokenize("한국어")  # its first analysis builds its tables: before the first words come
    for line in lines:
        words = json.loads(line)
        found = [nouns_of([(t.form, t.tag) for t in tokens]) for tokens in kiwi.tokenize(words)] if words else []
        out.write(json.dumps(found, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()


class KoreanAnalyzer:
    """noun_parts(words) with a cache of each word's nouns that outlives a build (a hook module lives
    through `mkdocs serve`) and the process (the build cache)."""

    def __init__(self):
        self._parts: dict[str, tuple[str, ...]] = {}
        self._read_in: object = None  # the build whose cache `_parts` holds (`STORE.build`)
        self.keep_model = False  # Kiwi's process stays after a build (`mkdocs serve`: the next edit's words)
        self.kiwi = KiwiProcess()

    def noun_parts(self, words) -> dict[str, tuple[str, ...]]:
        """{word: its nouns, then the noun run as one word if it had several} for Hangul words."""
        self.read_cache()
        new = [w for w in dict.fromkeys(words) if w not in self._parts and HANGUL.search(w)]
        if new:
            self._parts.update(zip(new, self.kiwi.nouns(new), strict=True))
            STORE.put(_cache_key(), self._parts)
        if not self.keep_model:
            self.kiwi.stop()
        return {w: self._parts.get(w, ()) for w in words}

    def start_if_new(self) -> None:
        """Start Kiwi's process now, beside the build, when neither this process nor the build cache knows
        any word's nouns (a first build): its words will all be new, and Kiwi's load and first analysis
        are over when they come."""
        if not self._parts and not STORE.has(_cache_key()):
            self.kiwi.start()

    def read_cache(self) -> None:
        """Take in the words the build cache holds, once a build. Called before the build ends when the
        words are analysed after it (`mkdocs serve`): its end drops from the cache what it did not read."""
        self._parts.update(self._read_cache())

    def keep_cache(self) -> None:
        """Keep the words the build cache holds through a build that needs none of them (every search
        document was in the cache): unread, they would be dropped at its end, and the next build would
        start Kiwi for words it knew."""
        STORE.keep(_cache_key())

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


if __name__ == "__main__":  # Kiwi's process (KiwiProcess)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C on `mkdocs serve` reaches it too: the server ends it
    answer_lines(sys.stdin.buffer, sys.stdout.buffer)
