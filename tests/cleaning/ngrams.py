"""Word 4-gram precision, recall and F1 of a body against a gold body (the extraction metric
public benchmarks use). Scripts without spaces count each character as a word."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

N = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f\uac00-\ud7af]")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def words(text: str) -> list[str]:
    out = []
    for token in _WORD.findall(text.casefold()):
        out.extend(token if _UNSPACED.search(token) else [token])
    return out


def grams(text: str) -> Counter:
    tokens = words(text)
    if len(tokens) < N:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + N]) for i in range(len(tokens) - N + 1))


def score(candidate: str, gold: str) -> Score:
    got, want = grams(candidate), grams(gold)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = common / sum(want.values()) if want else 1.0
    return Score(precision, recall)


def mean(scores: list[Score]) -> tuple[float, float, float]:
    """Macro averages (precision, recall, F1) over documents."""
    if not scores:
        return (0.0, 0.0, 0.0)
    n = len(scores)
    return (sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n,
            sum(s.f1 for s in scores) / n)
