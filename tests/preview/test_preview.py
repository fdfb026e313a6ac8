"""The preview server's in-place regeneration: same pages as a full generation, and after an edit
only the files whose bytes changed are written."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.bench.archive import write_archive
from generator.errors import ValidationError
from generator.pipeline import generate, ingest
from generator.preview import Preview
from tests.conftest import REPO, copy_archive

BRIEFING_FILE = "briefings/2021/2021-09-06-panjshir/briefing.yml"
BRIEFING_PAGE = "2021/09/06/taliban-claim-panjshir/index.md"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_preview_writes_what_a_full_generation_writes(tmp_path):
    full, preview = copy_archive(tmp_path / "full"), copy_archive(tmp_path / "preview")
    generate(full)
    Preview(preview).update()
    assert _tree(preview / "docs") == _tree(full / "docs")


def test_nothing_is_written_again_when_nothing_changed(archive):
    preview = Preview(archive)
    assert preview.update().pages > 20
    assert preview.update().pages == 0


def test_an_edit_rewrites_only_the_pages_it_changes(archive):
    preview = Preview(archive)
    preview.update()
    docs = archive / "docs"
    before = {path: (docs / path).stat().st_mtime_ns for path in _tree(docs)}
    path = archive / BRIEFING_FILE
    path.write_text(path.read_text().replace("title: Taliban claim Panjshir;", "title: Edited, Taliban claim Panjshir;"))
    result = preview.update()
    changed = sorted(p for p, mtime in before.items() if (docs / p).stat().st_mtime_ns != mtime)
    assert BRIEFING_PAGE in changed and result.pages == len(changed)
    assert "Edited, Taliban claim Panjshir" in (docs / BRIEFING_PAGE).read_text()
    assert "about.md" not in changed and "assets/briefings.css" not in changed


def test_files_an_earlier_run_left_are_removed(archive):
    leftover = archive / "docs/2020/01/01/withdrawn/index.md"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("old")
    Preview(archive).update()
    assert not leftover.exists()


def test_in_a_larger_archive_an_edit_touches_few_files(tmp_path):
    root = write_archive(tmp_path / "archive", REPO, briefings=12, sources=3, seed=7)
    ingest(root)
    preview = Preview(root)
    preview.update()
    docs = root / "docs"
    before = {path: (docs / path).stat().st_mtime_ns for path in _tree(docs)}
    edited = sorted(root.glob("briefings/*/*/briefing.yml"))[5]
    edited.write_text(edited.read_text().replace("title: ", "title: Edited ", 1))
    result = preview.update()
    changed = [p for p, mtime in before.items() if (docs / p).stat().st_mtime_ns != mtime]
    assert result.briefings == 12 and result.pages == len(changed) and len(changed) < len(before) // 4
    assert result.cached == 1, "a new title leaves the sources as they were: their comparison is cached"


def test_a_broken_edit_changes_nothing_and_the_fix_is_picked_up(archive):
    preview = Preview(archive)
    preview.update()
    path = archive / BRIEFING_FILE
    original = path.read_text()
    path.write_text(original.replace("title: Taliban claim Panjshir;", "title: Taliban: claim Panjshir;"))
    with pytest.raises(ValidationError):
        preview.update()
    path.write_text(original.replace("title: Taliban claim Panjshir;", "title: Fixed, Taliban claim Panjshir;"))
    assert preview.update().pages > 0
    assert "Fixed, Taliban claim Panjshir" in (archive / "docs" / BRIEFING_PAGE).read_text()
