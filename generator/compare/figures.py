"""Figures: group the numbers sources give for one thing, and flag true disagreements.

Two figures measure the same thing when they have the same dimension, measure the same noun
(:mod:`.measures`: "provinces of Afghanistan", "distance from Kabul", "people killed") and are
said in similar words or in aligned sentences. A group never takes two incompatible values from
one source: a report that gives 26 tons for one plane and 25 for another is talking about two
planes. Whether values disagree is decided in :mod:`.disagreement`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from ..structure.comparison import FigureGroup, FigureValue
from .align import align
from .disagreement import compatible, verdict
from .measures import Measure, measure, same_noun
from .quantities import Quantity, quantities
from .text import fold

# Weights of the words around a figure, the words right next to it, and the sentence's names.
WORDS_WEIGHT, NEAR_WEIGHT, ENTITY_WEIGHT = 0.4, 0.3, 0.3
# Context a pair needs when both figures measure the same noun (none if they also agree)...
SAME_NOUN_MIN = 0.1
# ...and when what one of them measures is unknown: then the words around must say it.
UNKNOWN_NOUN_MIN = 0.55
# Bonuses: aligned sentences (one statement, most likely one figure), equal values, same noun.
ALIGNED_BONUS, SAME_VALUE_BONUS, SAME_NOUN_BONUS = 0.4, 0.3, 0.3
# A context word shared by more figures than this share of all (and at least the floor) is too
# common to propose pairs on its own; it still counts in the score of pairs proposed otherwise.
MAX_POSTING_SHARE, MIN_POSTING_CAP = 0.01, 30

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Located:
    """A figure with where it was said and what it measures."""

    source: str
    sentence: tuple[str, int]
    quantity: Quantity
    entities: frozenset[str]  # capitalised words of the sentence, but its first
    measure: Measure
    stems: frozenset[str] = frozenset()  # the quantity's context stems, computed once
    near: frozenset[str] = frozenset()
    reading: tuple[int, int] = field(default=(0, 0), compare=False)  # (wording, figure): shared by copies

    @property
    def key(self) -> tuple:
        return (self.quantity.dimension, self.quantity.normalized_unit, self.measure.place or self.measure.anchor)


def analyze(context) -> dict:
    located = _locate(context)
    aligned = _aligned_pairs(context)
    groups = [[located[i] for i in g] for g in _group(located, aligned)]
    rivals = _rivals(located)
    result = [_figure_group(context, g, aligned, rivals) for g in groups if len({i.source for i in g}) > 1]
    result.sort(key=lambda g: (g.conflict is None, g.differs is None, -len({v.source for v in g.values}), g.what,
                               g.values[0].source, g.values[0].evidence.start))
    return {"figures": tuple(result)}


def _locate(context) -> list[Located]:
    found = []
    read: dict[str, tuple] = {}  # copies repeat sentences: read each wording once
    for article in context.articles:
        for sentence in context.sentences[article.id]:
            if not sentence.heading:
                if sentence.text not in read:
                    read[sentence.text] = (len(read), *_read(sentence.text))
                n, entities, figures = read[sentence.text]
                found += [Located(article.id, (article.id, sentence.index), q, entities, m, stems, near, (n, k))
                          for k, (q, m, stems, near) in enumerate(figures)]
    return found


def _read(text: str) -> tuple[frozenset[str], tuple]:
    return _entities(text), tuple((q, measure(text, q), q.stems, q.near_stems) for q in quantities(text))


def _entities(text: str) -> frozenset[str]:
    tokens = _WORD.findall(text)[1:]
    return frozenset(fold(t).removesuffix("'s") for t in tokens if t[0].isupper())


def _aligned_pairs(context) -> set[tuple]:
    matches = context.memo("alignment", align).matches
    return {(m.a, m.b) for m in matches} | {(m.b, m.a) for m in matches}


def _group(located: list[Located], aligned: set) -> list[list[int]]:
    links, scored = [], {}  # copies repeat figures: score each pair of readings once (aligned or not)
    for i, j in _candidates(located, aligned):
        a, b = located[i], located[j]
        key = (a.reading, b.reading, (a.sentence, b.sentence) in aligned)
        if key not in scored:
            scored[key] = _link_score(a, b, aligned)
        score = scored[key]
        if score is not None:
            links.append((-score, i, j))
    return _merge(located, sorted(links))


def _candidates(located: list[Located], aligned: set) -> list[tuple[int, int]]:
    """Pairs of one dimension that share a context word or name, the measured noun and value, or
    an aligned sentence; from indexes, so common words never make the pairs quadratic."""
    cap = max(MIN_POSTING_CAP, int(MAX_POSTING_SHARE * len(located)))
    postings: dict[tuple, list[int]] = defaultdict(list)
    for i, item in enumerate(located):
        q = item.quantity
        for word in item.stems | item.near | item.entities:
            postings[(q.dimension, q.normalized_unit, word)].append(i)
        postings[(*item.key, "=", _rounded(q.normalized))].append(i)
    sources = [item.source for item in located]
    pairs = set()
    for members in postings.values():
        if 1 < len(members) <= cap:  # members are in increasing order: each pair comes once, smaller first
            pairs.update((a, b) for a, b in combinations(members, 2) if sources[a] != sources[b])
    pairs.update(_aligned_candidates(located, aligned))
    return sorted(pairs)


def _rounded(value: float) -> str:
    return f"{value:.2g}"


def _aligned_candidates(located: list[Located], aligned: set):
    """Figures of one dimension in sentences the alignment pairs (linear in aligned pairs)."""
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, item in enumerate(located):
        by_sentence[item.sentence].append(i)
    for a, b in aligned:
        if a < b and a in by_sentence and b in by_sentence:
            yield from ((i, j) if i < j else (j, i) for i in by_sentence[a] for j in by_sentence[b]
                        if located[i].quantity.dimension == located[j].quantity.dimension)


def _link_score(a: Located, b: Located, aligned: set) -> float | None:
    noun = same_noun(a.measure, b.measure)
    is_aligned = (a.sentence, b.sentence) in aligned
    if noun == "different" or (noun == "unsure" and not is_aligned):
        return None
    context = _context_score(a, b)
    if noun != "same" and not is_aligned and context < UNKNOWN_NOUN_MIN:
        return None
    equal = _same_value(a.quantity, b.quantity)
    if noun == "same" and context < SAME_NOUN_MIN and not is_aligned and not equal:
        return None
    return context + ALIGNED_BONUS * is_aligned + SAME_VALUE_BONUS * equal + SAME_NOUN_BONUS * (noun == "same")


def _context_score(a: Located, b: Located) -> float:
    return WORDS_WEIGHT * _overlap(a.stems, b.stems) + NEAR_WEIGHT * _overlap(a.near, b.near) + \
        ENTITY_WEIGHT * _overlap(a.entities, b.entities)


def _overlap(a: frozenset, b: frozenset) -> float:
    """Overlap coefficient: short contexts are not punished for being short."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _same_value(a: Quantity, b: Quantity) -> bool:
    return not a.when and not b.when and a.bound == b.bound and compatible(a, b, exact=True)


