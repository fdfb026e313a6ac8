"""Benchmark the cleaner: median milliseconds per article for text dumps and HTML pages, and the
ratio to trafilatura alone on the same pages. Prints the numbers and records them in
``bench_cleaning.json`` beside this file. Not a timed test: run it by hand.

Times are CPU time of this process (``time.process_time``), the best of ``--repeat`` runs of each
page, ours and trafilatura's taken in turn on the same page: on a shared machine wall-clock time
mostly measures the neighbours. ``clean`` is the whole in-process cleaning (the file's bytes to an
``Article``: decoding, reading, settling, the audit), compared with ``trafilatura.extract`` on the
same bytes; ``extract`` starts from decoded text, compared with ``trafilatura.extract`` on that
text (trafilatura with its default settings).

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

from generator.cleaning import clean, extract, textdump  # noqa: E402
from generator.errors import CleaningError  # noqa: E402
from cleaning import devset, labelled  # noqa: E402

OUT = Path(__file__).with_suffix(".json")


def clean_article(raw: bytes) -> None:
    try:
        clean(raw, article_id="bench")
    except CleaningError:  # a page with no article is timed all the same
        pass


def best_ms(function, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        textdump.family_of.cache_clear()  # each run reads the page as if for the first time
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return 1000 * best


def measure(inputs: list[str], functions: dict, repeat: int) -> dict[str, float]:
    """Median over pages of each function's best time, the functions taking turns on each page.
    ``functions`` maps a name to (function, whether it is given the page's UTF-8 bytes or text)."""
    pages = [(text, text.encode("utf-8")) for text in inputs]
    for function, on_bytes in functions.values():
        function(pages[0][on_bytes])  # load models and caches outside the timing
    times = {name: [] for name in functions}
    for page in pages:
        for name, (function, on_bytes) in functions.items():
            times[name].append(best_ms(function, page[on_bytes], repeat))
    return {name: round(statistics.median(values), 2) for name, values in times.items()}


def corpora() -> dict[str, list[str]]:
    cases = labelled.cases()
    out = {"labelled text dumps": [c.source for c in cases if c.kind == "text"],
           "labelled html": [c.source for c in cases if c.kind == "html"]}
    if devset.available():
        pages = devset.pages()
        out["development html"] = [devset.source(p) for p in pages]
        for kind in devset.DUMP_KINDS:
            dumps = [d for d in (devset.dump(p, kind) for p in pages) if d and d.strip()]
            if dumps:
                out[f"development {kind} dumps"] = dumps
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = {"timer": "CPU time, best of %d runs per page, median over pages" % args.repeat}
    for name, inputs in corpora().items():
        functions = {"clean_ms": (clean_article, True), "extract_ms": (extract, False)}
        if "html" in name:
            functions.update(trafilatura_bytes_ms=(trafilatura.extract, True),
                             trafilatura_text_ms=(trafilatura.extract, False))
        entry = {"pages": len(inputs), **measure(inputs, functions, args.repeat)}
        if "html" in name:
            entry["clean_ratio_to_trafilatura"] = round(entry["clean_ms"] / entry["trafilatura_bytes_ms"], 2)
            entry["extract_ratio_to_trafilatura"] = round(entry["extract_ms"] / entry["trafilatura_text_ms"], 2)
        results[name] = entry
        print(f"{name:32} {entry}", flush=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
