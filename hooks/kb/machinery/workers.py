"""Workers: page steps computed ahead on the machine's other cores, taken only when their input is the same.

MkDocs renders pages one after another, on one core. Before the first page, `Workers.start` forks worker
processes that take pages from the end of the build's list while the build goes on from its start; they
meet somewhere in the middle. A worker runs a page's events as the build would, and `Prefetch.step`
keeps what each *step* gave: the page's Markdown rendered, its HTML sanitized, its concept links, its
search entries. When the build comes to a page a worker took, each step takes the worker's result only
if the step's input is the same, compared by digest; otherwise it computes the step itself. A worker's
results are a cache that is either right or unused.

What a step reads besides its input must be settled before the first page (the registry of notes, the
files, the config): a worker has a copy of the build as it was then. A step must have no effect but its
result and its log records. The records are replayed when the result is taken, so a warning is shown,
and counted by `--strict`, once, as if the build had computed the step itself.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import gc
import hashlib
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from multiprocessing.connection import wait
from typing import Any, TypeVar

T = TypeVar("T")
Results = dict[str, tuple[bytes, Any, list[logging.LogRecord]]]  # step name -> (input digest, result, logs)

log = logging.getLogger("mkdocs.plugins.workers")
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
MAX_PROCESSES = 4  # by default: the build's serial parts leave little to more, and each is a copy of it


def digest(key: str | tuple) -> bytes:
    """A digest of a step's input: a string, or a tuple of strings (and values shown by `repr`)."""
    h = hashlib.blake2b(digest_size=16)
    for part in key if isinstance(key, tuple) else (key,):
        data = (part if isinstance(part, str) else repr(part)).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


class Prefetch:
    """Each page's step results from the workers, and the steps as the build and the workers call them."""

    def __init__(self) -> None:
        self.results: dict[str, Results] = {}  # by page key (src_uri), for pages a worker took
        self.recording: Results | None = None  # in a worker: the page being computed
        # Run by a worker after a page's content events: steps the build takes later (the search entries).
        self.tasks: dict[str, Callable[[Any], None]] = {}
        self.taken: Counter[str] = Counter()  # by step: results taken from a worker
        self.missed: Counter[str] = Counter()  # by step: a worker's result for another input, computed again

    def reset(self) -> None:
        """A new build: nothing from the last one, not even its counts."""
        self.results.clear()
        self.taken, self.missed = Counter(), Counter()

    def step(self, name: str, page_key: str, key: str | tuple, compute: Callable[[], T]) -> T:
        """`compute()`, or what a worker's `compute()` gave for the same `key` (the step's whole input)."""
        if self.recording is not None:
            records: list[logging.LogRecord] = []
            _CAPTURE.records = records
            try:
                result = compute()
            finally:
                _CAPTURE.records = None
            self.recording[name] = (digest(key), result, records)
            return result
        found = self.results.get(page_key)
        entry = found.pop(name, None) if found else None
        if entry is not None:
            if entry[0] == digest(key):
                self.taken[name] += 1
                for record in entry[2]:
                    logging.getLogger(record.name).handle(record)
                return entry[1]
            self.missed[name] += 1
        return compute()


class _Capture(logging.Handler):
    """In a worker: every log record is kept for the step that made it (or dropped), never shown."""

    records: list[logging.LogRecord] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.records is not None:
            record.msg, record.args = record.getMessage(), None  # picklable, and formatted as it was
            record.exc_info = record.exc_text = None
            self.records.append(record)


_CAPTURE = _Capture(logging.DEBUG)


def _capture_logging() -> None:
    loggers = [logging.root] + [
        x for x in logging.root.manager.loggerDict.values() if isinstance(x, logging.Logger)
    ]
    for logger in loggers:
        logger.handlers = []
        logger.propagate = True
    logging.root.addHandler(_CAPTURE)


def _widen(connection) -> None:
    """A pipe that holds several pages' results: a worker goes on while the build is busy reading. (Over
    /proc/sys/fs/pipe-max-size, the pipe keeps its default size.)"""
    with contextlib.suppress(OSError):
        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)


