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
from ..structure.archive import article_path
from .paths import escapes

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
        self._derived: dict[int, tuple[object, object]] = {}
        self._stats: dict[Path, tuple | None] = {}

    def fresh(self) -> None:
        """Forget the files' states seen so far: the next reads look at the disk again."""
        self._stats.clear()

    def signature(self, paths: list[Path]) -> tuple:
        """As :func:`signature`, each file looked at once between two :meth:`fresh` calls."""
        missing = [path for path in paths if path not in self._stats]
        self._stats.update(zip(missing, signature(missing)))
        return tuple(self._stats[path] for path in paths)

    def derived(self, source: object, compute: Callable[[object], T]) -> T:
        """``compute(source)`` once per object read through this memo (kept alive here, so its
        identity is not reused): e.g. the files a loaded briefing depends on."""
        known = self._derived.get(id(source))
        if known is None or known[0] is not source:
            known = self._derived[id(source)] = (source, compute(source))
        return known[1]

    def read(self, kind: str, paths: list[Path], problems: list[Problem],
             compute: Callable[[list[Problem]], T]) -> T:
        """``compute(problems)``, or its earlier result (and problems) if ``paths`` are unchanged."""
        key, current = (kind, paths[0]), self.signature(paths)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == current:
            problems.extend(entry[2])
            return entry[1]
        found: list[Problem] = []
        value = compute(found)
        problems.extend(found)
        self._entries[key] = (current, value, found)
        return value


def files_of(item) -> list[Path]:
    """A loaded briefing's file, then each source's article and report: what its articles and
    its own checks depend on."""
    files = [item.path]
    for _, source in item.sources():
        if source.get("id"):
            files.append(article_path(item.folder, source["id"]))
        report = source.get("report")
        if isinstance(report, str) and report and not escapes(item.folder, report):
            files.append(item.folder / report)
    return files
