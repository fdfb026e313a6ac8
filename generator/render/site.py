"""Every page of the docs tree, rendered in memory; :mod:`generator.writer` puts them on disk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BuildError
from ..siteconfig import SiteConfig
from ..structure.archive import AnalyzedBriefing, Archive
from . import Page, Renderer, context, dates
from .articlehtml import body_html
from .feed import feed_page, updated
from .redirects import redirect_pages
from .twins import twins

# Hand-written pages and assets copied verbatim into the docs tree.
STATIC_DIRS = ("pages", "assets")
# Front-matter ``kind`` of a briefing page: the theme marks it for the search index and Open Graph.
BRIEFING_KIND = "briefing"
SEARCH_PAGE = "search.md"
# A year's or a month's page has no table of contents: it would list its briefings again, twice
# with the phone's drawer (templates/overrides/partials/toc.html prints none). Pages in the
# navigation keep theirs: the drawer offers it under their name.
NO_TOC = ["toc"]


@dataclass(frozen=True)
class RenderedBriefing:
    """A briefing's own pages, and the little that listing pages need to know about it."""

    pages: list[Page]
    listed: context.Listed


def render_site(archive: Archive, items: list[AnalyzedBriefing], templates: Path, site: SiteConfig) -> list[Page]:
    """All generated pages for the archive, sorted by path (in memory: for small archives and tests)."""
    renderer = Renderer(templates)
    rendered = [render_briefing(renderer, item, archive) for item in items]
    pages = [page for one in rendered for page in one.pages]
    pages += listing_pages(renderer, [one.listed for one in rendered], archive, templates, site)
    return sorted(unique_paths(pages), key=lambda page: page.path)


def render_briefing(renderer: Renderer, item: AnalyzedBriefing, archive: Archive) -> RenderedBriefing:
    """The pages that depend on this briefing alone: its page and its old addresses."""
    return RenderedBriefing(briefing_pages(renderer, item, archive) + redirect_pages(item.briefing),
                            context.listed(item))


def listing_pages(renderer: Renderer, listed: list[context.Listed], archive: Archive, templates: Path,
                  site: SiteConfig) -> list[Page]:
    """Every page that lists briefings, the feed, and the pages and assets that are copied."""
    pages = home_pages(renderer, listed)
    pages += corrections_pages(renderer, listed)
    pages += archive_pages(renderer, listed)
    pages += tag_pages(renderer, listed)
    pages += outlet_pages(renderer, listed, archive)
    pages += search_pages(renderer, site)
    pages.append(feed_page([item.briefing for item in listed], site.url, site.name, site.description))
    return pages + static_pages(templates)


def unique_paths(pages: Iterable[Page]) -> Iterator[Page]:
    """The pages, failing on a second page at one path (e.g. a hand-written page named like a
    generated one), which would otherwise silently replace the first."""
    seen: set[str] = set()
    for page in pages:
        if page.path in seen:
            raise BuildError(f"docs/{page.path}: two pages would be written here; rename one of them")
        seen.add(page.path)
        yield page


def briefing_pages(renderer: Renderer, item: AnalyzedBriefing, archive: Archive) -> list[Page]:
    """The briefing's one page: what it reports, how the sources compare, and the sources' text."""
    briefing = item.briefing
    twinned = twins(item.comparison, [source.id for source in briefing.sources])
    names = {source.id: archive.outlets[source.outlet].name for source in briefing.sources}
    bodies = {a.id: body_html(a, item.comparison.sentences.get(a.id, ()), twinned, names) for a in item.articles}
    meta = {"title": briefing.title, "description": context.lede(briefing.summary), "kind": BRIEFING_KIND,
            "date": briefing.date.isoformat(), "updated": updated(briefing).isoformat()}
    return [renderer.page("briefing", context.briefing_page_path(briefing), meta=meta,
                          source=_source_name(archive, briefing.path),
                          **context.briefing_context(item, archive, bodies, twinned))]


