"""Quotes: the same words across sources, who each source says spoke them, and conflicts.

A quote matches another when one contains most of the other's words (a fragment, a split quote,
a shortened quote) or, for reported speech, when they share most of their weighted content
words. A conflict is a different speaker for the same words, or the same speaker given a
different affiliation ("rebel spokesman" in one source, "defence ministry spokesman" in another).
"""

from __future__ import annotations

from collections import defaultdict

from ..structure.comparison import Attribution, Quote
from .align import align, similarity, featurise
from .names import resolve as resolve_names
from .sequence import union_find_groups
from .attribution import conflict, given_affiliations
from .speech import Speech, article_speeches
from .text import content_stems, words

# Share of the shorter quote's words (as 3-grams) found in the longer: the same quote.
CONTAINED = 0.6
# Weighted content overlap for a reported statement to match a quote in other words.
PARAPHRASED = 0.45
# Share of a short direct fragment's content words inside a reported clause ("restore order").
FRAGMENT_INSIDE = 0.99
# A stem in more distinct quotes than this (or a tenth of them) proposes no candidates alone.
MAX_POSTING = 50


def analyze(context) -> dict:
    found = context.memo("speeches", speeches)
    groups = _groups(found, context)
    names = context.memo("names", resolve_names)
    affiliations = given_affiliations(found, names)
    result = [_quote(context, [found[i] for i in group], names, affiliations) for group in groups]
    result = [q for q in result if q is not None]
    result.sort(key=lambda q: (-len({a.source for a in q.attributions}), q.attributions[0].source,
                               q.attributions[0].evidence.start))
    return {"quotes": tuple(result)}


def speeches(context) -> tuple[Speech, ...]:
    result = []
    for article in context.articles:
        blocks = [(offset, block.text) for block, offset in zip(article.blocks, article.block_offsets)
                  if block.kind != "heading"]
        result += article_speeches(context.sentences[article.id], blocks)
    return tuple(result)


def _groups(found: tuple[Speech, ...], context) -> tuple[tuple[int, ...], ...]:
    """Speeches with the same words, compared once per distinct wording, not once per copy."""
    idf = context.memo("alignment", align).idf
    distinct: dict[tuple, list[int]] = defaultdict(list)
    for i, speech in enumerate(found):
        distinct[(" ".join(words(speech.text)), speech.direct)].append(i)
    keys = sorted(distinct)
    first = [found[distinct[key][0]] for key in keys]
    features = [featurise(s.text) for s in first]
    grams = [_trigrams(s.text) for s in first]
    links = [(distinct[keys[i]][0], distinct[keys[j]][0]) for i, j in _candidates(first)
             if _same_words(first[i], first[j], grams[i], grams[j], features[i], features[j], idf)]
    links += [(ids[0], other) for ids in distinct.values() for other in ids[1:]]
    return union_find_groups(range(len(found)), links)


def _candidates(found) -> list[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, speech in enumerate(found):
        for stem in set(content_stems(speech.text)):
            postings[stem].append(i)
    cap = max(MAX_POSTING, len(found) // 10)
    pairs = set()
    for ids in postings.values():
        if len(ids) <= cap:
            pairs.update((a, b) for n, a in enumerate(ids) for b in ids[n + 1:])
    return sorted(pairs)


def _contains(a: str, b: str) -> bool:
    """A short fragment ("restore order") found word for word in the other quote."""
    short, long = sorted((" ".join(words(a)), " ".join(words(b))), key=len)
    return len(short.split()) < 3 and f" {short} " in f" {long} "


def _trigrams(text: str) -> frozenset:
    tokens = words(text)
    return frozenset(tuple(tokens[i:i + 3]) for i in range(max(1, len(tokens) - 2)))


def _same_words(a: Speech, b: Speech, ga, gb, fa, fb, idf) -> bool:
    if a.direct and b.direct:
        return _contains(a.text, b.text) or len(ga & gb) / max(1, min(len(ga), len(gb))) >= CONTAINED
    if similarity(fa, fb, idf) >= PARAPHRASED:
        return True
    short, long = (a, b) if len(fa.stems) <= len(fb.stems) else (b, a)
    inside = set(content_stems(short.text))
    return short.direct and len(inside) >= 2 and \
        len(inside & set(content_stems(long.text))) / len(inside) >= FRAGMENT_INSIDE


def _quote(context, group: list[Speech], names, affiliations) -> Quote | None:
    if not any(s.direct for s in group) or len({s.source for s in group}) < 2 and not _attributed(group):
        return None
    group.sort(key=lambda s: (s.source, s.start))
    text = max((s for s in group if s.direct), key=lambda s: (len(s.text), -s.start)).text
    attributions = tuple(_attribution(context, s, names) for s in group)
    return Quote(text, attributions, conflict(group, attributions, affiliations))


def _attributed(group: list[Speech]) -> bool:
    return any(s.speaker or s.role for s in group) and any(len(words(s.text)) >= 3 for s in group)


def _attribution(context, speech: Speech, names) -> Attribution:
    speaker = names.resolve(speech.source, speech.speaker) if speech.speaker else None
    evidence = context.evidence((speech.source, speech.sentence))
    return Attribution(speech.source, speaker, speech.role, evidence, speech.text, speech.direct)


