"""Load every editor file of an archive into typed values, collecting every problem first.

Editors fix five mistakes in one round, not five rounds: each file is validated on its own, then
the cross-file rules run (unknown outlets, missing or stale articles, duplicate permalinks), and
only then is one :class:`ValidationError` raised with everything found.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
from pathlib import Path

from slugify import slugify

from ..errors import InputError, Problem, ValidationError
from ..structure.archive import (
    ARTICLES_DIR,
    BRIEFING_FILE,
    BRIEFINGS_DIR,
    OUTLETS_FILE,
    Archive,
    article_path,
)
from ..structure.article import Article
from ..structure.briefing import Briefing, Claim, Correction, Outlet, Overrides, Source
from . import schema, yamlstrict
from .yamlstrict import Document

GENERATED_BY = "briefings ingest"


def load_archive(root: Path, *, with_articles: bool = True) -> Archive:
    """Read ``briefings/`` under ``root``. Raises :class:`ValidationError` listing every problem."""
    problems: list[Problem] = []
    outlets = _load_outlets(root, problems)
    loaded = [pair for path in briefing_files(root) if (pair := _load_briefing(root, path, problems))]
    problems += _cross_check(root, loaded, outlets)
    articles = _load_articles(root, loaded, problems) if with_articles else {}
    if problems:
        raise ValidationError(problems)
    briefings = sorted((b for b, _ in loaded), key=lambda b: (b.date, b.slug), reverse=True)
    return Archive(root, outlets, tuple(briefings), articles)


def briefing_files(root: Path) -> list[Path]:
    """Every ``briefing.yml`` under ``briefings/``, in a stable order."""
    return sorted((root / BRIEFINGS_DIR).glob(f"*/*/{BRIEFING_FILE}"))


def display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def overrides_digest(overrides: Overrides) -> str:
    """The digest an ingested article records, so a changed keep/drop list marks it stale."""
    canonical = json.dumps({"keep": list(overrides.keep), "drop": list(overrides.drop)}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- single files -------------------------------------------------------------------------------


def _parse(root: Path, path: Path, kind: str, problems: list[Problem]):
    try:
        document = yamlstrict.load(path, display(root, path))
    except InputError as error:
        problems.append(error.problem)
        return None
    found = schema.validate(document, kind)
    problems += found
    return None if found else document


def _load_outlets(root: Path, problems: list[Problem]) -> dict[str, Outlet]:
    path = root / BRIEFINGS_DIR / OUTLETS_FILE
    if not path.exists():
        problems.append(Problem(display(root, path), message="outlet registry is missing"))
        return {}
    document = _parse(root, path, "outlets", problems)
    if document is None:
        return {}
    return {key: Outlet(key=key, **entry) for key, entry in sorted(document.value.items())}


def _load_briefing(root: Path, path: Path, problems: list[Problem]) -> tuple[Briefing, Document] | None:
    document = _parse(root, path, "briefing", problems)
    if document is None:
        return None
    value = document.value
    title = value["title"]
    return Briefing(
        path=path,
        date=dt.date.fromisoformat(value["date"]),
        slug=value.get("slug") or slugify(title, max_length=60, word_boundary=True) or "briefing",
        title=title,
        summary=value["summary"].strip(),
        tags=tuple(value.get("tags", [])),
        sources=tuple(_source(entry) for entry in value["sources"]),
        key_points=tuple(value.get("key_points", [])),
        claims=tuple(
            Claim(c["id"], c["text"], tuple(sorted(c.get("verdicts", {}).items()))) for c in value.get("claims", [])
        ),
        aliases=tuple((name, tuple(forms)) for name, forms in value.get("aliases", {}).items()),
        corrections=tuple(
            sorted((Correction(dt.date.fromisoformat(c["date"]), c["text"]) for c in value.get("corrections", [])),
                   key=lambda c: c.date)
        ),
        previous_slugs=tuple(value.get("previous_slugs", [])),
    ), document


def _source(entry: dict) -> Source:
    fields = {k: v for k, v in entry.items() if k not in ("keep", "drop")}
    return Source(**fields, overrides=Overrides(tuple(entry.get("keep", [])), tuple(entry.get("drop", []))))


# -- across files -------------------------------------------------------------------------------


def _cross_check(root: Path, loaded: list[tuple[Briefing, Document]], outlets: dict[str, Outlet]) -> list[Problem]:
    problems: list[Problem] = []
    permalinks: dict[str, str] = {}
    for briefing, document in loaded:
        problems += _check_sources(briefing, document, outlets)
        problems += _check_claims(briefing, document)
        for slug in (briefing.slug, *briefing.previous_slugs):
            link = f"{briefing.date:%Y/%m/%d}/{slug}/"
            if link in permalinks and permalinks[link] != document.path:
                problems.append(document.problem(("slug",), f"permalink /{link} is already used by {permalinks[link]}"))
            permalinks.setdefault(link, document.path)
    return problems


def _check_sources(briefing: Briefing, document: Document, outlets: dict[str, Outlet]) -> list[Problem]:
    problems, seen_ids, seen_reports = [], {}, {}
    for i, source in enumerate(briefing.sources):
        if source.outlet not in outlets and outlets:
            hint = difflib.get_close_matches(source.outlet, list(outlets), n=1, cutoff=0.6)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (add it to {BRIEFINGS_DIR}/{OUTLETS_FILE})"
            problems.append(document.problem(("sources", i, "outlet"), f"unknown outlet '{source.outlet}'{suggestion}"))
        if source.id in seen_ids:
            problems.append(document.problem(("sources", i, "id"), f"source '{source.id}' is listed twice (first as sources[{seen_ids[source.id]}])"))
        if source.report in seen_reports:
            problems.append(document.problem(("sources", i, "report"), f"report {source.report} is listed twice (first in sources[{seen_reports[source.report]}])"))
        seen_ids.setdefault(source.id, i)
        seen_reports.setdefault(source.report, i)
        if not (briefing.folder / source.report).is_file():
            problems.append(document.problem(("sources", i, "report"), f"file not found: {source.report}"))
    return problems


def _check_claims(briefing: Briefing, document: Document) -> list[Problem]:
    problems, ids = [], {source.id for source in briefing.sources}
    for i, claim in enumerate(briefing.claims):
        for source_id, _ in claim.verdicts:
            if source_id not in ids:
                hint = difflib.get_close_matches(source_id, sorted(ids), n=1, cutoff=0.6)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                problems.append(document.problem(("claims", i, "verdicts", source_id),
                                                 f"'{source_id}' is not a source of this briefing{suggestion}", at_key=True))
    return problems


# -- cleaned articles ---------------------------------------------------------------------------


def _load_articles(root: Path, loaded: list[tuple[Briefing, Document]], problems: list[Problem]) -> dict:
    articles: dict[str, dict[str, Article]] = {}
    for briefing, document in loaded:
        found = articles.setdefault(briefing.key, {})
        for i, source in enumerate(briefing.sources):
            article = _load_article(root, briefing, source, problems, document.problem(("sources", i, "id"), ""))
            if article is not None:
                found[source.id] = article
    return articles


def _load_article(root: Path, briefing: Briefing, source: Source, problems: list[Problem], where: Problem) -> Article | None:
    path = article_path(briefing.folder, source.id)
    report = briefing.folder / source.report
    rerun = f"run: briefings ingest {display(root, briefing.path)}"
    stale = Problem(where.path, where.line, where.col, where.field, f"cleaned article {ARTICLES_DIR}/{source.id}.json")
    if not path.is_file():
        if report.is_file():
            problems.append(_with(stale, f"{stale.message} is missing; {rerun}"))
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.append(Problem(display(root, path), message=f"not a readable article file ({error})"))
        return None
    document = yamlstrict.Document(display(root, path), data)
    found = schema.validate(document, "article")
    if found:
        problems += found
        return None
    if report.is_file() and data["report_sha256"] != file_digest(report):
        problems.append(_with(stale, f"{stale.message} is stale (the report changed); {rerun}"))
    elif data["overrides_sha256"] != overrides_digest(source.overrides):
        problems.append(_with(stale, f"{stale.message} is stale (keep/drop changed); {rerun}"))
    return Article.from_dict(data)


def _with(problem: Problem, message: str) -> Problem:
    return Problem(problem.path, problem.line, problem.col, problem.field, message)
