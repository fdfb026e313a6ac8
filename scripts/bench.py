"""Run ``briefings bench`` at several archive sizes and record the figures in README.md.

    python scripts/bench.py [--sizes 500x5,2000x5,5000x5,200x20,20000x5/no-serve] [--record] [--from FILE]

Each size is one ``briefings bench --json`` run (a fresh synthetic archive through every step);
``/no-serve`` skips the preview measurement (its first build would be a second whole build).
Prints a Markdown table; ``--record`` writes it into README.md between the ``<!-- bench-figures -->``
markers and the raw figures into ``tests/benchmarks/bench_site.json``. ``--from FILE`` re-renders
the table from figures saved earlier instead of measuring. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
RESULTS = REPO / "tests/benchmarks/bench_site.json"
MARKERS = ("<!-- bench-figures -->", "<!-- /bench-figures -->")
DEFAULT_SIZES = "500x5,2000x5,5000x5,200x20,20000x5/no-serve"
# Columns of the README table: (key, heading, format).
COLUMNS = [
    ("N", "N", "{:,}"), ("K", "K", "{}"),
    ("clean_ms_per_article", "clean ms/article", "{:.1f}"),
    ("compare_s_per_briefing", "compare s/briefing", "{:.3f}"),
    ("generate_s", "generate s", "{:.0f}"),
    ("site_build_s", "site build s", "{:.0f}"),
    ("build_ms_per_briefing", "whole pipeline ms/briefing", "{:.0f}"),
    ("generation_share", "generation share", "{:.0%}"),
    ("generate_cached_s", "CI generate s", "{:.0f}"),
    ("generation_share_ci", "CI generation share", "{:.0%}"),
    ("site_bytes", "site MB", "{:.0f}"),
    ("site_bytes_per_briefing", "KB/briefing", "{:.0f}"),
    ("search_bytes_per_query", "search KB/query", "{:.0f}"),
    ("search_first_result_ms", "first result ms", "{:.0f}"),
    ("incremental_s", "edit to served s", "{:.1f}"),
    ("peak_rss_mb", "peak MB (RSS)", "{:.0f}"),
    ("peak_pss_mb", "peak MB (PSS)", "{:.0f}"),
]
SCALE = {"site_bytes": 1e6, "site_bytes_per_briefing": 1e3, "search_bytes_per_query": 1e3}


def measure(size: str) -> dict:
    size, *flags = size.split("/")
    briefings, sources = size.split("x")
    command = [sys.executable, "-m", "generator", "bench", "--briefings", briefings, "--sources", sources, "--json",
               *(f"--{flag}" for flag in flags)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def table(runs: list[dict]) -> str:
    lines = ["| " + " | ".join(heading for _, heading, _ in COLUMNS) + " |",
             "|" + "---:|" * len(COLUMNS)]
    for run in runs:
        cells = [fmt.format(run[key] / SCALE[key] if key in SCALE else run[key]) if key in run else "—"
                 for key, _, fmt in COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def record(text: str) -> None:
    readme = README.read_text("utf-8")
    start, end = readme.index(MARKERS[0]) + len(MARKERS[0]), readme.index(MARKERS[1])
    README.write_text(readme[:start] + "\n" + text + "\n" + readme[end:], "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="NxK,... (briefings x sources)")
    parser.add_argument("--record", action="store_true", help="write the table into README.md")
    parser.add_argument("--from", dest="source", type=Path, help="figures saved by an earlier run")
    options = parser.parse_args()
    if options.source:
        runs = json.loads(options.source.read_text())
    else:
        runs = []
        for size in options.sizes.split(","):
            runs.append(measure(size))
            print(json.dumps(runs[-1], sort_keys=True), file=sys.stderr, flush=True)
    text = table(runs)
    print(text)
    if options.record:
        RESULTS.write_text(json.dumps(runs, indent=1, sort_keys=True) + "\n")
        record(text)


if __name__ == "__main__":
    main()
