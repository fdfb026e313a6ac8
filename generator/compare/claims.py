"""Claims: for each claim the editor lists, does each source assert it, dispute it, or not say?

The suggestion is the source's sentence closest to the claim (weighted content overlap); a
denial word on one side only ("denied", "false", "not") turns agreement into dispute. An editor's
verdict replaces the suggestion and is marked verified.
"""

from __future__ import annotations

import re

from ..structure.comparison import ASSERTS, DISPUTES, NOT_MENTIONED, ClaimCheck, ClaimStance, Evidence
from .align import align, featurise, similarity

# Weighted content overlap from which a sentence speaks about the claim at all.
MENTION_MIN = 0.3

_DENIAL = re.compile(r"\b(not|no|never|none|nor|den(y|ies|ied|ial)|false(ly)?|reject\w*|dismiss\w*|baseless|"
                     r"untrue|refut\w*|rebut\w*|contrary|disput\w*|deny|wrong|fake|unfounded|myth)\b|n't\b", re.I)


def analyze(context) -> dict:
    if not context.options.claims:
        return {"claims": ()}
    idf = context.memo("alignment", align).idf
    features = {key: featurise(context.sentence(key).text) for key in _sentence_keys(context)}
    return {"claims": tuple(_check(context, claim, features, idf) for claim in context.options.claims)}


def _sentence_keys(context) -> list[tuple[str, int]]:
    return [(s.source, s.index) for ss in context.sentences.values() for s in ss if not s.heading]


def _check(context, claim, features, idf) -> ClaimCheck:
    verdicts = dict(claim.verdicts)
    target = featurise(claim.text)
    stances = []
    for article in context.articles:
        scored = [(similarity(target, features[key], idf), key) for key in features if key[0] == article.id]
        suggestion = _suggest(context, article.id, claim.text, scored)
        if article.id in verdicts:
            suggestion = ClaimStance(article.id, verdicts[article.id], True, suggestion.evidence, suggestion.score)
        stances.append(suggestion)
    return ClaimCheck(claim.id, claim.text, tuple(stances))


def _suggest(context, source: str, claim: str, scored: list[tuple[float, tuple]]) -> ClaimStance:
    mentioned = sorted((item for item in scored if item[0] >= MENTION_MIN), key=lambda i: (-i[0], i[1]))
    if not mentioned:
        return ClaimStance(source, NOT_MENTIONED, False)
    claim_denies = bool(_DENIAL.search(claim))
    score, key = mentioned[0]
    disputing = [(s, k) for s, k in mentioned if bool(_DENIAL.search(context.sentence(k).text)) != claim_denies]
    if disputing:
        score, key = disputing[0]
        stance = DISPUTES
    else:
        stance = ASSERTS
    return ClaimStance(key[0], stance, False, Evidence.of(context.sentence(key)), round(score, 3))
