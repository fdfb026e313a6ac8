"""The analysis stage: a loaded briefing and its articles in, an :class:`AnalyzedBriefing` out."""

from __future__ import annotations

from dataclasses import replace

from .cache import ComparisonCache
from .compare import Options, compare
from .structure.archive import AnalyzedBriefing, Archive
from .structure.article import Article
from .structure.briefing import Briefing, Outlet, Source


def analyze(archive: Archive, briefing: Briefing) -> AnalyzedBriefing:
    """Apply the editor's corrections to each article's metadata, then compare the sources."""
    articles, options = _inputs(archive, briefing)
    return AnalyzedBriefing(briefing, articles, compare(articles, options))


def analyze_cached(archive: Archive, briefing: Briefing, cache: ComparisonCache) -> tuple[AnalyzedBriefing, bool, str]:
    """As :func:`analyze`, taking the comparison from ``cache`` when its inputs were compared
    before; also says whether it did, and under which key the comparison is cached."""
    articles, options = _inputs(archive, briefing)
    key = cache.key(articles, options)
    comparison = cache.get(key)
    hit = comparison is not None
    if comparison is None:
        comparison = compare(articles, options)
        cache.put(key, comparison)
    return AnalyzedBriefing(briefing, articles, comparison), hit, key


def _inputs(archive: Archive, briefing: Briefing) -> tuple[tuple[Article, ...], Options]:
    loaded = {article.id: article for article in archive.articles_of(briefing)}
    articles = tuple(_corrected(loaded[s.id], s, archive.outlets.get(s.outlet)) for s in briefing.sources)
    return articles, Options(claims=briefing.claims, aliases=briefing.aliases)


def _corrected(article: Article, source: Source, outlet: Outlet | None) -> Article:
    """What the editor states about a source wins over what the cleaner detected."""
    meta = replace(
        article.meta,
        outlet=outlet.name if outlet else article.meta.outlet,
        published=source.published or article.meta.published,
        url=source.url or article.meta.url,
        title=source.title or article.meta.title,
        byline=source.byline or article.meta.byline,
    )
    return replace(article, meta=meta)
