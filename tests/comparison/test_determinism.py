"""The same reports give the same comparison in every process, whatever Python's hash seed.

Sets of words iterate in an order that changes from one process to the next; a sum of float
weights taken in that order changes in its last bits, and a threshold or a rounded percentage can
then tip. Forked workers share their parent's seed, so only separate processes show it.
"""

from __future__ import annotations

import os
import subprocess
import sys

from generator.bench.archive import write_archive
from generator.pipeline import ingest
from tests.conftest import REPO

SCRIPT = """
import json, sys
from pathlib import Path
from generator.analyze import analyze
from generator.loading.archive import load_archive
archive = load_archive(Path(sys.argv[1]))
print(json.dumps([analyze(archive, b).comparison.to_dict() for b in archive.briefings], sort_keys=True))
"""


def test_two_processes_with_different_hash_seeds_compare_alike(tmp_path):
    root = write_archive(tmp_path / "archive", REPO, briefings=30, sources=5, seed=1)
    ingest(root)
    outputs = {subprocess.run([sys.executable, "-c", SCRIPT, str(root)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1
