"""Generation on all cores writes the same bytes as a serial run, and a second run takes every
comparison from the content-addressed cache and still writes the same bytes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.bench.archive import write_archive
from generator.cache import CACHE_DIR, PAGES_DIR
from generator.pipeline import generate, ingest
from tests.conftest import REPO

BRIEFINGS = 12  # above batch.MIN_PARALLEL, so the pool is used


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    root = write_archive(tmp_path_factory.mktemp("parallel") / "archive", REPO, briefings=BRIEFINGS, sources=3, seed=5)
    ingest(root)
    return root


def test_parallel_and_serial_generation_write_the_same_pages(synthetic):
    serial = generate(synthetic, workers=1)
    expected = _tree(synthetic / "docs")
    shutil.rmtree(synthetic / ".cache")
    parallel = generate(synthetic, workers=2)
    assert _tree(synthetic / "docs") == expected
    assert serial.pages == parallel.pages == len(expected) - 1  # the .generated marker is not a page
    assert serial.cached == parallel.cached == 0


def test_a_second_run_takes_every_comparison_from_the_cache(synthetic):
    generate(synthetic)
    expected = _tree(synthetic / "docs")
    shutil.rmtree(synthetic / PAGES_DIR)
    again = generate(synthetic)
    assert again.cached == BRIEFINGS and again.pages_cached == 0 and _tree(synthetic / "docs") == expected


def test_a_third_run_takes_every_page_from_the_cache_until_a_template_changes(synthetic):
    generate(synthetic)
    expected = _tree(synthetic / "docs")
    again = generate(synthetic)
    assert again.cached == again.pages_cached == BRIEFINGS and _tree(synthetic / "docs") == expected
    template = synthetic / "templates/briefing.md.j2"
    template.write_text(template.read_text() + "\nEdited.\n")
    edited = generate(synthetic)
    assert edited.cached == BRIEFINGS and edited.pages_cached == 0, "rendered again from the cached comparisons"
    page = next((synthetic / "docs").glob("20*/*/*/*/index.md"))
    assert page.read_text().endswith("Edited.\n")
    template.write_text(template.read_text().replace("\nEdited.\n", ""))


def test_a_damaged_cache_entry_is_computed_again(synthetic):
    generate(synthetic)
    expected = _tree(synthetic / "docs")
    for entry in (synthetic / ".cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again = generate(synthetic)
    assert again.cached == 0 and _tree(synthetic / "docs") == expected


def test_pruning_keeps_the_comparisons_the_run_used_and_no_others(synthetic):
    generate(synthetic)
    unused = synthetic / CACHE_DIR / "00" / ("0" * 64 + ".pickle")
    unused.parent.mkdir(exist_ok=True)
    unused.write_bytes(b"an entry for a briefing since deleted")
    os.utime(unused, (1_000_000_000, 1_000_000_000))
    used = sorted(p for p in (synthetic / CACHE_DIR).rglob("*.pickle") if p != unused)
    for entry in used:  # as restored by CI: every entry older than the run
        os.utime(entry, (1_000_000_000, 1_000_000_000))
    again = generate(synthetic, prune_cache=True)
    assert again.cached == again.pages_cached == BRIEFINGS
    assert not unused.exists()
    assert sorted((synthetic / CACHE_DIR).rglob("*.pickle")) == used, "kept though only the pages were read"
