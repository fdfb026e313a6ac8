"""Who said what in one article: direct quotes and reported speech, with speaker and role.

Direct quotes are found between straight or curly marks (a quote left open runs to the end of
its paragraph); the speaker is read from the words around them (``"...," Name said``,
``Role Name said: "..."``, ``said Name, role``). Reported speech (``Name said that ...``) is kept
too, marked indirect, because a rewrite often turns a quote into it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .affiliations import affiliation, is_organisation
from .names import TITLES, mentions_in
from .roles import before_name, beside_name, has_role
from .text import TEXT_CACHE, fold, words

# Fewer quoted words than this are scare quotes, not speech ("new chapter" still counts).
MIN_QUOTE_WORDS = 2
# Words read on either side of a quote for its attribution.
MAX_ATTRIBUTION_WORDS = 14
# Words of a speaker named after a quote that ends its sentence ("...." Haddad said.).
MAX_SPEAKER_AFTER_STOP = 5
# Reported clauses shorter than this say too little to match anything.
MIN_REPORTED_WORDS = 5

VERBS = (r"said|says|say|saying|told|tells|telling|added|adds|wrote|writes|tweeted|tweets|tweeting|stated|"
         r"states|declared|declares|announced|announces|noted|notes|explained|insisted|insists|claimed|"
         r"claims|claiming|warned|warns|urged|asked|replied|continued|argued|posted|affirmed|stressed|"
         r"denied|acknowledged|admitted|recalled|called|calls|responded|answered|remarked|quipped|conceded|"
         r"lamented|countered|cautioned|read|according to")
PRONOUNS = frozenset("he she they we i it".split())
_LEADING = re.compile(r"^(?:(?:and|but|while|whereas|as|with|however|meanwhile|earlier|later|also|then|"
                      r"so|yet|furthermore|moreover|further|on the other hand)\b[\s,]*)+", re.I)
_TRAILING = re.compile(r"(?:\s+(?:later|earlier|also|then|again|previously|recently|further|had|has|have|was|"
                       r"is|would|will|has also|had also|once|reportedly|publicly))+\s*$", re.I)
_ABBREVIATED = re.compile(r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Lt)\.")
_INITIAL = re.compile(r"\b([A-Z])\.")
# Every dot the two above drop follows a capital and at most three lower-case letters ("J.", "Capt."):
# a sentence without such a dot is left as it is, cheaply.
_MAYBE_DOTTED = re.compile(r"[A-Z][a-z]{0,3}\.")
_OPEN, _CLOSE = "\"“", "\"”"
# An opening mark: a curly double one anywhere, a straight or single one after no letter or digit.
_OPENING = re.compile(r"“|(?<![^\W_])[\"‘]")
# What closes a quote: its closing mark (a straight or single one followed by no letter or digit),
# or a new curly opening mark first, which leaves the quote open.
_DOUBLE_END = re.compile(r"”|\"(?![^\W_])|(?P<reopened>“)")
_SINGLE_END = re.compile(r"’(?![^\W_])|(?P<reopened>“)")
_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?:{VERBS})\s+(?P<who>[^.;:\"“”]+?)\s*(?:[.;!?]|,?\s*[\"“]|$)", re.I)
_AFTER_WHO_FIRST = re.compile(rf"^[\s,]*(?P<who>[^.;:\"“”]+?)\s+(?:{VERBS})\b", re.I)
_BEFORE = re.compile(rf"(?P<who>[^.;\"“”]+?)\s+(?:{VERBS})\b[^.;\"“”]{{0,40}}?[:,]?\s*(?:that\s*)?$", re.I)
# A party and state after a name: "(D-Nev.)", ", R-Iowa,": not part of the name or the role.
_PARTY = re.compile(r"\s*\([DRI]-[A-Z][\w.]*\)|,?\s+\b[DRI]-[A-Z][a-z]{1,4}\.?(?=[\s,]|$)")
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,.;“”\"]*,|\s+(?:who|which|whose)\b[^,.;“”\"]*(?=[.;]|$)")
_WHO_VERB = re.compile(rf"(?P<who>[^.;\"“”]+?)\s+(?:{VERBS})\b")
_REPORTED = re.compile(rf"^(?P<who>[^\"“”;]+?)\s+(?:{VERBS})(?:\s+[A-Z]\w+)?\s+(?:that\s+)?(?P<clause>[^\"“”]+)$")


@dataclass(frozen=True)
class Speech:
    """Words one article puts in someone's mouth; spans are offsets in the article body."""

    source: str
    sentence: int
    start: int
    end: int
    text: str
    speaker: str | None
    role: str | None
    affiliation: frozenset[str]
    direct: bool
    named: bool = True  # the speaker is named beside the words, not carried over or a pronoun
    role_given: bool = True  # the role is given beside the words, not learned elsewhere in the article


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks (without the marks); unclosed runs to the end."""
    return list(_quote_spans(text))


@lru_cache(maxsize=TEXT_CACHE)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: alignment and speech both read the quotes of every paragraph.
    spans, position = [], 0
    while True:
        opening = _next_opening(text, position)
        if opening < 0:
            return tuple(spans)
        closing = _next_closing(text, opening + 1)
        end = closing if closing >= 0 else len(text)
        if len(words(text[opening + 1:end])) >= MIN_QUOTE_WORDS:
            spans.append((opening + 1, end))
        position = end + 1


def _next_opening(text: str, position: int) -> int:
    found = _OPENING.search(text, position)
    return found.start() if found else -1


def _next_closing(text: str, position: int) -> int:
    """The mark closing the quote opened just before ``position`` (single marks close single)."""
    single = text[position - 1] == "‘"
    found = (_SINGLE_END if single else _DOUBLE_END).search(text, position)
    return found.start() if found and not found.group("reopened") else -1


def parse_speaker(phrase: str, *, from_end: bool) -> tuple[str | None, str | None]:
    """Split an attribution phrase into (speaker, role): "Interior minister Salim Haddad"."""
    phrase = _TRAILING.sub("", _LEADING.sub("", _PARTY.sub("", phrase).strip()))
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if not parts:
        return None, None
    if len(parts) == 1:
        return _speaker_and_role(parts[0])
    ordered = list(reversed(parts)) if from_end else parts
    speaker, role = _speaker_and_role(ordered[0])
    if speaker and not role:
        other = ordered[1]
        return speaker, None if _person_in(other) else beside_name(other)
    if not speaker and role and _person_in(ordered[1]) and not has_role(ordered[1]):
        return _speaker_and_role(ordered[1])[0], role
    return speaker, role


def _speaker_and_role(part: str) -> tuple[str | None, str | None]:
    part = _LEADING.sub("", part).strip()
    if fold(part) in PRONOUNS:
        return fold(part), None
    spans = mentions_in(part)
    if spans and part[spans[-1][1]:].strip(" ’'s") == "" \
            and not re.search(r"\b(?:of|for|at|from|with|in)(?:\s+the)?\s*$", part[:spans[-1][0]], re.I):
        start, end = spans[-1]
        return part[start:end], before_name(part[:start])
    return None, beside_name(part)


def _person_in(text: str) -> bool:
    return any(len(text[s:e].split()) > 1 for s, e in mentions_in(text))


def undot(text: str) -> str:
    """ "Mr. Mattis", "Donald J. Trump": drop abbreviation dots (same length is not kept)."""
    if not _MAYBE_DOTTED.search(text):
        return text
    return _INITIAL.sub(r"\1", _ABBREVIATED.sub(r"\1", text))


@lru_cache(maxsize=TEXT_CACHE)
def attribution_around(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """Speaker and role for the quote at ``text[start:end]`` (marks excluded), from either side.

    Cached, like :func:`reported`: copies of a report repeat its paragraphs.
    """
    after = _RELATIVE.sub(",", undot(text[end + 1:]))  # "Ann Coulter, who has ..., wrote"
    head = " ".join(after.split()[:MAX_ATTRIBUTION_WORDS])
    # After a full stop a new sentence starts: only a short "Name said." still attributes.
    longest = MAX_SPEAKER_AFTER_STOP if text[start:end].rstrip()[-1:] in ".!?" else MAX_ATTRIBUTION_WORDS - 2
    for pattern, from_end in ((_AFTER_VERB_FIRST, False), (_AFTER_WHO_FIRST, False)):
        match = pattern.match(head)
        if match and len(match.group("who").split()) <= longest:
            found = parse_speaker(match.group("who"), from_end=from_end)
            if found != (None, None):
                return found
    before = undot(text[:max(0, start - 1)])
    match = _BEFORE.search(before[-400:])
    if match:
        return parse_speaker(match.group("who"), from_end=True)
    return None, None


@lru_cache(maxsize=TEXT_CACHE)
def reported(sentence: str) -> tuple[str | None, str | None, int] | None:
    """(speaker, role, clause start) when the sentence reports what someone said."""
    original, sentence = sentence, undot(sentence)
    match = _REPORTED.match(sentence)
    if not match or len(words(match.group("clause"))) < MIN_REPORTED_WORDS:
        return None
    who = match.group("who")
    if len(who.split()) > MAX_ATTRIBUTION_WORDS:
        return None
    speaker, role = parse_speaker(who, from_end=True)
    if speaker is None and role is None:
        return None
    return speaker, role, original.find(match.group("clause")[:20]) if original.find(match.group("clause")[:20]) >= 0 \
        else match.start("clause")


def article_speeches(sentences, block_texts) -> list[Speech]:
    """Every direct quote and reported statement of one article, in reading order.

    ``block_texts`` are (offset in body, text) per paragraph; ``sentences`` the article's
    :class:`Sentence` list, used to locate each speech's evidence sentence.
    """
    found: list[Speech] = []
    roles: dict[str, str] = {}
    people = _people(sentences, block_texts)
    for offset, text in block_texts:
        for start, end in quote_spans(text):
            found.append(_direct(sentences, offset, text, start, end, found, roles, people))
    quoted = {s.sentence for s in found}
    for sentence in sentences:
        if sentence.index not in quoted and not sentence.heading:
            speech = _reported(sentence, roles, people)
            if speech:
                found.append(speech)
    _learn_roles(sentences, roles)
    return sorted((_with_role(s, roles, sentences) for s in found), key=lambda s: s.start)


def _direct(sentences, offset, text, start, end, found, roles, people) -> Speech:
    speaker, role = attribution_around(text, start, end)
    sentence = _sentence_at(sentences, offset + start)
    named = speaker is not None
    if speaker is None and role is None:
        speaker, role, named = _fallback(sentence, offset + start, found)
    named = named and speaker not in PRONOUNS
    speaker = _resolve_pronoun(speaker, people, offset + start)
    if speaker and role:
        roles.setdefault(speaker, role)
    return Speech(sentence.source, sentence.index, offset + start, offset + end, text[start:end].strip(),
                  speaker, role, frozenset(), True, named)


def _fallback(sentence, position: int, found) -> tuple[str | None, str | None, bool]:
    """A quote with no attribution of its own: the sentence's reporting verb, or a split quote."""
    report = reported(sentence.text)
    if report and sentence.start + report[2] <= position:
        return report[0], report[1], report[0] is not None
    match = _WHO_VERB.match(undot(sentence.text[:max(0, position - sentence.start)]))
    if match and len(match.group("who").split()) <= MAX_ATTRIBUTION_WORDS:
        found_here = parse_speaker(match.group("who"), from_end=True)
        if found_here != (None, None):
            return (*found_here, found_here[0] is not None)
    previous = found[-1] if found else None
    if previous and sentence.index - previous.sentence <= 1 and previous.speaker:
        return previous.speaker, previous.role, False
    return None, None, False


