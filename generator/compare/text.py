"""Word-level helpers every analysis shares: folding, tokens, stems and content words.

Matching works on folded text (case and accents removed, curly marks made straight) so that
"Stéphane" and "Stephane", or ’ and ', never decide whether two passages are the same.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                        "‘": "'", "’": "'", "‚": "'", "‛": "'", "–": "-", "—": "-", "‑": "-"})

# Sentences and paragraphs the per-text caches keep: every one of a large comparison (80 sources
# of some 50 sentences each), which is where copies repeat them, not a whole archive's.
TEXT_CACHE = 8192

# Function words carry no content: two sentences sharing only these share nothing.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say told tell telling according s t mr mrs ms
one new also however would could may might must shall us its it's that's
""".split())


def starting_with(letters: str) -> str:
    """A lookahead for a pattern whose every match starts with one of ``letters``: put first, it
    lets the long alternation behind it be tried only where a match can start. (Under re.I a
    class of letters matches exactly the characters the letters themselves do.)"""
    return f"(?=[{letters}])"


def fold(text: str) -> str:
    """Lower case, no accents, straight quote marks and hyphens."""
    if text.isascii():
        return text.casefold()
    return _fold_unicode(text)


@lru_cache(maxsize=50_000)
def _fold_unicode(text: str) -> str:
    # Cached: names and words are folded again and again, and decomposing them is the slow part.
    text = text.translate(_MARKS)
    if text.isascii():
        return text.casefold()  # only curly marks: nothing to decompose
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    """Folded word tokens, apostrophes kept inside words."""
    return list(_cached_words(text))


@lru_cache(maxsize=50_000)
def _cached_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of the original text with their spans (folding keeps lengths for Latin text)."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word.replace("'", ""))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order."""
    return [stem(word) for word in words(text) if word not in STOPWORDS and not word.isdigit()]


def content_and_numbers(text: str) -> list[str]:
    """Like :func:`content_stems`, keeping numerals: a figure is content when matching sentences."""
    return [word if word.isdigit() else stem(word) for word in words(text) if word not in STOPWORDS]


def normalise(text: str) -> str:
    """Folded words joined by single spaces: the key for verbatim comparison."""
    return " ".join(words(text))
