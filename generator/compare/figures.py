"""Figures: group the numbers sources give for one thing, and flag true disagreements.

Two figures measure the same thing when they have the same dimension (and, for counts, count the
same noun) and are said in the same words around them or in aligned sentences. A group never
takes two incompatible values from one source: a report that gives 26 tons for one plane and
25 for another is talking about two planes. Previous values and forecasts never conflict with
current ones; bounds ("more than 50") and ranges conflict only when no value fits both.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..structure.comparison import Evidence, FigureGroup, FigureValue
from .align import align
from .numbers import format_value
from .quantities import CONCEPTS, Quantity, quantities
from .text import fold, stem

# Jaccard overlap of the words around two figures for them to measure the same thing...
CONTEXT_MIN = 0.2
# Weights of the words around a figure, the words right next to it, and the sentence's names.
WORDS_WEIGHT, NEAR_WEIGHT, ENTITY_WEIGHT = 0.4, 0.3, 0.3
# ...a bonus when their sentences are aligned (the same statement, so most likely the same figure).
ALIGNED_BONUS = 0.4
# Equal values of one dimension in one event most likely measure one thing.
SAME_VALUE_BONUS = 0.15
# A context word shared by more figures than this share of all (and at least the floor) is too
# common to propose pairs on its own; it still counts in the score of pairs proposed otherwise.
MAX_POSTING_SHARE, MIN_POSTING_CAP = 0.01, 30
# Relative difference two exact figures may have and still agree (rounding, conversions).
TOLERANCE = 0.025
# Extra relative slack for a figure the source hedges ("about", "some", "two weeks").
APPROXIMATE_TOLERANCE = 0.04
# Context words named in a group's description.
WHAT_WORDS = 3


MEASURES = frozenset(CONCEPTS.values())


@dataclass(frozen=True)
class _Located:
    source: str
    sentence: tuple[str, int]
    quantity: Quantity
    entities: frozenset[str]  # capitalised words of the sentence, but its first


def analyze(context) -> dict:
    located = _locate(context)
    aligned = _aligned_pairs(context)
    groups = _group(located, aligned)
    result = [_figure_group(context, [located[i] for i in g]) for g in groups if len({located[i].source for i in g}) > 1]
    result.sort(key=lambda g: (g.conflict is None, -len({v.source for v in g.values}), g.what,
                               g.values[0].source, g.values[0].evidence.start))
    return {"figures": tuple(result)}


def _locate(context) -> list[_Located]:
    found = []
    for article in context.articles:
        for sentence in context.sentences[article.id]:
            if not sentence.heading:
                entities = _entities(sentence.text)
                found += [_Located(article.id, (article.id, sentence.index), q, entities)
                          for q in quantities(sentence.text)]
    return found


def _entities(text: str) -> frozenset[str]:
    tokens = re.findall(r"[^\W\d_][\w'’-]*", text)[1:]
    return frozenset(fold(t).removesuffix("'s") for t in tokens if t[0].isupper())


def _aligned_pairs(context) -> set[tuple]:
    return {(m.a, m.b) for m in context.memo("alignment", align).matches} | \
        {(m.b, m.a) for m in context.memo("alignment", align).matches}


def _group(located: list[_Located], aligned: set) -> list[list[int]]:
    stems = [(item.quantity.stems, item.entities, item.quantity.near_stems) for item in located]
    links = []
    for i, j in _candidates(located, stems):
        score = _link_score(located[i], located[j], stems[i], stems[j], aligned)
        if score is not None:
            links.append((-score, i, j))
    return _merge(located, sorted(links))


def _candidates(located: list[_Located], stems) -> list[tuple[int, int]]:
    """Pairs of one dimension sharing a context word or name, through an inverted index."""
    postings: dict[tuple, list[int]] = defaultdict(list)
    for i, item in enumerate(located):
        for word in stems[i][0] | stems[i][1] | stems[i][2]:
            postings[(item.quantity.dimension, item.quantity.normalized_unit, word)].append(i)
    pairs = set()
    cap = max(MIN_POSTING_CAP, int(MAX_POSTING_SHARE * len(located)))
    for members in postings.values():
        if len(members) <= cap:
            pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    return sorted(pairs)


def _link_score(a: _Located, b: _Located, sa, sb, aligned) -> float | None:
    qa, qb = a.quantity, b.quantity
    if a.source == b.source:
        return None
    (wa, ea, na), (wb, eb, nb) = sa, sb
    if (na & MEASURES) != (nb & MEASURES):
        return None  # one counts deaths, the other something else
    score = WORDS_WEIGHT * _overlap(wa, wb) + NEAR_WEIGHT * _overlap(na, nb) + ENTITY_WEIGHT * _overlap(ea, eb)
    score += ALIGNED_BONUS if (a.sentence, b.sentence) in aligned else 0.0
    score += SAME_VALUE_BONUS if _same_value(qa, qb) else 0.0
    return score if score >= CONTEXT_MIN else None


def _overlap(a: frozenset, b: frozenset) -> float:
    """Overlap coefficient: short contexts are not punished for being short."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _merge(located: list[_Located], links: list[tuple]) -> list[list[int]]:
    """Greedy merging, best links first, refusing a merge that would make a source disagree with itself."""
    group_of = {i: i for i in range(len(located))}
    members = {i: _Members([i], located) for i in range(len(located))}
    for _, i, j in links:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not members[gi].may_join(members[gj], located):
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        members[keep].absorb(members.pop(gone))
        for k in members[keep].items:
            group_of[k] = keep
    return [sorted(m.items) for _, m in sorted(members.items())]


