"""Every page of the docs tree, rendered in memory; :mod:`generator.writer` puts them on disk."""

from __future__ import annotations

from pathlib import Path

from ..errors import BuildError
from ..structure.archive import AnalyzedBriefing, Archive
from . import Page, Renderer, context, dates
from .articlehtml import body_html
from .redirects import redirect_pages

# Hand-written pages and assets copied verbatim into the docs tree.
STATIC_DIRS = ("pages", "assets")


def render_site(archive: Archive, items: list[AnalyzedBriefing], templates: Path) -> list[Page]:
    """All generated pages for the archive, newest briefing first, sorted by path."""
    renderer = Renderer(templates)
    pages: list[Page] = []
    for item in items:
        pages += briefing_pages(renderer, item, archive)
        pages += redirect_pages(item.briefing)
    pages += home_pages(renderer, items)
    pages += corrections_pages(renderer, items)
    pages += archive_pages(renderer, items)
    pages += tag_pages(renderer, items)
    pages += outlet_pages(renderer, items, archive)
    pages += static_pages(templates)
    return _unique_paths(sorted(pages, key=lambda page: page.path))


def _unique_paths(pages: list[Page]) -> list[Page]:
    """Two pages at one path would silently lose one (e.g. a hand-written page named like a generated one)."""
    for first, second in zip(pages, pages[1:]):
        if first.path == second.path:
            raise BuildError(f"docs/{first.path}: two pages would be written here; rename one of them")
    return pages


def briefing_pages(renderer: Renderer, item: AnalyzedBriefing, archive: Archive) -> list[Page]:
    briefing = item.briefing
    source = _source_name(archive, briefing.path)
    bodies = {a.id: body_html(a, item.comparison.sentences.get(a.id, ())) for a in item.articles}
    meta = {"title": briefing.title, "description": context.lede(briefing.summary)}
    return [
        renderer.page("briefing", context.briefing_page_path(briefing), meta=meta, source=source,
                      **context.briefing_context(item, archive)),
        renderer.page("sources", context.sources_page_path(briefing), source=source,
                      meta={"title": f"Sources: {briefing.title}", "description": f"The cleaned text of every report cited by “{briefing.title}”."},
                      **context.sources_context(item, archive, bodies)),
    ]


def home_pages(renderer: Renderer, items: list[AnalyzedBriefing]) -> list[Page]:
    meta = {"title": "Latest briefings", "description": "What several outlets reported about one event, and how their accounts differ."}
    return [renderer.page("home", "index.md", meta=meta, source="briefings/", **context.home_context(items))]


def corrections_pages(renderer: Renderer, items: list[AnalyzedBriefing]) -> list[Page]:
    meta = {"title": "Corrections", "description": "Every correction made to a briefing after publication, newest first."}
    return [renderer.page("corrections", context.CORRECTIONS_PAGE, meta=meta, source="briefings/",
                          **context.corrections_context(items))]


def archive_pages(renderer: Renderer, items: list[AnalyzedBriefing]) -> list[Page]:
    months = context.by_month(items)
    years = sorted({year for year, _ in months}, reverse=True)
    pages = [renderer.page("archive", "archive.md", meta={"title": "Archive"}, source="briefings/",
                           years=years, months=months, month_name=dates.month_name)]
    for year in years:
        in_year = {month: cards for (y, month), cards in months.items() if y == year}
        pages.append(renderer.page("archive_year", f"{year}/index.md", meta={"title": f"Briefings of {year}"},
                                   source="briefings/", year=year, months=in_year, month_name=dates.month_name))
    for (year, month), cards in months.items():
        title = f"Briefings of {dates.month_name(month)} {year}"
        pages.append(renderer.page("archive_month", f"{year}/{month:02d}/index.md", meta={"title": title},
                                   source="briefings/", year=year, month=month, cards=cards,
                                   month_name=dates.month_name))
    return pages


def tag_pages(renderer: Renderer, items: list[AnalyzedBriefing]) -> list[Page]:
    tags = context.by_tag(items)
    pages = [renderer.page("tags", "tags/index.md", meta={"title": "Tags"}, source="briefings/",
                           tags=tags, tag_page=context.tag_page_path)]
    for tag, cards in tags.items():
        pages.append(renderer.page("tag", context.tag_page_path(tag), meta={"title": f"Tag: {tag}"},
                                   source="briefings/", tag=tag, cards=cards))
    return pages


def outlet_pages(renderer: Renderer, items: list[AnalyzedBriefing], archive: Archive) -> list[Page]:
    cited = context.by_outlet(items)
    outlets = [archive.outlets[key] for key in sorted(archive.outlets)]
    pages = [renderer.page("outlets", "outlets/index.md", meta={"title": "Outlets"}, source="briefings/outlets.yml",
                           outlets=outlets, cited=cited, outlet_page=context.outlet_page_path)]
    for outlet in outlets:
        pages.append(renderer.page("outlet", context.outlet_page_path(outlet.key), meta={"title": outlet.name},
                                   source="briefings/outlets.yml", outlet=outlet, cards=cited.get(outlet.key, [])))
    return pages


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


def _source_name(archive: Archive, path: Path) -> str:
    try:
        return path.relative_to(archive.root).as_posix()
    except ValueError:
        return path.name
