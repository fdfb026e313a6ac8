"""Numbers as news text writes them: "1,000", "3.5", "18 million", "thirty-four", "a dozen"."""

from __future__ import annotations

import re

_UNITS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {word: 10 * n for n, word in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
         if word != "_"}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "dozen": 12}
_SPELLED_WORDS = (*_UNITS, *_TENS, "a dozen", "dozen", "a hundred", "a thousand", "half a")
_SPELLED = "|".join(sorted(_SPELLED_WORDS, key=len, reverse=True))
# The letters a spelled-out number starts with: besides a digit, where a number can start.
NUMBER_INITIALS = "".join(sorted({word[0] for word in _SPELLED_WORDS}))
# A numeral, or a spelled-out number up to the nineties ("thirty-four", "twenty five").
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
          rf"(?:{'|'.join(sorted(_TENS, key=len, reverse=True))})(?:[\s-](?:{'|'.join(k for k in _UNITS if _UNITS[k])}))?"
          rf"|{_SPELLED})")
SCALE = r"(?:hundred|thousand|million|billion|trillion|mn|bn)s?"
_ABBREVIATED = {"mn": "million", "bn": "billion"}
_NUMERAL = re.compile(r"[\d,]+(?:\.\d+)?")
_SEPARATOR = re.compile(r"[\s-]+")
NUMBER_RE = re.compile(rf"\b(?P<number>{NUMBER})(?:\s+(?P<scale>{SCALE}))?\b", re.I)


def parse_number(text: str, scale: str | None = None) -> float | None:
    """The value of a numeral or spelled-out number, times an optional scale word."""
    value = _numeral(text.strip().lower())
    if value is None:
        return None
    if scale:
        word = scale.lower().rstrip("s")
        value *= SCALES[_ABBREVIATED.get(word, word)]
    return value


def _numeral(text: str) -> float | None:
    if _NUMERAL.fullmatch(text):
        return float(text.replace(",", ""))
    if text in _UNITS:
        return float(_UNITS[text])
    if text in ("a dozen", "dozen"):
        return 12.0
    if text in ("a hundred", "a thousand"):
        return float(SCALES[text[2:]])
    if text == "half a":
        return 0.5
    parts = _SEPARATOR.split(text)
    if parts[0] in _TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in _UNITS)):
        return float(_TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) == 2 else 0))
    return None


def spell(value: int) -> str:
    """English words for 0..99, the inverse of :func:`parse_number` for spelled-out numbers."""
    names = {n: w for w, n in _UNITS.items()}
    if value < 20:
        return names[value]
    tens = {n: w for w, n in _TENS.items()}[value - value % 10]
    return tens if value % 10 == 0 else f"{tens}-{names[value % 10]}"


def format_value(value: float) -> str:
    """A figure as a reader writes it: no trailing ".0", thousands separated."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
