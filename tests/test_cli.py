"""Every command has help, and exits 0 on success and 1 with a one-line error on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.commands import COMMANDS

COMMAND_NAMES = sorted(command.name for command in COMMANDS)


def run(*args: str, cwd: Path | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False) if cwd is None else _run_in(cwd, args)


def _run_in(cwd: Path, args):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_the_required_commands_exist():
    assert {"clean", "check", "generate", "build", "serve", "ingest"} <= set(COMMAND_NAMES)


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_every_command_has_help(name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert f"Usage: main {name}" in result.output or f"Usage: briefings {name}" in result.output
    command = next(c for c in COMMANDS if c.name == name)
    assert command.help and len(command.help.split()) >= 5, "help must say what the command does"


def test_top_level_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for name in COMMAND_NAMES:
        assert f"  {name} " in result.output


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "generator", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("briefings, version ")


def test_clean_prints_the_body_as_paragraphs(archive):
    report = archive / "briefings/2021/2021-09-06-panjshir/reports/sputnik.txt"
    result = run("clean", str(report))
    assert result.exit_code == 0
    paragraphs = result.output.rstrip("\n").split("\n\n")
    assert len(paragraphs) > 5
    assert all(p.strip() and "\n" not in p for p in paragraphs)


def test_clean_json_has_body_metadata_and_removed(archive):
    report = archive / "briefings/2021/2021-09-06-panjshir/reports/sputnik.txt"
    data = json.loads(run("clean", "--json", str(report)).output)
    assert set(data) >= {"id", "metadata", "body", "removed"}
    assert data["metadata"]["word_count"] > 100
    assert data["removed"], "the Sputnik page carries registration and comment-rule boilerplate"


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"\x00\x01\x02\x03binary\x00" * 100, "binary file"),
])
def test_clean_rejects_unreadable_input_in_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = _run_in(tmp_path, ["clean", str(path)])
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert str(path) in result.stderr and "Traceback" not in result.stderr


def test_clean_missing_file(tmp_path):
    result = _run_in(tmp_path, ["clean", "nowhere.txt"])
    assert result.returncode == 1
    assert result.stderr == "error: nowhere.txt: cannot read file: No such file or directory\n"


def test_check_passes_on_the_example_archive(archive):
    result = _run_in(archive, ["check"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok: 1 briefings, 5 sources, 8 outlets\n"


def test_check_reports_problems_in_one_line_each_and_exits_1(archive):
    path = archive / "briefings/2021/2021-09-06-panjshir/briefing.yml"
    path.write_text(path.read_text().replace("date: 2021-09-06", "date: yesterday"))
    result = _run_in(archive, ["check"])
    assert result.returncode == 1
    assert result.stderr == (
        "briefings/2021/2021-09-06-panjshir/briefing.yml:2:7: date: expected a date like 2021-09-06, got 'yesterday'\n"
        "1 problem found\n"
    )


def test_check_names_an_unknown_outlet_with_a_suggestion(archive):
    path = archive / "briefings/2021/2021-09-06-panjshir/briefing.yml"
    path.write_text(path.read_text().replace("outlet: sputnik", "outlet: sputnick"))
    result = _run_in(archive, ["check"])
    assert result.returncode == 1
    assert result.stderr == (
        "briefings/2021/2021-09-06-panjshir/briefing.yml:44:13: sources[4].outlet: "
        "unknown outlet 'sputnick' (did you mean 'sputnik'?)\n1 problem found\n"
    )


def test_generate_writes_the_docs_tree(archive):
    result = _run_in(archive, ["generate"])
    assert result.returncode == 0, result.stderr
    assert (archive / "docs/2021/09/06/taliban-claim-panjshir/index.md").is_file()
    assert (archive / "docs/2021/09/06/taliban-claim-panjshir/sources/index.html").is_file(), "the former address redirects"


def test_generate_fails_cleanly_and_keeps_previous_pages(archive):
    assert _run_in(archive, ["generate"]).returncode == 0
    before = sorted(p.relative_to(archive) for p in (archive / "docs").rglob("*"))
    (archive / "briefings/outlets.yml").write_text("cnn: [unclosed\n")
    result = _run_in(archive, ["generate"])
    assert result.returncode == 1
    assert result.stderr == (
        "briefings/outlets.yml:2:1: invalid YAML: expected ',' or ']', but got '<stream end>'\n1 problem found\n"
    )
    assert sorted(p.relative_to(archive) for p in (archive / "docs").rglob("*")) == before


def test_ingest_is_a_no_op_when_articles_are_current(archive):
    result = _run_in(archive, ["ingest"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ingest: 0 article files changed\n"


def test_ingest_rewrites_a_stale_article_and_check_catches_staleness(archive):
    report = archive / "briefings/2021/2021-09-06-panjshir/reports/cnn.txt"
    report.write_text(report.read_text() + "\nA new closing paragraph that the outlet added in a later update of the story.\n")
    stale = _run_in(archive, ["check"])
    assert stale.returncode == 1
    assert "sources[1].id: cleaned article articles/cnn.json is stale (the report changed); run: briefings ingest" in stale.stderr
    result = _run_in(archive, ["ingest"])
    assert result.stdout == "wrote briefings/2021/2021-09-06-panjshir/articles/cnn.json\ningest: 1 article file changed\n"
    assert _run_in(archive, ["check"]).returncode == 0


def test_commands_outside_an_archive_say_so(tmp_path):
    result = _run_in(tmp_path, ["check"])
    assert result.returncode == 1
    assert result.stderr == f"error: {tmp_path}: not inside an archive (no mkdocs.yml and briefings/ here or above)\n"


def test_the_readme_documents_every_command():
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for name in COMMAND_NAMES:
        assert f"| `briefings {name}" in readme, f"README's command table lacks {name}"
    assert "make site" in readme.split("## ")[1] and "make test" in readme.split("## ")[1]
