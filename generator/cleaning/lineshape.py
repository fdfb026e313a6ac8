"""What each line of a dump looks like on its own: length, punctuation, wording, family, position.

These are the context-free features the prose model (:mod:`.prose`) reads; they are cheap (a few
regular expressions per line, then numpy over the columns) so that a whole page is described in a
millisecond or two.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

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

# The characters a sentence may end with (lines are stripped: the last character decides).
_SENTENCE_ENDS = frozenset(".!?。！？…;؟।»\"”’)]")
# Cheap tests for a web or mail address: most lines have neither a dot nor an at sign near words.
_URL = re.compile(r"https?://|www\.|\.(com|org|net|html?)\b", re.I)
_MAIL = re.compile(r"\S+@\S+\.\w+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_COMMA = re.compile(r"[,،、，]")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[|›»•·]|\s/\s")
_INNER_SENTENCE = re.compile(r"[.!?。！？؟](?:\s|$)")
_QUOTE = re.compile(r"[\"“”«»„]")
_PUNCTUATION = re.compile(r"[^\w\s]")
_FAMILY_INDEX = {name: i for i, name in enumerate(FAMILIES)}
# Per-line counts gathered in one pass, before the columns are computed with numpy.
_COUNTS = ("words", "chars", "visible", "tokens", "stop", "upper", "token_chars", "commas", "digits",
           "separators", "punctuation", "inner_sentences", "repeats")
_FLAGS = ("ends_sentence", "ends_colon", "all_caps", "url", "lower_start", "bulleted", "blank_before",
          "digit_start", "quotes", "ellipsis")


def describe(lines: list[Line], families: list[str | None], stop_words: frozenset[str]) -> np.ndarray:
    """The :data:`OWN` features of each line: one row per line."""
    n = len(lines)
    counts, flags = _measure(lines, stop_words)
    c = dict(zip(_COUNTS, counts))
    words = np.maximum(c["words"], 1)
    tokens = np.maximum(c["tokens"], 1)
    visible = np.maximum(c["visible"], 1)
    log_words = np.minimum(np.log1p(words), MAX_LOG_WORDS)
    stop = c["stop"] / tokens
    before = np.concatenate([[0.0], np.cumsum(c["words"])[:-1]])
    columns = [
        np.ones(n), log_words, np.minimum(np.log1p(c["chars"]), MAX_LOG_CHARS), flags[0], flags[1], stop,
        stop * log_words, np.minimum(c["commas"] / words, MAX_COMMAS_PER_WORD), c["digits"] / visible,
        c["upper"] / tokens, flags[2], flags[3], (c["repeats"] > 1).astype(float), np.log(c["repeats"]),
        flags[4], (words < SHORT_WORDS).astype(float), (words <= TINY_WORDS).astype(float), flags[5], flags[6],
        np.minimum(c["separators"], MAX_SEPARATORS) / MAX_SEPARATORS, c["punctuation"] / visible,
        np.minimum(c["token_chars"] / tokens, MAX_TOKEN_LENGTH) / MAX_TOKEN_LENGTH, flags[7], flags[8],
        np.minimum(np.log1p(c["inner_sentences"]), MAX_LOG_SENTENCES), flags[9],
        np.arange(n) / max(n - 1, 1), before / (c["words"].sum() or 1), c["words"] / (c["words"].max(initial=0) or 1),
    ]
    one_hot = np.zeros((n, len(FAMILIES)))
    for i, family in enumerate(families):
        if family in _FAMILY_INDEX:
            one_hot[i, _FAMILY_INDEX[family]] = 1.0
    return np.hstack([np.column_stack(columns), one_hot]) if n else np.zeros((0, len(OWN)))


def _measure(lines: list[Line], stop_words: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """The :data:`_COUNTS` and :data:`_FLAGS` of every line, as two arrays of columns."""
    repeats = Counter(line.text.casefold() for line in lines)
    counts, flags = [], []
    for line in lines:
        text = line.text
        tokens = _TOKEN.findall(text)
        counts.append((
            line.words, len(text), len(text) - text.count(" "), len(tokens),
            sum(map(stop_words.__contains__, map(str.casefold, tokens))),
            sum(1 for token in tokens if token[0].isupper()), sum(map(len, tokens)), len(_COMMA.findall(text)),
            len(_DIGIT.findall(text)), len(_SEPARATOR.findall(text)), len(_PUNCTUATION.findall(text)),
            len(_INNER_SENTENCE.findall(text)), repeats[text.casefold()],
        ))
        flags.append((
            text[-1] in _SENTENCE_ENDS, text.endswith((":", "：")), len(text) >= 4 and text.isupper(),
            bool(_URL.search(text) or ("@" in text and _MAIL.search(text))), text[0].islower(), line.bulleted,
            line.blank_before, text[0].isdigit(), bool(_QUOTE.search(text)), text.endswith(("...", "…")),
        ))
    shape = (len(lines), len(_COUNTS)), (len(lines), len(_FLAGS))
    return (np.array(counts, dtype=float).reshape(shape[0]).T, np.array(flags, dtype=float).reshape(shape[1]).T)
