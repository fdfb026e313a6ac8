"""Article files whose exact bytes passed the schema are not checked against it again; any other
bytes, or a changed schema, are."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.bench.archive import write_archive
from generator.errors import ValidationError
from generator.loading.archive import load_archive
from generator.loading.articles import CHECKED_FILE, _schema_version
from generator.pipeline import generate, ingest
from tests.conftest import REPO


@pytest.fixture()
def archive(tmp_path) -> Path:
    root = write_archive(tmp_path / "archive", REPO, briefings=2, sources=2, seed=3)
    ingest(root)
    return root


def _articles(root: Path) -> list[Path]:
    return sorted(root.glob("briefings/*/*/articles/*.json"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _break(path: Path) -> None:
    """Still JSON, still current (its report digest unchanged), but not as ingest writes it."""
    data = json.loads(path.read_text("utf-8"))
    data["added_by_hand"] = True
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def test_generation_records_the_digest_of_every_article_it_checked(archive):
    generate(archive)
    version, *digests = (archive / CHECKED_FILE).read_text("ascii").split()
    assert version == _schema_version()
    assert digests == sorted(_digest(path) for path in _articles(archive))


def test_an_article_edited_since_is_checked_again(archive):
    generate(archive)
    edited = _articles(archive)[0]
    _break(edited)
    with pytest.raises(ValidationError) as raised:
        load_archive(archive)
    assert "added_by_hand" in str(raised.value) or "not as briefings ingest wrote it" in str(raised.value)
    assert edited.name in str(raised.value)


def test_the_record_counts_only_for_the_schema_it_was_made_with(archive):
    edited = _articles(archive)[0]
    _break(edited)
    record = archive / CHECKED_FILE
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(f"{'0' * 64}\n{_digest(edited)}\n", "ascii")
    with pytest.raises(ValidationError):
        load_archive(archive)
    # The same bytes recorded under this schema are taken as checked: the record is what is used.
    record.write_text(f"{_schema_version()}\n{_digest(edited)}\n", "ascii")
    load_archive(archive)


def test_a_failed_check_writes_no_record(archive):
    _break(_articles(archive)[0])
    with pytest.raises(ValidationError):
        generate(archive)
    assert not (archive / CHECKED_FILE).exists()
