"""Watch: `mkdocs serve` is told of an edit as it is written, by the system's file notification.

MkDocs looks for changes every half second (it polls the watched folders, walking them): an edit waited
0.1-0.6 s before its rebuild started, a quarter to a half of the second an edit may take to show. Here
what MkDocs watched is watched by watchdog's native observer (inotify on Linux) where it can watch it,
through the server's `watch`/`unwatch`; where it cannot (a file system without notification, too few
watches allowed), MkDocs' polling stays.
"""

from __future__ import annotations

import logging

import watchdog.events
import watchdog.observers
import watchdog.observers.polling
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.plugins.watch")


@event_priority(100)  # before other plugins watch paths of their own (on the server's observer)
def on_serve(server, config, builder):
    """The folders MkDocs watched (docs, mkdocs.yml, the theme with --watch-theme) watched again by the
    system's file notification, if it can watch them here."""
    if server.observer.is_alive():
        return server
    candidates = {config.docs_dir, config.config_file_path, *config.theme.dirs} - {None}
    watched = [path for path in sorted(candidates) if _unwatched(server, path)]
    if watched and _can_watch(watched):
        server.observer = _Notified()
    for path in watched:
        server.watch(path)
    return server


# What MkDocs rebuilds for: a file written, made, deleted or moved; not a file opened or read, which a
# notifying observer reports too (every build reads the docs: it would rebuild for ever).
_CHANGES = [
    watchdog.events.FileModifiedEvent,
    watchdog.events.FileCreatedEvent,
    watchdog.events.FileDeletedEvent,
    watchdog.events.FileMovedEvent,
    watchdog.events.FileClosedEvent,
]


class _Notified(watchdog.observers.Observer):
    """The platform's notifying observer, reporting changes only (`server.watch` schedules each path)."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None):
        return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or _CHANGES)


def _unwatched(server, path: str) -> bool:
    try:
        server.unwatch(path)
    except KeyError:  # not watched
        return False
    return True


def _can_watch(paths: list[str]) -> bool:
    """Whether the platform notifies of changes to `paths` here (MkDocs' polling observer stays if not)."""
    if issubclass(_Notified, watchdog.observers.polling.PollingObserver):
        return False
    probe = _Notified()
    try:
        for path in paths:
            probe.schedule(watchdog.events.FileSystemEventHandler(), path, recursive=True)
        probe.start()
    except OSError as error:
        log.info("Changes are looked for every half second (no file notification here: %s)", error)
        return False
    finally:
        probe.stop()
        if probe.is_alive():
            probe.join()
    return True
