"""Sentence alignment across sources, the shared ground of derivation and shared/unique.

Candidate pairs come from an inverted index of content stems, so the cost follows the number of
sentences that share rare words, not the square of all sentences. Each candidate is scored three
ways: verbatim (word 4-gram containment), paraphrase (IDF-weighted Dice of content concepts:
stems, with the synonyms of :mod:`.lexicon` merged) and containment (the same weights, over the
shorter sentence), which lets an independent report say the same thing in a longer sentence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import NamedTuple

from .lexicon import concepts
from .speech import quote_spans
from .text import words

# Word 4-grams: long enough that common phrases rarely coincide, short enough for light edits.
SHINGLE = 4
# A stem in more than this share of all sentences is too common to propose candidates...
MAX_DF_SHARE = 0.02
# ...but never drop a stem seen in fewer sentences than this (small briefings have few sentences).
MIN_DF_CAP = 12
# Candidates must share this many indexed stems (or all of a shorter sentence's).
MIN_SHARED_STEMS = 2
# 4-gram containment from which a sentence counts as carried verbatim, and nearly verbatim.
VERBATIM = 0.8
NEAR_VERBATIM = 0.45
# IDF-weighted Dice of content stems from which two sentences say the same thing in other words.
PARAPHRASE = 0.5
# IDF-weighted share of the shorter sentence's concepts the longer one also has, from which an
# independent report says the same thing in a longer sentence...
CONTAINED = 0.5
# ...provided they share at least this many concepts.
MIN_CONTAINED_CONCEPTS = 3
# Sentences shorter than this many words are too slight to align on paraphrase alone.
MIN_PARAPHRASE_WORDS = 6

_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")
_ATTRIBUTIONS = ("statement", "press release", "announcement", "communiqu", "briefing", "tweet", "news conference",
                 "press conference", "according to", "told reporters", "said in a")
# Tried only where a word starts with the first letter of one of them: most words are skipped at once.
_ATTRIBUTED = re.compile(rf"\b(?=[{''.join(sorted({w[0] for w in _ATTRIBUTIONS}))}])({'|'.join(_ATTRIBUTIONS)})\w*",
                         re.I)


@dataclass(frozen=True)
class Features:
    words: int
    shingles: frozenset
    narrative: frozenset  # 4-grams of the text with quoted words masked
    stems: frozenset[str]
    quoted: float  # share of words inside quotation marks
    attributed: bool  # cites a statement, a release, a tweet...


class Match(NamedTuple):
    """``a`` aligned with ``b`` (a < b). ``contained_a`` is the share of a's 4-grams found in b.

    A named tuple, not a dataclass: every candidate pair of sentences makes one, and tuples are
    made several times faster. ``verbatim`` and ``score`` are worked out once, when the pair is
    measured, since every later step ranks matches by them.
    """

    a: tuple[str, int]
    b: tuple[str, int]
    contained_a: float
    contained_b: float
    paraphrase: float
    narrative_a: float  # like contained_a, outside quotation marks
    narrative_b: float
    contained: float  # weighted share of the shorter sentence's concepts found in the other
    verbatim: float  # the larger of contained_a and contained_b
    score: float  # the best of verbatim, paraphrase and contained

    @property
    def kind(self) -> str:
        if self.verbatim >= VERBATIM:
            return "verbatim"
        return "near" if self.verbatim >= NEAR_VERBATIM else "paraphrase"


@dataclass(frozen=True)
class Alignment:
    features: dict[tuple[str, int], Features]
    idf: dict[str, float]
    matches: tuple[Match, ...]

    def partners(self) -> dict[tuple[str, int], list[Match]]:
        by_key: dict[tuple[str, int], list[Match]] = defaultdict(list)
        for match in self.matches:
            by_key[match.a].append(match)
            by_key[match.b].append(match)
        return by_key


def align(context) -> Alignment:
    """Every pair of sentences from different sources that say the same thing, best per source."""
    features, wording_of = {}, {}  # copies repeat sentences: featurise and score each wording once
    read: dict[tuple[str, str], Features] = {}
    for article in context.articles:
        quoted = _quoted_spans(article)
        for s in context.sentences[article.id]:
            if not s.heading:
                wording = (s.text, _masked(s, quoted))
                if wording not in read:
                    read[wording] = featurise(*wording)
                features[(s.source, s.index)], wording_of[(s.source, s.index)] = read[wording], wording
    idf = _idf(features)
    weights = {wording: _weight(feature.stems, idf) for wording, feature in read.items()}
    measured: dict[tuple, tuple] = {}
    scored = [Match(a, b, *_measures(wording_of[a], wording_of[b], read, weights, idf, measured))
              for a, b in _candidates(features)]
    return Alignment(features, idf, _best_per_source(m for m in scored if _aligned(m, features)))


def _quoted_spans(article) -> list[tuple[int, int]]:
    """Quoted passages of the whole article, so a quote running over sentences stays quoted."""
    return [(offset + start, offset + end) for block, offset in zip(article.blocks, article.block_offsets)
            for start, end in quote_spans(block.text)]


def _masked(sentence, quoted: list[tuple[int, int]]) -> str:
    """The sentence with its quoted words replaced by "qqq"; ``quoted`` is sorted and does not
    overlap, so only the quotes between the sentence's bounds are looked at."""
    text = sentence.text
    first = bisect_right(quoted, sentence.start, key=lambda span: span[1])
    last = bisect_left(quoted, sentence.end, key=lambda span: span[0])
    for start, end in reversed(quoted[first:last]):
        a, b = max(start, sentence.start) - sentence.start, min(end, sentence.end) - sentence.start
        if a < b:
            text = text[:a] + " qqq " + text[b:]
    return text


