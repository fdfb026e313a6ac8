"""The quality gate's measurements: precision and recall per analysis on the labelled events.

Run ``python -m tests.comparison.quality`` to print the table; ``--record`` writes the current
scores, rounded down, as the floors in ``floors.json`` together with a digest of the data they
were measured on. Lowering a floor is an explicit act: re-record and review the diff.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path

from generator.compare import Options, compare

from .basil import BASIL, LABELS, basil_events
from .eventfiles import claims_of, event_folders, load_event
from .scoring import ANALYSES, Counts, score

FLOORS = Path(__file__).parent / "floors.json"
# Floors sit this far under the measured score so a harmless tie-break change does not fail CI.
MARGIN = 0.02


def measure(events) -> dict[str, Counts]:
    totals = {name: Counts() for name in ANALYSES}
    for articles, labels in events:
        found = score(compare(articles, Options(claims=claims_of(labels))), labels)
        totals = {name: totals[name].add(found[name]) for name in ANALYSES}
    return totals


def written_events():
    return [load_event(folder) for folder in event_folders()]


def digest(paths: list[Path]) -> str:
    """SHA-256 over the data files' names and bytes, in a stable order."""
    hasher = hashlib.sha256()
    for path in sorted(paths):
        hasher.update(f"{path.parent.name}/{path.name}".encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


def written_files() -> list[Path]:
    return [path for folder in event_folders() for path in sorted(folder.iterdir()) if path.is_file()]


def table(totals: dict[str, Counts]) -> str:
    rows = [f"{'analysis':24} {'precision':>9} {'recall':>7}   tp  fp  fn"]
    rows += [f"{name:24} {c.precision:9.3f} {c.recall:7.3f} {c.tp:4} {c.fp:3} {c.fn:3}" for name, c in totals.items()]
    return "\n".join(rows)


def _floor(value: float) -> float:
    return max(0.0, math.floor((value - MARGIN) * 100) / 100)


def record() -> dict:
    sets = {"written": (written_files(), measure(written_events()))}
    if BASIL.exists():
        sets["basil"] = (list(BASIL.glob("*/*.txt")) + [LABELS],
                         measure(basil_events()))
    return {name: {"digest": digest(files), "floors": {a: {"precision": _floor(c.precision), "recall": _floor(c.recall)}
                                                       for a, c in totals.items()}}
            for name, (files, totals) in sets.items()}


if __name__ == "__main__":
    print("written events\n" + table(measure(written_events())))
    if BASIL.exists():
        print("\nbasil sample\n" + table(measure(basil_events())))
    if "--record" in sys.argv:
        FLOORS.write_text(json.dumps(record(), indent=2, sort_keys=True) + "\n")
        print(f"\nfloors written to {FLOORS.name}")
