"""Fit the text-dump prose model (``generator/cleaning/data/prose_model.json``) on real pages.

The development pages beside the project are dumped as a person would copy them (see
:mod:`devset`); each line of a dump is labelled "article" when most of its word 4-grams are in the
page's expected text (a short line: when its words are in it and a long neighbour is article).
A logistic regression over :data:`generator.cleaning.prose.FEATURES` is fitted by Newton steps
with an L2 pull towards zero; every page weighs the same, as in the page-averaged scores.

Cross-validation is by page (both dumps of a page fall in the same fold): the region decoder's
threshold and gap cost for a fold are chosen on the other folds' held-out scores, and only
held-out numbers are printed. The shipped model is then fitted on every page.

    python tests/cleaning/train_prose.py [--folds 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from generator.cleaning import language, prose, region, textdump  # noqa: E402
from generator.cleaning.lines import split  # noqa: E402
from cleaning import devset, ngrams  # noqa: E402

# Strength of the pull towards zero weights (on standardised features): keeps rare features tame.
L2 = 1.0
NEWTON_STEPS = 30
# Share of a long line's 4-grams that must be in the expected text for it to count as article.
MIN_SHARED_GRAMS = 0.5
# Decoder settings tried on held-out scores: recall-leaning thresholds (losing text costs more).
THRESHOLDS = (-2.0, -1.5, -1.0, -0.5, 0.0)
GAP_COSTS = (15.0, 40.0, 1e6)
# How much more a point of recall is worth than a point of precision when choosing the decoder.
RECALL_WEIGHT = 2.0


@dataclass
class Dump:
    page: str
    kind: str
    text: str
    gold: str
    lines: list
    families: list
    matrix: np.ndarray
    labels: np.ndarray
    weights: np.ndarray


def load_dumps() -> list[Dump]:
    out = []
    for page in devset.pages():
        gold = devset.expected_text(page)
        for kind in devset.DUMP_KINDS:
            text = devset.dump(page, kind)
            if text and text.strip() and not _is_html(text):
                out.append(_dump(page.name, kind, text, gold))
    return out


def _is_html(text: str) -> bool:
    from generator.cleaning import htmlpage

    return htmlpage.looks_like_html(text)


def _dump(page: str, kind: str, text: str, gold: str) -> Dump:
    lines = split(text)
    code = textdump.language_of(lines, text)
    found = [textdump.line_family(line) for line in lines]
    matrix = prose.features(lines, found, language.stop_words(code))
    labels = line_labels(lines, gold)
    size = np.array([line.words + region.WORD_OFFSET for line in lines], dtype=float)
    return Dump(page, kind, text, gold, lines, found, matrix, labels, size / size.sum())


def line_labels(lines, gold: str) -> np.ndarray:
    gold_grams, gold_text = ngrams.grams(gold), f" {' '.join(ngrams.words(gold))} "
    long = np.array([len(ngrams.words(line.text)) >= ngrams.N for line in lines])
    labels = np.zeros(len(lines))
    for i, line in enumerate(lines):
        if long[i]:
            grams = ngrams.grams(line.text)
            labels[i] = sum((grams & gold_grams).values()) >= MIN_SHARED_GRAMS * sum(grams.values())
        else:
            words = " ".join(ngrams.words(line.text))
            labels[i] = bool(words) and f" {words} " in gold_text
    for i in np.flatnonzero(~long & (labels > 0)):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and long[j]]
        labels[i] = float(any(labels[j] for j in near))
    return labels


def fold_of(page: str, folds: int) -> int:
    return zlib.crc32(page.encode()) % folds


def fit(dumps: list[Dump]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, scale, weights) of a logistic regression on the dumps' lines."""
    x = np.vstack([d.matrix for d in dumps])
    y = np.concatenate([d.labels for d in dumps])
    w = np.concatenate([d.weights for d in dumps])
    w = w / w.sum() * len(w)
    mean, scale = x.mean(0), x.std(0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    beta = np.zeros(z.shape[1])
    ridge = L2 * np.diag(np.r_[0.0, np.ones(len(beta) - 1)])
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ ((p - y) * w) + ridge @ beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + ridge
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return mean, scale, beta


def model(fitted, threshold: float, gap_cost: float) -> prose.Model:
    mean, scale, weights = fitted
    return prose.Model(mean, scale, weights, threshold, gap_cost)


def selection_score(dumps: list[Dump], scores: dict, threshold: float, gap_cost: float) -> float:
    """Recall-leaning F-measure of the decoder's line selection, averaged over dumps."""
    total = 0.0
    for d in dumps:
        gains = region.gains(scores[id(d)], [line.words for line in d.lines], d.families, threshold)
        keep = region.decode(gains, d.families, gap_cost)
        s = ngrams.score("\n".join(line.text for line, k in zip(d.lines, keep) if k), d.gold)
        b2 = RECALL_WEIGHT ** 2
        total += (1 + b2) * s.precision * s.recall / (b2 * s.precision + s.recall or 1)
    return total / len(dumps)


def choose_decoder(dumps: list[Dump], scores: dict) -> tuple[float, float]:
    grid = itertools.product(THRESHOLDS, GAP_COSTS)
    return max(grid, key=lambda tg: selection_score(dumps, scores, *tg))


def fold_models(dumps: list[Dump], folds: int) -> dict[int, prose.Model]:
    """For each fold, the model fitted on the other folds' pages, its decoder chosen on them too."""
    fitted = {f: fit([d for d in dumps if fold_of(d.page, folds) != f]) for f in range(folds)}
    held_out = {}
    for d in dumps:
        mean, scale, weights = fitted[fold_of(d.page, folds)]
        held_out[id(d)] = (((d.matrix - mean) / scale) @ weights).tolist()
    models = {}
    for f in range(folds):
        others = [d for d in dumps if fold_of(d.page, folds) != f]
        threshold, gap_cost = choose_decoder(others, held_out)
        models[f] = model(fitted[f], threshold, gap_cost)
        print(f"fold {f}: threshold {threshold}, gap cost {gap_cost:g}", file=sys.stderr)
    return models


def cross_validate(dumps: list[Dump], folds: int) -> dict:
    models = fold_models(dumps, folds)
    results = {kind: [] for kind in devset.DUMP_KINDS}
    for d in dumps:
        results[d.kind].append(ngrams.score(body(d.text, models[fold_of(d.page, folds)]), d.gold))
    return {kind: [round(v, 3) for v in ngrams.mean(scores)] for kind, scores in results.items()}


def body(text: str, fold_model: prose.Model) -> str:
    from generator.cleaning import textmeta

    return "\n\n".join(b.text for b in textmeta.extract(textdump.read(text, fold_model)).blocks)


def write(fitted, threshold: float, gap_cost: float, note: str) -> None:
    mean, scale, weights = fitted
    data = {"note": note, "features": list(prose.FEATURES), "threshold": threshold, "gap_cost": gap_cost,
            "mean": _rounded(mean), "scale": _rounded(scale), "weights": _rounded(weights)}
    prose.MODEL_FILE.parent.mkdir(exist_ok=True)
    prose.MODEL_FILE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    prose.default_model.cache_clear()


def _rounded(values: np.ndarray) -> list[float]:
    return [float(f"{v:.5g}") for v in values]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if not devset.available():
        sys.exit(f"no development set at {devset.DEV_SET}")
    devset.make_dumps()
    dumps = load_dumps()
    held_out = cross_validate(dumps, args.folds)
    print(f"held-out (P, R, F1) by page over {args.folds} folds: {held_out}")
    fitted = fit(dumps)
    scores = {id(d): (((d.matrix - fitted[0]) / fitted[1]) @ fitted[2]).tolist() for d in dumps}
    threshold, gap_cost = choose_decoder(dumps, scores)
    note = (f"fitted by tests/cleaning/train_prose.py on {len(dumps)} dumps of {len({d.page for d in dumps})} "
            f"development pages; {args.folds}-fold held-out (P, R, F1): {held_out}")
    write(fitted, threshold, gap_cost, note)
    print(note)


if __name__ == "__main__":
    main()
