"""Analyse and render every briefing on all cores; the result is identical to a serial run.

Each briefing's comparison and pages depend on that briefing alone, so workers (forked, sharing
the loaded archive, see :mod:`generator.parallel`) take briefings in archive order and hand back
their pages and the small :class:`~generator.render.context.Listed` record the listing pages need;
the parent writes pages as they arrive, so the archive's pages are never all in memory.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from .analyze import analyze, analyze_cached
from .cache import ComparisonCache, PageCache
from .parallel import ordered_map
from .render import Renderer
from .render.site import RenderedBriefing, render_briefing
from .structure.archive import Archive
from .structure.briefing import Source
from .writer import Staging

T = TypeVar("T")

@dataclass
class Stages:
    """CPU seconds spent per stage, summed over workers (CPU, not wall: the machine may be shared),
    and how many briefings were not compared again (``cached``), or not even rendered again
    (``pages_cached``, counted in ``cached`` too)."""

    seconds: dict[str, float] = field(default_factory=lambda: {"analyze": 0.0, "render": 0.0})
    cached: int = 0
    pages_cached: int = 0


@dataclass(frozen=True)
class _Job:
    archive: Archive
    templates: Path
    cache: ComparisonCache | None
    pages: PageCache | None
    staging: Staging | None


_JOB: _Job | None = None
_RENDERER: Renderer | None = None


def render_briefings(archive: Archive, templates: Path, cache: ComparisonCache | None, stages: Stages,
                     workers: int | None = None, only: list[int] | None = None,
                     pages: PageCache | None = None, staging: Staging | None = None,
                     renderer: Renderer | None = None) -> Iterator[RenderedBriefing]:
    """Every published briefing's pages (or those at the indices ``only``), in archive order;
    from ``pages`` where nothing they depend on changed. With ``staging``, the worker that has a
    briefing's pages writes them there and hands back :class:`~generator.render.Written` records
    (a page crosses no pipe). A ``renderer`` of ``templates`` kept by the caller saves compiling
    the templates again (the preview keeps one while the templates are unchanged)."""
    global _JOB, _RENDERER
    _JOB, _RENDERER = _Job(archive, templates, cache, pages, staging), renderer
    indices = list(range(len(archive.briefings))) if only is None else only
    yield from _tallied(ordered_map(_one, indices, workers), stages)


def clean_reports(clean: Callable[[Path, Source], T], tasks: list[tuple[Path, Source]],
                  workers: int | None = None) -> Iterator[T]:
    """``clean(folder, source)`` for every task, in order, on all cores."""
    yield from ordered_map(_Star(clean), tasks, workers)


class _Star:
    """``function(*arguments)``, picklable (the pool sends it to workers)."""

    def __init__(self, function):
        self.function = function

    def __call__(self, arguments):
        return self.function(*arguments)


def _tallied(results, stages: Stages) -> Iterator[RenderedBriefing]:
    for rendered, seconds, how in results:
        for stage, spent in seconds.items():
            stages.seconds[stage] += spent
        stages.cached += how != _COMPARED
        stages.pages_cached += how == _PAGES
        yield rendered


# How a briefing's pages were had: compared and rendered, rendered from a cached comparison, or
# taken from the page cache.
_COMPARED, _RENDERED, _PAGES = "compared", "rendered", "pages"


def _one(index: int) -> tuple[RenderedBriefing, dict[str, float], str]:
    assert _JOB is not None
    started = time.process_time()
    briefing = _JOB.archive.briefings[index]
    key = _page_key(briefing) if _JOB.pages is not None else None
    cached = _JOB.pages.get(key) if key is not None else None
    if cached is not None and len(cached) == 2 and isinstance(cached[1], RenderedBriefing):
        comparison_key, rendered = cached
        if _JOB.cache is not None:
            _JOB.cache.touch(comparison_key)  # still this briefing's: a later change re-renders from it
        rendered = _written(_as_loaded(rendered, briefing))
        return rendered, {"analyze": 0.0, "render": time.process_time() - started}, _PAGES
    comparison_key = None
    if _JOB.cache is None:
        item, hit = analyze(_JOB.archive, briefing), False
    else:
        item, hit, comparison_key = analyze_cached(_JOB.archive, briefing, _JOB.cache)
    analysed = time.process_time()
    rendered = render_briefing(_renderer(), item, _JOB.archive)
    if key is not None:
        _JOB.pages.put(key, (comparison_key, rendered))
    rendered = _written(rendered)
    seconds = {"analyze": analysed - started, "render": time.process_time() - analysed}
    return rendered, seconds, _RENDERED if hit else _COMPARED


def _written(rendered: RenderedBriefing) -> RenderedBriefing:
    """The pages written into the staging tree here, in the worker, if there is one."""
    if _JOB.staging is None:
        return rendered
    return replace(rendered, pages=[_JOB.staging.write(page) for page in rendered.pages])


def _as_loaded(rendered: RenderedBriefing, briefing) -> RenderedBriefing:
    """Cached pages with the briefing as loaded now (equal but for where the archive lies)."""
    listed = replace(rendered.listed, card=replace(rendered.listed.card, briefing=briefing))
    return replace(rendered, listed=listed)


def _page_key(briefing) -> str:
    outlets = [_JOB.archive.outlets.get(source.outlet) for source in briefing.sources]
    return _JOB.pages.key(briefing, _JOB.archive.article_digests(briefing), outlets)


def _renderer() -> Renderer:
    global _RENDERER
    if _RENDERER is None:
        _RENDERER = Renderer(_JOB.templates)
    return _RENDERER