def _reported(sentence, roles, people) -> Speech | None:
    report = reported(sentence.text)
    if not report:
        return None
    speaker, role, clause = report
    named = speaker is not None and speaker not in PRONOUNS
    speaker = _resolve_pronoun(speaker, people, sentence.start)
    if speaker and role:
        roles.setdefault(speaker, role)
    return Speech(sentence.source, sentence.index, sentence.start + clause, sentence.end,
                  sentence.text[clause:].strip(), speaker, role, frozenset(), False, named)


def _people(sentences, block_texts) -> list[tuple[int, str]]:
    """Where the article names a person outside quotation marks: (offset in body, name).

    A person is a name of two words or more, or the last word of one the article named so.
    """
    quoted = [(offset + s, offset + e) for offset, text in block_texts for s, e in quote_spans(text)]
    spans = [(sentence.start + s, name, titled) for sentence in sentences if not sentence.heading
             for s, name, titled in _names(sentence.text)]
    spans = [span for span in spans if not _inside(span[0], quoted)]
    surnames = {name.split()[-1] for _, name, _ in spans if len(name.split()) > 1 and not is_organisation(name)}
    return [(at, name) for at, name, titled in spans if not is_organisation(name) and
            (len(name.split()) > 1 or name in surnames or titled)]


@lru_cache(maxsize=TEXT_CACHE)
def _names(sentence: str) -> tuple[tuple[int, str, bool], ...]:
    """(start, name, titled) of the names in a sentence, abbreviation dots dropped.

    Cached, like :func:`_roles`: copies of a report repeat its sentences.
    """
    text = undot(sentence)
    return tuple((s, text[s:e], _titled(text[:s])) for s, e in mentions_in(text))


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (sorted, not overlapping: an article's quotes)."""
    at = bisect_right(spans, (position, math.inf)) - 1
    return at >= 0 and position < spans[at][1]


def _titled(before: str) -> bool:
    """A title right before a name ("President Trump", "Mr Ryan"): the name is a person's."""
    last = before.rsplit(None, 1)[-1:]
    return bool(last) and fold(last[0]) in TITLES


def _resolve_pronoun(speaker: str | None, people: list[tuple[int, str]], position: int) -> str | None:
    """ "he said": the person the article named last before the words."""
    if speaker not in PRONOUNS:
        return speaker
    if speaker in ("he", "she"):
        before = [name for at, name in people if at < position]
        return before[-1] if before else None
    return None


def _learn_roles(sentences, roles: dict[str, str]) -> None:
    """Roles the article gives people anywhere: "Interior minister Salim Haddad", "X, the ...,"."""
    for sentence in sentences:
        for name, role in _roles(sentence.text):
            roles.setdefault(name, role)


@lru_cache(maxsize=TEXT_CACHE)
def _roles(sentence: str) -> tuple[tuple[str, str], ...]:
    """(name, role) for each name the sentence gives a role, in reading order."""
    found = []
    for start, end in mentions_in(sentence):
        after = sentence[end:]
        role = before_name(sentence[:start]) or \
            (beside_name(after[1:].split(",")[0]) if after.startswith(",") else None)
        if role:
            found.append((sentence[start:end], role))
    return tuple(found)


def _with_role(speech: Speech, roles: dict[str, str], sentences) -> Speech:
    role, given, speaker, named = speech.role, speech.role is not None, speech.speaker, speech.named
    if speaker is None and role:
        speaker = _holder(role, roles)  # "the chief said": the person the article calls the chief
        named = speaker is not None
    if speaker and not role:
        role = roles.get(speaker) or next(
            (r for name, r in roles.items() if name.split()[-1] == speaker.split()[-1]), None)
    found = affiliation(role, sentences[speech.sentence].text, speaker)
    return Speech(speech.source, speech.sentence, speech.start, speech.end, speech.text, speaker,
                  role, found, speech.direct, named, given)


def _holder(role: str, roles: dict[str, str]) -> str | None:
    """The one person the article gave a role ending in the same noun ("police chief" for "chief")."""
    noun = fold(role).split()[-1]
    holders = sorted({name for name, given in roles.items() if fold(given).split()[-1] == noun})
    return holders[0] if len(role.split()) <= 2 and len(holders) == 1 else None


def _sentence_at(sentences, position: int):
    at = bisect_right([sentence.start for sentence in sentences], position) - 1
    return sentences[max(0, at)]
