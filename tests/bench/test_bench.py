"""The benchmark works end to end at a tiny size (its figures are checked for sense, not speed), and
its synthetic archive is the same for the same seed and valid for the real loader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.bench.archive import write_archive
from generator.loading.archive import load_archive
from generator.pipeline import ingest
from tests.conftest import REPO

REQUIRED = ("clean_ms_per_article", "compare_s_per_briefing", "generate_s", "site_build_s", "site_bytes",
            "site_bytes_per_briefing", "search_bytes_per_query", "incremental_s", "peak_rss_mb", "N", "K")


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_same_seed_writes_the_same_archive(tmp_path):
    first = write_archive(tmp_path / "a", REPO, briefings=6, sources=4, seed=3)
    second = write_archive(tmp_path / "b", REPO, briefings=6, sources=4, seed=3)
    other = write_archive(tmp_path / "c", REPO, briefings=6, sources=4, seed=4)
    assert _tree(first / "briefings") == _tree(second / "briefings") != _tree(other / "briefings")


def test_the_synthetic_archive_loads_and_its_reports_derive_from_each_other(tmp_path):
    root = write_archive(tmp_path / "archive", REPO, briefings=4, sources=6, seed=1)
    ingest(root)
    archive = load_archive(root, require_recorded=True)
    assert len(archive.briefings) == 4
    notes = [source.note for briefing in archive.briefings for source in briefing.sources if source.note]
    assert any(note.startswith("A copy of") for note in notes) and any(note.startswith("A rewrite of") for note in notes)
    words = [article.meta.word_count for briefing in archive.briefings for article in archive.articles_of(briefing)]
    assert min(words) > 150


@pytest.mark.browser
@pytest.mark.build
def test_bench_prints_every_figure_at_a_tiny_size(tmp_path):
    command = [sys.executable, "-m", "generator", "bench", "--briefings", "3", "--sources", "3", "--json",
               "--root", str(REPO)]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    assert set(REQUIRED) <= set(figures)
    assert figures["N"] == 3 and figures["K"] == 3
    assert figures["site_bytes"] > figures["site_bytes_per_briefing"] > 10_000
    assert 0 < figures["search_bytes_per_query"] < 1_000_000 and figures["search_first_result_ms"] > 0
    assert 0 < figures["incremental_s"] < 120 and 0 < figures["generation_share"] < 1
    assert figures["peak_rss_mb"] == max(figures["peak_rss_mb_by_step"].values()) > 20
    assert 0 < figures["peak_pss_mb"] <= figures["peak_rss_mb"], "shared pages count once, not per process"
    assert figures["comparisons_cached_again"] == 3, "CI's run compares nothing again"
    assert 0 < figures["generation_share_ci"] < 1 and figures["generate_cached_s"] > 0
