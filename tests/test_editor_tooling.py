"""The editors' tooling: yamllint passes on every YAML file we ship or scaffold, and the pre-commit
configuration runs the archive's own check (exercised offline through its local hook)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import REPO

PRE_COMMIT = REPO / ".pre-commit-config.yaml"
BIN = Path(sys.executable).parent


def yamllint(*paths: Path, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yamllint", "-f", "parsable", "-c", str(REPO / ".yamllint"),
                           *map(str, paths)], cwd=cwd, capture_output=True, text=True)


def errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stdout.splitlines() if "[error]" in line]


def test_yamllint_passes_on_the_repository():
    result = yamllint(Path("."))
    assert errors(result) == [] and result.returncode == 0, result.stdout


def test_yamllint_passes_on_scaffolded_files(archive):
    runner = CliRunner()
    assert runner.invoke(main, ["new", "--date", "2021-09-07", "--title", "Valley", "--root", str(archive)]).exit_code == 0
    path = archive / "briefings/2021/2021-09-07-valley/briefing.yml"
    report = archive / "briefings/2021/2021-09-06-panjshir/reports/cnn.txt"
    assert runner.invoke(main, ["add-source", str(path), str(report), "--outlet", "cnn"]).exit_code == 0
    result = yamllint(path, archive / "briefings/permalinks.yml", archive / "briefings/outlets.yml")
    assert result.stdout == "" and result.returncode == 0


def test_yamllint_catches_what_editors_slip_on(tmp_path):
    path = tmp_path / "briefing.yml"
    path.write_text("date: 2021-09-06\ntitle: A\ntitle: B\ndraft: yes\n")
    # Truthy values only warn: our loader reads `country: NO` (Norway) as text, as editors mean it.
    assert [line.split(": ", 1)[1] for line in yamllint(path).stdout.splitlines()] == [
        '[error] duplication of key "title" in mapping (key-duplicates)',
        "[warning] truthy value should be one of [false, true] (truthy)",
    ]


def config() -> dict:
    return yaml.safe_load(PRE_COMMIT.read_text())


def hooks() -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for repo in config()["repos"]:
        for hook in repo["hooks"]:
            found.setdefault(hook["id"], []).append({**hook, "repo": repo["repo"]})
    return found


def test_pre_commit_runs_our_check_yamllint_and_the_hygiene_hooks():
    found = hooks()
    assert {"trailing-whitespace", "end-of-file-fixer", "check-yaml", "check-added-large-files",
            "check-merge-conflict", "yamllint", "briefings-check"} <= set(found)
    local = found["briefings-check"][0]
    assert (local["repo"], local["entry"], local["language"], local["pass_filenames"]) == ("local", "briefings check", "system", False)
    assert all("reports/" in hook["exclude"] for hook in found["trailing-whitespace"] + found["end-of-file-fixer"])
    mkdocs = [hook for hook in found["check-yaml"] if hook.get("files") == r"^mkdocs\.yml$"]
    assert mkdocs and mkdocs[0]["args"] == ["--unsafe"]


def test_the_local_hook_runs_offline_and_blocks_a_broken_briefing(archive, tmp_path):
    if shutil.which("git") is None:
        pytest.fail("git is needed")
    local = {"repos": [repo for repo in config()["repos"] if repo["repo"] == "local"]}
    (archive / ".pre-commit-config.yaml").write_text(yaml.safe_dump(local))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": f"{BIN}:{os.environ['PATH']}",
           "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "d@example.org",
           "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "d@example.org"}

    def sh(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=archive, env=env, capture_output=True, text=True)

    sh("git", "init", "-q", "-b", "main")
    sh("git", "add", "-A")
    passing = sh(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    path = archive / "briefings/2021/2021-09-06-panjshir/briefing.yml"
    path.write_text(path.read_text().replace("outlet: sputnik", "outlet: sputnick"))
    sh("git", "add", "-A")
    failing = sh(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert failing.returncode == 1
    assert ("briefings/2021/2021-09-06-panjshir/briefing.yml:44:13: sources[4].outlet: unknown outlet 'sputnick' "
            "(did you mean 'sputnik'?)") in failing.stdout
