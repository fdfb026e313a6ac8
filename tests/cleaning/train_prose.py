"""Fit the text-dump prose model (``generator/cleaning/data/prose_weights.json``).

Lines of labelled dumps are labelled "article" when most of their word 4-grams are in the gold
body (short lines: when their text is in it and a neighbour is article); a logistic regression
over :data:`generator.cleaning.prose.FEATURES` is fitted by gradient descent with L2.

    python tests/cleaning/train_prose.py            # fit on everything, write the weights
    python tests/cleaning/train_prose.py --folds 2  # cross-validated F1 on the development set
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from generator.cleaning import language, prose, textdump  # noqa: E402
from generator.cleaning.lines import split  # noqa: E402
from cleaning import devset, labelled, ngrams  # noqa: E402

# Strength of the pull towards zero weights: keeps the model from memorising single pages.
L2 = 1e-3
STEPS = 3000
LEARNING_RATE = 0.5


def examples() -> list[tuple[str, str, str]]:
    """(name, dump, gold body) for every labelled text dump and development dump."""
    out = [(case.name, case.source, case.gold) for case in labelled.cases() if case.kind == "text"]
    if devset.available():
        for page in devset.pages():
            gold = devset.expected_text(page)
            for kind in devset.DUMP_KINDS:
                text = devset.dump(page, kind)
                if text and text.strip():
                    out.append((f"{page.name}/{kind}", text, gold))
    return out


def features_and_labels(text: str, gold: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lines = split(text)
    code = language.identify(" ".join(l.text for l in lines if l.words >= 8) or text)
    found = [textdump.line_family(line) for line in lines]
    x = np.array(prose.vectors(prose.line_shapes(lines, language.stop_words(code), found)))
    gold_grams, gold_text = ngrams.grams(gold), " ".join(ngrams.words(gold))
    y = np.array([_in_gold(line.text, gold_grams, gold_text) for line in lines], dtype=float)
    y = _short_lines_need_neighbours(lines, y)
    weight = np.array([1.0 + np.log1p(line.words) for line in lines])
    return x, y, weight


def _in_gold(text: str, gold_grams, gold_text: str) -> float:
    grams = ngrams.grams(text)
    if len(ngrams.words(text)) >= ngrams.N:
        return float(sum((grams & gold_grams).values()) >= 0.5 * sum(grams.values()))
    words = " ".join(ngrams.words(text))
    return float(bool(words) and f" {words} " in f" {gold_text} ")


def _short_lines_need_neighbours(lines, y: np.ndarray) -> np.ndarray:
    out = y.copy()
    for i, line in enumerate(lines):
        if line.words < ngrams.N and y[i]:
            near = [y[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].words >= ngrams.N]
            out[i] = float(any(near))
    return out


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    # Balance the classes: the region model reads p = 0.5 as "as likely article as not".
    balanced = weight * np.where(y > 0, (1 - y).sum() / max(y.sum(), 1), 1.0)
    norm = balanced / balanced.sum()
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ ((p - y) * norm) + L2 * np.r_[0, w[1:]]
        w -= LEARNING_RATE * gradient
    return w


def stack(items):
    xs, ys, ws = zip(*items)
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def cross_validate(data, folds: int) -> None:
    prepared = [features_and_labels(text, gold) for _, text, gold in data]
    for fold in range(folds):
        train = [p for i, p in enumerate(prepared) if i % folds != fold]
        w = fit(*stack(train))
        _write(w, note=f"fold {fold} of {folds}")
        scores = [ngrams.score(_body(text), gold) for i, (_, text, gold) in enumerate(data) if i % folds == fold]
        p, r, f = ngrams.mean(scores)
        print(f"fold {fold}: P={p:.3f} R={r:.3f} F1={f:.3f} on {len(scores)} held-out dumps")


def _body(text: str) -> str:
    from generator.cleaning import extract

    prose._weights.cache_clear()
    return "\n\n".join(b.text for b in extract(text).blocks)


def _write(w: np.ndarray, note: str) -> None:
    data = {"note": note, "features": list(prose.FEATURES), "weights": [round(float(v), 4) for v in w]}
    prose.WEIGHTS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    prose._weights.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=0)
    args = parser.parse_args()
    data = examples()
    if args.folds:
        cross_validate(data, args.folds)
    w = fit(*stack([features_and_labels(text, gold) for _, text, gold in data]))
    _write(w, note=f"fitted by tests/cleaning/train_prose.py on {len(data)} labelled dumps")
    print(dict(zip(prose.FEATURES, np.round(w, 2))))


if __name__ == "__main__":
    main()
