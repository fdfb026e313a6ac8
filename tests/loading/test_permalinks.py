"""Published addresses never change silently, checked with real git operations."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from tests.conftest import REPO

BRIEFING = "briefings/2021/2021-09-06-panjshir/briefing.yml"
REGISTRY = "briefings/permalinks.yml"
GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
           "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org", "GIT_CONFIG_GLOBAL": "/dev/null"}
REPORT = REPO / "briefings/2021/2021-09-06-panjshir/reports/sputnik.txt"


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, env=GIT_ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def run(root: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--root", str(root)])


def repository(archive: Path) -> Path:
    shutil.copy2(REPO / ".gitattributes", archive / ".gitattributes")
    git(archive, "init", "-q", "-b", "main")
    git(archive, "add", "-A")
    git(archive, "commit", "-qm", "Archive")
    return archive


def test_the_committed_registry_matches_the_example_archive(archive):
    before = (archive / REGISTRY).read_text()
    assert run(archive, "ingest").exit_code == 0
    assert (archive / REGISTRY).read_text() == before
    assert before.splitlines()[-1] == "2021/09/06/taliban-claim-panjshir/: 2021/2021-09-06-panjshir/briefing.yml"


def test_a_changed_slug_needs_previous_slugs_then_ingest(archive):
    root = repository(archive)
    path = root / BRIEFING
    path.write_text(path.read_text().replace("slug: taliban-claim-panjshir", "slug: panjshir-falls"))
    git(root, "commit", "-qam", "Shorter slug")
    first = run(root, "check")
    assert (first.exit_code, first.stderr) == (1, (
        f"{BRIEFING}:3:7: slug: the permalink changed from /2021/09/06/taliban-claim-panjshir/ to "
        "/2021/09/06/panjshir-falls/; to keep the old address working, add 'taliban-claim-panjshir' to previous_slugs "
        "and run: briefings ingest\n1 problem found\n"))
    assert run(root, "generate").exit_code == 1, "nothing is published while the address would break"
    path.write_text(path.read_text().replace("slug: panjshir-falls\n", "slug: panjshir-falls\nprevious_slugs:\n  - taliban-claim-panjshir\n"))
    second = run(root, "check")
    assert second.stderr == (f"{BRIEFING}:3:7: slug: the permalink /2021/09/06/panjshir-falls/ is not recorded in "
                             "briefings/permalinks.yml; run: briefings ingest\n1 problem found\n")
    assert run(root, "ingest").stdout == "wrote briefings/permalinks.yml\ningest: 0 article files changed\n"
    assert run(root, "check").exit_code == 0
    assert git(root, "diff", "--", REGISTRY).splitlines()[-2:] == [
        "+2021/09/06/panjshir-falls/: 2021/2021-09-06-panjshir/briefing.yml",
        " 2021/09/06/taliban-claim-panjshir/: 2021/2021-09-06-panjshir/briefing.yml"]


def test_a_deleted_briefing_is_caught_at_its_registry_line(archive):
    root = repository(archive)
    git(root, "rm", "-rq", "briefings/2021/2021-09-06-panjshir")
    result = run(root, "check")
    assert result.stderr == (
        "briefings/permalinks.yml:4:1: /2021/09/06/taliban-claim-panjshir/ was published from "
        "briefings/2021/2021-09-06-panjshir/briefing.yml, which no briefing serves now; restore that briefing's date "
        "and slug, or delete this line if it was withdrawn on purpose\n1 problem found\n")


def test_a_moved_folder_keeps_its_address(archive):
    root = repository(archive)
    git(root, "mv", "briefings/2021/2021-09-06-panjshir", "briefings/2021/2021-09-06-taliban-claim-panjshir")
    assert run(root, "check").exit_code == 0
    run(root, "ingest")
    assert "2021/2021-09-06-taliban-claim-panjshir/briefing.yml" in (root / REGISTRY).read_text()


def publish(root: Path, date: str, title: str) -> None:
    """What an editor does for a new briefing: new, add-source, write the summary, publish, ingest."""
    assert run(root, "new", "--date", date, "--title", title).exit_code == 0
    path = next((root / "briefings").glob(f"*/{date}-*/briefing.yml"))
    assert CliRunner().invoke(main, ["add-source", str(path), str(REPORT), "--outlet", "sputnik"]).exit_code == 0
    text = path.read_text().replace("draft: true\n", "")
    path.write_text(text.replace("What happened, and how the outlets' accounts differ. (Replace this text.)", "Done."))
    assert run(root, "ingest").exit_code == 0
    assert run(root, "check").exit_code == 0


def test_two_branches_adding_briefings_merge_without_conflict(archive):
    root = repository(archive)
    git(root, "checkout", "-qb", "flood")
    publish(root, "2021-09-07", "Flood in the valley")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Flood")
    git(root, "checkout", "-q", "main")
    git(root, "checkout", "-qb", "aid")
    publish(root, "2021-09-07", "Aid arrives")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Aid")
    git(root, "merge", "-q", "--no-edit", "flood")
    links = [line.split(":")[0] for line in (root / REGISTRY).read_text().splitlines() if not line.startswith("#")]
    assert sorted(links) == ["2021/09/06/taliban-claim-panjshir/", "2021/09/07/aid-arrives/", "2021/09/07/flood-in-the-valley/"]
    assert run(root, "check").exit_code == 0
