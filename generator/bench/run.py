"""The benchmark: a synthetic archive through the whole pipeline, measured step by step.

Steps run as child processes (see :mod:`.process`): clean every report, generate the pages,
build the site (mkdocs, then Pagefind), generate again as CI does on an ordinary day (the articles
committed, the comparisons restored from its cache, so nothing is cleaned or compared again), then
measure a search in Chromium and an edit previewed in ``briefings serve``. Prints and returns one
flat dict of figures.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .archive import write_archive
from .process import run_step
from .search import search_figures
from .serve import incremental_seconds

# Where the example folder ends up when the caller keeps it.
KEPT_ARCHIVE = "bench-archive"


def bench(project: Path, briefings: int, sources: int, seed: int = 1, keep: Path | None = None,
          browser: bool = True, serve: bool = True) -> dict:
    """Figures for an archive of ``briefings`` briefings of ``sources`` reports each."""
    work = Path(tempfile.mkdtemp(prefix="briefings-bench-"))
    try:
        root = write_archive(work / KEPT_ARCHIVE, project, briefings, sources, seed)
        figures = _measure(root, briefings, sources, browser, serve)
        if keep is not None:
            shutil.move(str(root), keep)
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measure(root: Path, briefings: int, sources: int, browser: bool, serve: bool) -> dict:
    clean = run_step("ingest", root)
    generate = run_step("generate", root)
    site = run_step("site", root)
    # CI's generation starts from a fresh clone: the caches restored, no docs tree to replace.
    shutil.rmtree(root / "docs")
    cached = run_step("generate", root)
    site_bytes = tree_bytes(root / "site")
    figures = {
        "N": briefings,
        "K": sources,
        "clean_ms_per_article": round(clean.seconds * 1000 / (briefings * sources), 1),
        # CPU seconds in the workers, per briefing.
        "compare_s_per_briefing": round(generate.output["analyze"] / briefings, 4),
        "render_s_per_briefing": round(generate.output["render"] / briefings, 4),
        "generate_s": round(generate.seconds, 1),
        "site_build_s": round(site.seconds, 1),
        "mkdocs_s": round(site.output["mkdocs"], 1),
        "pagefind_s": round(site.output.get("pagefind", 0.0), 1),
        "site_bytes": site_bytes,
        "site_bytes_per_briefing": round(site_bytes / briefings),
        "pagefind_bytes": tree_bytes(root / "site" / "pagefind"),
    }
    pipeline = clean.seconds + generate.seconds + site.seconds
    cpu = clean.cpu_seconds + generate.cpu_seconds + site.cpu_seconds
    figures["generation_share"] = round((clean.seconds + generate.seconds) / pipeline, 3)
    # CI's pipeline: generate (every comparison from the cache) and build; reports are not cleaned.
    figures["generate_cached_s"] = round(cached.seconds, 1)
    figures["comparisons_cached_again"] = cached.output["cached"]
    figures["pages_cached_again"] = cached.output.get("pages_cached", 0)
    figures["generation_share_ci"] = round(cached.seconds / (cached.seconds + site.seconds), 3)
    figures["generation_cpu_share"] = round((clean.cpu_seconds + generate.cpu_seconds) / cpu, 3)
    figures["build_ms_per_briefing"] = round(pipeline * 1000 / briefings, 1)
    figures["build_cpu_ms_per_briefing"] = round(cpu * 1000 / briefings, 1)
    figures["clean_cpu_ms_per_article"] = round(clean.cpu_seconds * 1000 / (briefings * sources), 1)
    figures["site_cpu_ms_per_briefing"] = round(site.cpu_seconds * 1000 / briefings, 1)
    figures["load_s"] = round(generate.output["load"], 1)
    figures["comparisons_cached"] = generate.output["cached"]
    peaks = {"clean": clean.peak_mb, "generate": generate.peak_mb, "site": site.peak_mb}
    proportional = {"clean": clean.peak_pss_mb, "generate": generate.peak_pss_mb, "site": site.peak_pss_mb}
    if browser:
        figures.update(search_figures(root / "site", root))
    if browser and serve:
        preview = incremental_seconds(root)
        figures["incremental_s"] = preview["seconds"]
        peaks["serve"] = preview["peak_mb"]
        proportional["serve"] = preview["peak_pss_mb"]
    figures["peak_rss_mb"] = max(peaks.values())
    figures["peak_rss_mb_by_step"] = peaks
    figures["peak_pss_mb"] = max(proportional.values())
    figures["peak_pss_mb_by_step"] = proportional
    return figures


def tree_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
