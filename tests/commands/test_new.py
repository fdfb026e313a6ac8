"""``briefings new``: a valid, commented draft that refuses to overwrite anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from tests.conftest import REPO

FOLDER = "briefings/2021/2021-09-07-panjshir-what-the-valley-means"


def run(root: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--root", str(root)])


def test_new_writes_a_draft_that_passes_check(archive):
    result = run(archive, "new", "--date", "2021-09-07", "--title", 'Panjshir: what "the valley" means')
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        f"created {FOLDER}/briefing.yml (a draft) and {FOLDER}/reports/\n"
        f"next: briefings add-source {FOLDER}/briefing.yml FILE-OR-URL --outlet KEY\n"
    )
    text = (archive / FOLDER / "briefing.yml").read_text()
    assert text.startswith("# yaml-language-server: $schema=../../../generator/loading/schemas/briefing.schema.json\n")
    assert 'title: "Panjshir: what \\"the valley\\" means"\n' in text and "draft: true\n" in text
    assert (archive / FOLDER / "reports").is_dir()
    check = run(archive, "check")
    assert (check.exit_code, check.stdout) == (0, "ok: 1 briefings, 1 draft, 5 sources, 8 outlets\n")


def test_the_modeline_resolves_to_the_schema_from_the_file(tmp_path):
    line = "# yaml-language-server: $schema=../../../generator/loading/schemas/briefing.schema.json"
    relative = line.split("=", 1)[1]
    scaffolded = REPO / "briefings/2021/2021-09-07-example/briefing.yml"
    assert (scaffolded.parent / relative).resolve() == REPO / "generator/loading/schemas/briefing.schema.json"
    example = REPO / "briefings/2021/2021-09-06-panjshir/briefing.yml"
    assert example.read_text().splitlines()[0] == line


def test_new_refuses_to_overwrite(archive):
    assert run(archive, "new", "--date", "2021-09-07", "--title", "Valley").exit_code == 0
    path = archive / "briefings/2021/2021-09-07-valley/briefing.yml"
    path.write_text(path.read_text() + "# my notes\n")
    before = path.read_bytes()
    result = run(archive, "new", "--date", "2021-09-07", "--title", "Valley")
    assert result.exit_code == 1
    assert result.stderr == ("error: briefings/2021/2021-09-07-valley: already exists; choose another --slug, "
                             "or edit the briefing that is there\n")
    assert path.read_bytes() == before


def test_new_refuses_a_permalink_in_use(archive):
    result = run(archive, "new", "--date", "2021-09-06", "--title", "Another", "--slug", "taliban-claim-panjshir")
    assert result.exit_code == 1
    assert result.stderr == ("error: --slug: the permalink /2021/09/06/taliban-claim-panjshir/ is already used by "
                             "briefings/2021/2021-09-06-panjshir/briefing.yml; choose another --slug\n")
    assert not (archive / "briefings/2021/2021-09-06-taliban-claim-panjshir").exists()


def test_new_rejects_bad_options_in_one_line(archive):
    assert run(archive, "new", "--date", "2021-09-07", "--title", "X", "--slug", "Bad Slug").stderr == (
        "error: --slug: expected lowercase letters, digits and single hyphens, got 'Bad Slug'\n")
    assert run(archive, "new", "--date", "2021-09-07", "--title", "   ").stderr == (
        "error: --title: give a title of 1 to 200 characters\n")
    result = run(archive, "new", "--date", "7 September", "--title", "X")
    assert result.exit_code == 2 and "'7 September' does not match the format '%Y-%m-%d'" in result.stderr
    assert sorted(p.name for p in (archive / "briefings/2021").iterdir()) == ["2021-09-06-panjshir"]


def test_a_published_skeleton_with_its_placeholder_is_refused(archive):
    run(archive, "new", "--date", "2021-09-07", "--title", "Valley")
    path = archive / "briefings/2021/2021-09-07-valley/briefing.yml"
    path.write_text(path.read_text().replace("draft: true\n", ""))
    result = run(archive, "check")
    assert result.stderr == (
        "briefings/2021/2021-09-07-valley/briefing.yml:14:10: summary: still the placeholder text from briefings new; "
        "write the summary\n"
        "briefings/2021/2021-09-07-valley/briefing.yml:22:10: sources: needs at least 1 item\n"
        "2 problems found\n")


def test_new_through_the_installed_command(archive):
    result = subprocess.run([sys.executable, "-m", "generator", "new", "--date", "2022-01-02", "--title", "Snow"],
                            cwd=archive, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (archive / "briefings/2022/2022-01-02-snow/briefing.yml").is_file()
