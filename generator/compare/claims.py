"""Claims: for each claim the editor lists, does each source assert it, dispute it, or not say?

A source speaks about a claim when one of its sentences, alone or with the next, covers most of
the claim's content, weighted by how rare each word is in the briefing; words are compared as
concepts (stems, synonyms from :mod:`.lexicon`, matching acronyms), so "declared victory" covers
"conquered". The covering sentence disputes the claim when it denies ("dismissed as false") where
the claim does not, or negates a word of the claim that the claim does not ("has not fallen");
else it asserts it. A reported claim the next sentence denies ("The rebels dismissed the army's
claim as false") is disputed. An editor's verdict replaces the suggestion and is marked verified.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ..structure.comparison import ASSERTS, DISPUTES, NOT_MENTIONED, ClaimCheck, ClaimStance, Evidence
from .lexicon import ANAPHORIC_DENIAL, CONCEPTS, concepts, denies, negated, speaks_of_denial
from .affiliations import is_organisation
from .names import mentions_in

# Share of the claim's weighted content a source must cover to speak about the claim at all.
MENTION_MIN = 0.45
# Sentences this close to the best cover are equally good evidence; the one agreeing in polarity wins.
MARGIN = 0.1
# An acronym this long or longer matches a longer one it starts ("NRF", "NRFA").
MIN_ACRONYM = 3
# Claim concepts a denial in the next sentence must share to deny what this one reported ("Karsk").
MIN_SHARED_WITH_DENIAL = 1
# The claim's verbs from the lexicon ("captured", "denied") say what is claimed: they weigh more.
PREDICATE_WEIGHT = 1.5


def analyze(context) -> dict:
    if not context.options.claims:
        return {"claims": ()}
    sentences = {a.id: [s for s in context.sentences[a.id] if not s.heading] for a in context.articles}
    read: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # copies repeat sentences: read each once
    for s in (s for ss in sentences.values() for s in ss):
        if s.text not in read:
            found = _content(s.text)
            read[s.text] = (found, found | _shortened(found))
    idf = _idf(read[s.text][0] for ss in sentences.values() for s in ss)
    return {"claims": tuple(_check(claim, sentences, read, idf) for claim in context.options.claims)}


@dataclass
class _Target:
    """What a sentence must cover of one claim, read once for all the briefing's sentences."""

    text: str
    concepts: frozenset[str]  # the claim's own concepts, acronyms of its names left out
    weights: dict[str, float]  # of its concepts and acronyms
    total: float  # the sum of ``weights``
    people: frozenset[str]
    by_prefix: dict[str, tuple[str, ...]]  # acronym-like concepts by all but their last letter: "nrf" -> ("nrfa",)
    denies: bool  # what the claim says is a denial
    negated: frozenset[str]  # what the claim says is not so
    keys: frozenset[str] = frozenset()  # of ``weights``
    readings: dict = field(default_factory=dict)  # each wording's :func:`_reading`, read once
    covers: dict = field(default_factory=dict)  # the cover of each set of hits, summed once


def _content(text: str) -> frozenset[str]:
    """A sentence's concepts; "deny" only when it is about denying a statement ("deny fuel" is not)."""
    found = concepts(text)
    return found | {"deny"} if speaks_of_denial(text) else found - {"deny"}


def _shortened(found: frozenset[str]) -> frozenset[str]:
    """The acronym-like concepts less their last letter: "nrfa" gives "nrf".

    With these beside a sentence's concepts, a claim's acronym is looked up, not compared with
    every concept of every sentence.
    """
    return frozenset(other[:-1] for other in found if len(other) > MIN_ACRONYM and other.isalpha())


def _idf(sets) -> dict[str, float]:
    df: Counter[str] = Counter()
    count = 0
    for found in sets:
        count += 1
        df.update(found)
    return {concept: math.log((count + 1) / (n + 0.5)) for concept, n in df.items()}


def _target(claim, idf) -> _Target:
    rarest = max(idf.values(), default=1.0)
    weights = {c: idf.get(c, rarest) * (PREDICATE_WEIGHT if c in CONCEPTS else 1.0)
               for c in concepts(claim.text) | _acronyms(claim.text)}
    by_prefix: dict[str, tuple[str, ...]] = {}
    for c in weights:
        if len(c) > MIN_ACRONYM and c.isalpha():
            by_prefix[c[:-1]] = by_prefix.get(c[:-1], ()) + (c,)
    return _Target(claim.text, concepts(claim.text), weights, math.fsum(weights.values()), _people(claim.text), by_prefix,
                   denies(claim.text), negated(claim.text), frozenset(weights))


