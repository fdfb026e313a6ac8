"""One step of the benchmark, run as its own process so its memory is measured alone.

    python -m generator.bench.step (ingest|generate|site) ROOT

Prints one JSON line: the step's own timings.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ..pipeline import generate, ingest, source_date_epoch
from ..loading.archive import load_archive
from ..site import build_site


def main(step: str, root: Path) -> dict:
    started = time.perf_counter()
    if step == "ingest":
        return {"files": len(ingest(root)), "seconds": time.perf_counter() - started}
    if step == "generate":
        result = generate(root)
        return {"pages": result.pages, "cached": result.cached, "pages_cached": result.pages_cached, **result.seconds}
    if step == "site":
        seconds: dict[str, float] = {}
        build_site(root, source_date_epoch(load_archive(root, with_articles=False)), seconds)
        return seconds
    raise SystemExit(f"unknown step {step!r}")


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]))))
