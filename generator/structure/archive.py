"""The whole archive as loaded: outlets, briefings and their cleaned articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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
class Archive:
    root: Path
    outlets: dict[str, Outlet]
    briefings: tuple[Briefing, ...]
    articles: dict[str, dict[str, Article]] = field(default_factory=dict)
    # Checked like the rest but never published (``draft: true``); ingest still cleans their reports.
    drafts: tuple[Briefing, ...] = ()

    def articles_of(self, briefing: Briefing) -> list[Article]:
        """The briefing's cleaned articles, in the order the editor listed the sources."""
        loaded = self.articles.get(briefing.key, {})
        return [loaded[source.id] for source in briefing.sources if source.id in loaded]


@dataclass(frozen=True)
class AnalyzedBriefing:
    """A briefing with its articles (editor corrections applied) and their comparison."""

    briefing: Briefing
    articles: tuple[Article, ...]
    comparison: Comparison


def article_path(briefing_folder: Path, source_id: str) -> Path:
    return briefing_folder / ARTICLES_DIR / f"{source_id}.json"
