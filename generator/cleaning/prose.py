"""How much each line of a dump reads like article prose: features and a logistic model.

The weights are fitted offline by ``tests/cleaning/train_prose.py`` on labelled dumps and shipped
in ``data/prose_weights.json``; the features are cheap so that a whole page scores in a few ms.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .lines import Line

WEIGHTS_FILE = Path(__file__).parent / "data" / "prose_weights.json"
# Lines on either side whose shape informs a line's own score (prose comes in runs).
CONTEXT = 2
# Caps keep one odd value (a 2,000-word line, a comma list) from swamping the others.
MAX_LOG_WORDS = 6.0
MAX_COMMAS_PER_WORD = 0.5

FEATURES = (
    "bias", "log_words", "ends_sentence", "stop_share", "stop_x_length", "commas", "digits",
    "title_case", "url", "repeated", "lower_start", "short", "furniture", "position",
    "context_words", "context_ends",
)

_SENTENCE_END = re.compile(r"[.!?。！？…:;؟।»\"”’)\]]\s*$")
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\.(com|org|net|html?)\b", re.I)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_COMMA = re.compile(r"[,،、，]")
_DIGIT = re.compile(r"\d")


def line_shapes(lines: list[Line], stop_words: frozenset[str],
                furniture: list[str | None]) -> list[tuple[float, ...]]:
    """The context-free part of each line's features, in :data:`FEATURES` order minus context."""
    counts = Counter(line.text.casefold() for line in lines)
    total = max(len(lines) - 1, 1)
    return [_shape(line, stop_words, counts, family is not None, i / total)
            for i, (line, family) in enumerate(zip(lines, furniture))]


def probabilities(shapes: list[tuple[float, ...]]) -> list[float]:
    """P(prose) of each line, given its own shape and its neighbours'."""
    weights = _weights()
    out = []
    for i, shape in enumerate(shapes):
        vector = shape + _context(shapes, i)
        out.append(_sigmoid(sum(w * x for w, x in zip(weights, vector))))
    return out


def vectors(shapes: list[tuple[float, ...]]) -> list[tuple[float, ...]]:
    """Full feature vectors (shape plus context), as the training script needs them."""
    return [shape + _context(shapes, i) for i, shape in enumerate(shapes)]


def _shape(line: Line, stop_words: frozenset[str], counts: Counter, furniture: bool,
           position: float) -> tuple[float, ...]:
    tokens = _TOKEN.findall(line.text)
    words = max(line.words, 1)
    log_words = min(math.log1p(words), MAX_LOG_WORDS)
    stop = sum(1 for t in tokens if t.casefold() in stop_words) / len(tokens) if tokens else 0.0
    titled = sum(1 for t in tokens if t[0].isupper()) / len(tokens) if tokens else 0.0
    visible = max(len(line.text) - line.text.count(" "), 1)
    return (
        1.0, log_words, float(bool(_SENTENCE_END.search(line.text))), stop, stop * log_words,
        min(len(_COMMA.findall(line.text)) / words, MAX_COMMAS_PER_WORD),
        len(_DIGIT.findall(line.text)) / visible, titled, float(bool(_URL.search(line.text))),
        float(counts[line.text.casefold()] > 1), float(line.text[0].islower()), float(words < 5),
        float(furniture), position,
    )


def _context(shapes: list[tuple[float, ...]], i: int) -> tuple[float, float]:
    around = shapes[max(0, i - CONTEXT):i] + shapes[i + 1:i + 1 + CONTEXT]
    if not around:
        return (0.0, 0.0)
    return (sum(s[1] for s in around) / len(around), sum(s[2] for s in around) / len(around))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 30.0), -30.0)))


@lru_cache(maxsize=1)
def _weights() -> tuple[float, ...]:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError(f"{WEIGHTS_FILE.name} was fitted for other features; retrain it")
    return tuple(data["weights"])
