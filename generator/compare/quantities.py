"""Quantities in one sentence: value, unit, what is counted, and how the source hedges it.

"around 90 miles (144 kilometers)" is one distance; "more than 50 tons" a lower bound;
"the previous toll of 30" a previous value and "expected to reach 40" a forecast, neither of
which can conflict with a current value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import NUMBER, NUMBER_INITIALS, SCALE, parse_number
from .text import STOPWORDS, fold, starting_with, stem

# Words read before and after a figure for its qualifier and its context.
WINDOW_BEFORE = 8
WINDOW_AFTER = 8
# Words on either side that usually name what is measured ("turnout was 61 percent").
NEAR_WORDS = 3
# A round number stands for what it rounds ("700" for 650 to 750), but never for more than this
# share either way: "60 rebels" is not "about 50 to 70 rebels".
MAX_ROUNDING = 0.10
# Units counted loosely in whole numbers: "two weeks" may be fifteen days, "two years" 22 months.
LOOSE_UNITS = frozenset(("week", "weeks", "month", "months", "year", "years"))

# unit word -> (dimension, normalised unit, factor to the normalised unit)
UNITS = {
    **{w: ("distance", "km", 1.609344) for w in ("mile", "miles", "mi")},
    **{w: ("distance", "km", 1.0) for w in ("km", "kilometer", "kilometers", "kilometre", "kilometres")},
    **{w: ("distance", "km", 0.001) for w in ("meter", "meters", "metre", "metres", "m")},
    **{w: ("distance", "km", 0.0003048) for w in ("foot", "feet", "ft")},
    # Short and metric tons differ by 10%, below what news rounding distinguishes.
    **{w: ("mass", "t", 1.0) for w in ("ton", "tons", "tonne", "tonnes", "metric tons")},
    **{w: ("mass", "t", 0.001) for w in ("kg", "kilogram", "kilograms", "kilos")},
    **{w: ("duration", "days", 1 / 1440) for w in ("minute", "minutes")},
    **{w: ("duration", "days", 1 / 24) for w in ("hour", "hours")},
    **{w: ("duration", "days", 1.0) for w in ("day", "days")},
    **{w: ("duration", "days", 7.0) for w in ("week", "weeks")},
    **{w: ("duration", "days", 30.44) for w in ("month", "months")},
    **{w: ("duration", "days", 365.25) for w in ("year", "years")},
    **{w: ("distance", "km", 0.0000254) for w in ("inch", "inches")},
    **{w: ("speed", "km/h", 1.609344) for w in ("mph", "miles per hour", "miles an hour")},
    **{w: ("speed", "km/h", 1.0) for w in ("km/h", "kph", "kilometres per hour", "kilometers per hour")},
    **{w: ("percentage", "%", 1.0) for w in ("percent", "per cent", "%", "percentage points")},
    **{w: ("money", "USD", 1.0) for w in ("dollar", "dollars", "$", "us$")},
    **{w: ("money", "EUR", 1.0) for w in ("euro", "euros", "€")},
    **{w: ("money", "GBP", 1.0) for w in ("£",)},
}
_UNIT_AFTER = "|".join(sorted((re.escape(u) for u in UNITS if u not in ("$", "€", "£", "us$")), key=len,
                              reverse=True))
# Where a figure can start: "between", a currency sign, or a number's first character after no
# letter, digit, dot or comma. Checked first, so the long pattern is tried only at such places.
_FIGURE_START = rf"(?=between|US\$|[$€£]|(?<![\w.,])[\d{NUMBER_INITIALS}])"
_FIGURE = re.compile(
    rf"{_FIGURE_START}"
    rf"(?P<between>between\s+)?(?P<currency>US\$|\$|€|£)?(?<![\w.,])(?P<low>{NUMBER})(?![\w,]*\d)(?:\s*(?P<lowscale>{SCALE}))?"
    rf"(?:\s*(?:-|–|to|(?(between)and|(?!)))\s*(?P<high>{NUMBER})(?:\s*(?P<highscale>{SCALE}))?)?"
    rf"(?:(?:\s*|-)(?P<unit>{_UNIT_AFTER})(?![\w/]))?", re.I)
# Words news uses interchangeably for what a count measures.
CONCEPTS = {**{stem(w): "deaths" for w in "killed died dead deaths death toll fatalities perished".split()},
            **{stem(w): "injured" for w in "injured wounded hurt injuries treated".split()},
            **{stem(w): "arrests" for w in "arrests arrested detained detentions".split()},
            **{stem(w): "power" for w in "power electricity outage outages".split()}}
# Words in the longest hedge below ("in excess of"): how far back from a figure its hedge can start.
BOUND_WORDS = 3
_BOUNDS = [
    ("at least", re.compile(r"\b(more than|over|at least|upwards of|in excess of|exceed\w*|as many as)\s*$", re.I)),
    ("at most", re.compile(r"\b(up to|fewer than|less than|under|at most|no more than|below)\s*$", re.I)),
    ("approximate", re.compile(r"\b(about|around|some|nearly|almost|roughly|approximately|an estimated|"
                               r"estimated|close to|roughly|circa)\s*$", re.I)),
]
_PREVIOUS = re.compile(r"\b" + starting_with("acdefhilopu") +
                       r"(previous(ly)?|earlier (estimate|figure|toll|count|tally)|up from|down from|"
                       r"compared (with|to)|last (year|month|week)|a year (ago|earlier)|initially|"
                       r"originally|had risen|from a)\b", re.I)
_FORECAST = re.compile(r"\b" + starting_with("abcefgiptw") +
                       r"(expect|expected|expects|forecast\w*|projected|projects|predict\w*|could reach|"
                       r"would reach|target|goal of|aims? to|plans? to|is set to|are set to|by 20\d\d)\b", re.I)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)
# "one" and "half a" are words before they are figures, unless a unit follows.
NUMBER_ONLY = re.compile(NUMBER + "|" + SCALE, re.I)
_NOT_WORD = re.compile(r"[^\w'-]")
_WORD_CHAR = re.compile(r"\w")
_DECIMAL = re.compile(r"\d+\.\d+")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_ORDINAL_OR_TIME = re.compile(r"\s*(st|nd|rd|th)\b|:\d|/\d|\s*(a\.m|p\.m|am\b|pm\b)", re.I)
_LABEL = re.compile(r"[:/]$|\b(no|number|page|route|flight|article)\.?\s*$", re.I)
_MONTH_AFTER = re.compile(r"\s+(january|february|march|april|may|june|july|august|september|october|november|"
                          r"december)\b", re.I)
_PUNCTUATION_AFTER = re.compile(r"\s*[,;.:)]")
_LATIN_WORD = re.compile(r"[A-Za-z][\w'-]*")
_MEASURING_BEFORE = re.compile(r"\b(toll|total|number|count|tally|figure|turnout|losses|casualties)\b"
                               r"(?:\W+\w+){0,8}\W*$", re.I)
_FORECAST_AFTER = re.compile(r"\s*(forecast|expected|projected|predicted|estimate)\b", re.I)
_BRACKET_BETWEEN = re.compile(r"\s*[(\[]\s*(?:about|around|some|or)?\s*")
_TOO_COMMON = frozenset(("one", "zero", "half a", "a hundred", "a thousand"))
_COUNT_SKIP = frozenset("more other additional further of the a an some new such than about".split())


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets within the sentence
    end: int
    text: str
    value: float
    unit: str | None  # as written
    dimension: str  # "distance", "mass", ..., or "count"
    normalized_unit: str
    normalized: float
    upper: float | None
    head: str | None  # what a count counts ("provinces")
    bound: str | None
    when: str | None  # "previous" or "forecast"
    context: tuple[str, ...]
    near: tuple[str, ...]  # the context words right next to the figure
    rounding: float = 0.0  # relative half-step of the number as written: 0.1 for "5 billion", 0.0 for "52"

    @property
    def stems(self) -> frozenset[str]:
        """Context stems, casualty and arrest words reduced to one concept each."""
        return _concepts(self.context + ((self.head,) if self.head else ()))

    @property
    def near_stems(self) -> frozenset[str]:
        return _concepts(self.near + ((self.head,) if self.head else ()))


def _concepts(words) -> frozenset[str]:
    stems = (stem(word) for word in words)
    return frozenset(CONCEPTS.get(s, s) for s in stems)


def quantities(sentence: str) -> list[Quantity]:
    """The figures of one sentence, dates, years and converted repeats left out."""
    found: list[Quantity] = []
    for match in _FIGURE.finditer(sentence):
        quantity = _quantity(sentence, match)
        if quantity and not _conversion(sentence, found, quantity):
            found.append(quantity)
    return found


def _quantity(sentence: str, match: re.Match) -> Quantity | None:
    low = parse_number(match.group("low"), match.group("lowscale") or
                       (match.group("highscale") if match.group("high") else None))
    if low is None or _is_date_or_label(sentence, match) or _WORD_CHAR.match(sentence, match.end()):
        return None
    if match.group("low").lower() in _TOO_COMMON and not match.group("unit"):
        return None
    high = parse_number(match.group("high"), match.group("highscale") or match.group("lowscale")) \
        if match.group("high") else None
    unit = _unit(match)
    if unit is None:
        head = _count_head(sentence[match.end():])
        if head is None and not _counted_before(sentence[:match.start()]):
            return None
        dimension, normalised, factor = "count", "count", 1.0
    else:
        head, (dimension, normalised, factor) = None, UNITS[unit]
    before = sentence[:match.start()]
    start = match.start("currency") if match.group("currency") else match.start("low")
    words_before, words_after = before.split(), sentence[match.end():].split()  # read once for the cues below
    return Quantity(start, match.end(), sentence[start:match.end()].strip(), low, unit, dimension, normalised,
                    low * factor, high * factor if high is not None and high > low else None, head,
                    _bound(before), _when(sentence, match, words_before), _context(words_before, words_after),
                    _context(words_before, words_after, NEAR_WORDS, NEAR_WORDS),
                    _rounding(match.group("low"), bool(match.group("lowscale")) or unit in LOOSE_UNITS))


def _rounding(written: str, whole_units: bool) -> float:
    """How far a number may be from the value it rounds: "90" ±5, "5 billion" ±0.5 billion, "52" exactly.

    ``whole_units``: the number counts a scale or a loose unit ("billion", "weeks"), so ±half of one.
    """
    written = written.lower().replace(",", "")
    value = parse_number(written)
    if not value:
        return 0.0
    if _DECIMAL.fullmatch(written):
        step = 10.0 ** -len(written.split(".")[1])
    elif written.isdigit():
        zeros = len(written) - len(written.rstrip("0"))
        step = 10.0 ** zeros if zeros else 0.0
    else:
        step = 10.0 if value >= 20 and value % 10 == 0 else 0.0
    if whole_units:
        step = max(step, 1.0)
    return min(MAX_ROUNDING, 0.5 * step / value)


def _unit(match: re.Match) -> str | None:
    if match.group("currency"):
        return {"us$": "$"}.get(match.group("currency").lower(), match.group("currency"))
    unit = match.group("unit")
    return unit.lower() if unit else None


def _is_date_or_label(sentence: str, match: re.Match) -> bool:
    text = match.group("low")
    if _YEAR.fullmatch(text) and not match.group("unit") and not match.group("currency"):
        return True  # a year
    before, after = sentence[:match.start()], sentence[match.end():]
    last_word = _last_words(before, 1)
    if _MONTH.search(before, last_word) or _ORDINAL_OR_TIME.match(after):
        return True
    return bool(_LABEL.search(before, last_word)) or bool(_MONTH_AFTER.match(after))


def _count_head(after: str) -> str | None:
    if _PUNCTUATION_AFTER.match(after):
        return None  # "rose to 23, officials said": the count is of what came before
    for word in _LATIN_WORD.findall(after)[:4]:
        if word[0].isupper() or word.lower() in _COUNT_SKIP:
            continue
        return None if word.lower() in STOPWORDS else fold(word)
    return None


def _counted_before(before: str) -> bool:
    """ "the death toll has risen to 23": a bare number after a measuring noun."""
    return bool(_MEASURING_BEFORE.search(before))


def _bound(before: str) -> str | None:
    start = _last_words(before, BOUND_WORDS)
    return next((name for name, pattern in _BOUNDS if pattern.search(before, start)), None)


def _last_words(text: str, count: int) -> int:
    """Where the last ``count`` whitespace-separated words of ``text`` start (0 if it has no more).

    A pattern that must end the text and spans at most that many words is searched from there,
    not tried at every character of a long sentence.
    """
    parts = text.rsplit(None, count)
    if len(parts) <= count:
        return 0
    rest = text[len(parts[0]):]  # the separator, then the last words
    return len(text) - len(rest.lstrip())


def _when(sentence: str, match: re.Match, words_before: list[str]) -> str | None:
    """The temporal cue nearest before the figure: a previous value or a forecast."""
    if _FORECAST_AFTER.match(sentence, match.end()):
        return "forecast"  # "the 150 mph forecast on Wednesday"
    window = " ".join(words_before[-WINDOW_BEFORE:])
    cues = [(m.end(), "previous") for m in _PREVIOUS.finditer(window)]
    cues += [(m.end(), "forecast") for m in _FORECAST.finditer(window)]
    return max(cues)[1] if cues else None


def _context(words_before: list[str], words_after: list[str], before: int = WINDOW_BEFORE,
             after: int = WINDOW_AFTER) -> tuple[str, ...]:
    """Content words around the figure, in order (folded, not stemmed, so they can be shown)."""
    around = words_before[-before:] + words_after[:after]
    return tuple(w for w in map(_context_word, around) if w)


@lru_cache(maxsize=50_000)
def _context_word(token: str) -> str | None:
    """A token as a context word (folded, punctuation dropped), or None for a function word or a number.

    Cached: the same words surround figures in sentence after sentence.
    """
    word = fold(_NOT_WORD.sub("", token))
    return word if word and word not in STOPWORDS and not word[0].isdigit() and not NUMBER_ONLY.fullmatch(word) \
        else None


def _conversion(sentence: str, found: list[Quantity], quantity: Quantity) -> bool:
    """ "90 miles (144 kilometers)": the bracketed figure repeats the previous one."""
    if not found or found[-1].dimension != quantity.dimension:
        return False
    return _BRACKET_BETWEEN.fullmatch(sentence, found[-1].end, quantity.start) is not None
