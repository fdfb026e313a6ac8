"""The whole archive as loaded: outlets, briefings and their cleaned articles."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, Problem
from .article import Article
from .briefing import Briefing, Outlet
from .comparison import Comparison

BRIEFINGS_DIR = "briefings"
OUTLETS_FILE = "outlets.yml"
PERMALINKS_FILE = "permalinks.yml"
BRIEFING_FILE = "briefing.yml"
REPORTS_DIR = "reports"
ARTICLES_DIR = "articles"


@dataclass(frozen=True)
class ArticleFile:
    """A cleaned article checked when the archive was loaded, read again when it is needed.

    A 20,000-briefing archive holds 100,000 articles: kept in memory they would cost gigabytes,
    and each is needed once, by the worker comparing its briefing."""

    path: Path
    sha256: str  # of the bytes that were checked

    def read(self) -> Article:
        data = self.path.read_bytes()
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise InputError(Problem(str(self.path), message="changed while the archive was being generated; "
                                                             "run the command again"))
        return Article.from_dict(json.loads(data))


@dataclass(frozen=True)
class Archive:
    root: Path
    outlets: dict[str, Outlet]
    briefings: tuple[Briefing, ...]
    articles: dict[str, dict[str, Article | ArticleFile]] = field(default_factory=dict)
    # Checked like the rest but never published (``draft: true``); ingest still cleans their reports.
    drafts: tuple[Briefing, ...] = ()

    def articles_of(self, briefing: Briefing) -> list[Article]:
        """The briefing's cleaned articles, in the order the editor listed the sources."""
        loaded = self.articles.get(briefing.key, {})
        return [_article(loaded[source.id]) for source in briefing.sources if source.id in loaded]

    def article_digests(self, briefing: Briefing) -> tuple[str, ...]:
        """A digest of each of the briefing's articles, in source order, without reading them."""
        loaded = self.articles.get(briefing.key, {})
        return tuple(_digest(loaded[source.id]) for source in briefing.sources if source.id in loaded)


@dataclass(frozen=True)
class AnalyzedBriefing:
    """A briefing with its articles (editor corrections applied) and their comparison."""

    briefing: Briefing
    articles: tuple[Article, ...]
    comparison: Comparison


def _article(held: Article | ArticleFile) -> Article:
    return held.read() if isinstance(held, ArticleFile) else held


def _digest(held: Article | ArticleFile) -> str:
    if isinstance(held, ArticleFile):
        return held.sha256
    return hashlib.sha256(json.dumps(held.to_dict(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def article_path(briefing_folder: Path, source_id: str) -> Path:
    return briefing_folder / ARTICLES_DIR / f"{source_id}.json"
