"""``briefings clean FILE|URL``: print a raw report's article body, or everything as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import click
from slugify import slugify

from ..cleaning import clean as clean_report
from ..errors import InputError, Problem
from ..cleaning.decode import check_size
from ..cleaning.fetch import fetch, is_url


@click.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="Print body, metadata and what was removed, as JSON.")
def clean(source: str, as_json: bool) -> None:
    """Clean one raw report (a text dump, an HTML file or a URL) and print its article body.

    Paragraphs are separated by a blank line. Exit status 1 when the input cannot be read or holds
    no article.
    """
    if is_url(source):
        raw, name, url = fetch(source), source, source
    else:
        path = Path(source)
        raw, name, url = _read(path), source, None
    article = clean_report(raw, article_id=_id(name), name=name, url=url)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(article.body)


def _read(path: Path) -> bytes:
    try:
        check_size(path.stat().st_size, str(path))
        return path.read_bytes()
    except OSError as error:
        raise InputError(Problem(str(path), message=f"cannot read file: {error.strerror}")) from None


def _id(name: str) -> str:
    return slugify(Path(name.rstrip("/")).stem) or "article"
