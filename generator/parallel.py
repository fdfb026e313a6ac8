"""One ordered map over every core, used wherever the archive's items are independent.

Workers are forked, so they share what the parent already loaded; ``imap`` keeps the input order,
so results (and the files written from them) are the same as a serial run's. Small inputs run
serially: a pool costs more to start than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
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

    ``function`` and the items must be picklable (a module-level function, or a partial of one)."""
    items = list(items)
    workers = min(workers or default_workers(), len(items))
    if workers <= 1 or len(items) < MIN_PARALLEL:
        yield from map(function, items)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(function, items, chunksize=CHUNK)
