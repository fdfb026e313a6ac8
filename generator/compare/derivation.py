"""Derivation: for every pair of reports, copy, rewrite, common source or independent.

A copy shares its narrative word for word; a rewrite says the same things in the same order in
other words; reports with a common source share quoted or attributed material (one press
release, one tweet) but tell the rest themselves. Copies and rewrites collapse into families:
the independent reports.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from ..structure.comparison import (COMMON_SOURCE, COPY, INDEPENDENT, REWRITE, DerivationPair,
                                    Evidence)
from .align import PARAPHRASE, align
from .sequence import increasing_share, union_find_groups
from .timeparse import earlier

# Share of the smaller report's unquoted words found verbatim in the other: a copy.
COPY_NARRATIVE = 0.45
# Share of a report's words said again (verbatim or paraphrased) in the other: a rewrite...
REWRITE_OVERLAP = 0.3
# ...if the shared sentences also come in the same order (a rewrite follows its original)...
REWRITE_ORDER = 0.7
# ...and there are enough of them to judge order at all.
MIN_SHARED_SENTENCES = 4
# Quoted or attributed words shared verbatim from which two reports share a common source.
COMMON_SOURCE_WORDS = 12
# Evidence sentences kept per pair: enough to judge, not the whole article.
MAX_EVIDENCE = 5


@dataclass
class _Tally:
    """What one report (``side``) shares with another, sentence by sentence."""

    covered: dict = field(default_factory=dict)  # sentence key -> (overlap, verbatim, narrative, quoted)
    pairs: list = field(default_factory=list)  # (own index, other index, score)


def analyze(context) -> dict:
    return {"derivation": context.memo("derivation", derive),
            "independent_groups": context.memo("families", families)}


def derive(context) -> tuple[DerivationPair, ...]:
    alignment = context.memo("alignment", align)
    tallies = _tally(alignment)
    words = _words(context, alignment)
    ids = [article.id for article in context.articles]
    return tuple(_pair(context, a, b, tallies, words) for a, b in combinations(ids, 2))


def families(context) -> tuple[tuple[str, ...], ...]:
    """Source ids grouped by copy and rewrite links; every source is in exactly one group."""
    linked = [(p.a, p.b) for p in context.memo("derivation", derive) if p.relation in (COPY, REWRITE)]
    return union_find_groups([article.id for article in context.articles], linked)


def family_of(context) -> dict[str, int]:
    return {source: n for n, group in enumerate(context.memo("families", families)) for source in group}


def _words(context, alignment) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {article.id: [0, 0] for article in context.articles}
    for (source, _), feature in alignment.features.items():
        totals[source][0] += feature.words
        totals[source][1] += round(feature.words * (1 - feature.quoted))
    return {source: (max(1, total), max(1, narrative)) for source, (total, narrative) in totals.items()}


def _tally(alignment) -> dict[tuple[str, str], _Tally]:
    tallies: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    for match in alignment.matches:
        for own, other, contained, narrative in ((match.a, match.b, match.contained_a, match.narrative_a),
                                                 (match.b, match.a, match.contained_b, match.narrative_b)):
            tally = tallies[(own[0], other[0])]
            _record(tally, own, alignment.features[own], alignment.features[other], match, contained, narrative)
            tally.pairs.append((own[1], other[1], match.score))
    return tallies


def _record(tally: _Tally, key, feature, other, match, contained: float, narrative: float) -> None:
    paraphrase = match.paraphrase if match.paraphrase >= PARAPHRASE else 0.0
    overlap = max(contained, paraphrase)
    quoted = max(feature.quoted, other.quoted, 1.0 if feature.attributed and other.attributed else 0.0)
    row = (feature.words * overlap, feature.words * contained,
           feature.words * (1 - feature.quoted) * narrative, feature.words * contained * quoted)
    previous = tally.covered.get(key)
    tally.covered[key] = row if previous is None else tuple(map(max, previous, row))


def _shares(tallies, words, own: str, other: str) -> tuple[float, float, float, float, float]:
    tally = tallies.get((own, other), _Tally())
    overlap, verbatim, narrative, quoted = (math.fsum(column) for column in zip(*tally.covered.values())) \
        if tally.covered else (0, 0, 0, 0)
    total, unquoted = words[own]
    order = increasing_share([(i, j) for i, j, _ in sorted(tally.pairs)])
    return overlap / total, verbatim / total, narrative / unquoted, quoted, order


def _pair(context, a: str, b: str, tallies, words) -> DerivationPair:
    sa, sb = _shares(tallies, words, a, b), _shares(tallies, words, b, a)
    overlap, verbatim, narrative = max(sa[0], sb[0]), max(sa[1], sb[1]), max(sa[2], sb[2])
    quoted_words, order = max(sa[3], sb[3]), max(sa[4], sb[4])
    shared_sentences = len(tallies.get((a, b), _Tally()).covered)
    quoted_share = min(1.0, quoted_words / max(1.0, overlap * words[a][0]))
    relation = _relation(narrative, overlap * (1 - quoted_share), order, shared_sentences, quoted_words)
    origin = _origin(context, a, b, sa[0], sb[0]) if relation in (COPY, REWRITE) else None
    return DerivationPair(a, b, relation, round(overlap, 3), origin, round(verbatim, 3),
                          round(max(0.0, overlap - verbatim), 3), round(quoted_share, 3), round(order, 3),
                          _evidence(context, tallies, a, b))


def _relation(narrative: float, told: float, order: float, shared: int, quoted_words: float) -> str:
    """``told``: the overlap outside quotes and attributed statements (a rewrite retells the narrative)."""
    if narrative >= COPY_NARRATIVE:
        return COPY
    if told >= REWRITE_OVERLAP and order >= REWRITE_ORDER and shared >= MIN_SHARED_SENTENCES:
        return REWRITE
    return COMMON_SOURCE if quoted_words >= COMMON_SOURCE_WORDS else INDEPENDENT


def _origin(context, a: str, b: str, a_in_b: float, b_in_a: float) -> str | None:
    """The report the other derives from: named as original outlet, published first, or larger."""
    meta = {article.id: article.meta for article in context.articles}
    for own, other in ((a, b), (b, a)):
        original, outlet = meta[own].original_outlet, meta[other].outlet
        if original and outlet and original.casefold() == outlet.casefold():
            return other
    first = earlier(meta[a].published, meta[b].published)
    if first is not None:
        return a if first < 0 else b
    if abs(a_in_b - b_in_a) < 0.05:
        return None
    return b if a_in_b > b_in_a else a


def _evidence(context, tallies, a: str, b: str) -> tuple[Evidence, ...]:
    covered = tallies.get((a, b), _Tally()).covered
    best = sorted(covered, key=lambda key: (-covered[key][0], key))[:MAX_EVIDENCE]
    return tuple(context.evidence(key) for key in sorted(best))
