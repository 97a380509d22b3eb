"""Results kept on disk between builds, in `.cache/build/` beside the docs folder, keyed by what made them.

A result is stored under a digest of the step that made it, of the code that made it (every module of
`hooks/`, the name and version of every installed distribution: MkDocs, Material, Python-Markdown, Kiwi
and its model...; and Python's version), of the site's configuration for the steps that read it, and of
the step's whole input. A result whose code, configuration or input changed is never found again: it is
stale by construction, and dropped at the end of the next full build. A value that cannot be read back
(a file cut short, a pickle of another Python) is a miss; a database SQLite cannot open is started over.
Nothing read from the cache is trusted beyond its key.

`mkdocs build`, a restarted `mkdocs serve` and the Pages workflow (actions/cache keeps `.cache/build`)
share the folder. The values are pickles: the folder is the project's own, trusted as its hooks are.
"""

from __future__ import annotations

import contextlib
import copyreg
import hashlib
import io
import logging
import marshal
import os
import pickle
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.cache")
FORMAT = b"kb-cache-1"  # changed when the layout of the database changes
_HOOKS = Path(__file__).resolve().parents[2]  # hooks/: every module of the pipeline
MISSING = object()


def key_digest(value: Any) -> bytes:
    """A digest of a result's key, fast: strings, bytes, numbers, None, and tuples, lists and dicts of
    them (marshal's format without references, so the same value gives the same bytes in every process;
    a set's order is not: a key with a set would only miss). Anything else raises ValueError."""
    return hashlib.blake2b(marshal.dumps(value, 2), digest_size=16).digest()


def stable_digest(value: Any) -> bytes:
    """A digest of `value` that is the same in every process (Python's `hash` is not): strings, bytes,
    numbers, None, and tuples, lists, sets and dicts of them, sets and dicts in any order."""
    h = hashlib.blake2b(digest_size=16)
    _feed(h, value)
    return h.digest()


def _feed(h, value: Any) -> None:
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        h.update(b"s" + len(data).to_bytes(8, "little"))
        h.update(data)
    elif isinstance(value, bytes | bytearray | memoryview):
        h.update(b"b" + len(value).to_bytes(8, "little"))
        h.update(value)
    elif value is None or isinstance(value, bool | int | float):
        data = repr(value).encode()
        h.update(b"v" + len(data).to_bytes(1, "little") + data)
    elif isinstance(value, tuple | list):
        h.update(b"t" + len(value).to_bytes(8, "little"))
        for item in value:
            _feed(h, item)
    elif isinstance(value, set | frozenset):
        h.update(b"e" + len(value).to_bytes(8, "little"))
        for item in sorted(stable_digest(item) for item in value):
            h.update(item)
    elif isinstance(value, dict):
        h.update(b"d" + len(value).to_bytes(8, "little"))
        for pair in sorted(stable_digest(item) for item in value.items()):
            h.update(pair)
    else:
        raise TypeError(f"no stable digest for a {type(value).__name__}")


_code: bytes | None = None


def code_digest() -> bytes:
    """The code every result is made by: the hooks' sources, the installed distributions, Python."""
    global _code
    if _code is None:
        h = hashlib.blake2b(FORMAT, digest_size=16)
        for path in sorted(_HOOKS.rglob("*.py")):
            _feed(h, (path.relative_to(_HOOKS).as_posix(), path.read_bytes()))
        distributions = set()
        for folder in sys.path:
            try:
                distributions.update(
                    n for n in os.listdir(folder or ".") if n.endswith((".dist-info", ".egg-info"))
                )
            except OSError:
                continue
        _feed(h, (tuple(sorted(distributions)), sys.version))
        _code = h.digest()
    return _code


