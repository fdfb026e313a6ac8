"""Benchmark the cleaner: median milliseconds per article for text dumps and HTML pages, and the
ratio to trafilatura alone on the same pages. Prints the numbers and records them in
``bench_cleaning.json`` beside this file. Not a timed test: run it by hand on a quiet machine.

    python tests/benchmarks/bench_cleaning.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import trafilatura  # noqa: E402

from generator.cleaning import extract  # noqa: E402
from cleaning import devset, labelled  # noqa: E402

OUT = Path(__file__).with_suffix(".json")


def median_ms(function, inputs: list[str], repeat: int) -> float:
    function(inputs[0])  # load models and caches outside the timing
    times = []
    for text in inputs:
        best = min(_timed(function, text) for _ in range(repeat))
        times.append(best)
    return 1000 * statistics.median(times)


def _timed(function, text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


def corpora() -> dict[str, list[str]]:
    cases = labelled.cases()
    out = {"labelled text dumps": [c.source for c in cases if c.kind == "text"],
           "labelled html": [c.source for c in cases if c.kind == "html"]}
    if devset.available():
        pages = devset.pages()
        out["development html"] = [(p / "source.html").read_text(encoding="utf-8", errors="replace") for p in pages]
        for kind in devset.DUMP_KINDS:
            dumps = [d for d in (devset.dump(p, kind) for p in pages) if d and d.strip()]
            if dumps:
                out[f"development {kind} dumps"] = dumps
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = {}
    for name, inputs in corpora().items():
        ours = median_ms(extract, inputs, args.repeat)
        entry = {"pages": len(inputs), "median_ms": round(ours, 2)}
        if "html" in name:
            alone = median_ms(trafilatura.extract, inputs, args.repeat)
            entry.update(trafilatura_median_ms=round(alone, 2), ratio_to_trafilatura=round(ours / alone, 2))
        results[name] = entry
        print(f"{name:32} {entry}")
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
