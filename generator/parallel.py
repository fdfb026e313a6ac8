"""One ordered map over every core, used wherever the archive's items are independent.

Workers are forked, so they share what the parent already loaded; ``imap`` keeps the input order,
so results (and the files written from them) are the same as a serial run's. Small inputs run
serially: a pool costs more to start than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more to start than it saves.
MIN_PARALLEL = 8
# Items handed to a worker at a time: amortises the round trip, keeps the order fine-grained.
CHUNK = 4


def default_workers() -> int:
    return len(os.sched_getaffinity(0))


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int | None = None) -> Iterator[R]:
    """``function(item)`` for every item, in order, on ``workers`` processes (default: every core).

    Workers inherit ``function`` and the items when they are forked, so neither is pickled; each
    result is (it must be picklable)."""
    items = list(items)
    workers = min(workers or default_workers(), len(items))
    if workers <= 1 or len(items) < MIN_PARALLEL:
        yield from map(function, items)
        return
    global _SHARED
    _SHARED = (function, items)  # the workers are forked below: they have both, nothing is pickled
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_call, range(len(items)), chunksize=CHUNK)


_SHARED: tuple[Callable, list] = (lambda item: item, [])


def _call(index: int):
    """In a worker: the function on the item at ``index``, both inherited from the parent."""
    function, items = _SHARED
    return function(items[index])


@contextmanager
def loaded_for_workers(load: Callable[[], T]) -> Iterator[T]:
    """``load()``, kept for the block as what forked workers share.

    It loads without the cyclic collector (each full collection walks every object loaded so
    far: at 20,000 briefings a third of the load), and what is loaded is then frozen for the
    block: no collection, in the parent or a worker, walks those objects again, nor copies the
    memory pages they sit on. Afterwards they are collected as usual again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        value = load()
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    try:
        yield value
    finally:
        gc.unfreeze()
