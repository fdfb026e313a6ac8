"""``briefings check``: validate every editor file at once."""

from __future__ import annotations

from pathlib import Path

import click

from ..loading import permalinks
from ..loading.archive import load_archive
from ..structure.archive import BRIEFINGS_DIR, PERMALINKS_FILE
from .common import root_option


@click.command()
@root_option
def check(root: Path) -> None:
    """Validate the outlet registry, every briefing and its cleaned articles.

    Prints every problem as path:line:col: field: message, then exits 1; prints a summary and exits
    0 when everything is valid.
    """
    archive = load_archive(root, require_recorded=True)
    sources = sum(len(b.sources) for b in (*archive.briefings, *archive.drafts))
    drafts = f", {len(archive.drafts)} draft{'s' if len(archive.drafts) != 1 else ''}" if archive.drafts else ""
    click.echo(f"ok: {len(archive.briefings)} briefings{drafts}, {sources} sources, {len(archive.outlets)} outlets")
    if not permalinks.registry_path(root).is_file():
        click.echo(f"note: {BRIEFINGS_DIR}/{PERMALINKS_FILE} is missing, so a changed address cannot be caught; "
                   "run: briefings ingest", err=True)
