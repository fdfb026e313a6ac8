"""The broken-file corpus: one folder per editor mistake, each with the exact message it must produce.

``broken/base/`` is a small valid archive. Each ``broken/NN-name/`` changes it in one way:

- ``briefing.yml``, ``outlets.yml``, ``permalinks.yml`` replace the base's file of that name;
- ``files/<path>`` adds or replaces the file at ``<path>`` in the archive;
- ``remove.txt`` lists paths to delete, ``links.txt`` lines ``path -> target`` make symbolic links,
  ``append.txt`` names a file on its first line and the text to append to it below;
- ``expected.txt`` is exactly what ``briefings check`` prints on stderr;
- ``fixed-by.txt`` names the commands that repair the mistake (``ingest``), which may then succeed.

Every case runs through the real CLI: ``check`` must print exactly ``expected.txt`` and exit 1, and
``generate`` and ``ingest`` must exit 1 too (unless they are the fix), leaving docs/, site/ and every
editor file as they were.
``pytest tests/loading --update-golden`` rewrites the expected files (review the diff).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.pipeline import ingest
from tests.conftest import REPO

BROKEN = Path(__file__).parent / "broken"
BRIEFING = "briefings/2021/2021-09-06-panjshir/briefing.yml"
REPLACED = {"briefing.yml": BRIEFING, "outlets.yml": "briefings/outlets.yml", "permalinks.yml": "briefings/permalinks.yml"}
CASES = sorted(path for path in BROKEN.iterdir() if path.name[:2].isdigit())
# Output left by an earlier successful run; a failed run must not touch it.
PREVIOUS_OUTPUT = {"docs/index.md": "previous pages\n", "site/index.html": "<p>previous site</p>\n"}


@pytest.fixture(scope="session")
def base_archive(tmp_path_factory) -> Path:
    """The valid base archive with its reports ingested (articles written), built once."""
    root = tmp_path_factory.mktemp("broken-base") / "archive"
    shutil.copytree(BROKEN / "base", root)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    ingest(root)
    return root


def apply(case: Path, root: Path) -> None:
    for line in _lines(case / "remove.txt"):
        target = root / line
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    for path in sorted(p for p in case.rglob("*") if p.is_file()):
        relative = path.relative_to(case).as_posix()
        if relative in REPLACED:
            shutil.copy2(path, root / REPLACED[relative])
        elif relative.startswith("files/"):
            target = root / relative.removeprefix("files/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    _instructions(case, root)


def _instructions(case: Path, root: Path) -> None:
    for line in _lines(case / "links.txt"):
        link, target = line.split(" -> ")
        (root / link).unlink(missing_ok=True)
        (root / link).symlink_to(target)
    if (case / "append.txt").is_file():
        name, text = (case / "append.txt").read_text().split("\n", 1)
        with open(root / name, "a", encoding="utf-8") as stream:
            stream.write(text)


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if line.strip()] if path.is_file() else []


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): (p.read_bytes() if not p.is_symlink() else b"->" + str(p.readlink()).encode())
            for p in sorted(root.rglob("*")) if p.is_file() or p.is_symlink()}


def run(root: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--root", str(root)])


def test_the_corpus_has_at_least_40_cases():
    assert len(CASES) >= 40


def test_every_case_has_its_own_message():
    expected = [(case / "expected.txt").read_text() for case in CASES]
    assert len(set(expected)) == len(expected)


def test_the_base_archive_is_valid(base_archive):
    result = run(base_archive, "check")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "ok: 1 briefings, 2 sources, 3 outlets\n"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_file(case, base_archive, tmp_path, update_golden):
    root = tmp_path / "archive"
    shutil.copytree(base_archive, root, symlinks=True)
    apply(case, root)
    for relative, text in PREVIOUS_OUTPUT.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
    before = snapshot(root)
    result = run(root, "check")
    if update_golden:
        (case / "expected.txt").write_text(result.stderr)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (case / "expected.txt").read_text()
    assert "Traceback" not in result.stderr
    assert snapshot(root) == before
    fixes = (case / "fixed-by.txt").read_text().split() if (case / "fixed-by.txt").is_file() else []
    for command in ("generate", "ingest"):
        if command not in fixes:
            assert run(root, command).exit_code == 1, command
    if not fixes:
        assert snapshot(root) == before, "a failed generate or ingest wrote something"
