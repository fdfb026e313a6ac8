"""``briefings new``: scaffold a briefing folder with a commented, valid briefing.yml."""

from __future__ import annotations

from pathlib import Path

import click

from ..editing import new_briefing
from ..loading.archive import display
from .common import root_option


@click.command()
@click.option("--date", "date", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="The day the briefing covers, as YYYY-MM-DD.")
@click.option("--title", required=True, help="The briefing's headline (quote it in the shell).")
@click.option("--slug", default=None, help="The last part of its address (default: the title, slugified).")
@root_option
def new(date, title: str, slug: str | None, root: Path) -> None:
    """Create briefings/<year>/<date>-<slug>/ with a draft briefing.yml and a reports/ folder.

    The file explains each field in comments and is checked by `briefings check` from the start;
    it is not published while it says draft: true. Never overwrites an existing folder.
    """
    path = new_briefing(root, date.date(), title, slug)
    shown = display(root, path)
    click.echo(f"created {shown} (a draft) and {display(root, path.parent / 'reports')}/")
    click.echo(f"next: briefings add-source {shown} FILE-OR-URL --outlet KEY")
