"""What a figure measures, read from the words around it, as a short noun phrase.

"34 provinces of Afghanistan", "Afghanistan's 34 provinces" -> provinces of Afghanistan;
"90 miles north of Kabul" -> distance from Kabul; "a 60-day suspension" -> suspension;
"more than 50 tons of medical aid" -> medical aid; "Turnout was 61 percent" -> turnout;
"Four people were killed" -> people killed. The anchor (the measured noun, or the casualty or
arrest concept it stands for) and its detail decide whether two figures can measure the same
thing; the time cue ("by midday", "so far") whether two values were meant for the same moment.
An anchor read from the noun the figure qualifies is *strong*; one guessed from the word before a
figure ("has cut $716 billion") is weak and never vetoes a match on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import CONCEPTS, NUMBER_ONLY, UNITS, Quantity
from .text import STOPWORDS, fold, starting_with, stem

# Nouns read after a figure (or its "of") for what it measures: "final safety tests".
MAX_NOUN_RUN = 3
# Capitalised words skipped before the measured noun: "35-mile Berglund base tunnel".
MAX_NAMES_SKIPPED = 2
# Words between a counted noun and the participle that says what happened to it.
MAX_BEFORE_PARTICIPLE = 3

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*|[,;:.()!?\"“”—-]")
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
_PREPOSITIONS = frozenset("of in for from".split())
# Words that never name what is measured: times and units ("four years ago", "on Tuesday").
_NOT_MEASURED = frozenset("""ago since last next every each per now still already currently recently reportedly
along across around near into onto toward towards through within without beyond against during came went took
made began gave got ran told today yesterday tomorrow week weeks month months
year years day days
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december""".split()) | frozenset(UNITS)
_DETERMINERS = frozenset("the a an their its his her this that these those".split())
# Words between a figure and the noun before it that do not name what is measured.
_BACK_SKIP = frozenset("""about around some nearly almost roughly approximately estimated an a the more than
over least up fewer less under most no only just exactly be been being has have had left kept its their his
her main between now also still already to by for""".split())
# Verbs that make the noun before them the thing measured: "Turnout was", "the talks lasted".
_LINKING = frozenset("""was were is are stood stands rose risen fell fallen dropped climbed reached hit totalled
totaled lasted lasts last at of""".split())
# Nouns that hold a count said after them: "the death toll rose to 23".
_MEASURING = frozenset("toll total number count tally figure turnout losses casualties".split())
_PARTICIPLES = frozenset("""killed dead died hurt injured wounded missing held taken arrested detained displaced
evacuated trapped captured rescued stranded sold built fired lost found paid spent cut raised treated
admitted""".split())
_AUXILIARIES = frozenset("were was are are is have has had been being reportedly reported who that remain remained "
                         "still now later".split())
# When a count holds: "by midday", "so far" (a running count), "on Friday" (a moment).
_TIME = re.compile(
    r"\b" + starting_with("abelost") +
    r"(?:(?:by|as of)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:midday|noon|midnight|morning|afternoon|"
    r"evening|night|nightfall|end of the day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})|so far|to date|"
    r"(?:late |early )?on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
# Two stems this long sharing their start name one noun ("suspend", "suspens").
SHARED_STEM_PREFIX = 6
# Nouns news uses for one counted thing.
_SYNONYMS = {stem(w): stem(s) for w, s in (("vessels", "ships"), ("boats", "ships"), ("persons", "people"),
                                            ("individuals", "people"), ("losses", "deaths"), ("casualties", "deaths"),
                                            ("fatalities", "deaths"), ("inhabitants", "residents"),
                                            ("employees", "workers"), ("meeting", "talks"),
                                            ("soldiers", "troops"), ("probe", "investigation"),
                                            ("inquiry", "investigation"))}
# Concepts that stand for the thing counted ("people killed" counts deaths); others, like power in
# "electric bikes", only qualify it.
_COUNTED_CONCEPTS = frozenset(("deaths", "injured", "arrests"))


@dataclass(frozen=True)
class Measure:
    """What one figure measures; ``anchor`` and ``detail`` are stems, ``label`` is for readers."""

    anchor: str | None
    detail: frozenset[str]
    strong: bool
    place: str | None  # "kabul" in "90 miles north of Kabul"
    time: str | None  # "by midday", "so far", "on friday": the moment the value holds for
    label: str | None
    also: frozenset[str] = frozenset()  # nouns coordinated with the anchor: "food products and medical aid"


@dataclass(frozen=True)
class _Reading:
    noun: list[str]  # the measured noun and its modifiers, as written
    link: str = ""  # "of", "from", ... before ``detail``; "" for a participle ("killed")
    detail: tuple[str, ...] = ()
    strong: bool = True
    share: str = ""  # for percentages: "of" (52 percent of the vote), "after" (35 percent Latino)
    during: str = ""  # for "reopen the government for three weeks": what lasted


def measure(sentence: str, q: Quantity) -> Measure:
    """What ``q`` (a figure of ``sentence``) measures."""
    after, before = _skip_conversion(_tokens(sentence[q.end:])), _tokens(sentence[:q.start])
    when = _time(sentence, q.start, q.end)
    place = _direction(after) if q.dimension == "distance" else None
    if place:
        return Measure("distance", frozenset(), True, fold(place), when, f"distance from {place}")
    reading = _counted(after, before, q, sentence[q.end:q.end + 1] == "-") if q.dimension == "count" \
        else _forward(after, q) or _backward(before, after)
    if reading is None or not reading.noun:
        return Measure(None, frozenset(), False, None, when, None)
    return Measure(_anchor(reading), _detail(reading), reading.strong, None, when, _label(reading, q),
                   _coordinated(after, reading))


def _coordinated(after: list[str], reading: _Reading) -> frozenset[str]:
    """The nouns after "and" that share the figure: "50 tons of food products and medical aid"."""
    last = reading.noun[-1]
    if last not in after:
        return frozenset()
    rest = after[after.index(last) + 1:]
    if rest[:1] and fold(rest[0]) == "and":
        noun = _noun_run(rest[1:])
        return frozenset({_concept(noun[-1])}) if noun else frozenset()
    return frozenset()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _skip_conversion(after: list[str]) -> list[str]:
    """ "90 miles (144 kilometers) north of Kabul": read past the bracketed conversion."""
    if after[:1] == ["("] and ")" in after[:6]:
        return after[after.index(")") + 1:]
    return after


def _is_word(token: str) -> bool:
    word = fold(token)
    return token[0].isalpha() and word not in STOPWORDS and word not in _NOT_MEASURED and not NUMBER_ONLY.fullmatch(word)


def _concept(word: str) -> str:
    found = stem(fold(word))
    found = _SYNONYMS.get(found, found)
    return CONCEPTS.get(found, found)


def _anchor(reading: _Reading) -> str:
    concepts = [c for c in map(_concept, [*reading.noun, *reading.detail]) if c in _COUNTED_CONCEPTS]
    return concepts[0] if concepts else _concept(reading.noun[-1])


def _detail(reading: _Reading) -> frozenset[str]:
    words = [w for w in [*reading.noun[:-1], *reading.detail] if _is_word(w)]
    return frozenset(map(_concept, words)) - {_anchor(reading)}


def _direction(after: list[str]) -> str | None:
    """ "north of Kabul", "south of the capital" right after a distance: where it is measured from."""
    if len(after) < 3 or fold(after[0]) not in _DIRECTIONS or fold(after[1]) != "of":
        return None
    if after[2][0].isupper():
        return after[2].removesuffix("'s").removesuffix("’s")
    return f"the {after[3]}" if fold(after[2]) == "the" and len(after) > 3 and _is_word(after[3]) else None


def _counted(after: list[str], before: list[str], q: Quantity, attributive: bool) -> _Reading | None:
    """A count: "34 provinces of Afghanistan", "a four-page summary", "the death toll rose to 23"."""
    if not q.head:
        return _measuring(before)
    at = next((i for i, t in enumerate(after[:6]) if fold(t) == q.head), -1)
    if at < 0:
        return None
    if attributive:  # "four-page summary": the summary is measured, in pages
        noun = _noun_run(after[at + 1:])
        return _Reading(noun, "", (after[at],)) if noun else None
    noun = _noun_run(after[at:]) or [after[at]]
    rest = after[at + len(noun):]
    participle = _participle(rest) or _verb_before(before)
    if participle:
        return _Reading(noun, "", (participle,))
    link, detail = _complement(rest)
    return _Reading(noun, link, detail) if detail else _Reading(noun, *_possessor(before))


def _measuring(before: list[str]) -> _Reading | None:
    words = [t for t in before if t[0].isalpha()]
    for i in range(len(words) - 1, -1, -1):
        if fold(words[i]) in _MEASURING:
            return _Reading(words[max(0, i - 1):i + 1] if i and _is_word(words[i - 1]) else [words[i]])
    return None


def _forward(after: list[str], q: Quantity) -> _Reading | None:
    """The noun a figure with a unit qualifies: "tons of aid", "60-day suspension", "$5 billion for a wall"."""
    start = 1 if after[:1] and fold(after[0]) == "worth" else 0
    if start < len(after) and fold(after[start]) in ("of", "in", "for"):
        noun = _noun_run(after[start + 1:])
        if noun:
            link, detail = _complement(after[start + 1 + _run_length(after[start + 1:], noun):])
            return _Reading(noun, link, detail, share="of" if fold(after[start]) == "of" else "")
    if "-" in q.text or q.dimension == "percentage":
        noun = _noun_run(after[start:])
        if noun:
            link, detail = _complement(after[start + _run_length(after[start:], noun):])
            return _Reading(noun, link, detail, share="after")
    return None


def _run_length(tokens: list[str], noun: list[str]) -> int:
    return tokens.index(noun[-1]) + 1 if noun and noun[-1] in tokens else 0


def _noun_run(tokens: list[str]) -> list[str]:
    """Content words in a row, a leading name or two and a determiner skipped: "Berglund base tunnel"."""
    skipped = 0
    while skipped < len(tokens) and fold(tokens[skipped]) in _DETERMINERS:
        skipped += 1
    names = 0
    while names < MAX_NAMES_SKIPPED and skipped + names + 1 < len(tokens) and tokens[skipped + names][:1].isupper() \
            and _is_word(tokens[skipped + names + 1]) and not tokens[skipped + names + 1][:1].isupper():
        names += 1
    run = []
    for token in tokens[skipped + names:skipped + names + MAX_NOUN_RUN]:
        if not _is_word(token) or fold(token) in _PREPOSITIONS or (run and _is_verb_form(token)):
            break
        run.append(token)
    return run


def _is_verb_form(token: str) -> bool:
    word = fold(token)
    return word in _PARTICIPLES or word.endswith("ed")


def _complement(tokens: list[str]) -> tuple[str, tuple[str, ...]]:
    """ "of tax cuts", "from Medicare", "for a wall": what the measured noun is of."""
    if tokens and fold(tokens[0]) in _PREPOSITIONS:
        noun = _noun_run(tokens[1:])
        if noun:
            return fold(tokens[0]), tuple(noun)
    return "", ()


def _participle(tokens: list[str]) -> str | None:
    """ "people were killed", "terrorists reported killed": what happened to what is counted."""
    for token in tokens[:MAX_BEFORE_PARTICIPLE + 1]:
        word = fold(token)
        if word in _AUXILIARIES:
            continue
        return token if _is_verb_form(token) and word not in STOPWORDS else None
    return None


def _verb_before(before: list[str]) -> str | None:
    """ "Police have arrested 45 people": the verb right before a count."""
    words = [t for t in before if t[0].isalpha() and fold(t) not in _BACK_SKIP]
    return words[-1] if words and fold(words[-1]) in _PARTICIPLES else None


def _possessor(before: list[str]) -> tuple[str, tuple[str, ...]]:
    """ "Afghanistan's 34 provinces": the provinces of Afghanistan."""
    if before and before[-1][:1].isupper() and before[-1].endswith(("'s", "’s")):
        return "of", (before[-1][:-2],)
    return "", ()


def _backward(before: list[str], after: list[str]) -> _Reading | None:
    """The noun a figure is said of: "Turnout was 61 percent", "the talks lasted", "cost 15 billion"."""
    tokens = [t for t in before if t not in ("(", ")")]
    linked, skipped = False, []
    while tokens and (fold(tokens[-1]) in _BACK_SKIP | _LINKING or tokens[-1] in (",", ":")):
        skipped.append(fold(tokens.pop()))
        linked = skipped[-1] in _LINKING or linked
    link, detail = _complement(after)
    if tokens and fold(tokens[-1]) in ("cost", "costs"):
        noun = [_opener(tokens, -2), "cost"] if len(tokens) > 1 and _is_word(tokens[-2]) else ["cost"]
        return _Reading(noun, link, detail)
    verb_allowed = skipped[-1:] == ["for"] or bool(detail)  # "suspended for 60 days", "cut $7 billion from"
    if not tokens or not _is_word(tokens[-1]) or (_is_verb_form(tokens[-1]) and not verb_allowed) or \
            (tokens[-1][:1].isupper() and len(tokens) > 1 and not linked):
        return None
    noun = [_opener(tokens, -1)]
    if len(tokens) > 1 and _is_word(tokens[-2]) and _opener(tokens, -2).islower() and not _is_verb_form(tokens[-2]):
        noun.insert(0, _opener(tokens, -2))
    during = _action(tokens) if skipped[-1:] == ["for"] else ""
    return _Reading(noun, link, detail, strong=linked, during=during)


def _action(tokens: list[str]) -> str:
    """ "reopen the government" (for three weeks): what lasted, read back to its verb."""
    words: list[str] = []
    for token in reversed(tokens[-4:]):
        if not token[0].isalpha() or (fold(token) in STOPWORDS and fold(token) not in _DETERMINERS):
            break
        words.insert(0, token)
    while words and fold(words[0]) in _DETERMINERS:
        words.pop(0)
    return " ".join(words) if len(words) > 1 or (words and _is_verb_form(words[0])) else ""


def _opener(tokens: list[str], at: int) -> str:
    """A capitalised word opening the sentence is not a name ("Turnout was 61 percent")."""
    word = tokens[at]
    return word.lower() if len(tokens) + at == 0 and not word.isupper() else word


def _time(sentence: str, start: int, end: int) -> str | None:
    """The time cue nearest the figure, if the sentence has one."""
    found = [(max(m.start() - end, start - m.end(), 0), m.group()) for m in _TIME.finditer(sentence)]
    return fold(min(found)[1]).replace("the ", "") if found else None


def same_noun(a: Measure, b: Measure) -> str:
    """ "same", "different" (both read from the noun itself), "unsure" (a guess differs) or "unknown"."""
    if a.place or b.place:
        return "same" if a.place == b.place else "different"
    if a.anchor is None or b.anchor is None:
        return "unknown"
    if a.anchor in b.also or b.anchor in a.also:
        return "same"
    if _same_stem(a.anchor, b.anchor):
        clash = a.detail and b.detail and not (a.detail & b.detail) and a.strong and b.strong
        return "different" if clash else "same"
    return "different" if a.strong and b.strong else "unsure"


def _same_stem(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= SHARED_STEM_PREFIX and a[:SHARED_STEM_PREFIX] == b[:SHARED_STEM_PREFIX])


def _label(reading: _Reading, q: Quantity) -> str:
    noun = " ".join(reading.noun)
    if reading.during:
        return f"{reading.during} for"
    if reading.detail and not reading.link and q.head and fold(reading.detail[0]) == q.head:
        return f"{_plural(reading.detail[0])} of the {noun}"  # "four-page summary": pages of the summary
    if reading.detail and not reading.link:
        return f"{noun} {fold(reading.detail[0])}" if q.head else noun
    if q.dimension == "percentage" and reading.share == "of":
        noun = f"share of the {noun}"
    elif q.dimension == "percentage" and reading.share == "after" and not reading.detail:
        noun = f"{noun} share"
    elif q.dimension == "duration" and not q.head and "-" not in q.text:
        noun = f"length of the {noun}"
    return f"{noun} {reading.link} {' '.join(reading.detail)}" if reading.detail else noun


def _plural(word: str) -> str:
    return word if fold(word).endswith("s") else f"{word}s"
