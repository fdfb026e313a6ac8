"""How strongly each line of a dump reads as article text: its own shape, its neighbours', the page's.

A logistic model over the features of :mod:`.lineshape` and of the lines around each one (prose
comes in runs, menus in runs of short lines). The weights are learned from real pages by
``tests/cleaning/train_prose.py`` and shipped as plain numbers in ``data/prose_model.json``,
together with the settings of the region decoder (:mod:`.region`) chosen on held-out pages.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .lines import Line
from .lineshape import FAMILIES, OWN, describe

MODEL_FILE = Path(__file__).parent / "data" / "prose_model.json"
# Own features whose values on nearby lines say something about a line.
NEIGHBOURLY = ("log_words", "ends_sentence", "stop_share", "short", "sentences", "punctuation", "digits",
               "title_case")
# Neighbours read one by one: the line just before and after, and the one beyond each.
OFFSETS = (1, 2, -1, -2)
# Half-widths of the windows averaged around a line: a paragraph's surroundings, a page section.
WINDOWS = (3, 10)
# A "prose line" for run lengths and the rough article region: this long and ending a sentence.
PROSE_LINE_WORDS = 10
# Rough region: a prose line counts for it, stop words a little, anything else against.
ROUGH_STOP_WEIGHT = 0.5
ROUGH_OFFSET = 0.6

CONTEXT = (
    *(f"{name}@{offset:+d}" for offset in OFFSETS for name in (*NEIGHBOURLY, "furniture")),
    "first_line", "last_line",
    *(f"{name}~{width}" for width in WINDOWS for name in (*NEIGHBOURLY, "furniture")),
    "prose_run", "other_run", "in_rough_region", "from_rough_region",
)
FEATURES = (*OWN, *CONTEXT)


@dataclass(frozen=True)
class Model:
    """Standardisation, weights and the decoder's settings, as fitted."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    threshold: float
    gap_cost: float

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        if tuple(data["features"]) != FEATURES:
            raise RuntimeError(f"{MODEL_FILE.name} was fitted for other features; retrain it")
        return cls(np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]),
                   float(data["threshold"]), float(data["gap_cost"]))

    def scores(self, matrix: np.ndarray) -> np.ndarray:
        """Log-odds of "article text" for each row of a feature matrix."""
        return ((matrix - self.mean) / self.scale) @ self.weights


@lru_cache(maxsize=1)
def default_model() -> Model:
    return Model.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def features(lines: list[Line], families: list[str | None], stop_words: frozenset[str]) -> np.ndarray:
    """The :data:`FEATURES` matrix of a dump: one row per line."""
    own = describe(lines, families, stop_words)
    return np.hstack([own, _context(own)])


def _context(own: np.ndarray) -> np.ndarray:
    n = len(own)
    columns = [OWN.index(name) for name in NEIGHBOURLY]
    first_family = OWN.index(f"family:{FAMILIES[0]}")
    near = np.hstack([own[:, columns], own[:, first_family:first_family + len(FAMILIES)].sum(1, keepdims=True)])
    parts = [_shifted(near, offset) for offset in OFFSETS]
    edges = np.zeros((n, 2))
    if n:
        edges[0, 0] = edges[-1, 1] = 1.0
    parts.append(edges)
    parts += [_window_mean(near, width) for width in WINDOWS]
    words = np.expm1(own[:, OWN.index("log_words")])
    prose_line = (words >= PROSE_LINE_WORDS) & (own[:, OWN.index("ends_sentence")] > 0)
    parts.append(_runs(prose_line))
    rough = (prose_line + ROUGH_STOP_WEIGHT * own[:, OWN.index("stop_share")] - ROUGH_OFFSET) * (words + 2)
    parts.append(_distance_to(best_run(rough.tolist()), n))
    return np.hstack(parts)


def _shifted(values: np.ndarray, offset: int) -> np.ndarray:
    """Row i holds row i - offset (zeros beyond the page's edges)."""
    out = np.zeros_like(values)
    if offset > 0:
        out[offset:] = values[:-offset]
    elif offset < 0:
        out[:offset] = values[-offset:]
    return out


def _window_mean(values: np.ndarray, width: int) -> np.ndarray:
    n = len(values)
    sums = np.vstack([np.zeros((1, values.shape[1])), np.cumsum(values, axis=0)])
    low = np.clip(np.arange(n) - width, 0, n)
    high = np.clip(np.arange(n) + width + 1, 0, n)
    return (sums[high] - sums[low]) / (high - low)[:, None]


def _runs(mask: np.ndarray) -> np.ndarray:
    """log(1 + length of the run of equal values each line is in), split by the value."""
    lengths, i, n = np.zeros(len(mask)), 0, len(mask)
    while i < n:
        j = i
        while j < n and mask[j] == mask[i]:
            j += 1
        lengths[i:j] = math.log1p(j - i)
        i = j
    return np.column_stack([lengths * mask, lengths * ~mask])


def _distance_to(span: tuple[int, int] | None, n: int) -> np.ndarray:
    index = np.arange(n)
    if span is None:
        return np.column_stack([np.zeros(n), np.full(n, math.log1p(n))])
    distance = np.maximum(np.maximum(span[0] - index, index - span[1]), 0)
    return np.column_stack([(distance == 0).astype(float), np.log1p(distance)])


def best_run(weights: list[float]) -> tuple[int, int] | None:
    """Inclusive (first, last) indexes of the maximum-sum run, or ``None`` if nothing is positive."""
    best, span, run, start = 0.0, None, 0.0, 0
    for i, weight in enumerate(weights):
        if run <= 0:
            run, start = weight, i
        else:
            run += weight
        if run > best:
            best, span = run, (start, i)
    return span
