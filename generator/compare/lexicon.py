"""A small hand-built lexicon for reading claims in other words.

News paraphrases a claim with a handful of verbs: "captured", "conquered", "seized", "took
control of" Panjshir; "denied", "dismissed as false", "rejected" a claim. Each group below is one
concept; words are matched on their stems, so "conquered" and "conquer" are one. Reporting verbs
("said", "declared") carry no content of their own: who said it is in the claim's other words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import STOPWORDS, TEXT_CACHE, content_and_numbers, starting_with, stem, words

# One concept per line: words news uses interchangeably for it.
CONCEPTS = {
    "capture": "captured capture captures capturing conquered conquer conquers seized seize seizes took taken "
               "overran overrun fell fallen falls occupied occupy occupying victory",
    "deny": "denied deny denies denial dismissed dismisses refuted refute rebutted rebut "
            "false untrue baseless unfounded",
    "refuse": "refused refuse refuses declined decline declines rejected reject rejects",
    "kill": "killed kill kills died dead death deaths slain",
    "arrive": "arrived arrive arrives landed land reached reach reaches",
    "release": "released release releases freed free frees",
    "attack": "attacked attack attacks struck strike shelled shelling bombed",
    "apologise": "apologized apologised apologize apologise apologizes apologises apology apologies",
    "resign": "resigned resign resigns quit quits",
    "halt": "halted halt halts stopped stop stops shut suspended",
    "majority": "majority most",
}
# Reporting words: who reported is in the claim's other words, so they match nothing alone.
REPORTING = frozenset(stem(w) for w in """said say says told tell stated state declared declare announced
announce claimed claim claims reported report added noted insisted asserted according""".split())
# Denying a statement, as opposed to refusing something ("deny service to").
# An anaphoric denial refers back to the sentence before: "The Front denied that, saying ...".
ANAPHORIC_DENIAL = re.compile(r"\b(?:denied|rejected|dismissed|disputed|refuted)\s+(?:that|this|it)\s*[,.;]", re.I)
_DENIAL = re.compile(r"\b" + starting_with("bdfru") +
                     r"(?:\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|rebut(?:s|ted)?)\s+"
                     r"(?:that|the|these|those|this|it|any|reports?|claims?|allegations?|accusations?|having|being)\b|"
                     r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+\w+['’]s\s+(?:claims?|reports?)\b|"
                     r"\b(?:false|untrue|baseless|unfounded)\b)", re.I)
# Words that negate what follows them, within this many words ("has not been released").
NEGATIONS = frozenset("not no never none nor cannot without".split())
NEGATION_SCOPE = 3

_CONCEPT_OF = {stem(word): concept for concept, listed in CONCEPTS.items() for word in listed.split()}


@lru_cache(maxsize=TEXT_CACHE)
def concepts(text: str) -> frozenset[str]:
    """The content of a text as concepts: stems, synonyms merged, reporting words left out.

    Cached: alignment, quotes and claims all read the concepts of the same sentences.
    """
    return frozenset(_CONCEPT_OF.get(s, s) for s in content_and_numbers(text) if s not in REPORTING)


def speaks_of_denial(text: str) -> bool:
    """The text is about denying a statement, denied or not ("did not deny that" too)."""
    return bool(_DENIAL.search(text))


@lru_cache(maxsize=TEXT_CACHE)
def denies(text: str) -> bool:
    """The text denies a statement: "denied that", "dismissed the claim as false"; not "deny
    service to", not "did not deny that"."""
    for match in _DENIAL.finditer(text):
        before = words(text[:match.start()])[-2:]
        if not any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in before):
            return True
    return False


@lru_cache(maxsize=TEXT_CACHE)
def negated(text: str) -> frozenset[str]:
    """Concepts the text negates: "capture" in "Panjshir has not fallen", "deny" in "did not deny"."""
    tokens = [w.replace("n't", "").replace("n’t", "") for w in words(text)]
    negations = [i for i, w in enumerate(words(text)) if w in NEGATIONS or w.endswith(("n't", "n’t"))]
    found = set()
    for i in negations:
        for word in tokens[i + 1:i + 1 + NEGATION_SCOPE]:
            if word and word not in STOPWORDS:
                found |= concepts(word)
    return frozenset(found)
