"""The site build on every core writes what ``mkdocs build --strict`` writes, and fails as it fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate
from tests.conftest import copy_archive

pytestmark = pytest.mark.build

EPOCH = "1630886400"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def archive(tmp_path, monkeypatch) -> Path:
    root = copy_archive(tmp_path / "archive")
    generate(root)
    return root


def _run(root: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *command], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})


def _mkdocs(root: Path, site: Path) -> subprocess.CompletedProcess:
    return _run(root, "mkdocs", "build", "--strict", "--clean", "--config-file", str(root / "mkdocs.yml"),
                "--site-dir", str(site))


def _parts(root: Path, site: Path, parts: int) -> subprocess.CompletedProcess:
    """The example is small: split it anyway."""
    return _run(root, "generator.partsbuild", str(root / "mkdocs.yml"), str(site), str(parts))


def test_every_file_is_the_one_mkdocs_writes(archive):
    assert _mkdocs(archive, archive / "serial").returncode == 0
    assert _parts(archive, archive / "parts", 3).returncode == 0
    serial, parts = _tree(archive / "serial"), _tree(archive / "parts")
    assert len(parts) > 40 and parts == serial


@pytest.mark.parametrize("parts", [2, 3])
def test_a_link_to_a_missing_anchor_fails_as_in_mkdocs_in_whichever_part(archive, parts):
    home = archive / "docs/index.md"
    home.write_text(home.read_text() + "\n[a broken anchor](archive.md#no-such-heading)\n")
    expected, split = _mkdocs(archive, archive / "serial"), _parts(archive, archive / "parts", parts)
    message = ("Doc file 'index.md' contains a link 'archive.md#no-such-heading', "
               "but the doc 'archive.md' does not contain an anchor '#no-such-heading'.")
    assert expected.returncode == split.returncode == 1
    assert message in expected.stderr and message in split.stderr
    assert "Aborted with 1 warnings in strict mode!" in split.stderr


def test_a_warning_in_a_worker_fails_the_strict_build(archive):
    page = next((archive / "docs").glob("2021/09/06/*/index.md"))
    page.write_text(page.read_text() + "\n[nowhere](nowhere.md)\n")
    split = _parts(archive, archive / "parts", 2)
    assert split.returncode == 1
    assert "nowhere.md" in split.stderr and "Aborted with 1 warnings in strict mode!" in split.stderr
