"""The quality gate: precision and recall per analysis may not fall under the recorded floors.

The floors were measured on data with a known digest; changing the data without re-recording
(``python -m tests.comparison.quality --record``) fails here, so a floor never drifts silently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .basil import BASIL, LABELS, basil_events
from .quality import FLOORS, digest, measure, written_events, written_files

RECORDED = json.loads(FLOORS.read_text())


def _check(name: str, files: list[Path], events) -> None:
    recorded = RECORDED[name]
    assert digest(files) == recorded["digest"], (
        f"the {name} evaluation data changed: re-measure and re-record the floors "
        "(python -m tests.comparison.quality --record) and review the diff")
    totals = measure(events)
    below = [f"{analysis} {kind} {getattr(totals[analysis], kind):.3f} < {floor[kind]}"
             for analysis, floor in recorded["floors"].items() for kind in ("precision", "recall")
             if getattr(totals[analysis], kind) < floor[kind]]
    assert not below, "below the floor: " + "; ".join(below)


def test_written_events_meet_the_floors():
    _check("written", written_files(), written_events())


@pytest.mark.skipif(not BASIL.exists(), reason="development clusters not present beside the repository")
def test_labelled_development_sample_meets_the_floors():
    _check("basil", list(BASIL.glob("*/*.txt")) + [LABELS], basil_events())