def featurise(text: str, masked: str | None = None) -> Features:
    """Features of a sentence; ``masked`` is the sentence with quoted words replaced by "qqq"."""
    tokens = words(text)
    unquoted = words(masked if masked is not None else _QUOTED.sub(" qqq ", text))
    quoted = len(tokens) - len(unquoted) + unquoted.count("qqq")  # tokens not left outside the quotes
    shingles = _grams(tokens)
    return Features(len(tokens), shingles, _grams(unquoted) if quoted else shingles,
                    concepts(text), min(1.0, quoted / max(1, len(tokens))),
                    bool(_ATTRIBUTED.search(text)))


def _grams(tokens: list[str]) -> frozenset:
    if len(tokens) < SHINGLE:
        return frozenset({tuple(tokens)})  # a short sentence is one shingle
    return frozenset(zip(*(tokens[i:] for i in range(SHINGLE))))


def similarity(a: Features, b: Features, idf: dict[str, float]) -> float:
    """IDF-weighted Dice coefficient of the two sentences' content concepts."""
    return _dice(_weight(a.stems & b.stems, idf), _weight(a.stems, idf), _weight(b.stems, idf))


def containment(a: Features, b: Features, idf: dict[str, float]) -> float:
    """IDF-weighted share of the smaller concept set found in the other."""
    return _contained(_weight(a.stems & b.stems, idf), _weight(a.stems, idf), _weight(b.stems, idf))


def _weight(stems: frozenset[str], idf: dict[str, float]) -> float:
    """The stems' IDF weights summed (a stem the briefing never saw weighs 1)."""
    return math.fsum(idf.get(t, 1.0) for t in stems)  # exact: the same in any order of the set


def _dice(shared: float, weight_a: float, weight_b: float) -> float:
    total = weight_a + weight_b
    return 2 * shared / total if total else 0.0


def _contained(shared: float, weight_a: float, weight_b: float) -> float:
    smaller = min(weight_a, weight_b)
    return shared / smaller if smaller else 0.0


def _idf(features: dict) -> dict[str, float]:
    df: Counter[str] = Counter()
    for feature in features.values():
        df.update(feature.stems)
    count = len(features)
    return {stem: math.log((count + 1) / (n + 0.5)) for stem, n in df.items()}


def _candidates(features: dict) -> list[tuple]:
    postings: dict[str, list] = defaultdict(list)
    for key in sorted(features):
        for stem in features[key].stems:
            postings[stem].append(key)
    cap = max(MIN_DF_CAP, int(MAX_DF_SHARE * len(features)))
    shared: Counter[tuple] = Counter()
    for keys in postings.values():
        if 1 < len(keys) <= cap:
            shared.update(pair for pair in combinations(keys, 2) if pair[0][0] != pair[1][0])
    return sorted(pair for pair, n in shared.items() if n >= MIN_SHARED_STEMS or n >= _needed(features, pair))


def _needed(features: dict, pair: tuple) -> int:
    """All the stems of a sentence with fewer than :data:`MIN_SHARED_STEMS`."""
    return min(MIN_SHARED_STEMS, len(features[pair[0]].stems), len(features[pair[1]].stems))


def _measures(a: tuple, b: tuple, features: dict, weights: dict, idf, measured: dict) -> tuple:
    """The measures of a :class:`Match` between two wordings, each pair of wordings measured once
    (``measured``). ``weights``: each wording's :func:`_weight`, summed once for all its pairs."""
    if (a, b) not in measured:
        fa, fb = features[a], features[b]
        common = len(fa.shingles & fb.shingles)
        narrative = len(fa.narrative & fb.narrative)
        shared = _weight(fa.stems & fb.stems, idf)
        contained_a, contained_b = common / max(1, len(fa.shingles)), common / max(1, len(fb.shingles))
        paraphrase, contained = _dice(shared, weights[a], weights[b]), _contained(shared, weights[a], weights[b])
        verbatim = max(contained_a, contained_b)
        measured[(a, b)] = (contained_a, contained_b, paraphrase, narrative / max(1, len(fa.narrative)),
                            narrative / max(1, len(fb.narrative)), contained, verbatim,
                            max(verbatim, paraphrase, contained))
    return measured[(a, b)]


def _aligned(match: Match, features: dict) -> bool:
    if match.verbatim >= NEAR_VERBATIM and min(features[match.a].words, features[match.b].words) >= SHINGLE:
        return True
    fa, fb = features[match.a], features[match.b]
    if min(fa.words, fb.words) < MIN_PARAPHRASE_WORDS:
        return False
    return match.paraphrase >= PARAPHRASE or \
        (match.contained >= CONTAINED and len(fa.stems & fb.stems) >= MIN_CONTAINED_CONCEPTS)


def _best_per_source(matches) -> tuple[Match, ...]:
    """Keep, for each sentence and each other source, only its best counterpart (both ways)."""
    best: dict[tuple, tuple] = {}  # (sentence, other source) -> (rank, match)
    for match in matches:
        rank = (match.score, _order(match))
        for key in ((match.a, match.b[0]), (match.b, match.a[0])):
            if key not in best or rank > best[key][0]:
                best[key] = (rank, match)
    kept = {(match.a, match.b): match for _, match in best.values()}
    return tuple(kept[pair] for pair in sorted(kept))


def _order(match: Match) -> tuple[int, int]:
    # Ties go to the earlier pair so the choice never depends on iteration order.
    return -match.a[1], -match.b[1]
