"""Load every editor file of an archive into typed values, collecting every problem first.

Editors fix five mistakes in one round, not five rounds: each file is validated on its own, then
the cross-file rules run on whatever parts of each file are valid (unknown outlets, report files,
duplicate ids and permalinks, claims, aliases, the permalink registry, cleaned articles), and only
then is one :class:`ValidationError` raised with everything found.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from ..errors import Problem, ValidationError
from ..parallel import ordered_map
from ..structure.archive import BRIEFING_FILE, BRIEFINGS_DIR, OUTLETS_FILE, Archive
from ..structure.briefing import Outlet
from . import crosscheck, permalinks
from .articles import GENERATED_BY, file_digest, load_articles, overrides_digest
from .briefings import LoadedBriefing, load_briefing, parse_file
from .memo import FileMemo

__all__ = ["GENERATED_BY", "file_digest", "overrides_digest", "load_archive", "load_briefings", "briefing_files"]


def load_archive(root: Path, *, with_articles: bool = True, require_recorded: bool = False,
                 memo: FileMemo | None = None) -> Archive:
    """Read ``briefings/`` under ``root``. Raises :class:`ValidationError` listing every problem.

    ``require_recorded`` also requires every published address to be in the permalink registry
    (``briefings check`` asks for it; the commands that write the registry do not). With a
    ``memo`` (the preview server's), files unchanged since the last call are not read again.
    """
    problems: list[Problem] = []
    loaded = load_briefings(root, problems, memo)
    outlets, outlet_keys = _load_outlets(root, problems)
    problems += crosscheck.check_all(root, loaded, outlet_keys, memo)
    problems += permalinks.check(root, loaded, require_recorded=require_recorded)
    articles = load_articles(root, loaded, problems, memo) if with_articles else {}
    if problems:
        raise ValidationError(problems)
    return _archive(root, outlets, loaded, articles)


def load_briefings(root: Path, problems: list[Problem], memo: FileMemo | None = None) -> list[LoadedBriefing]:
    """Every briefing file that could be read, with its valid parts; problems are appended.

    Files are parsed on every core; with a ``memo``, only the files changed since the last call."""
    paths = briefing_files(root)
    if memo is None:
        results = list(ordered_map(partial(_read_briefing, root), paths))
    else:
        results = [_memo_read(memo, root, path) for path in paths]
    loaded = []
    for item, found in results:
        problems += found
        if item is not None:
            loaded.append(item)
    return loaded


def _read_briefing(root: Path, path: Path) -> tuple[LoadedBriefing | None, list[Problem]]:
    found: list[Problem] = []
    return load_briefing(path, display(root, path), found), found


def _memo_read(memo: FileMemo, root: Path, path: Path) -> tuple[LoadedBriefing | None, list[Problem]]:
    found: list[Problem] = []
    item = memo.read("briefing", [path], found, lambda more: load_briefing(path, display(root, path), more))
    return item, found


def briefing_files(root: Path) -> list[Path]:
    """Every ``briefing.yml`` under ``briefings/``, in a stable order."""
    return sorted((root / BRIEFINGS_DIR).glob(f"*/*/{BRIEFING_FILE}"))


def display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _load_outlets(root: Path, problems: list[Problem]) -> tuple[dict[str, Outlet], set[str] | None]:
    """The valid outlets, and every key the registry defines (None when it cannot be read)."""
    path = root / BRIEFINGS_DIR / OUTLETS_FILE
    if not path.exists():
        problems.append(Problem(display(root, path), message="outlet registry is missing"))
        return {}, None
    parsed = parse_file(path, display(root, path), "outlets", problems)
    if parsed is None:
        return {}, None
    keys = set(parsed.document.value) if isinstance(parsed.document.value, dict) else None
    if not parsed.valid:
        return {}, keys
    outlets = {key: Outlet(key=key, **entry) for key, entry in sorted(parsed.value.items())}
    return outlets, keys


def _archive(root: Path, outlets: dict[str, Outlet], loaded: list[LoadedBriefing], articles: dict) -> Archive:
    everything = sorted((item.briefing for item in loaded), key=lambda b: (b.date, b.slug), reverse=True)
    by_key = {item.briefing.key: articles.get(item.path, {}) for item in loaded}
    return Archive(root, outlets, tuple(b for b in everything if not b.draft), by_key,
                   drafts=tuple(b for b in everything if b.draft))