@contextlib.contextmanager
def _ctrl_c_after():
    """Ctrl-C while forking waits until the workers are started: raised inside the fork's own handlers
    (logging's), it would be printed and lost, and the build would go on."""
    if threading.current_thread() is not threading.main_thread():
        yield  # Python runs signal handlers in the main thread: not while this thread forks
        return
    pressed: list = []
    previous = signal.signal(signal.SIGINT, lambda *received: pressed.append(received))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if pressed and callable(previous):
        previous(*pressed[0])


def _end_with_parent(build: int) -> None:
    """In a worker: killed when the build's process (`build`, its pid) ends, however it ends (Linux's
    PR_SET_PDEATHSIG): never left behind holding `mkdocs serve`'s port."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != build:  # the build ended before the call
        os._exit(0)


def processes_to_use(setting: str | None) -> tuple[int, bool]:
    """(processes, set by the user) from `KB_JOBS`: a count, or unset for one per usable core, up to
    `MAX_PROCESSES`. Workers are forked copies of the build, which only Linux makes safely (macOS' system
    libraries do not allow it)."""
    if not sys.platform.startswith("linux"):
        return 1, bool(setting)
    if setting:
        try:
            return max(1, int(setting)), True
        except ValueError:
            log.warning("KB_JOBS=%r is not a number of processes: pages are rendered in one process", setting)
            return 1, True
    return min(len(os.sched_getaffinity(0)), MAX_PROCESSES), False


class Workers:
    """`jobs - 1` forked processes that compute `items` from the end while the build goes from the start.

    A worker calls `run(item)` with `prefetch.recording` set, for each item it takes. Then it runs
    `prefetch.tasks` (steps the build takes later, such as the search entries) on the items the build
    asked for with `ask(index, state)` (the build's state of one of its own items: attributes set on the
    worker's copy), and on those it took. What a worker recorded lands in the build's
    `prefetch.results`; `claim` waits for an item a worker took."""

    WAIT = 120.0  # seconds the build waits for an item a worker took before computing it itself

    def __init__(
        self, items: Sequence, key: Callable[[Any], str], run: Callable[[Any], None], prefetch: Prefetch
    ):
        self.items, self.key, self.run, self.prefetch = items, key, run, prefetch
        self.processes: list = []
        self.requests: list = []  # by worker: the build's end of its request pipe
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()  # (worker, message), sent by a thread
        self.arrived: set[int] = set()
        self.changed = threading.Condition()
        self.broken = False  # a worker ended without finishing: what it took is not coming
        self.finished = False  # every worker has ended
        self.stopped = False

    def start(self, jobs: int) -> None:
        context = multiprocessing.get_context("fork")
        self.lock = context.Lock()
        self.front = context.RawValue("i", 0)  # the build's next item
        self.back = context.RawValue("i", len(self.items))  # items from here on were taken by workers
        sys.stdout.flush()
        sys.stderr.flush()
        results: list = []
        gc.freeze()  # the build's objects stay out of the workers' collections: fewer pages copied
        try:
            with _ctrl_c_after():
                for _ in range(jobs - 1):
                    receive, send = context.Pipe(duplex=False)
                    asked, ask = context.Pipe(duplex=False)
                    _widen(send)
                    _widen(ask)
                    # The worker closes the build's ends it inherits: when the build dies, the worker's
                    # reads end and its writes fail, so it ends too.
                    builds_ends = (*results, *self.requests, receive, ask)
                    process = context.Process(
                        target=self._work, args=(send, asked, builds_ends, os.getpid()), daemon=True
                    )
                    process.start()
                    send.close()
                    asked.close()
                    self.processes.append(process)
                    results.append(receive)
                    self.requests.append(ask)
        finally:
            gc.unfreeze()
        self.receiver = threading.Thread(target=self._receive, args=(results,), daemon=True)
        self.receiver.start()
        threading.Thread(target=self._send, daemon=True).start()

    def claim(self, index: int) -> bool:
        """The build is at `items[index]`. True: it is the build's own to compute. False: a worker took
        it, and its results are in (or are not coming: then the build computes it too)."""
        with self.lock:
            if index < self.back.value:
                self.front.value = max(self.front.value, index + 1)
                return True
        with self.changed:
            arrived = self.changed.wait_for(
                lambda: index in self.arrived or self.broken or self.finished, timeout=self.WAIT
            )
        if not arrived:  # not the notes' fault, and the build is right anyway: no warning for --strict
            log.info(
                "A worker gave nothing for %s in %.0f s: the build computes it and what is left",
                self.key(self.items[index]),
                self.WAIT,
            )
            self.stop()
        return False

    def ask(self, index: int, state: dict[str, Any]) -> None:
        """Have a worker run the tasks on the build's own item `index`, with these attributes."""
        if self.requests and not self.stopped:
            self.outbox.put((index % len(self.requests), (index, state)))

    def done_asking(self) -> None:
        for worker in range(len(self.requests)):
            self.outbox.put((worker, None))

    def stop(self) -> None:
        """End the workers; nothing they sent lands in `prefetch.results` after this."""
        with self.changed:
            self.stopped = self.broken = True  # the receiver drops what still comes
            self.changed.notify_all()
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join()
        self.processes = []
        self.outbox.put(None)
        if getattr(self, "receiver", None) is not None:
            self.receiver.join()

    def _take_back(self) -> int | None:
        with self.lock:
            if self.back.value - 1 < self.front.value:
                return None
            self.back.value -= 1
            return self.back.value

    # In a worker.

    def _work(self, results, requests, builds_ends, build: int) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's; it ends the workers
        for connection in builds_ends:
            connection.close()
        _end_with_parent(build)
        _capture_logging()
        with contextlib.suppress(BrokenPipeError, EOFError):  # the build has stopped: so does the worker
            taken = []
            while (index := self._take_back()) is not None:
                taken.append(index)
                self._record(results, index, self.run, self.items[index])
            # The tasks are for later in the build: done once nothing is left to take, the two meet
            # sooner. First the build's own items, in the order it asked (its order), then the worker's.
            while (request := requests.recv()) is not None:
                index, state = request
                self._record(results, index, self._tasks, self.items[index], state)
            for index in reversed(taken):
                self._record(results, index, self._tasks, self.items[index], {})
            results.send(None)
        results.close()

    def _tasks(self, item, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(item, name, value)
        for task in self.prefetch.tasks.values():
            task(item)

    def _record(self, results, index: int, compute: Callable[..., Any], *args) -> None:
        self.prefetch.recording = {}
        with contextlib.suppress(Exception):  # the build computes what failed itself, and reports it
            compute(*args)
        try:
            results.send((index, self.prefetch.recording))
        except (BrokenPipeError, EOFError):
            raise
        except Exception:  # noqa: BLE001 - a result that cannot be sent: the build computes it
            results.send((index, {}))

    # In the build, beside its main thread.

    def _send(self) -> None:
        while (message := self.outbox.get()) is not None:
            worker, request = message
            # Not sent (the worker is gone, or a plugin put something unpicklable in the page's state):
            # the build computes what it asked.
            with contextlib.suppress(Exception):
                self.requests[worker].send(request)
        for connection in self.requests:
            connection.close()

    def _receive(self, connections: list) -> None:
        live = list(connections)
        while live:
            for connection in wait(live):
                try:
                    message = connection.recv()
                except (EOFError, OSError):
                    message = False  # the worker died
                if message is None or message is False:
                    live.remove(connection)
                    connection.close()
                    with self.changed:
                        self.broken = self.broken or message is False
                        self.changed.notify_all()
                    continue
                index, results = message
                with self.changed:
                    if self.stopped:  # a message of a build that has moved on
                        continue
                    self.prefetch.results.setdefault(self.key(self.items[index]), {}).update(results)
                    self.arrived.add(index)
                    self.changed.notify_all()
        with self.changed:
            self.finished = True
            self.changed.notify_all()


# The one `Prefetch` of the process: hook modules are loaded apart by MkDocs, this module once.
PREFETCH = Prefetch()
