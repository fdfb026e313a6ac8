"""Loading results kept while their files are unchanged, for the preview server.

``briefings serve`` reloads the archive after every save; reading and validating thousands of
briefings and articles again would take longer than the edit. A :class:`FileMemo` keeps what was
read from each group of files (and the problems found) keyed by the files' size and modification
time, so only what an editor changed is read again. The commands that run once use no memo.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, TypeVar

from ..errors import Problem

T = TypeVar("T")


def signature(paths: list[Path]) -> tuple:
    """Size and modification time of each file (None when missing)."""
    found = []
    for path in paths:
        try:
            stat = os.stat(path)
            found.append((stat.st_mtime_ns, stat.st_size))
        except OSError:
            found.append(None)
    return tuple(found)


class FileMemo:
    def __init__(self):
        self._entries: dict[tuple, tuple[tuple, object, list[Problem]]] = {}

    def read(self, kind: str, paths: list[Path], problems: list[Problem],
             compute: Callable[[list[Problem]], T]) -> T:
        """``compute(problems)``, or its earlier result (and problems) if ``paths`` are unchanged."""
        key, current = (kind, paths[0]), signature(paths)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == current:
            problems.extend(entry[2])
            return entry[1]
        found: list[Problem] = []
        value = compute(found)
        problems.extend(found)
        self._entries[key] = (current, value, found)
        return value
