"""Comparisons cached by content: the same articles, options and comparison code give the same result.

A comparison is the slow part of generation and depends only on its inputs, so it is stored under
``.cache/comparisons/`` (git-ignored) keyed by a digest of the corrected articles, the editor's
options and the source code of the comparison itself; changing any of them is a cache miss. A
damaged or unreadable entry is a miss too, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import Sequence

from . import writer
from .structure.article import Article
from .structure.comparison import Comparison

CACHE_DIR = ".cache/comparisons"
_PACKAGE = Path(__file__).resolve().parent
# The code a comparison depends on: its analyses and the types it is built from.
_CODE = sorted([*(_PACKAGE / "compare").rglob("*.py"), _PACKAGE / "structure" / "comparison.py",
                _PACKAGE / "structure" / "article.py", _PACKAGE / "structure" / "briefing.py"])


def code_version() -> str:
    digest = hashlib.sha256()
    for path in _CODE:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


CODE_VERSION = code_version()


class ComparisonCache:
    """A folder of pickled comparisons, one file per digest."""

    def __init__(self, root: Path):
        self.folder = root / CACHE_DIR

    def key(self, articles: Sequence[Article], options: object) -> str:
        digest = hashlib.sha256(CODE_VERSION.encode())
        digest.update(repr(options).encode())
        for article in articles:
            digest.update(json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False).encode())
        return digest.hexdigest()

    def get(self, key: str) -> Comparison | None:
        path = self._path(key)
        try:
            value = pickle.loads(path.read_bytes())
            os.utime(path)  # used by this run: :meth:`prune` keeps it
        except Exception:  # missing, truncated or from an incompatible version: compute again
            return None
        return value if isinstance(value, Comparison) else None

    def prune(self, before: float) -> int:
        """Delete the entries neither used nor written since ``before`` (a ``time.time()``), so a
        cache that CI restores and saves on every run holds the archive's comparisons and no more;
        returns how many were deleted."""
        stale = [path for path in self.folder.glob("*/*.pickle") if path.stat().st_mtime < before]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def put(self, key: str, comparison: Comparison) -> None:
        writer.write_file(self._path(key), pickle.dumps(comparison, protocol=pickle.HIGHEST_PROTOCOL), durable=False)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"
