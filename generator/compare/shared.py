"""Shared and unique content: which sentences other sources also carry, verbatim or nearly."""

from __future__ import annotations

from collections import defaultdict

from ..structure.comparison import Evidence, SharedFact
from .sentences import normalise

# Word 3-grams: long enough to ignore common phrases, short enough to survive light rewording.
SHINGLE = 3
# Share of a sentence's shingles found in another source's sentence for the two to count as one.
MATCH_THRESHOLD = 0.5


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = normalise(text).split()
    return {tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def analyze(context) -> dict:
    index: dict[tuple, set[tuple[str, int]]] = defaultdict(set)
    shingles = {}
    for source, sentences in context.sentences.items():
        for sentence in sentences:
            grams = shingles[(source, sentence.index)] = _shingles(sentence.text)
            for gram in grams:
                index[gram].add((source, sentence.index))
    matches: dict[tuple[str, int], dict[str, int]] = {}
    for key, grams in shingles.items():
        counts: dict[tuple[str, int], int] = defaultdict(int)
        for gram in grams:
            for other in index[gram]:
                if other[0] != key[0]:
                    counts[other] += 1
        matches[key] = _best_per_source(counts, len(grams))
    return {"shared": _shared(context, matches), "unique": _unique(context, matches)}


def _best_per_source(counts: dict[tuple[str, int], int], size: int) -> dict[str, int]:
    """For each other source, its sentence sharing the most shingles, if enough are shared."""
    best: dict[str, tuple[int, int]] = {}
    for (source, index), count in sorted(counts.items()):
        if count / max(1, size) >= MATCH_THRESHOLD and count > best.get(source, (0, -1))[0]:
            best[source] = (count, index)
    return {source: index for source, (_, index) in best.items()}


def _shared(context, matches) -> tuple[SharedFact, ...]:
    facts, used = [], set()
    for article in context.articles:
        for sentence in context.sentences[article.id]:
            key = (article.id, sentence.index)
            if key in used or not matches[key]:
                continue
            group = [key] + [(source, index) for source, index in matches[key].items()]
            used.update(group)
            evidence = tuple(Evidence.of(context.sentences[s][i]) for s, i in group)
            sources = tuple(sorted({s for s, _ in group}))
            facts.append(SharedFact(sentence.text, sources, len(sources), evidence))
    return tuple(facts)


def _unique(context, matches) -> dict:
    return {
        article.id: tuple(Evidence.of(s) for s in context.sentences[article.id] if not matches[(article.id, s.index)])
        for article in context.articles
    }
