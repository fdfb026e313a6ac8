"""Time from saving an edited briefing to the new page being served by ``briefings serve``.

Starts the real preview server on a free loopback port, waits for its first build, then, one
after another, changes a briefing's title in its YAML and polls the briefing's address over HTTP
until the new title is served: the median of ``EDITS`` edits (of different briefings), since one
is at the mercy of whatever else the machine is doing. The server (and the mkdocs it runs) is then
stopped.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

from ..structure.archive import BRIEFING_FILE, BRIEFINGS_DIR
from .process import TreeSampler

POLL_SECONDS = 0.05
# The first build of a large archive takes minutes; an edit should take seconds.
STARTUP_TIMEOUT = 3600
EDIT_TIMEOUT = 600
EDIT_MARK = " (edited)"
# Edits timed, each of another briefing; the median is reported.
EDITS = 3
# The server's output, kept beside the archive for when it fails.
SERVE_LOG = "serve.log"


def incremental_seconds(root: Path) -> dict:
    port = _free_port()
    command = [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}", "--root", str(root)]
    log = (root / SERVE_LOG).open("wb")
    server = subprocess.Popen(command, cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    sampler = TreeSampler(server.pid)
    sampler.start()
    try:
        edited = _edited_briefings(root)
        base = f"http://127.0.0.1:{port}/"
        _wait_for(base + edited[0][1], lambda body: True, STARTUP_TIMEOUT, server)
        times = [_timed_edit(path, base + address, server) for path, address in edited]
        seconds = statistics.median(times)
    finally:
        _stop(server)
        sampler.stop()
        log.close()
    return {"seconds": round(seconds, 2), "peak_mb": sampler.peak_mb, "peak_pss_mb": sampler.peak_pss_mb}


def _stop(server: subprocess.Popen) -> None:
    """Stop the server and the mkdocs it started (its own process group)."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    server.wait()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _timed_edit(path: Path, url: str, server: subprocess.Popen) -> float:
    title = _edit(path)
    started = time.perf_counter()
    _wait_for(url, lambda body: title in body, EDIT_TIMEOUT, server)
    return time.perf_counter() - started


def _edited_briefings(root: Path) -> list[tuple[Path, str]]:
    """Briefings spread over the archive (the middle one first), with their addresses."""
    files = sorted((root / BRIEFINGS_DIR).glob(f"*/*/{BRIEFING_FILE}"))
    middle = (EDITS + 1) // 2
    picks = dict.fromkeys(files[len(files) * n // (EDITS + 1)] for n in (middle, *range(1, EDITS + 1)))
    return [(path, _address(path)) for path in picks]


def _address(path: Path) -> str:
    document = yaml.safe_load(path.read_text("utf-8"))
    day = str(document["date"]).replace("-", "/")
    return f"{day}/{document['slug']}/"


def _edit(path: Path) -> str:
    """Append a mark to the title, saving the file the way an editor does; returns the new title."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    title = lines[at][len("title: "):].strip() + EDIT_MARK
    lines[at] = f"title: {title}\n"
    path.write_text("".join(lines), "utf-8")
    return title


def _wait_for(url: str, ready, timeout: float, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"briefings serve stopped (exit {server.returncode}); see its {SERVE_LOG}")
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if ready(response.read().decode("utf-8", "replace")):
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(POLL_SECONDS)
    raise RuntimeError(f"{url} not served as expected within {timeout} s")
