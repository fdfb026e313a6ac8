"""The pipeline, top to bottom: ingest -> load -> analyze -> render -> write -> build.

Each step is a call into the module that owns it; nothing touches disk before every page has been
rendered in memory, so a failure while loading or analysing leaves all output untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import writer
from .batch import Stages, clean_reports, render_briefings
from .cache import ComparisonCache, PageCache, prune
from .cleaning import clean
from .loading import permalinks
from .loading.archive import GENERATED_BY, load_archive, overrides_digest
from .loading.articles import record_checked
from .parallel import loaded_for_workers
from .render import Page, Renderer, Written
from .render.site import listing_pages, unique_paths
from .site import build_site
from .siteconfig import load_site_config
from .structure.archive import Archive, article_path
from .structure.briefing import Source

TEMPLATES_DIR = "templates"
DOCS_DIR = "docs"


@dataclass(frozen=True)
class Generated:
    briefings: int
    pages: int
    docs: Path
    # Seconds per stage: wall time for load and the whole run, CPU time summed over workers for
    # analyze and render; how many briefings were not compared again (their comparison or their
    # pages came from the cache), and how many were not rendered again either.
    seconds: dict[str, float] = field(default_factory=dict)
    cached: int = 0
    pages_cached: int = 0


def ingest(root: Path, only: set[Path] | None = None) -> list[Path]:
    """Clean the reports of every briefing (or of ``only``), drafts included, and record the
    permalinks; returns the files that changed."""
    archive = load_archive(root, with_articles=False)
    tasks = [(briefing.folder, source)
             for briefing in (*archive.briefings, *archive.drafts) if only is None or briefing.path.resolve() in only
             for source in briefing.sources]
    changed = [path for path, content in clean_reports(cleaned_article, tasks) if writer.write_file(path, content)]
    return changed + record_permalinks(archive)


def generate(root: Path, workers: int | None = None, prune_cache: bool = False) -> Generated:
    """Load, analyse and render the archive (on all cores, comparisons and pages cached by content),
    then swap the new docs tree in; ``prune_cache`` then drops the cached values it did not use."""
    started, clock = time.perf_counter(), time.time()
    with loaded_for_workers(lambda: load_archive(root)) as archive:
        record_checked(root, archive.articles.values())
        loaded = time.perf_counter()
        stages = Stages()
        with writer.staged_tree(root / DOCS_DIR) as staging:
            written = staging.write_all(unique_paths(_site_pages(archive, root, stages, workers, staging)))
        record_permalinks(archive)
    if prune_cache:
        prune(root, clock)
    seconds = {"load": loaded - started, **stages.seconds, "total": time.perf_counter() - started}
    return Generated(len(archive.briefings), written, root / DOCS_DIR, seconds, stages.cached, stages.pages_cached)


def _site_pages(archive: Archive, root: Path, stages: Stages, workers: int | None,
                staging: writer.Staging) -> Iterator[Page | Written]:
    """Each briefing's pages as they are rendered (written by the workers), then the listing
    pages that need them all."""
    templates = root / TEMPLATES_DIR
    listed = []
    for rendered in render_briefings(archive, templates, ComparisonCache(root), stages, workers,
                                     pages=PageCache(root, templates), staging=staging):
        listed.append(rendered.listed)
        yield from rendered.pages
    yield from listing_pages(Renderer(templates), listed, archive, templates, load_site_config(root))


def record_permalinks(archive: Archive) -> list[Path]:
    """Rewrite the permalink registry from the archive; returns it if it changed."""
    path = permalinks.registry_path(archive.root)
    return [path] if writer.write_file(path, permalinks.render(archive)) else []


def build(root: Path, prune_cache: bool = False) -> Path:
    """Generate, then build the site with ``mkdocs build --strict``; returns the site folder."""
    generate(root, prune_cache=prune_cache)
    return build_site(root, source_date_epoch(load_archive(root, with_articles=False)))


def source_date_epoch(archive: Archive) -> int:
    """The build's notion of "now": the newest date in the archive, never the wall clock."""
    dates = [b.date for b in archive.briefings] + [c.date for b in archive.briefings for c in b.corrections]
    newest = max(dates, default=dt.date(1970, 1, 1))
    return int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp())


def cleaned_article(folder: Path, source: Source, raw: bytes | None = None, name: str | None = None) -> tuple[Path, str]:
    """The article file of ``source`` (its path and content), cleaned from ``raw`` or its report.

    ``name`` is how cleaning errors name the input (default: the report's path)."""
    report = folder / source.report
    raw = report.read_bytes() if raw is None else raw
    article = clean(raw, article_id=source.id, name=name or str(report), overrides=source.overrides)
    data = {
        "generated_by": GENERATED_BY,
        "report_sha256": hashlib.sha256(raw).hexdigest(),
        "overrides_sha256": overrides_digest(source.overrides),
        **article.to_dict(),
    }
    return article_path(folder, source.id), json.dumps(data, ensure_ascii=False, indent=1) + "\n"
