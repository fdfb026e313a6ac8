"""What each cleaning rule earns: the cleaner measured with one rule switched off at a time, on the
labelled set and on the development pages. Development pages are read with held-out models (each
page by the prose model fitted without it, as in ``train_prose.py``), HTML pages too, since the
text-dump reader gives the HTML reader its second opinion.

    python tests/cleaning/ablate.py [--folds 5] [--kind text|html]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from unittest import mock

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from generator.cleaning import htmlpage, prose, textdump, textmeta  # noqa: E402
from cleaning import devset, labelled, ngrams  # noqa: E402
from cleaning.train_prose import fold_models, fold_of, load_dumps  # noqa: E402

TEXT_RULES = (*(name for name, _ in textdump.RULES), "title", "standfirst", "all-article")
HTML_RULES = ("title", "furniture", "second-opinion")
_SHIPPED = prose.default_model


def text_body(text: str, model: prose.Model | None, skip: frozenset[str]) -> str:
    reading = textdump.read(text, model, skip)
    return "\n\n".join(b.text for b in textmeta.extract(reading, skip=skip).blocks)


def html_body(page: str, model: prose.Model | None, skip: frozenset[str]) -> str:
    chosen = model or _SHIPPED()
    with mock.patch.object(prose, "default_model", lambda: chosen):
        return "\n\n".join(b.text for b in htmlpage.extract(page, skip=skip).blocks)


def measure(body, cases: list[tuple[str, str, prose.Model | None]], skip: frozenset[str]) -> tuple[float, ...]:
    return ngrams.mean([ngrams.score(body(text, model, skip), gold) for text, gold, model in cases])


def case_sets(kind: str, folds: int) -> dict[str, list]:
    sets = {f"labelled {kind}": [(c.source, c.gold, None) for c in labelled.cases() if c.kind == kind]}
    if not devset.available():
        return sets
    dumps = load_dumps()
    models = fold_models(dumps, folds)
    if kind == "html":
        sets["development html (held-out)"] = [(devset.source(p), devset.expected_text(p),
                                               models[fold_of(p.name, folds)]) for p in devset.pages()]
        return sets
    for dump_kind in devset.DUMP_KINDS:
        sets[f"{dump_kind} (held-out)"] = [(d.text, d.gold, models[fold_of(d.page, folds)])
                                           for d in dumps if d.kind == dump_kind]
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    args = parser.parse_args()
    body, rules = (text_body, TEXT_RULES) if args.kind == "text" else (html_body, HTML_RULES)
    sets = case_sets(args.kind, args.folds)
    print(f"{'switched off':16}" + "".join(f"{name:>30}" for name in sets))
    for rule in ("(none)", *rules, "all"):
        skip = frozenset(rules if rule == "all" else () if rule == "(none)" else (rule,))
        row = "".join(f"{'%.3f/%.3f/%.3f' % measure(body, cases, skip):>30}" for cases in sets.values())
        print(f"{rule:16}{row}", flush=True)


if __name__ == "__main__":
    main()