class ResultStore:
    """The cache's database: `results(key, value, used)`, `used` being the number of the last build that
    asked for the result. A build's writes are one transaction, committed when it ends well."""

    NAME = "results.sqlite"

    def __init__(self) -> None:
        self.folder: Path | None = None
        self._db: sqlite3.Connection | None = None
        self._build = 0
        self.config = b""  # the site configuration's digest, for results that read it (`set_config`)
        self.build: object = None
        self._touched: list[tuple[bytes, Any, tuple]] = []
        # Keys in the database as of this process's last commit, and those stored or read since: a value a
        # rebuild of `mkdocs serve` found in memory needs no write if it is among them.
        self._stored: set[bytes] = set()
        self._pending: set[bytes] = set()
        self.hits = self.misses = 0

    @property
    def active(self) -> bool:
        return self._db is not None

    def open(self, folder: str | Path) -> None:
        """Start a build with the cache in `folder` (created if need be). Without a usable folder the build
        goes on without a cache."""
        folder = Path(folder)
        if self._db is not None and self.folder == folder:
            self._rollback()
        else:
            self.close()
            self.folder = folder
            self._db = self._connect(folder)
        self._pending = set()
        self.hits = self.misses = 0
        self._touched: list[tuple[bytes, Any, tuple]] = []
        self.build = object()  # this build, as those who read the cache once a build tell it
        if self._db is not None:
            try:
                self._db.execute("BEGIN")
                found = self._db.execute("SELECT value FROM meta WHERE name = 'build'").fetchone()
                self._build = (int(found[0]) if found else 0) + 1
            except sqlite3.Error as error:
                self._give_up(error)

    def _connect(self, folder: Path) -> sqlite3.Connection | None:
        path = folder / self.NAME
        for attempt in range(2):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, timeout=1, isolation_level=None, check_same_thread=False)
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = OFF")  # a cache: a file cut short by a crash is started over
                db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, value BLOB, used INTEGER)"
                )
                db.execute("SELECT count(*) FROM meta").fetchone()
                return db
            except sqlite3.DatabaseError as error:  # not a database, or a corrupt one: started over
                log.info("The build cache %s cannot be read (%s): it is started over", path, error)
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                if attempt:
                    return None
            except OSError as error:
                log.info("No build cache in %s (%s): everything is computed", folder, error)
                return None
        return None

    def set_config(self, text: str, settings: tuple) -> None:
        """The configuration this build reads: mkdocs.yml's text and settings given besides it."""
        self.config = stable_digest((text, settings))

    def get(self, key: bytes, shared: tuple = ()) -> Any:
        """The value stored under `key`, or MISSING. `shared`: the objects `put` was given, in order."""
        db = self._db  # as in `put`
        if db is None:
            return MISSING
        try:
            row = db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            if row is None:
                self.misses += 1
                return MISSING
            value = _loads(row[0], shared)
            db.execute("UPDATE results SET used = ? WHERE key = ?", (self._build, key))
            self._pending.add(key)
        except sqlite3.Error as error:
            self._give_up(error)
            return MISSING
        except Exception:  # noqa: BLE001 - a value that cannot be read back is a miss
            self.misses += 1
            return MISSING
        self.hits += 1
        return value

    def has(self, key: bytes) -> bool:
        """Whether a value is stored under `key` (not read, nor marked used)."""
        db = self._db  # as in `put`
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None
        except sqlite3.Error as error:
            self._give_up(error)
            return False

    def keep(self, key: bytes) -> None:
        """The value stored under `key` is used by this build, though not read: a build that prunes keeps it."""
        db = self._db  # as in `put`
        if db is None:
            return
        try:
            if db.execute("UPDATE results SET used = ? WHERE key = ?", (self._build, key)).rowcount:
                self._pending.add(key)
        except sqlite3.Error as error:
            self._give_up(error)

    def touch(self, key: bytes, value: Any, shared: tuple = ()) -> None:
        """A value found in the process's memory is used again: kept (stored when the build ends, if it
        is not yet: a build before may have failed)."""
        if self._db is not None:
            self._touched.append((key, value, shared))

    def put(self, key: bytes, value: Any, shared: tuple = ()) -> None:
        """Store `value`; objects of `shared` it refers to (the build's concept registry) are stored as a
        reference, and are the `shared` objects `get` is given when it is read back."""
        db = self._db  # the connection as of now: another thread may give it up meanwhile (`_give_up`)
        if db is None:
            return
        try:
            data = _dumps(value, shared)
        except Exception:  # noqa: BLE001 - a value that cannot be pickled is not kept
            return
        try:
            db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (key, data, self._build))
            self._pending.add(key)
        except sqlite3.Error as error:
            self._give_up(error)

    def commit(self, prune: bool) -> None:
        """The build ended well: keep what it stored; `prune`, after a build that asked for every page,
        also drops what it did not ask for."""
        if self._db is None:
            return
        try:
            self._keep_touched(prune)
            if prune:
                self._db.execute("DELETE FROM results WHERE used < ?", (self._build,))
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('build', ?)", (str(self._build),))
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._give_up(error)
            return
        self._stored |= self._pending
        self._pending = set()

    def _keep_touched(self, prune: bool) -> None:
        """Mark what the build used from memory as used by it. Only a build that prunes needs that mark
        (it drops what is not marked); any other needs only that the values are in the database, which
        those this process stored or read before are (a rebuild of `mkdocs serve`: 0.1 s at 1000 notes)."""
        touched, self._touched = self._touched, []
        if not prune:
            touched = [entry for entry in touched if entry[0] not in self._stored]
        self._pending.update(key for key, _, _ in touched)
        rows = ((self._build, key) for key, _, _ in touched)
        updated = self._db.executemany("UPDATE results SET used = ? WHERE key = ?", rows).rowcount
        if updated < len(touched):
            kept = {row[0] for row in self._db.execute("SELECT key FROM results WHERE used = ?", (self._build,))}
            for key, value, shared in touched:
                if key not in kept:
                    self.put(key, value, shared)

    def rollback(self) -> None:
        """The build failed: what it stored is dropped."""
        self._rollback()

    def _rollback(self) -> None:
        self._pending = set()
        if self._db is not None and self._db.in_transaction:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error as error:
                self._give_up(error)

    def close(self) -> None:
        if self._db is not None:
            self._rollback()
            self._db.close()
        self._db = None
        self._stored = set()

    def _give_up(self, error: Exception) -> None:
        """Another build holds the database, or it went bad: this build goes on without it."""
        log.info("The build cache in %s is not used for this build: %s", self.folder, error)
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()


