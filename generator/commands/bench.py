"""``briefings bench``: build a synthetic archive with the whole pipeline and print its figures."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..bench.run import bench as run_bench
from .common import root_option


@click.command()
@click.option("--briefings", "count", type=click.IntRange(1), default=100, show_default=True,
              help="Briefings in the synthetic archive.")
@click.option("--sources", type=click.IntRange(1, 80), default=5, show_default=True, help="Reports per briefing.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the synthetic archive.")
@click.option("--keep", type=click.Path(exists=False, file_okay=False, path_type=Path), default=None,
              help="Move the synthetic archive (with its site) here afterwards.")
@click.option("--no-browser", is_flag=True, help="Skip the search and preview measurements (no Chromium).")
@click.option("--no-serve", is_flag=True,
              help="Skip the preview measurement (its first build is a second whole site build).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@root_option
def bench(count: int, sources: int, seed: int, keep: Path | None, no_browser: bool, no_serve: bool, as_json: bool,
          root: Path) -> None:
    """Make a synthetic archive, run every step on it and print the figures.

    The synthetic archive uses this archive's mkdocs.yml and templates, so the site is built as
    published.
    Cleaning, comparison, page generation, mkdocs build --strict and Pagefind run for real, each as
    a child process whose time and peak memory (descendants included) are measured; a search is
    timed in headless Chromium and an edit is timed in briefings serve. Figures vary with the
    machine: compare medians of several runs.
    """
    figures = run_bench(root, count, sources, seed, keep, browser=not no_browser, serve=not no_serve)
    if as_json:
        click.echo(json.dumps(figures, sort_keys=True))
        return
    for key, value in figures.items():
        click.echo(f"{key:28} {value}")
