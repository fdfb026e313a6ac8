"""Measure the cleaner on the development set and print the numbers, worst pages first.

    python tests/cleaning/measure.py [--worst 10] [--kind html|innertext|converter]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

import trafilatura  # noqa: E402

from generator.cleaning import extract  # noqa: E402
from cleaning import devset, labelled, ngrams  # noqa: E402


def body(text: str) -> str:
    return "\n\n".join(b.text for b in extract(text).blocks)


def measure(kind: str, worst: int) -> None:
    scores, base, names, elapsed = [], [], [], 0.0
    for page in devset.pages():
        gold = devset.expected_text(page)
        source = (page / "source.html").read_text(encoding="utf-8", errors="replace") if kind == "html" \
            else devset.dump(page, kind)
        if source is None or not source.strip():
            continue
        start = time.perf_counter()
        got = body(source)
        elapsed += time.perf_counter() - start
        scores.append(ngrams.score(got, gold))
        names.append(page.name)
        if kind == "html":
            base.append(ngrams.score(trafilatura.extract(source) or "", gold))
    p, r, f = ngrams.mean(scores)
    print(f"{kind:10} n={len(scores)} P={p:.3f} R={r:.3f} F1={f:.3f}  {1000 * elapsed / len(scores):.1f} ms/page")
    if base:
        p, r, f = ngrams.mean(base)
        print(f"{'trafilatura':10} n={len(base)} P={p:.3f} R={r:.3f} F1={f:.3f}")
    for score, name in sorted(zip(scores, names), key=lambda x: x[0].f1)[:worst]:
        print(f"   {name:40} P={score.precision:.2f} R={score.recall:.2f} F1={score.f1:.2f}")


def measure_labelled(worst: int) -> None:
    for kind in ("text", "html"):
        cases = [c for c in labelled.cases() if c.kind == kind]
        scores = [ngrams.score(body(c.source), c.gold) for c in cases]
        p, r, f = ngrams.mean(scores)
        print(f"labelled {kind:5} n={len(cases)} P={p:.3f} R={r:.3f} F1={f:.3f}")
        if kind == "html":
            p, r, f = ngrams.mean([ngrams.score(trafilatura.extract(c.source) or "", c.gold) for c in cases])
            print(f"trafilatura    n={len(cases)} P={p:.3f} R={r:.3f} F1={f:.3f}")
        for score, case in sorted(zip(scores, cases), key=lambda x: x[0].f1)[:worst]:
            print(f"   {case.name:50} P={score.precision:.2f} R={score.recall:.2f} F1={score.f1:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", action="append")
    parser.add_argument("--worst", type=int, default=8)
    parser.add_argument("--labelled", action="store_true")
    args = parser.parse_args()
    if args.labelled:
        return measure_labelled(args.worst)
    for kind in args.kind or ["html", *devset.DUMP_KINDS]:
        measure(kind, args.worst)


if __name__ == "__main__":
    main()
