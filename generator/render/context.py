"""Template contexts: everything a page shows, computed here so templates only display."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from slugify import slugify

from ..structure.archive import AnalyzedBriefing, Archive
from ..structure.article import Article
from ..structure.briefing import Briefing, Outlet, Source
from .comparison_view import comparison_view

# The home page lists this many briefings; the archive pages list them all.
HOME_LATEST = 30
# Cards show the summary's first paragraph up to this length: two lines on a phone.
LEDE_CHARS = 280


@dataclass(frozen=True)
class SourceRow:
    """One line of a briefing's coverage table."""

    id: str
    outlet: Outlet
    published: str | None
    words: int
    url: str | None
    title: str | None
    byline: str | None
    original_outlet: str | None
    note: str | None


@dataclass(frozen=True)
class BriefingCard:
    """A briefing as listed on home, archive, tag and outlet pages."""

    page: str
    briefing: Briefing
    outlets: int
    independent: int
    lede: str


def briefing_page_path(briefing: Briefing) -> str:
    return f"{briefing.url_path}index.md"


def sources_page_path(briefing: Briefing) -> str:
    return f"{briefing.url_path}sources.md"


def tag_page_path(tag: str) -> str:
    return f"tags/{tag_slug(tag)}.md"


def tag_slug(tag: str) -> str:
    return slugify(tag) or "tag"


def outlet_page_path(key: str) -> str:
    return f"outlets/{key}.md"


def source_rows(item: AnalyzedBriefing, outlets: dict[str, Outlet]) -> list[SourceRow]:
    articles = {article.id: article for article in item.articles}
    return [_row(source, articles[source.id], outlets[source.outlet]) for source in item.briefing.sources]


def _row(source: Source, article: Article, outlet: Outlet) -> SourceRow:
    meta = article.meta
    return SourceRow(
        id=source.id,
        outlet=outlet,
        published=meta.published,
        words=meta.word_count,
        url=source.url or meta.url,
        title=source.title or meta.title,
        byline=source.byline or meta.byline,
        original_outlet=meta.original_outlet,
        note=source.note,
    )


def card(item: AnalyzedBriefing) -> BriefingCard:
    groups = item.comparison.independent_groups
    independent = len(groups) if groups else len(item.articles)
    return BriefingCard(briefing_page_path(item.briefing), item.briefing, len(item.briefing.sources), independent,
                        lede(item.briefing.summary))


def lede(summary: str) -> str:
    """The summary's first paragraph, cut at a word boundary when long."""
    first = summary.strip().split("\n\n")[0].replace("\n", " ")
    if len(first) <= LEDE_CHARS:
        return first
    return first[:LEDE_CHARS].rsplit(" ", 1)[0] + "…"


def briefing_context(item: AnalyzedBriefing, archive: Archive) -> dict:
    rows = source_rows(item, archive.outlets)
    return {
        "briefing": item.briefing,
        "card": card(item),
        "sources": rows,
        "names": {row.id: row.outlet.name for row in rows},
        "comparison": item.comparison,
        "view": comparison_view(item.comparison, [row.id for row in rows], {row.id: row.outlet.name for row in rows}),
        "sources_page": sources_page_path(item.briefing),
        "tag_pages": {tag: tag_page_path(tag) for tag in item.briefing.tags},
    }


def sources_context(item: AnalyzedBriefing, archive: Archive, bodies: dict) -> dict:
    return {
        "briefing": item.briefing,
        "sources": source_rows(item, archive.outlets),
        "articles": {article.id: article for article in item.articles},
        "bodies": bodies,
        "briefing_page": briefing_page_path(item.briefing),
    }


def home_context(items: list[AnalyzedBriefing]) -> dict:
    return {"cards": [card(item) for item in items[:HOME_LATEST]], "total": len(items)}


def by_month(items: list[AnalyzedBriefing]) -> dict[tuple[int, int], list[BriefingCard]]:
    months: dict[tuple[int, int], list[BriefingCard]] = defaultdict(list)
    for item in items:
        months[(item.briefing.date.year, item.briefing.date.month)].append(card(item))
    return dict(months)


def by_tag(items: list[AnalyzedBriefing]) -> dict[str, list[BriefingCard]]:
    tags: dict[str, list[BriefingCard]] = defaultdict(list)
    for item in items:
        for tag in item.briefing.tags:
            tags[tag].append(card(item))
    return dict(sorted(tags.items(), key=lambda pair: pair[0].casefold()))


def by_outlet(items: list[AnalyzedBriefing]) -> dict[str, list[BriefingCard]]:
    outlets: dict[str, list[BriefingCard]] = defaultdict(list)
    for item in items:
        for key in sorted({source.outlet for source in item.briefing.sources}):
            outlets[key].append(card(item))
    return dict(outlets)


def tag_counts(items: list[AnalyzedBriefing]) -> Counter:
    return Counter(tag for item in items for tag in item.briefing.tags)
