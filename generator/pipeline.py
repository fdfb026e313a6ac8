"""The pipeline, top to bottom: ingest -> load -> analyze -> render -> write -> build.

Each step is a call into the module that owns it; nothing touches disk before every page has been
rendered in memory, so a failure while loading or analysing leaves all output untouched.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from . import writer
from .analyze import analyze
from .cleaning import clean
from .loading.archive import GENERATED_BY, file_digest, load_archive, overrides_digest
from .render.site import render_site
from .site import build_site
from .siteconfig import load_site_config
from .structure.archive import Archive, article_path

TEMPLATES_DIR = "templates"
DOCS_DIR = "docs"


@dataclass(frozen=True)
class Generated:
    briefings: int
    pages: int
    docs: Path


def ingest(root: Path, only: set[Path] | None = None) -> list[Path]:
    """Clean the reports of every briefing (or of ``only``); returns the article files that changed."""
    archive = load_archive(root, with_articles=False)
    files = [_cleaned_file(briefing, source)
             for briefing in archive.briefings if only is None or briefing.path.resolve() in only
             for source in briefing.sources]
    return [path for path, content in files if writer.write_file(path, content)]


def generate(root: Path) -> Generated:
    """Load, analyse and render the archive, then swap the new docs tree in."""
    archive = load_archive(root)
    items = [analyze(archive, briefing) for briefing in archive.briefings]
    pages = render_site(archive, items, root / TEMPLATES_DIR, load_site_config(root))
    writer.write_tree(root / DOCS_DIR, pages)
    return Generated(len(items), len(pages), root / DOCS_DIR)


def build(root: Path) -> Path:
    """Generate, then build the site with ``mkdocs build --strict``; returns the site folder."""
    generate(root)
    return build_site(root, source_date_epoch(load_archive(root, with_articles=False)))


def source_date_epoch(archive: Archive) -> int:
    """The build's notion of "now": the newest date in the archive, never the wall clock."""
    dates = [b.date for b in archive.briefings] + [c.date for b in archive.briefings for c in b.corrections]
    newest = max(dates, default=dt.date(1970, 1, 1))
    return int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp())


def _cleaned_file(briefing, source) -> tuple[Path, str]:
    report = briefing.folder / source.report
    article = clean(report.read_bytes(), article_id=source.id, name=str(report), overrides=source.overrides)
    data = {
        "generated_by": GENERATED_BY,
        "report_sha256": file_digest(report),
        "overrides_sha256": overrides_digest(source.overrides),
        **article.to_dict(),
    }
    return article_path(briefing.folder, source.id), json.dumps(data, ensure_ascii=False, indent=1) + "\n"
