"""The preview server notices edits through file events, and polls only where they are refused."""

from __future__ import annotations

import threading
import types

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from generator.mkdocs_plugin import _watch_by_events
from generator.watching import EventObserver

WAIT_SECONDS = 10


class _Seen(FileSystemEventHandler):
    def __init__(self):
        self.paths: list[str] = []
        self.arrived = threading.Event()

    def on_any_event(self, event):
        if not event.is_directory:
            self.paths.append(event.src_path)
            self.arrived.set()


class _Refused(Observer):
    """The native observer of a system whose limit of watched folders is reached."""

    def start(self):
        raise OSError(28, "inotify watch limit reached")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "2021/09/06-example").mkdir(parents=True)
    return tmp_path


def _saved_and_seen(observer: EventObserver, folder) -> list[str]:
    seen = _Seen()
    observer.schedule(seen, str(folder), recursive=True)
    observer.start()
    try:
        edited = folder / "2021/09/06-example/briefing.yml"
        edited.write_text("title: edited\n")
        assert seen.arrived.wait(WAIT_SECONDS), "the edit was not noticed"
        return seen.paths
    finally:
        observer.stop()
        observer.join()


def test_edits_are_noticed_through_file_events(folder):
    observer = EventObserver()
    paths = _saved_and_seen(observer, folder)
    assert not isinstance(observer.observer, PollingObserver)
    assert str(folder / "2021/09/06-example/briefing.yml") in paths


def test_reading_a_file_is_not_a_change(folder):
    """The rebuild reads every briefing: were a read an event, each rebuild would set off another."""
    existing = folder / "2021/09/06-example/briefing.yml"
    existing.write_text("title: example\n")
    seen = _Seen()
    observer = EventObserver()
    observer.schedule(seen, str(folder), recursive=True)
    observer.start()
    try:
        for _ in range(20):
            existing.read_text()
        assert not seen.arrived.wait(1), f"reading was taken for a change: {seen.paths}"
        existing.write_text("title: edited\n")
        assert seen.arrived.wait(WAIT_SECONDS), "the edit was not noticed"
    finally:
        observer.stop()
        observer.join()


def test_refused_file_events_fall_back_to_polling(folder, caplog):
    observer = EventObserver(native=_Refused, polling_interval=0.1)
    paths = _saved_and_seen(observer, folder)
    assert isinstance(observer.observer, PollingObserver)
    assert str(folder / "2021/09/06-example/briefing.yml") in paths
    assert "polling for changes" in caplog.text


def test_a_watch_given_before_the_fallback_can_still_be_removed(folder):
    observer = EventObserver(native=_Refused, polling_interval=0.1)
    watch = observer.schedule(_Seen(), str(folder), recursive=True)
    observer.start()
    try:
        observer.unschedule(watch)
        assert not observer.watches
    finally:
        observer.stop()
        observer.join()


def test_the_server_watches_its_configuration_through_events(tmp_path):
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: x\n")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(config_file))
    _watch_by_events(server, types.SimpleNamespace(config_file_path=str(config_file)))
    assert isinstance(server.observer, EventObserver)
    assert [arguments[1] for arguments, _ in server.observer.watches.values()] == [str(config_file)]
    server.watch(str(tmp_path / "briefings"))
    assert len(server.observer.watches) == 2
    server.server_close()
