"""Attribution conflicts: who the sources say spoke the same words, and what they say that person is.

Only what a source states beside the words counts: a speaker named next to them (not a pronoun,
not carried over from the quote before) and a role given there (not learned elsewhere in the
article). Two conflicts: different speakers for the same words (an organisation and its own
spokesperson are one speaker), and a speaker whom this source, beside these words, gives an
affiliation that contradicts the one other sources give the same person beside their words.
"""

from __future__ import annotations

from collections import defaultdict

from .affiliations import agrees, contradicts, is_organisation, same_organisation, shown
from .speech import Speech
from .text import fold


def given_affiliations(speeches, names) -> dict[str, dict[str, tuple[frozenset[str], str]]]:
    """Per person (canonical name) and source: the affiliation and role given beside their words."""
    found: dict[str, dict[str, tuple[frozenset[str], str]]] = defaultdict(dict)
    for speech in sorted(speeches, key=lambda s: (s.source, s.start)):
        if speech.speaker and speech.named and speech.role_given and speech.affiliation \
                and not is_organisation(speech.speaker):
            found[names.resolve(speech.source, speech.speaker)].setdefault(speech.source,
                                                                           (speech.affiliation, speech.role))
    return found


def conflict(group: list[Speech], attributions, affiliations) -> str | None:
    """Why the sources disagree about who said these words, or None."""
    parts = [_speakers(group, attributions), _affiliation(group, attributions, affiliations)]
    return "; ".join(part for part in parts if part) or None


def _speakers(group: list[Speech], attributions) -> str | None:
    people: dict[str, list] = {}
    for attribution, speech in zip(attributions, group):
        if attribution.speaker and speech.named:
            key = next((k for k, items in people.items() if _one_speaker(k, attribution.speaker, items[0][1], speech)),
                       attribution.speaker)
            people.setdefault(key, []).append((attribution, speech))
    if len(people) < 2:
        return None
    return "different speakers: " + " vs ".join(_describe(name, items) for name, items in sorted(people.items()))


def _one_speaker(a: str, b: str, sa: Speech, sb: Speech) -> bool:
    """Same person (a surname alone for the full name), or an organisation and its own spokesperson."""
    fa, fb = _name_words(a), _name_words(b)
    if fa == fb or (fa and fb and fa[-1] == fb[-1] and (min(len(fa), len(fb)) == 1 or fa[0] == fb[0])):
        return True  # one person: "Jacob J. Lew" and "Jacob Lew", or a surname alone
    for org, person in ((a, sb), (b, sa)):
        if is_organisation(org) and any(same_organisation(fold(org), fold(f)) for f in person.affiliation):
            return True
    return False


def _name_words(name: str) -> list[str]:
    return [w for w in fold(name).replace(".", " ").split() if len(w) > 1]


def _describe(name: str, items: list) -> str:
    role = next((speech.role for _, speech in items if speech.role and speech.role_given), None)
    sources = ", ".join(sorted({attribution.source for attribution, _ in items}))
    return f"{name}{', ' + role if role else ''} ({sources})"


def _affiliation(group: list[Speech], attributions, affiliations) -> str | None:
    """A source that, beside these words, makes the speaker what most other sources say he is not."""
    for attribution, speech in zip(attributions, group):
        if not (speech.named and speech.role_given and speech.affiliation and attribution.speaker):
            continue
        given = affiliations.get(attribution.speaker, {})
        against = {s: g for s, g in given.items() if s != attribution.source and contradicts(g[0], speech.affiliation)}
        backing = [s for s, g in given.items() if s == attribution.source or agrees(g[0], speech.affiliation)]
        if against and len(backing) <= len(against):
            other_role = _with_affiliation(*against[min(against)][::-1])
            return (f"{attribution.speaker} is {speech.role} in {attribution.source} "
                    f"but {other_role} in {', '.join(sorted(against))}")
    return None


def _with_affiliation(role: str, affiliation: frozenset[str]) -> str:
    missing = [form for form in shown(affiliation) if fold(form) not in fold(role)]
    return f"{role} ({', '.join(missing)})" if missing else role
