"""``briefings ingest``: clean the raw reports of briefings into their articles/ folders."""

from __future__ import annotations

from pathlib import Path

import click

from ..pipeline import ingest as ingest_reports
from ..structure.archive import ARTICLES_DIR
from .common import root_option


@click.command()
@click.argument("briefings", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@root_option
def ingest(briefings: tuple[Path, ...], root: Path) -> None:
    """Clean each source's raw report and store the article with its metadata.

    With no BRIEFINGS (briefing.yml files), ingests the whole archive. Files are only rewritten
    when their content changes. Each article file says it is generated: edit the briefing's keep/drop
    lists to correct the cleaner, never the article file. Also records every published address in
    briefings/permalinks.yml (commit it with the briefing).
    """
    only = {path.resolve() for path in briefings} or None
    changed = ingest_reports(root, only)
    for path in changed:
        click.echo(f"wrote {path.relative_to(root)}")
    articles = [path for path in changed if path.parent.name == ARTICLES_DIR]
    click.echo(f"ingest: {len(articles)} article file{'s' if len(articles) != 1 else ''} changed")
