"""What each line of a dump looks like on its own: length, punctuation, wording, family, position.

These are the context-free features the prose model (:mod:`.prose`) reads; they are cheap (a few
regular expressions per line) so that a whole page is described in a millisecond or two.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .lines import Line

# Caps keep one odd value (a 2,000-word line, a comma list) from swamping the others.
MAX_LOG_WORDS = 6.0
MAX_LOG_CHARS = 8.0
MAX_COMMAS_PER_WORD = 0.5
MAX_TOKEN_LENGTH = 15.0
MAX_SEPARATORS = 3.0
MAX_LOG_SENTENCES = 3.0
# Below this many words a line is a label, a button or a heading, not a paragraph.
SHORT_WORDS = 5
TINY_WORDS = 2

# The furniture families (see :mod:`.families`) the model weighs one by one.
FAMILIES = ("navigation", "consent", "account", "sharing", "advert", "data-table", "widget", "caption",
            "credit", "read-also", "related", "comments", "comment-rules", "wire-marker", "copyright",
            "metadata")

OWN = ("bias", "log_words", "log_chars", "ends_sentence", "ends_colon", "stop_share", "stop_x_length",
       "commas", "digits", "title_case", "all_caps", "url", "repeated", "log_repeats", "lower_start",
       "short", "tiny", "bulleted", "blank_before", "separators", "punctuation", "token_length",
       "digit_start", "quotes", "sentences", "ellipsis", "position", "word_position", "share_of_longest",
       *(f"family:{name}" for name in FAMILIES))

_SENTENCE_END = re.compile(r"[.!?。！？…;؟।»\"”’)\]]\s*$")
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\.(com|org|net|html?)\b", re.I)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_COMMA = re.compile(r"[,،、，]")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[|›»•·]|\s/\s")
_INNER_SENTENCE = re.compile(r"[.!?。！？؟](?:\s|$)")
_QUOTE = re.compile(r"[\"“”«»„]")
_PUNCTUATION = re.compile(r"[^\w\s]")
_FAMILY_INDEX = {name: i for i, name in enumerate(FAMILIES)}


def describe(lines: list[Line], families: list[str | None], stop_words: frozenset[str]) -> list[list[float]]:
    """One row of :data:`OWN` features per line."""
    counts = Counter(line.text.casefold() for line in lines)
    last = max(len(lines) - 1, 1)
    total_words = sum(line.words for line in lines) or 1
    longest = max((line.words for line in lines), default=1) or 1
    rows, before = [], 0
    for i, (line, family) in enumerate(zip(lines, families)):
        page = (i / last, before / total_words, line.words / longest, counts[line.text.casefold()])
        rows.append(_row(line, family, stop_words, page))
        before += line.words
    return rows


def _row(line: Line, family: str | None, stop_words: frozenset[str],
         page: tuple[float, float, float, int]) -> list[float]:
    text = line.text
    tokens = _TOKEN.findall(text)
    n_tokens = len(tokens) or 1
    words = max(line.words, 1)
    log_words = min(math.log1p(words), MAX_LOG_WORDS)
    stop = sum(1 for t in tokens if t.casefold() in stop_words) / n_tokens
    visible = max(len(text) - text.count(" "), 1)
    position, word_position, share_of_longest, repeats = page
    row = [
        1.0, log_words, min(math.log1p(len(text)), MAX_LOG_CHARS), float(bool(_SENTENCE_END.search(text))),
        float(text.endswith((":", "："))), stop, stop * log_words,
        min(len(_COMMA.findall(text)) / words, MAX_COMMAS_PER_WORD), len(_DIGIT.findall(text)) / visible,
        sum(1 for t in tokens if t[0].isupper()) / n_tokens, _all_caps(text), float(bool(_URL.search(text))),
        float(repeats > 1), math.log(repeats), float(text[0].islower()), float(words < SHORT_WORDS),
        float(words <= TINY_WORDS), float(line.bulleted), float(line.blank_before),
        min(len(_SEPARATOR.findall(text)), MAX_SEPARATORS) / MAX_SEPARATORS,
        len(_PUNCTUATION.findall(text)) / visible,
        min(sum(len(t) for t in tokens) / n_tokens, MAX_TOKEN_LENGTH) / MAX_TOKEN_LENGTH,
        float(text[0].isdigit()), float(bool(_QUOTE.search(text))),
        min(math.log1p(len(_INNER_SENTENCE.findall(text))), MAX_LOG_SENTENCES),
        float(text.endswith(("...", "…"))), position, word_position, share_of_longest,
    ]
    one_hot = [0.0] * len(FAMILIES)
    if family in _FAMILY_INDEX:
        one_hot[_FAMILY_INDEX[family]] = 1.0
    return row + one_hot


def _all_caps(text: str) -> float:
    return float(len(text) >= 4 and text.isupper())
