"""``briefings generate``: write the Markdown pages of the site into docs/."""

from __future__ import annotations

from pathlib import Path

import click

from ..pipeline import generate as generate_pages
from .common import root_option


@click.command()
@click.option("--prune-cache", is_flag=True,
              help="Afterwards, delete the cached comparisons this run did not use (for CI, whose cache is saved every run).")
@root_option
def generate(root: Path, prune_cache: bool) -> None:
    """Load and check the archive, compare each briefing's sources and write every page to docs/.

    docs/ is replaced as a whole and only once everything rendered: a failure leaves the previous
    pages in place.
    """
    result = generate_pages(root, prune_cache=prune_cache)
    click.echo(f"generated {result.pages} files for {result.briefings} briefings in {result.docs.relative_to(root)}/")
