"""Run one pipeline step as a child process and measure its wall time and peak memory.

Memory is sampled from ``/proc`` while the step runs, over the child and all its descendants
(process pools, mkdocs, Pagefind), two ways: the resident sets summed (an upper bound: a page that
forked workers share counts once per process) and the proportional sets summed (each shared page
split between the processes that share it: what the machine must actually hold).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

# Often enough to catch Pagefind's and mkdocs' peaks, rarely enough to cost nothing.
SAMPLE_SECONDS = 0.05
_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass(frozen=True)
class StepResult:
    seconds: float
    # CPU seconds of the step and every descendant it waited for (workers, mkdocs, Pagefind): on a
    # shared machine, a steadier measure of the work than wall time.
    cpu_seconds: float
    peak_mb: float
    output: dict
    peak_pss_mb: float = 0.0


def run_step(step: str, root: Path, *extra: str) -> StepResult:
    """``python -m generator.bench.step STEP ROOT``; its last stdout line is a JSON object."""
    command = [sys.executable, "-m", "generator.bench.step", step, str(root), *extra]
    started, cpu_before = time.perf_counter(), _children_cpu()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(child.pid)
    sampler.start()
    stdout, stderr = child.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    if child.returncode != 0:
        raise RuntimeError(f"bench step {step} failed:\n{stderr[-3000:]}")
    lines = stdout.strip().splitlines()
    cpu = _children_cpu() - cpu_before
    return StepResult(seconds, cpu, sampler.peak_mb, json.loads(lines[-1]) if lines else {}, sampler.peak_pss_mb)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class TreeSampler:
    """Samples the summed resident memory of a process and its descendants in a thread."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_kb = 0
        self.peak_pss_kb = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def peak_mb(self) -> float:
        return round(self.peak_kb / 1024, 1)

    @property
    def peak_pss_mb(self) -> float:
        return round(self.peak_pss_kb / 1024, 1)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._done.is_set():
            pids = tree(self.pid)
            self.peak_kb = max(self.peak_kb, sum(map(_rss_kb, pids)))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(map(_pss_kb, pids)))
            self._done.wait(SAMPLE_SECONDS)


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    children = _children()
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack += children.get(current, [])
    return found


def _children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            parent = _parent(int(entry.name))
            if parent is not None:
                found.setdefault(parent, []).append(int(entry.name))
    return found


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            return int(stream.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as stream:
            for line in stream:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as stream:
            return int(stream.read().split()[1]) * _PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0
