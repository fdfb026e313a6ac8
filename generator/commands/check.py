"""``briefings check``: validate every editor file at once."""

from __future__ import annotations

from pathlib import Path

import click

from ..loading.archive import load_archive
from .common import root_option


@click.command()
@root_option
def check(root: Path) -> None:
    """Validate the outlet registry, every briefing and its cleaned articles.

    Prints every problem as path:line:col: field: message, then exits 1; prints a summary and exits
    0 when everything is valid.
    """
    archive = load_archive(root)
    sources = sum(len(b.sources) for b in archive.briefings)
    click.echo(f"ok: {len(archive.briefings)} briefings, {sources} sources, {len(archive.outlets)} outlets")