class KeptFolders:
    """Folders a program wrote (Pagefind's index), kept in the build cache under a digest of what they were
    made from and of the code (the program's version among the distributions): the newest of each kind."""

    def __init__(self, store: ResultStore) -> None:
        self.store = store

    def _place(self, kind: str, key: bytes) -> Path | None:
        if self.store.folder is None:
            return None
        return self.store.folder / "folders" / kind / stable_digest((key, code_digest())).hex()

    def copy_to(self, kind: str, key: bytes, target: Path) -> bool:
        """Put the folder kept for `key` at `target`; False if there is none."""
        place = self._place(kind, key)
        if place is None or not (place / ".complete").is_file():
            return False
        try:
            _copy_folder(place, target)
        except OSError:
            shutil.rmtree(target, ignore_errors=True)
            return False
        (target / ".complete").unlink(missing_ok=True)
        return True

    def keep(self, kind: str, key: bytes, source: Path) -> None:
        """Keep a copy of `source` for `key`, in place of the one kept before."""
        place = self._place(kind, key)
        if place is None:
            return
        try:
            for old in place.parent.glob("*"):
                if old != place:
                    shutil.rmtree(old, ignore_errors=True)
            if not (place / ".complete").is_file():
                shutil.rmtree(place, ignore_errors=True)
                _copy_folder(source, place)
                (place / ".complete").touch()  # written whole: a folder cut short is never used
        except OSError as error:
            log.info("%s was not kept in the build cache: %s", source, error)


def _copy_folder(source: Path, target: Path) -> None:
    """A copy made of hard links where the file system allows (nothing writes into these files: a new
    index is a new folder), else of copies."""
    try:
        shutil.copytree(source, target, copy_function=os.link)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)


class _Pickler(pickle.Pickler):
    """Pickles a long string that is not ASCII as its UTF-8 bytes (a persistent id). Pickled as a string,
    it would keep a UTF-8 copy of itself for as long as it lives (CPython keeps the UTF-8 form it makes of
    a string inside the string), and the pages' HTML and the notes' text live for the whole build: 63 MB
    of the 362 MB a 1000-note build holds before its search step. A string met again in the value is
    its number among those (pickle's own memo never sees them): written once, read back as one object."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._numbers: dict[int, tuple[int, str]] = {}  # by id; the string held, so that its id stays its own

    def persistent_id(self, obj):
        if type(obj) is str and len(obj) > 64 and not obj.isascii():
            seen = self._numbers.get(id(obj))
            if seen is not None:
                return seen[0]
            self._numbers[id(obj)] = (len(self._numbers), obj)
            return obj.encode("utf-8", "surrogatepass")
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._strings: list[str] = []

    def persistent_load(self, pid: bytes | int) -> str:
        if type(pid) is int:
            return self._strings[pid]
        self._strings.append(pid.decode("utf-8", "surrogatepass"))
        return self._strings[-1]


def _dumps(value: Any, shared: tuple) -> bytes:
    """`value` pickled, the `shared` objects in it as references. By their types' entries in a dispatch
    table, which the pickler looks up in C."""
    out = io.BytesIO()
    pickler = _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    if shared:
        by_id = {id(obj): n for n, obj in enumerate(shared)}

        def reduce(obj):
            number = by_id.get(id(obj))
            return (_shared_object, (number,)) if number is not None else obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

        pickler.dispatch_table = {**copyreg.dispatch_table, **{type(obj): reduce for obj in shared}}
    pickler.dump(value)
    return out.getvalue()


_loading: list[tuple] = []  # the `shared` objects of the values being read, innermost last


def _loads(data: bytes, shared: tuple) -> Any:
    _loading.append(shared)
    try:
        return _Unpickler(io.BytesIO(data)).load()
    finally:
        _loading.pop()


def _shared_object(number: int) -> Any:
    return _loading[-1][number]


# The one store of the process: the build cache hook opens it at each build (hooks/cache.py).
STORE = ResultStore()
FOLDERS = KeptFolders(STORE)