def home_pages(renderer: Renderer, items: list[context.Listed]) -> list[Page]:
    home = context.home_context(items)
    meta = _listing_meta("Latest briefings", home["cards"],
                         description="What several outlets reported about one event, and how their accounts differ.")
    return [renderer.page("home", "index.md", meta=meta, source="briefings/", **home)]


def corrections_pages(renderer: Renderer, items: list[context.Listed]) -> list[Page]:
    meta = {"title": "Corrections", "description": "Every correction made to a briefing after publication, newest first."}
    return [renderer.page("corrections", context.CORRECTIONS_PAGE, meta=meta, source="briefings/",
                          **context.corrections_context(items))]


def archive_pages(renderer: Renderer, items: list[context.Listed]) -> list[Page]:
    months = context.by_month(items)
    years = sorted({year for year, _ in months}, reverse=True)
    every = [card for cards in months.values() for card in cards]
    pages = [renderer.page("archive", "archive.md", meta=_listing_meta("Archive", every), source="briefings/",
                           years=years, months=months, month_name=dates.month_name)]
    for year in years:
        in_year = {month: cards for (y, month), cards in months.items() if y == year}
        meta = _listing_meta(f"Briefings of {year}", [c for cards in in_year.values() for c in cards], hide=NO_TOC)
        pages.append(renderer.page("archive_year", f"{year}/index.md", meta=meta, source="briefings/",
                                   year=year, months=in_year, month_name=dates.month_name))
    for (year, month), cards in months.items():
        meta = _listing_meta(f"Briefings of {dates.month_name(month)} {year}", cards, hide=NO_TOC)
        pages.append(renderer.page("archive_month", f"{year}/{month:02d}/index.md", meta=meta, source="briefings/",
                                   year=year, month=month, cards=cards, month_name=dates.month_name))
    return pages


def tag_pages(renderer: Renderer, items: list[context.Listed]) -> list[Page]:
    tags = context.by_tag(items)
    every = [card for cards in tags.values() for card in cards]
    pages = [renderer.page("tags", "tags/index.md", meta=_listing_meta("Tags", every), source="briefings/",
                           tags=tags, tag_page=context.tag_page_path)]
    for tag, cards in tags.items():
        pages.append(renderer.page("tag", context.tag_page_path(tag), meta=_listing_meta(f"Tag: {tag}", cards),
                                   source="briefings/", tag=tag, cards=cards))
    return pages


def outlet_pages(renderer: Renderer, items: list[context.Listed], archive: Archive) -> list[Page]:
    records = context.outlet_records(items, archive.outlets)
    every = [card for record in records.values() for card in record.cards]
    pages = [renderer.page("outlets", "outlets/index.md", meta=_listing_meta("Outlets", every),
                           source="briefings/outlets.yml", records=records, outlet_page=context.outlet_page_path)]
    for key, record in records.items():
        pages.append(renderer.page("outlet", context.outlet_page_path(key), meta=_listing_meta(record.outlet.name, record.cards),
                                   source="briefings/outlets.yml", record=record, outlet=record.outlet))
    return pages


def search_pages(renderer: Renderer, site: SiteConfig) -> list[Page]:
    """The Pagefind search page; Material's built-in search needs none."""
    if not site.pagefind:
        return []
    meta = {"title": "Search", "description": "Search every briefing by event, person, place or outlet."}
    return [renderer.page("search", SEARCH_PAGE, meta=meta, source="templates/search.md.j2")]


def static_pages(templates: Path) -> list[Page]:
    """Hand-written Markdown pages and assets, copied as they are."""
    pages = []
    for folder in STATIC_DIRS:
        root = templates / folder
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            relative = path.relative_to(root).as_posix()
            target = relative if folder == "pages" else f"{folder}/{relative}"
            pages.append(Page(target, path.read_bytes()))
    return pages


def _listing_meta(title: str, cards, **extra) -> dict:
    """A listing page's front matter: its sitemap date is its newest briefing's."""
    newest = context.newest(cards)
    return {"title": title, **extra, **({"updated": newest} if newest else {})}


def _source_name(archive: Archive, path: Path) -> str:
    try:
        return path.relative_to(archive.root).as_posix()
    except ValueError:
        return path.name
