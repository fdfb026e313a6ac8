"""How the preview server notices an edit: the operating system's file events where it has them.

MkDocs' live-reload server polls every watched file twice a second. briefings/ holds about
fourteen files and three folders per briefing, so at 5,000 briefings one poll looks at 70,000
paths (0.6-0.9 s on two cores): an edit is noticed about a second late, and one core does nothing
but poll. :class:`EventObserver` takes the server's place for that: watchdog's native observer
(inotify on Linux), which is told of a change as it happens, or polling where the system refuses
native watches (none on this platform, or its limit of watched folders reached).

Only changes are asked for: files created, written, deleted or moved. Native events also tell of
every file opened and read, and the rebuild itself reads thousands: each would set off another.
"""

from __future__ import annotations

import logging

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.plugins.briefings")

# Seconds between two polls when polling: MkDocs' own default.
POLLING_INTERVAL = 0.5
# What changes a file or folder (a file closed after writing included); not opening or reading.
CHANGES = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent,
           DirCreatedEvent, DirDeletedEvent, DirMovedEvent]


class EventObserver:
    """A watchdog observer (what MkDocs' server calls: ``schedule``, ``unschedule``, ``start``,
    ``stop``, ``join``) that uses native file events and polls only if they cannot be had."""

    def __init__(self, native=Observer, polling_interval: float = POLLING_INTERVAL):
        self.polling_interval = polling_interval
        self.observer = native()
        # Each watch handed out, with what it watches and the current observer's own watch.
        self.watches: dict[object, tuple[tuple, object]] = {}

    def schedule(self, handler, path: str, recursive: bool = False):
        watch = self._schedule(handler, path, recursive)
        self.watches[watch] = ((handler, path, recursive), watch)
        return watch

    def unschedule(self, watch) -> None:
        _, current = self.watches.pop(watch)
        self.observer.unschedule(current)

    def start(self) -> None:
        try:
            self.observer.start()
        except OSError as error:
            self._poll(error)

    def stop(self) -> None:
        self.observer.stop()

    def join(self, timeout: float | None = None) -> None:
        self.observer.join(timeout)

    def _schedule(self, handler, path: str, recursive: bool):
        try:
            return self.observer.schedule(handler, path, recursive=recursive, event_filter=CHANGES)
        except OSError as error:  # the observer was running, and the new folder is one too many
            self._poll(error)
            return self.observer.schedule(handler, path, recursive=recursive, event_filter=CHANGES)

    def _poll(self, error: OSError) -> None:
        """Go on by polling, with every watch given so far."""
        if isinstance(self.observer, PollingObserver):
            raise error
        log.warning("file events unavailable (%s): polling for changes every %s s", error, self.polling_interval)
        try:
            self.observer.stop()
        except Exception:  # noqa: BLE001 - a half-started native observer: nothing of it is used again
            pass
        self.observer = PollingObserver(timeout=self.polling_interval)
        for watch, (arguments, _) in list(self.watches.items()):
            handler, path, recursive = arguments
            self.watches[watch] = (arguments, self.observer.schedule(handler, path, recursive=recursive,
                                                                     event_filter=CHANGES))
        self.observer.start()  # called from start(), or from schedule() on a running observer
