"""``briefings compare FILE...``: clean ad-hoc reports and compare them, no archive needed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..cleaning import clean as clean_report
from ..compare import NAMES, Options, compare as compare_articles
from ..errors import InputError, Problem
from ..structure.article import Article
from ..structure.comparison import Comparison


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the whole comparison as JSON.")
@click.option("--skip", multiple=True, type=click.Choice(NAMES), help="Leave out one analysis (repeatable).")
def compare(files: tuple[Path, ...], as_json: bool, skip: tuple[str, ...]) -> None:
    """Compare how several reports tell one event: derivation, shared and unique statements,
    quotes, figures, names and a timeline.

    Each FILE is a raw report (text dump or HTML), an already clean text, or an article JSON
    written by `briefings clean --json`; its source id is the file name without extension.
    """
    articles = [_article(path) for path in files]
    _unique_ids(articles, files)
    result = compare_articles(articles, Options(skip=frozenset(skip)))
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(summary(result))


def _article(path: Path) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(Problem(str(path), message=f"cannot read file: {error.strerror}")) from None
    if path.suffix == ".json":
        try:
            return Article.from_dict({**json.loads(raw), "id": path.stem})
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(Problem(str(path), message=f"not an article JSON: {error}")) from None
    return clean_report(raw, article_id=path.stem, name=str(path))


def _unique_ids(articles: list[Article], files: tuple[Path, ...]) -> None:
    seen: dict[str, Path] = {}
    for article, path in zip(articles, files):
        if article.id in seen:
            raise InputError(Problem(str(path), message=f"source id {article.id!r} already used by {seen[article.id]}"))
        seen[article.id] = path


def summary(result: Comparison) -> str:
    """A short plain-text overview for the terminal."""
    lines = [f"{len(result.sources)} sources, {len(result.independent_groups)} independent reports"]
    lines += [f"  {p.a} ~ {p.b}: {p.relation} (overlap {p.overlap:.0%})"
              for p in result.derivation if p.relation != "independent"]
    lines.append(f"{len(result.shared)} shared statements, "
                 + ", ".join(f"{source}: {len(items)} unique" for source, items in sorted(result.unique.items())))
    conflicts = [q for q in result.quotes if q.conflict] + [f for f in result.figures if f.conflict]
    lines.append(f"{len(result.quotes)} quotes, {len(result.figures)} figure groups, {len(conflicts)} conflicts")
    lines += [f"  ! {item.conflict}" for item in conflicts]
    lines.append(f"{len(result.names)} names with variants")
    return "\n".join(lines)
