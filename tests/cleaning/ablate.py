"""What each cleaning rule earns: the text-dump cleaner measured with one rule switched off at a
time, on the labelled set and on the development dumps (with held-out models: each page is read
by the prose model fitted without it, as in ``train_prose.py``).

    python tests/cleaning/ablate.py [--folds 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from generator.cleaning import prose, textdump, textmeta  # noqa: E402
from cleaning import devset, labelled, ngrams  # noqa: E402
from cleaning.train_prose import fold_models, fold_of, load_dumps  # noqa: E402

RULES = (*(name for name, _ in textdump.RULES), "title", "standfirst", "all-article")


def body(text: str, model: prose.Model | None, skip: frozenset[str]) -> str:
    reading = textdump.read(text, model, skip)
    return "\n\n".join(b.text for b in textmeta.extract(reading, skip=skip).blocks)


def measure(cases: list[tuple[str, str, prose.Model | None]], skip: frozenset[str]) -> tuple[float, ...]:
    return ngrams.mean([ngrams.score(body(text, model, skip), gold) for text, gold, model in cases])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    sets = {"labelled text": [(c.source, c.gold, None) for c in labelled.cases() if c.kind == "text"]}
    if devset.available():
        dumps = load_dumps()
        models = fold_models(dumps, args.folds)
        for kind in devset.DUMP_KINDS:
            sets[f"{kind} (held-out)"] = [(d.text, d.gold, models[fold_of(d.page, args.folds)])
                                          for d in dumps if d.kind == kind]
    print(f"{'switched off':16}" + "".join(f"{name:>26}" for name in sets))
    for rule in ("(none)", *RULES, "all"):
        skip = frozenset(RULES if rule == "all" else () if rule == "(none)" else (rule,))
        row = "".join(f"{'%.3f/%.3f/%.3f' % measure(cases, skip):>26}" for cases in sets.values())
        print(f"{rule:16}{row}", flush=True)


if __name__ == "__main__":
    main()
