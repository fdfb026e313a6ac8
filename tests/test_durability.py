"""Nothing half-written: a run killed at any moment leaves the old output or the new, never a mix,
and never touches editor-owned files. Same inputs, byte-identical site."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.pipeline import build, generate
from tests.conftest import copy_archive

# Kill moments per command: enough to land in every phase (loading, rendering, writing, swapping).
KILLS = {"generate": 16, "build": 10}
# Kills cycle through the phases of a run, so every phase is hit whatever the machine's speed.
PHASES = ("early", "writing", "swapped")
# "early" kills land within this many seconds of the start (imports, loading, analysis).
EARLY_WINDOW = 0.6
# "writing" kills land within this many seconds after the staging folder appears.
WRITING_JITTER = 0.05
BRIEFING = "briefings/2021/2021-09-06-panjshir/briefing.yml"
OUTPUT = {"generate": "docs", "build": "site"}


def digest(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def edit(archive: Path) -> None:
    path = archive / BRIEFING
    path.write_text(path.read_text().replace("title: Taliban claim Panjshir;", "title: Taliban say they took Panjshir;"))


def run_once(command: str, archive: Path) -> None:
    (generate if command == "generate" else build)(archive)


def run_process(command: str, archive: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", command], cwd=archive,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(condition, process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Poll until ``condition()`` holds or the process has exited."""
    deadline = time.monotonic() + timeout
    while not condition() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)


def kill_during(phase: str, process: subprocess.Popen, archive: Path, output: str, rng: random.Random) -> None:
    """Kill the run early, while it writes its staging folder, or just after it swapped it in."""
    inode = (archive / output).stat().st_ino
    if phase == "early":
        time.sleep(rng.uniform(0.0, EARLY_WINDOW))
    elif phase == "writing":
        wait_for(lambda: any(archive.glob(f".{output}.new-*")), process)
        time.sleep(rng.uniform(0.0, WRITING_JITTER))
    else:
        wait_for(lambda: (archive / output).stat().st_ino != inode, process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """For each command: a prepared archive with the old output, and the digests of old and new."""
    root = tmp_path_factory.mktemp("durability")
    result = {}
    for command in KILLS:
        old = copy_archive(root / f"{command}-old")
        run_once(command, old)
        new = copy_archive(root / f"{command}-new")
        edit(new)
        run_once(command, new)
        result[command] = (old, digest(old / OUTPUT[command]), digest(new / OUTPUT[command]))
    return result


@pytest.mark.parametrize("command", sorted(KILLS))
def test_a_killed_run_leaves_old_or_new_output_and_editor_files_intact(command, states, tmp_path):
    prepared, old, new = states[command]
    assert old != new
    rng = random.Random(f"kill-{command}")
    outcomes = {"old": 0, "new": 0}
    for trial in range(KILLS[command]):
        archive = tmp_path / f"trial-{trial}"
        shutil.copytree(prepared, archive, symlinks=True)
        edit(archive)
        editor_files = digest(archive / "briefings")
        process = run_process(command, archive)
        kill_during(PHASES[trial % len(PHASES)], process, archive, OUTPUT[command], rng)
        found = digest(archive / OUTPUT[command])
        assert found in (old, new), f"trial {trial}: {OUTPUT[command]}/ is neither the old nor the new output"
        outcomes["old" if found == old else "new"] += 1
        assert digest(archive / "briefings") == editor_files, "a killed run changed editor files"
        # The next run recovers from whatever the killed one left behind.
        run_once(command, archive)
        assert digest(archive / OUTPUT[command]) == new
        shutil.rmtree(archive)
    assert outcomes["old"] and outcomes["new"], f"kills should land both before and after the swap: {outcomes}"


def test_two_builds_of_the_same_inputs_are_byte_identical(tmp_path):
    first, second = copy_archive(tmp_path / "first"), copy_archive(tmp_path / "second")
    build(first)
    build(second)
    assert digest(first / "site") == digest(second / "site")
    assert digest(first / "docs") == digest(second / "docs")


def test_the_build_date_comes_from_the_archive_not_the_clock(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    site = build(archive)
    sitemap = (site / "sitemap.xml").read_text()
    assert "<lastmod>2021-09-06</lastmod>" in sitemap
