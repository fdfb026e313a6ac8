"""The site build: the real ``mkdocs build --strict`` (its pages rendered on every core, see
:mod:`generator.partsbuild`), then the Pagefind search index, into a staging folder swapped in only
when both succeeded."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

from . import writer
from .errors import BuildError
from .siteconfig import load_site_config

SITE_DIR = "site"
CONFIG_FILE = "mkdocs.yml"
# Lines of mkdocs output quoted in a failure message; the rest is in the full log.
MAX_REPORTED_LINES = 12
# Pagefind writes its chunked index here, inside the site; the search page loads it from there.
PAGEFIND_DIR = "pagefind"
# Left out of the index: the ¶ permalinks (they would end every result's title) and the collapsed
# lists of statements only one source carries, which would triple each result's download.
PAGEFIND_EXCLUDE = ".headerlink, details"


def build_site(root: Path, source_date_epoch: int, seconds: dict[str, float] | None = None) -> Path:
    """Run ``mkdocs build --strict``; on failure raise :class:`BuildError` and keep the old site.

    ``seconds``, if given, receives the wall time of each tool (``mkdocs``, ``pagefind``)."""
    target = root / SITE_DIR
    seconds = {} if seconds is None else seconds
    writer.remove_leftovers(root, SITE_DIR)
    staging = Path(tempfile.mkdtemp(prefix=f".{SITE_DIR}.new-", dir=root))
    try:
        started = time.perf_counter()
        _run_mkdocs(root, staging, source_date_epoch)
        seconds["mkdocs"] = time.perf_counter() - started
        if load_site_config(root).pagefind:
            _run_pagefind(staging)
            seconds["pagefind"] = time.perf_counter() - started - seconds["mkdocs"]
        writer.swap_in(staging, target)
    finally:
        writer.remove_tree(staging)
    return target


def _run_mkdocs(root: Path, staging: Path, source_date_epoch: int) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", str(source_date_epoch))}
    # ``mkdocs build --strict --clean``, the pages rendered on every core (see generator.partsbuild).
    command = [sys.executable, "-m", "generator.partsbuild", str(root / CONFIG_FILE), str(staging)]
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        lines = [click.unstyle(line) for line in result.stderr.splitlines()]  # MkDocs colours its levels
        problems = [line for line in lines if line.startswith(("WARNING", "ERROR"))]
        shown = "\n".join(problems[:MAX_REPORTED_LINES]) or result.stderr.strip()[-2000:]
        raise BuildError(f"mkdocs build --strict failed; the previous site is unchanged:\n{shown}")


def _run_pagefind(staging: Path) -> None:
    """Index the built pages (only those marked ``data-pagefind-body``: the briefings)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(staging), "--output-subdir", PAGEFIND_DIR,
               "--exclude-selectors", PAGEFIND_EXCLUDE, "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise BuildError(f"pagefind could not start ({error}); the previous site is unchanged") from None
    if result.returncode != 0:
        shown = (result.stderr or result.stdout).strip()[-2000:]
        raise BuildError(f"pagefind failed; the previous site is unchanged:\n{shown}")
