"""A speaker's role as a source gives it: a short noun phrase around a role noun, or nothing.

Two shapes only. A title before the name ("Taliban spokesman Zabihullah Mujahid", "Secretary of
State Mike Pompeo", "UN under-secretary-general for humanitarian affairs Martin Griffiths") and an
appositive beside it ("Ali Nazary, the NRF's spokesman,", "Chad Griffin, the president of the
Human Rights Campaign"). Anything else next to a name ("Reading from a letter signed by ...",
"Associated Press reported that") is a clause, not a role, and yields nothing.
"""

from __future__ import annotations

import re

from .names import ORG_WORDS
from .text import STOPWORDS, fold

# Nouns that make a phrase a role ("spokesman", "secretary", "leader").
ROLE_NOUNS = frozenset("""spokesman spokeswoman spokesperson spokespeople leader official officials minister
president secretary director chief commander head chairman chairwoman chair founder co-founder aide aides
adviser advisor ambassador envoy senator representative governor mayor analyst expert source sources member
officer general professor lawyer attorney candidate deputy coordinator correspondent editor reporter
negotiator diplomat administrator executive manager organizer researcher scientist economist justice judge
speaker whip commissioner secretary-general under-secretary-general undersecretary prosecutor commentator
columnist strategist activist actor actress blogger plaintiff nominee counsel auditor inspector ombudsman
regulator""".split())
# Words a role may open with before its noun: "former", "deputy", "outgoing".
MAX_MODIFIERS = 3
# Words after "of", "for", "to", "at" that a role may carry: "of the Human Rights Campaign".
MAX_COMPLEMENT = 7
# More words than this is a clause, however it starts.
MAX_ROLE_WORDS = 10
# Tokens a title before a name is read from: its role noun, a complement after it, the modifiers
# before it, and one more (so no index reaches the start of the sentence).
TAIL_TOKENS = MAX_COMPLEMENT + 2 + MAX_MODIFIERS + 1

_TOKEN = re.compile(r"[\w.'’&-]+|[,;:()]")
_LINKS = frozenset("of for to at with in".split())
_ARTICLES = frozenset("the a an".split())
_STOPS = frozenset("""who which that whose when where and but or as said says told is was are were has have had
will would on by from after before under since during every each all some any another""".split())
_HONORIFICS = frozenset("mr mrs ms dr miss mx".split())


def is_role_noun(word: str) -> bool:
    return fold(word).strip(".,") in ROLE_NOUNS


def has_role(text: str) -> bool:
    """Whether a phrase names a role at all."""
    return any(is_role_noun(t) for t in _TOKEN.findall(text))


def before_name(text: str) -> str | None:
    """The title right before a name: "... said Senate Majority Leader" -> "Senate Majority Leader"."""
    tokens = _last_tokens(text.rstrip(" ,"))
    head = _head_from_end(tokens)
    if head is None:
        return None
    start = head
    while start > 0 and head - start < MAX_MODIFIERS and _modifier(tokens[start - 1]):
        start -= 1
    return _join(tokens[start:])


def _last_tokens(text: str) -> list[str]:
    """The tokens of ``text``, or at least the last :data:`TAIL_TOKENS` of them: the words before
    a name are not tokenised back to the start of a long sentence. (A token never holds
    whitespace, so the tokens of the last words are the last tokens.)"""
    words = text.rsplit(None, TAIL_TOKENS)
    if len(words) > TAIL_TOKENS:
        tail = _TOKEN.findall(" ".join(words[1:]))
        if len(tail) >= TAIL_TOKENS:
            return tail
    return _TOKEN.findall(text)


def _head_from_end(tokens: list[str]) -> int | None:
    """Index of the role noun that ends the phrase, or that a short "for X" complement follows."""
    if tokens and is_role_noun(tokens[-1]):
        return len(tokens) - 1
    for at in range(len(tokens) - 2, max(-1, len(tokens) - MAX_COMPLEMENT - 2), -1):
        rest = tokens[at + 1:]
        if fold(tokens[at]) in _LINKS and at > 0 and is_role_noun(tokens[at - 1]) and \
                all(_in_complement(t) for t in rest) and any(fold(t) not in _ARTICLES for t in rest):
            return at - 1
    return None


def beside_name(text: str) -> str | None:
    """An appositive: "the president of the Human Rights Campaign", "Strzok's attorney"."""
    tokens = _TOKEN.findall(text.strip(" ,"))
    at = 0
    while at < len(tokens) and fold(tokens[at]) in _ARTICLES:
        at += 1
    head = next((i for i in range(at, min(len(tokens), at + MAX_MODIFIERS + 1)) if is_role_noun(tokens[i])), None)
    if head is None or not all(_modifier(t) for t in tokens[at:head]):
        return None
    end = _complement_end(tokens, head + 1)
    if end < len(tokens) and tokens[end] not in (",", ";") and fold(tokens[end]) not in _STOPS:
        return None
    return _join(tokens[at:end]) if end - at <= MAX_ROLE_WORDS else None


def _complement_end(tokens: list[str], at: int) -> int:
    if at >= len(tokens) or fold(tokens[at]) not in _LINKS:
        return at
    end = at + 1
    while end < len(tokens) and end - at <= MAX_COMPLEMENT and _in_complement(tokens[end]):
        end += 1
    return end if end > at + 1 else at


def _in_complement(token: str) -> bool:
    word = fold(token)
    return token[0].isalnum() and word not in _STOPS and not token[0].isdigit() and \
        (word in _ARTICLES or word == "of" or token[0].isupper() or word in ORG_WORDS or word.islower())


def _modifier(token: str) -> bool:
    """A word that may open a role: a name, an acronym, a possessive or a plain adjective."""
    word = fold(token)
    if not token[0].isalpha() or word in _STOPS or word in STOPWORDS or word in _LINKS:
        return False
    return not word.endswith("ly") and word not in _HONORIFICS


def _join(tokens: list[str]) -> str | None:
    text = " ".join(t for t in tokens if fold(t) not in _HONORIFICS).strip(" ,")
    text = re.sub(r"\s+([’'])", r"\1", text)
    return text or None
