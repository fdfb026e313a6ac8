"""``briefings build``: generate the pages and build the site with mkdocs build --strict."""

from __future__ import annotations

from pathlib import Path

import click

from ..pipeline import build as build_all
from .common import root_option


@click.command()
@root_option
def build(root: Path) -> None:
    """Generate the pages, then run mkdocs build --strict into site/.

    Any warning fails the build and leaves the previous site/ untouched.
    """
    site = build_all(root)
    click.echo(f"site built in {site.relative_to(root)}/ (open {site.relative_to(root)}/index.html, or run: briefings serve)")
