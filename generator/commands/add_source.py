"""``briefings add-source``: store a report in a briefing, clean it and list it as a source."""

from __future__ import annotations

from pathlib import Path

import click

from ..editing import add_source as add
from ..loading.archive import display
from .common import find_root


@click.command("add-source")
@click.argument("briefing", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("report")
@click.option("--outlet", required=True, help="The outlet's key in briefings/outlets.yml.")
@click.option("--id", "source_id", default=None, help="The source's id (default: the outlet key, made unique).")
def add_source(briefing: Path, report: str, outlet: str, source_id: str | None) -> None:
    """Copy REPORT (a file, or a URL to fetch) into BRIEFING's reports/, clean it into articles/,
    and append the source to BRIEFING (briefing.yml), keeping its comments and layout.

    Nothing is written if any step fails.
    """
    briefing = briefing.resolve()
    root = find_root(briefing.parent)
    added = add(root, briefing, report, outlet, source_id)
    meta = added.article.meta
    click.echo(f"stored {report} as {display(root, added.report)}")
    click.echo(f"cleaned it into {display(root, added.article_file)}: {meta.word_count} words, "
               f"{len(added.article.blocks)} blocks kept, {len(added.article.removed)} removed")
    click.echo(f"added source '{added.source.id}' (outlet {added.source.outlet}) to {display(root, briefing)}")
    if meta.title:
        click.echo(f"title found: {meta.title}")
