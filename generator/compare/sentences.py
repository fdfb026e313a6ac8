"""Sentence segmentation with spans and stable anchors.

An anchor is the source id plus a short digest of the normalised sentence, so it survives edits
elsewhere in the article (a numbered anchor would shift when a paragraph is added above).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from ..structure.article import HEADING, Article
from ..structure.comparison import Sentence
from .text import TEXT_CACHE, normalise

# Six hex digits: collisions within one article are rare and resolved by a suffix anyway.
ANCHOR_DIGITS = 6

_ABBREVIATIONS = frozenset("""
mr mrs ms dr gen sen rep gov lt col sgt st u.s u.n u.k e.u jan feb mar apr jun jul aug sep sept oct
nov dec no vs inc co corp jr sr prof rev gov capt maj adm cmdr ft mt approx est dept univ
""".split())
# "J." or "U.S." before a full stop: initials, not the end of a sentence.
_INITIALS = re.compile(r"[a-z]|([a-z]\.)+[a-z]?")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def split(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences in reading order; headings are one sentence each."""
    result: list[Sentence] = []
    seen: dict[str, int] = {}
    for block, offset in zip(article.blocks, article.block_offsets):
        heading = block.kind == HEADING
        spans = [(0, len(block.text.rstrip()))] if heading else _paragraph_spans(block.text)
        for start, end in spans:
            text = block.text[start:end]
            anchor = _anchor(article.id, text, seen)
            result.append(Sentence(article.id, len(result), offset + start, offset + end, text, anchor,
                                   heading=heading))
    return tuple(result)


@lru_cache(maxsize=TEXT_CACHE)
def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of a paragraph, remembered: copies of a report repeat its paragraphs."""
    return tuple(_spans(text))


def _spans(text: str):
    start = 0
    for match in _BOUNDARY.finditer(text):
        head = text[start:match.start()].rsplit(None, 1)[-1:]  # the word before the boundary
        before = head[-1].rstrip(".").lower() if head else ""
        if before in _ABBREVIATIONS or _INITIALS.fullmatch(before):
            continue
        yield start, _trim_end(text, start, match.end())
        start = match.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _anchor(source: str, text: str, seen: dict[str, int]) -> str:
    anchor = f"{source}-{_digest(text)}"
    seen[anchor] = seen.get(anchor, 0) + 1
    return anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}"


@lru_cache(maxsize=TEXT_CACHE)
def _digest(text: str) -> str:
    """A short digest of the sentence's words, remembered like the spans."""
    return hashlib.sha1(normalise(text).encode()).hexdigest()[:ANCHOR_DIGITS]
