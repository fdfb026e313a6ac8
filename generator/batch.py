"""Analyse and render every briefing on all cores; the result is identical to a serial run.

Each briefing's comparison and pages depend on that briefing alone, so workers (forked, sharing
the loaded archive, see :mod:`generator.parallel`) take briefings in archive order and hand back
their pages and the small :class:`~generator.render.context.Listed` record the listing pages need;
the parent writes pages as they arrive, so the archive's pages are never all in memory.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from .analyze import analyze, analyze_cached
from .cache import ComparisonCache
from .parallel import ordered_map
from .render import Renderer
from .render.site import RenderedBriefing, render_briefing
from .structure.archive import Archive
from .structure.briefing import Source

T = TypeVar("T")

@dataclass
class Stages:
    """CPU seconds spent per stage, summed over workers (CPU, not wall: the machine may be shared)."""

    seconds: dict[str, float] = field(default_factory=lambda: {"analyze": 0.0, "render": 0.0})
    cached: int = 0


@dataclass(frozen=True)
class _Job:
    archive: Archive
    templates: Path
    cache: ComparisonCache | None


_JOB: _Job | None = None
_RENDERER: Renderer | None = None


def render_briefings(archive: Archive, templates: Path, cache: ComparisonCache | None, stages: Stages,
                     workers: int | None = None, only: list[int] | None = None) -> Iterator[RenderedBriefing]:
    """Every published briefing's pages (or those at the indices ``only``), in archive order."""
    global _JOB, _RENDERER
    _JOB, _RENDERER = _Job(archive, templates, cache), None
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
    for rendered, seconds, cached in results:
        for stage, spent in seconds.items():
            stages.seconds[stage] += spent
        stages.cached += cached
        yield rendered


def _one(index: int) -> tuple[RenderedBriefing, dict[str, float], bool]:
    global _RENDERER
    assert _JOB is not None
    if _RENDERER is None:
        _RENDERER = Renderer(_JOB.templates)
    started = time.process_time()
    briefing = _JOB.archive.briefings[index]
    if _JOB.cache is None:
        item, cached = analyze(_JOB.archive, briefing), False
    else:
        item, cached = analyze_cached(_JOB.archive, briefing, _JOB.cache)
    analysed = time.process_time()
    rendered = render_briefing(_RENDERER, item, _JOB.archive)
    return rendered, {"analyze": analysed - started, "render": time.process_time() - analysed}, cached