def _merge(located: list[Located], links: list[tuple]) -> list[list[int]]:
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

    def __init__(self, items: list[int], located: list[Located]):
        self.items = items
        self.by_source: dict[str, list[int]] = defaultdict(list)
        for i in items:
            self.by_source[located[i].source].append(i)

    def may_join(self, other: _Members, located: list[Located]) -> bool:
        for source in self.by_source.keys() & other.by_source.keys():
            for i in self.by_source[source]:
                for j in other.by_source[source]:
                    a, b = located[i], located[j]
                    if a.sentence == b.sentence or not _consistent(a.quantity, b.quantity):
                        return False
        return True

    def absorb(self, other: _Members) -> None:
        self.items += other.items
        for source, items in other.by_source.items():
            self.by_source[source] += items


def _consistent(a: Quantity, b: Quantity) -> bool:
    return bool(a.when or b.when) or compatible(a, b)


def _rivals(located: list[Located]) -> dict[tuple, list[Quantity]]:
    """Per source and measured noun, the current values it gives: more than one makes it ambiguous."""
    found: dict[tuple, list[Quantity]] = defaultdict(list)
    for item in located:
        if not item.quantity.when and item.key[2]:
            found[(item.source, *item.key)].append(item.quantity)
    return found


def _figure_group(context, items: list[Located], aligned: set, rivals: dict) -> FigureGroup:
    items.sort(key=lambda item: (item.source, item.sentence, item.quantity.start))
    values = tuple(_value(context, item) for item in items)
    conflict, differs = verdict(items, aligned, rivals)
    return FigureGroup(_what(items), items[0].quantity.normalized_unit, values, conflict, differs)


def _value(context, item: Located) -> FigureValue:
    q = item.quantity
    return FigureValue(item.source, q.value, q.unit, round(q.normalized, 3), q.text,
                       context.evidence(item.sentence), q.when or q.bound,
                       round(q.upper, 3) if q.upper is not None else None)


def _what(items: list[Located]) -> str:
    """The label most members give what they measure; else the counted noun or the dimension."""
    labels = Counter(item.measure.label for item in items if item.measure.label and item.measure.strong)
    labels = labels or Counter(item.measure.label for item in items if item.measure.label)
    if labels:
        return min(labels.items(), key=lambda pair: (-pair[1], len(pair[0]), pair[0]))[0]
    first = items[0].quantity
    return (first.head or "count") if first.dimension == "count" else first.dimension
