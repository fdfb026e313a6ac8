"""Whom a speaker speaks for, as a source puts it: named organisations, or the side of a conflict.

"NAR spokesman" names an organisation; "a spokesman for the defence ministry" and "rebel
spokesman" only say which side. Two affiliations contradict when both name organisations and no
name is the other (or its acronym), or when both give a side and the sides differ. A named
organisation against a bare side proves nothing: the rebels may well be the NAR.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import ORG_WORDS, TITLES, mentions_in
from .roles import is_role_noun
from .text import fold

# Words that place a speaker on a side of a conflict without naming an organisation.
SIDES = {**{w: "government" for w in """government army military defence defense ministry police
authorities state regime official""".split()},
         **{w: "opposition" for w in """rebel rebels insurgent insurgents militant militants opposition
separatist separatists guerrilla guerrillas resistance""".split()}}
_SIDE_MARK = "side:"
_CONNECTORS = ("of", "the", "in", "and", "for")


@lru_cache(maxsize=50_000)
def is_organisation(form: str) -> bool:
    """An acronym or a name with an organisation word: "NAR", "Northern Alliance for Renewal"."""
    return (form.isupper() and len(form) > 1) or any(fold(w) in ORG_WORDS for w in form.split())


def same_organisation(a: str, b: str) -> bool:
    """One organisation under two names (folded): equal, or one the acronym of the other (NAR, NARF)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    initials = "".join(w[0] for w in long.split() if w not in _CONNECTORS)
    return " " not in short and len(short) >= 2 and (initials.startswith(short) or short.startswith(initials)
                                                      and len(initials) >= 2)


def affiliation(role: str | None, sentence: str = "", speaker: str | None = None) -> frozenset[str]:
    """Organisations the role names ("NAR"), its side ("side:opposition"), or for a bare role
    ("spokesman"), the first organisation of its sentence."""
    if not role:
        return frozenset()
    words = [w for w in re.findall(r"[\w'’-]+", role) if not is_role_noun(w)]
    sides = {_SIDE_MARK + SIDES[fold(w)] for w in words if fold(w) in SIDES}
    named = {role[s:e] for s, e in mentions_in(role) if fold(role[s:e]) not in TITLES and fold(role[s:e]) not in SIDES
             and (len(role[s:e].split()) == 1 or is_organisation(role[s:e]))}
    if named or sides or not sentence:
        return frozenset(named | sides)
    return _sentence_organisation(sentence, speaker)


def _sentence_organisation(text: str, speaker: str | None) -> frozenset[str]:
    for start, end in mentions_in(text):
        form = text[start:end]
        if (not speaker or fold(form) != fold(speaker)) and is_organisation(form):
            return frozenset({form})
    return frozenset()


def contradicts(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name organisations and none is the other, or both give sides and they differ."""
    named_a, named_b = _named(a), _named(b)
    if named_a and named_b:
        return not any(same_organisation(fold(x), fold(y)) for x in named_a for y in named_b)
    sides_a, sides_b = a - named_a, b - named_b
    return bool(sides_a and sides_b and not sides_a & sides_b)


def agrees(a: frozenset[str], b: frozenset[str]) -> bool:
    """They share an organisation (by name or acronym) or a side."""
    named_a, named_b = _named(a), _named(b)
    if any(same_organisation(fold(x), fold(y)) for x in named_a for y in named_b):
        return True
    return bool((a - named_a) & (b - named_b))


def shown(affiliation_forms: frozenset[str]) -> list[str]:
    """The affiliation as readers read it: organisation names, else the side."""
    named = _named(affiliation_forms)
    return sorted(named) if named else sorted(f.removeprefix(_SIDE_MARK) for f in affiliation_forms)


def _named(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in forms if not f.startswith(_SIDE_MARK))