def _check(claim, sentences, read, idf) -> ClaimCheck:
    verdicts = dict(claim.verdicts)
    target = _target(claim, idf)
    stances = []
    for source in sorted(sentences):
        stance = _suggest(source, target, sentences[source], read)
        if source in verdicts:
            stance = ClaimStance(source, verdicts[source], True, stance.evidence, stance.score)
        stances.append(stance)
    return ClaimCheck(claim.id, claim.text, tuple(stances))


def _suggest(source: str, target: _Target, sentences, read) -> ClaimStance:
    scored = _scored([s.text for s in sentences], read, target)
    best = max((score for score, _ in scored), default=0.0)
    if best < MENTION_MIN:
        return ClaimStance(source, NOT_MENTIONED, False)
    close = [(score, i) for score, i in scored if score >= best - MARGIN]
    score, at = max(close, key=lambda item: (not _disputes(sentences[item[1]].text, target), item[0], -item[1]))
    stance = DISPUTES if _disputes(sentences[at].text, target) else ASSERTS
    if stance == ASSERTS and not target.denies and at + 1 < len(sentences) and \
            _denies_next(sentences[at + 1].text, read, target.concepts):
        stance, at = DISPUTES, at + 1
    return ClaimStance(source, stance, False, Evidence.of(sentences[at]), round(score, 3))


def _denies_next(sentence: str, read, target: frozenset[str]) -> bool:
    """The next sentence denies what this one reported: it denies, and speaks of the same things."""
    return denies(sentence) and (len(read[sentence][0] & target) >= MIN_SHARED_WITH_DENIAL
                                 or bool(ANAPHORIC_DENIAL.search(sentence)))


def _disputes(sentence: str, target: _Target) -> bool:
    if denies(sentence) and not target.denies:
        return True
    return not target.negated and bool(negated(sentence) & target.concepts)


def _people(claim: str) -> frozenset[str]:
    """Surnames of the people a claim names: a source that names none of them does not speak of it."""
    surnames: set[str] = set()
    for start, end in mentions_in(claim):
        name = claim[start:end]
        if len(name.split()) > 1 and not is_organisation(name):
            surnames |= concepts(name.split()[-1])
    return frozenset(surnames)


def _scored(texts: list[str], read, target: _Target) -> list[tuple[float, int]]:
    """Each sentence's cover of the claim, alone or with the next (credited to the better of the two)."""
    readings = [_reading(text, read, target) for text in texts]
    covers = [_cover(reading, target) for reading in readings]
    scored = []
    for i in range(len(texts)):
        pair = _cover(_joined(readings[i], readings[i + 1]), target) if i + 1 < len(texts) else 0
        best = i if i + 1 >= len(texts) or covers[i] >= covers[i + 1] else i + 1
        scored.append((covers[i], i))
        if pair > covers[best]:
            scored.append((pair, best))
    return scored


def _acronyms(text: str) -> frozenset[str]:
    """ "National Resistance Front" in a claim also stands for "NRF" in a source."""
    names = (text[s:e].split() for s, e in mentions_in(text))
    return frozenset("".join(w[0] for w in name if w[0].isupper()).lower() for name in names if len(name) > 2)


def _reading(text: str, read, target: _Target) -> tuple[frozenset[str], bool, bool]:
    """What a sentence has of the claim: its hits, whether it names the claim's people, whether it
    speaks of a denial. Once per wording: copies repeat sentences."""
    if text not in target.readings:
        found, related = read[text]
        target.readings[text] = (_hits(found, related, target), bool(target.people & found),
                                 "deny" in found)
    return target.readings[text]


def _joined(a: tuple, b: tuple) -> tuple[frozenset[str], bool, bool]:
    """The reading of two sentences in a row: a concept of either is a concept of both together."""
    return a[0] | b[0], a[1] or b[1], a[2] or b[2]


def _cover(reading: tuple[frozenset[str], bool, bool], target: _Target) -> float:
    """The weighted share of the claim's content a reading covers (each set of hits summed once)."""
    hits, people, denial = reading
    if target.people and not people or ("deny" in target.weights and not denial):
        return 0.0  # a claim is spoken of where its people are, and a claimed denial where a denial is
    if not hits or not target.total:
        return 0.0
    if hits not in target.covers:
        target.covers[hits] = math.fsum(w for c, w in target.weights.items() if c in hits) / target.total  # in claim order
    return target.covers[hits]


def _hits(found: frozenset[str], related: frozenset[str], target: _Target) -> frozenset[str]:
    """The claim's concepts a sentence has, "nrf" in the claim found as "nrfa" (``related`` has the
    sentence's acronyms shortened) and "nrfa" as "nrf" (``by_prefix``)."""
    hits = related & target.keys
    for prefix in found & target.by_prefix.keys():
        hits |= set(target.by_prefix[prefix])
    return hits
