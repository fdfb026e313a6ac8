"""Generation cached by content: the same inputs and the same code give the same result.

Two caches under ``.cache/`` (git-ignored), each a folder of compressed pickles named by a digest of
everything the value depends on; changing any of it is a miss, and so is a damaged or unreadable
entry, never an error:

* comparisons (``.cache/comparisons/``), the slow part of generation: keyed by the corrected
  articles, the editor's options and the source code of the comparison;
* a briefing's rendered pages (``.cache/pages/``), so that a run in which a briefing, its
  articles, its outlets, the templates and the code are all unchanged neither reads its articles
  nor renders it: keyed by the briefing as loaded, its article files' digests, its outlets, the
  templates and the source code of the comparison and the renderer.

CI restores the caches from its last run and prunes them to what the run used (:meth:`prune`).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import platform
import zlib
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import Sequence

from . import writer
from .structure.article import Article
from .structure.briefing import Briefing, Outlet
from .structure.comparison import Comparison

CACHE_DIR = ".cache/comparisons"
PAGES_DIR = ".cache/pages"
_PACKAGE = Path(__file__).resolve().parent
# The code a comparison depends on: its analyses and the types it is built from.
_CODE = sorted([*(_PACKAGE / "compare").rglob("*.py"), _PACKAGE / "structure" / "comparison.py",
                _PACKAGE / "structure" / "article.py", _PACKAGE / "structure" / "briefing.py"])
# The code a briefing's pages depend on besides the comparison's: the renderer and every type.
_RENDER_CODE = sorted([*(_PACKAGE / "render").rglob("*.py"), *(_PACKAGE / "structure").rglob("*.py")])
# Libraries whose upgrade can change a comparison or a page (a stemmer's rules, a slug, an escape).
_COMPARE_LIBRARIES = ("rapidfuzz", "snowballstemmer")
_RENDER_LIBRARIES = ("Jinja2", "MarkupSafe", "python-slugify", "PyYAML")
# Compressed, an entry costs about a fifth of the space (a cache CI restores and saves on every run),
# and reading it back is still far cheaper than computing it.
LEVEL = 1


def _digest(paths: Sequence[Path], root: Path, libraries: Sequence[str] = ()) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in libraries:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.hexdigest()


def code_version() -> str:
    return _digest(_CODE, _PACKAGE, [*_COMPARE_LIBRARIES]) + platform.python_version()


CODE_VERSION = code_version()
RENDER_VERSION = hashlib.sha256((CODE_VERSION + _digest(_RENDER_CODE, _PACKAGE, _RENDER_LIBRARIES)).encode()).hexdigest()


def templates_digest(templates: Path) -> str:
    """Every file of the templates folder (page templates, theme overrides, assets)."""
    return _digest(sorted(path for path in templates.rglob("*") if path.is_file()), templates)


class _Folder:
    """A folder of pickled values, one file per digest; ``kind`` is the type a value must have."""

    kind: type = object

    def __init__(self, folder: Path):
        self.folder = folder

    def get(self, key: str):
        path = self._path(key)
        try:
            value = pickle.loads(zlib.decompress(path.read_bytes()))
            os.utime(path)  # used by this run: :meth:`prune` keeps it
        except Exception:  # missing, truncated or from an incompatible version: compute again
            return None
        return value if isinstance(value, self.kind) else None

    def put(self, key: str, value) -> None:
        data = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), LEVEL)
        writer.write_file(self._path(key), data, durable=False)

    def touch(self, key: str | None) -> None:
        """Mark an entry used by this run without reading it."""
        if key is not None:
            try:
                os.utime(self._path(key))
            except OSError:
                pass  # gone: computed again when needed

    def prune(self, before: float) -> int:
        """Delete the entries neither used nor written since ``before`` (a ``time.time()``), so a
        cache that CI restores and saves on every run holds the archive's values and no more;
        returns how many were deleted."""
        stale = [path for path in self.folder.glob("*/*.pickle") if path.stat().st_mtime < before]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"


class ComparisonCache(_Folder):
    """Comparisons, keyed by what they are computed from."""

    kind = Comparison

    def __init__(self, root: Path):
        super().__init__(root / CACHE_DIR)

    def key(self, articles: Sequence[Article], options: object) -> str:
        digest = hashlib.sha256(CODE_VERSION.encode())
        digest.update(repr(options).encode())
        for article in articles:
            digest.update(json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False).encode())
        return digest.hexdigest()


class PageCache(_Folder):
    """A briefing's rendered pages: ``(comparison key, RenderedBriefing)``, the key of the
    comparison they were rendered from kept so that a run taking the pages keeps it too."""

    kind = tuple

    def __init__(self, root: Path, templates: Path):
        super().__init__(root / PAGES_DIR)
        self.root, self.templates = root, templates_digest(templates)

    def key(self, briefing: Briefing, articles: Sequence[str], outlets: Sequence[Outlet | None]) -> str:
        """``articles``: the digests of the briefing's article files, in source order."""
        digest = hashlib.sha256(f"{RENDER_VERSION}\0{self.templates}\0".encode())
        digest.update(repr(replace(briefing, path=Path(os.path.relpath(briefing.path, self.root)))).encode())
        digest.update(repr((tuple(articles), tuple(outlets))).encode())
        return digest.hexdigest()


def prune(root: Path, before: float) -> int:
    """Prune both caches of the archive at ``root``; returns how many entries were deleted."""
    return sum(_Folder(root / folder).prune(before) for folder in (CACHE_DIR, PAGES_DIR))
