"""Template contexts: everything a page shows, computed here so templates only display."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..structure.archive import AnalyzedBriefing, Archive
from ..structure.article import Article
from ..structure.briefing import Briefing, Correction, Outlet, Source, tag_slug
from . import findings
from .comparison_view import comparison_view
from .derivation import derivation_diagram
from .feed import updated

# The home page lists this many briefings; the archive pages list them all.
HOME_LATEST = 30
# Cards show the summary's first paragraph up to this length: two lines on a phone.
LEDE_CHARS = 280
CORRECTIONS_PAGE = "corrections.md"


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
class CorrectionEntry:
    """A line of the site-wide corrections page."""

    correction: Correction
    briefing: Briefing
    page: str


@dataclass(frozen=True)
class BriefingCard:
    """A briefing as listed on home, archive, tag and outlet pages."""

    page: str
    briefing: Briefing
    outlets: int
    independent: int
    lede: str
    disputes: tuple[str, ...] = ()

    @functools.cached_property
    def updated(self) -> dt.date:
        """The day the briefing last changed for readers (asked once per listing it is on)."""
        return updated(self.briefing)


@dataclass(frozen=True)
class Listed:
    """What listing pages need of an analysed briefing: its card and what its outlets were flagged
    for. Small, so the briefings can be analysed and rendered elsewhere (in worker processes)."""

    card: BriefingCard
    flags: dict[str, frozenset[str]]

    @property
    def briefing(self) -> Briefing:
        return self.card.briefing


@dataclass(frozen=True)
class OutletRecord:
    """An outlet's track record across the archive, from the comparisons of its briefings."""

    outlet: Outlet
    cards: tuple[BriefingCard, ...]
    origins: int
    misattributions: int
    figure_conflicts: int


def briefing_page_path(briefing: Briefing) -> str:
    return f"{briefing.url_path}index.md"


def source_anchor(source_id: str) -> str:
    """The id of a source's section on its briefing page (prefixed: a source may be named like a
    section of the page, such as "timeline")."""
    return f"source-{source_id}"


def tag_page_path(tag: str) -> str:
    return f"tags/{tag_slug(tag)}.md"


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
    independent = len(findings.independent_groups(item.comparison)) or len(item.articles)
    return BriefingCard(briefing_page_path(item.briefing), item.briefing, len(item.briefing.sources), independent,
                        lede(item.briefing.summary), findings.disputes(item.comparison).labels)


def lede(summary: str) -> str:
    """The summary's first paragraph, cut at a word boundary when long."""
    first = summary.strip().split("\n\n")[0].replace("\n", " ")
    if len(first) <= LEDE_CHARS:
        return first
    return first[:LEDE_CHARS].rsplit(" ", 1)[0] + "…"


def briefing_context(item: AnalyzedBriefing, archive: Archive, bodies: dict, printed: dict | None = None) -> dict:
    """The briefing page: the comparison, then every source's cleaned text (``bodies``, HTML, with
    the twins ``printed`` once)."""
    rows = source_rows(item, archive.outlets)
    names = {row.id: row.outlet.name for row in rows}
    return {
        "briefing": item.briefing,
        "card": card(item),
        "sources": rows,
        "names": names,
        "comparison": item.comparison,
        "view": comparison_view(item.comparison, [row.id for row in rows], names, printed),
        "diagram": derivation_diagram(item.comparison, names),
        "articles": {article.id: article for article in item.articles},
        "bodies": bodies,
        "removed": {article.id: removed_summary(article) for article in item.articles},
        "source_anchor": source_anchor,
        "tag_pages": {tag: tag_page_path(tag) for tag in item.briefing.tags},
        "corrections_page": CORRECTIONS_PAGE,
    }


def removed_summary(article: Article) -> str:
    """What cleaning cut from a report, by kind, most frequent first: "3 navigation, 1 title"."""
    counts = Counter(block.reason for block in article.removed)
    return ", ".join(f"{count} {reason}" for reason, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def listed(item: AnalyzedBriefing) -> Listed:
    return Listed(card(item), {key: frozenset(flags) for key, flags in sorted(_outlet_flags(item).items())})


def corrections_context(items: list[Listed]) -> dict:
    """Every correction of every briefing, newest first (ties: newest briefing first)."""
    entries = [CorrectionEntry(correction, item.briefing, briefing_page_path(item.briefing))
               for item in items for correction in item.briefing.corrections]
    entries.sort(key=lambda e: (e.correction.date, e.briefing.date, e.briefing.slug, e.correction.text), reverse=True)
    return {"corrections": entries}


def home_context(items: list[Listed]) -> dict:
    return {"cards": [item.card for item in items[:HOME_LATEST]], "total": len(items)}


def by_month(items: list[Listed]) -> dict[tuple[int, int], list[BriefingCard]]:
    months: dict[tuple[int, int], list[BriefingCard]] = defaultdict(list)
    for item in items:
        months[(item.briefing.date.year, item.briefing.date.month)].append(item.card)
    return dict(months)


def by_tag(items: list[Listed]) -> dict[str, list[BriefingCard]]:
    """Briefings per tag; spellings that share a slug ("Taliban", "taliban") are one tag."""
    tags: dict[str, list[BriefingCard]] = defaultdict(list)
    spelling: dict[str, str] = {}
    for item in items:
        for tag in item.briefing.tags:
            tags[spelling.setdefault(tag_slug(tag), tag)].append(item.card)
    return dict(sorted(tags.items(), key=lambda pair: pair[0].casefold()))


def by_outlet(items: list[Listed]) -> dict[str, list[BriefingCard]]:
    outlets: dict[str, list[BriefingCard]] = defaultdict(list)
    for item in items:
        for key in sorted({source.outlet for source in item.briefing.sources}):
            outlets[key].append(item.card)
    return dict(outlets)


def outlet_records(items: list[Listed], outlets: dict[str, Outlet]) -> dict[str, OutletRecord]:
    """Every registered outlet's record, cited or not; counts are numbers of briefings."""
    cards = by_outlet(items)
    counts: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        for key, flags in item.flags.items():
            counts[key].update(flags)
    return {key: OutletRecord(outlet, tuple(cards.get(key, ())), counts[key]["origin"], counts[key]["misattribution"],
                              counts[key]["figure"]) for key, outlet in sorted(outlets.items())}


def _outlet_flags(item: AnalyzedBriefing) -> dict[str, set[str]]:
    """For each outlet cited by the briefing, which flags its sources earned (each counted once)."""
    comparison = item.comparison
    flagged = {"origin": findings.independent_origins(comparison),
               "misattribution": findings.misattributing_sources(comparison),
               "figure": findings.conflicting_figure_sources(comparison)}
    flags: dict[str, set[str]] = defaultdict(set)
    for source in item.briefing.sources:
        flags[source.outlet] |= {flag for flag, sources in flagged.items() if source.id in sources}
    return flags


def newest(cards) -> str | None:
    """The newest day among the listed briefings (for a listing page's sitemap date)."""
    days = [card.updated for card in cards]
    return max(days).isoformat() if days else None