class _Members:
    """A growing group, indexed by source so a merge only checks the sources both groups share."""

    def __init__(self, items: list[int], located: list[_Located]):
        self.items = items
        self.by_source: dict[str, list[int]] = defaultdict(list)
        for i in items:
            self.by_source[located[i].source].append(i)

    def may_join(self, other: _Members, located: list[_Located]) -> bool:
        for source in self.by_source.keys() & other.by_source.keys():
            for i in self.by_source[source]:
                for j in other.by_source[source]:
                    a, b = located[i], located[j]
                    if a.sentence == b.sentence or not _compatible(a.quantity, b.quantity):
                        return False
        return True

    def absorb(self, other: _Members) -> None:
        self.items += other.items
        for source, items in other.by_source.items():
            self.by_source[source] += items


def _interval(q: Quantity) -> tuple[float, float]:
    slack = TOLERANCE + (APPROXIMATE_TOLERANCE if q.bound == "approximate" or q.dimension == "duration" else 0)
    low, high = q.normalized, q.upper if q.upper is not None else q.normalized
    if q.bound == "at least":
        return low * (1 - slack), math.inf
    if q.bound == "at most":
        return -math.inf, high * (1 + slack)
    return low * (1 - slack), high * (1 + slack)


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.when or b.when or a.normalized_unit != b.normalized_unit:
        return True
    (la, ha), (lb, hb) = _interval(a), _interval(b)
    return la <= hb and lb <= ha


def _figure_group(context, items: list[_Located]) -> FigureGroup:
    items.sort(key=lambda item: (item.source, item.sentence, item.quantity.start))
    values = tuple(_value(context, item) for item in items)
    first = items[0].quantity
    return FigureGroup(_what(items), first.normalized_unit, values, _conflict(items))


def _value(context, item: _Located) -> FigureValue:
    q = item.quantity
    return FigureValue(item.source, q.value, q.unit, round(q.normalized, 3), q.text,
                       Evidence.of(context.sentence(item.sentence)), q.when or q.bound,
                       round(q.upper, 3) if q.upper is not None else None)


def _what(items: list[_Located]) -> str:
    first = items[0].quantity
    counted = Counter(word for item in items for word in dict.fromkeys(item.quantity.context))
    common = [w for w, n in counted.most_common() if n > 1 and w != first.head][:WHAT_WORDS]
    label = (first.head or "count") if first.dimension == "count" else first.dimension
    return f"{label}: {', '.join(sorted(common))}" if common else label


def _conflict(items: list[_Located]) -> str | None:
    current = [item for item in items if not item.quantity.when]
    for n, a in enumerate(current):
        for b in current[n + 1:]:
            if a.source != b.source and not _compatible(a.quantity, b.quantity):
                return f"{_show(a, items)} vs {_show(b, items)}"
    return None


def _show(item: _Located, items: list[_Located]) -> str:
    q = item.quantity
    sources = sorted({other.source for other in items if _same_value(other.quantity, q)})
    unit = "" if q.normalized_unit == "count" else f" {q.normalized_unit}"
    return f"{format_value(round(q.normalized, 1))}{unit} ({', '.join(sources)})"


def _same_value(a: Quantity, b: Quantity) -> bool:
    return not a.when and not b.when and a.bound == b.bound and abs(a.normalized - b.normalized) <= TOLERANCE * max(
        abs(a.normalized), abs(b.normalized))
