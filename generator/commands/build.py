"""``briefings build``: generate the pages and build the site with mkdocs build --strict."""

from __future__ import annotations

from pathlib import Path

import click

from ..pipeline import build as build_all
from .common import root_option


@click.command()
@click.option("--prune-cache", is_flag=True,
              help="Afterwards, delete the cached comparisons this run did not use (for CI, whose cache is saved every run).")
@root_option
def build(root: Path, prune_cache: bool) -> None:
    """Generate the pages, then run mkdocs build --strict into site/.

    Any warning fails the build and leaves the previous site/ untouched.
    """
    site = build_all(root, prune_cache=prune_cache)
    click.echo(f"site built in {site.relative_to(root)}/ (open {site.relative_to(root)}/index.html, or run: briefings serve)")
