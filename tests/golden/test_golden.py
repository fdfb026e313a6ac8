"""Golden files: the generated docs tree of the example archive, compared file by file.

Regenerate after an intended change with ``make golden`` (pytest tests/golden --update-golden),
then review the diff in git like any other change.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from generator.pipeline import generate
from tests.conftest import copy_archive

EXPECTED = Path(__file__).parent / "example"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_example_archive_generates_the_golden_pages(tmp_path, update_golden):
    archive = copy_archive(tmp_path / "archive")
    generate(archive)
    actual = _tree(archive / "docs")
    if update_golden:
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(archive / "docs", EXPECTED)
        return
    expected = _tree(EXPECTED)
    assert sorted(actual) == sorted(expected), "the set of generated files changed"
    for name in sorted(expected):
        if actual[name] != expected[name]:
            diff = difflib.unified_diff(expected[name].decode().splitlines(), actual[name].decode().splitlines(),
                                        f"golden/{name}", f"generated/{name}", lineterm="", n=2)
            raise AssertionError("\n".join(list(diff)[:60]))


def test_generation_is_deterministic(tmp_path):
    first = copy_archive(tmp_path / "first")
    second = copy_archive(tmp_path / "second")
    generate(first)
    generate(second)
    assert _tree(first / "docs") == _tree(second / "docs")
