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
from dataclasses import dataclass

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
    found = {s.anchor: _content(s.text) for ss in sentences.values() for s in ss}
    idf = _idf(found.values())
    related = {anchor: concepts_found | _shortened(concepts_found) for anchor, concepts_found in found.items()}
    return {"claims": tuple(_check(claim, sentences, found, related, idf) for claim in context.options.claims)}


@dataclass(frozen=True)
class _Target:
    """What a sentence must cover of one claim, read once for all the briefing's sentences."""

    text: str
    concepts: frozenset[str]  # the claim's own concepts, acronyms of its names left out
    weights: dict[str, float]
    total: float  # the sum of ``weights``
    people: frozenset[str]
    shorter: dict[str, str]  # an acronym-like concept less its last letter: "nrfa" -> "nrf"


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
    df: dict[str, int] = {}
    count = 0
    for found in sets:
        count += 1
        for concept in found:
            df[concept] = df.get(concept, 0) + 1
    return {concept: math.log((count + 1) / (n + 0.5)) for concept, n in df.items()}


def _target(claim, idf) -> _Target:
    rarest = max(idf.values(), default=1.0)
    weights = {c: idf.get(c, rarest) * (PREDICATE_WEIGHT if c in CONCEPTS else 1.0)
               for c in concepts(claim.text) | _acronyms(claim.text)}
    shorter = {c: c[:-1] for c in weights if len(c) > MIN_ACRONYM and c.isalpha()}
    return _Target(claim.text, concepts(claim.text), weights, sum(weights.values()), _people(claim.text), shorter)


def _check(claim, sentences, found, related, idf) -> ClaimCheck:
    verdicts = dict(claim.verdicts)
    target = _target(claim, idf)
    stances = []
    for source in sorted(sentences):
        stance = _suggest(source, target, sentences[source], found, related)
        if source in verdicts:
            stance = ClaimStance(source, verdicts[source], True, stance.evidence, stance.score)
        stances.append(stance)
    return ClaimCheck(claim.id, claim.text, tuple(stances))


def _suggest(source: str, target: _Target, sentences, found, related) -> ClaimStance:
    scored = _scored(sentences, found, related, target)
    best = max((score for score, _ in scored), default=0.0)
    if best < MENTION_MIN:
        return ClaimStance(source, NOT_MENTIONED, False)
    claim, own = target.text, target.concepts
    close = [(score, i) for score, i in scored if score >= best - MARGIN]
    score, at = max(close, key=lambda item: (not _disputes(sentences[item[1]].text, claim, own), item[0], -item[1]))
    stance = DISPUTES if _disputes(sentences[at].text, claim, own) else ASSERTS
    if stance == ASSERTS and not denies(claim) and at + 1 < len(sentences) and \
            _denies_next(sentences[at + 1], found, own):
        stance, at = DISPUTES, at + 1
    return ClaimStance(source, stance, False, Evidence.of(sentences[at]), round(score, 3))


def _denies_next(sentence, found, target: frozenset[str]) -> bool:
    """The next sentence denies what this one reported: it denies, and speaks of the same things."""
    return denies(sentence.text) and (len(found[sentence.anchor] & target) >= MIN_SHARED_WITH_DENIAL
                                      or bool(ANAPHORIC_DENIAL.search(sentence.text)))


def _disputes(sentence: str, claim: str, target: frozenset[str]) -> bool:
    if denies(sentence) and not denies(claim):
        return True
    return not negated(claim) and bool(negated(sentence) & target)


def _people(claim: str) -> frozenset[str]:
    """Surnames of the people a claim names: a source that names none of them does not speak of it."""
    surnames: set[str] = set()
    for start, end in mentions_in(claim):
        name = claim[start:end]
        if len(name.split()) > 1 and not is_organisation(name):
            surnames |= concepts(name.split()[-1])
    return frozenset(surnames)


def _scored(sentences, found, related, target: _Target) -> list[tuple[float, int]]:
    """Each sentence's cover of the claim, alone or with the next (credited to the better of the two)."""
    covers = [_cover(found[s.anchor], related[s.anchor], target) for s in sentences]
    scored = []
    for i, sentence in enumerate(sentences):
        this, after = sentence.anchor, sentences[i + 1].anchor if i + 1 < len(sentences) else None
        pair = _cover(found[this] | found[after], related[this] | related[after], target) if after else 0
        best = i if i + 1 >= len(sentences) or covers[i] >= covers[i + 1] else i + 1
        scored.append((covers[i], i))
        if pair > covers[best]:
            scored.append((pair, best))
    return scored


def _acronyms(text: str) -> frozenset[str]:
    """ "National Resistance Front" in a claim also stands for "NRF" in a source."""
    names = (text[s:e].split() for s, e in mentions_in(text))
    return frozenset("".join(w[0] for w in name if w[0].isupper()).lower() for name in names if len(name) > 2)


def _cover(found: frozenset[str], related: frozenset[str], target: _Target) -> float:
    """``related``: ``found`` with its :func:`_shortened` acronyms."""
    if target.people and not target.people & found or ("deny" in target.weights and "deny" not in found):
        return 0.0  # a claim is spoken of where its people are, and a claimed denial where a denial is
    hit = sum(w for c, w in target.weights.items() if c in related or _acronym_in(c, found, target.shorter))
    return hit / target.total if target.total else 0.0


def _acronym_in(concept: str, found: frozenset[str], shorter: dict[str, str]) -> bool:
    """ "nrf" in the sentence for "nrfa" in the claim: one organisation (``related`` holds the
    other way round)."""
    return concept in shorter and shorter[concept] in found
