"""Options shared by the commands that work on an archive."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import BriefingsError

ARCHIVE_MARKERS = ("mkdocs.yml", "briefings")


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``mkdocs.yml`` and ``briefings/``."""
    for folder in (start, *start.parents):
        if all((folder / marker).exists() for marker in ARCHIVE_MARKERS):
            return folder
    raise BriefingsError(f"{start}: not inside an archive (no mkdocs.yml and briefings/ here or above)")


def _resolve_root(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    return find_root(value.resolve() if value else Path.cwd())


root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=None, callback=_resolve_root,
    help="The archive folder (default: the nearest folder with mkdocs.yml and briefings/).",
)
