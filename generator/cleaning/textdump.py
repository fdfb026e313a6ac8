"""Whole-page text dumps: find the article among menus, widgets, tables and consent text.

A dump has no markup, so each line is judged by its wording (:mod:`.families`) and by a model of
its shape and its neighbours' (:mod:`.prose`); the article is the best region of prose, which may
step over inline furniture (:mod:`.region`); lines inside it that are furniture by name (captions,
credits, "read also", adverts) are cut again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import dates, families, language, prose, region
from .lines import Line, split
from .reasons import check

PARAGRAPH = "paragraph"
HEADING = "heading"
# Subheadings are short; a longer line without final punctuation is a paragraph.
MAX_HEADING_WORDS = 16
# A caption is a sentence or two; a longer line before a credit is article text.
MAX_CAPTION_WORDS = 60
# An image's alt text repeated as its caption is short; a longer repeat is a duplicate paragraph.
MAX_ALT_TEXT_WORDS = 30
# Share of the words the region must already hold for a furniture-free text to be all article.
MIN_REGION_SHARE = 0.8
# A repeated line this long is a reprinted paragraph; shorter ones (code, list items, a table of
# contents' headings) repeat in real articles.
MIN_DUPLICATE_WORDS = 6
# Families that the region decides about rather than their wording: rows of figures inside the
# article are its tables.
_REGION_DECIDES = frozenset({"data-table"})
# Above the first sentence, a line shorter than this is a label rather than a paragraph.
MAX_LABEL_WORDS = 8
# Lines sampled for language identification: the long ones, which are mostly the article.
LANGUAGE_SAMPLE_MIN_WORDS = 8

_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?。！？…:;؟।\"”’»)]\s*$")
_BYLINE = re.compile(r"^(posted by:?\s*)?(by|von|par|por|di|door|av|de|автор:?|بقلم|نویسنده:?)\s+(?P<names>.+)$",
                     re.IGNORECASE)


@dataclass
class Reading:
    """The dump as the cleaner read it: its lines, a label for each, and the article's span."""

    lines: list[Line]
    labels: list[str]
    span: tuple[int, int] | None  # the first and last article line
    language: str | None

    def kept(self) -> list[int]:
        return [i for i, label in enumerate(self.labels) if label in (PARAGRAPH, HEADING)]


def read(text: str, model: prose.Model | None = None) -> Reading:
    """Label every line of ``text`` as paragraph, heading or a removal reason."""
    lines = split(text)
    code = language.identify(" ".join(l.text for l in lines if l.words >= LANGUAGE_SAMPLE_MIN_WORDS)
                             or text)
    found = [line_family(line) for line in lines]
    inside = article_lines(lines, found, language.stop_words(code), model or prose.default_model())
    if _is_all_article(lines, found, inside):
        inside = [True] * len(lines)
    labels = _label(lines, found, inside)
    _demote_leading_heading(lines, labels)
    kept = [i for i, keep in enumerate(inside) if keep]
    return Reading(lines, labels, (kept[0], kept[-1]) if kept else None, code)


def article_lines(lines: list[Line], found: list[str | None], stop_words: frozenset[str],
                  model: prose.Model) -> list[bool]:
    """Whether each line is in the article's region, by the prose model and the region decoder."""
    if not lines:
        return []
    scores = model.scores(prose.features(lines, found, stop_words)).tolist()
    gains = region.gains(scores, [line.words for line in lines], found, model.threshold)
    return region.decode(gains, found, model.gap_cost)


def _is_all_article(lines: list[Line], found: list[str | None], inside: list[bool]) -> bool:
    """A text with no furniture that opens with a sentence or is printed as our own output (every
    block apart), and is mostly region, is all article: a clean text must come out unchanged."""
    apart = all(line.blank_before for line in lines[1:])
    if not any(inside) or any(found) or not (_SENTENCE_END.search(lines[0].text) or apart):
        return False
    kept = sum(line.words for line, keep in zip(lines, inside) if keep)
    return kept >= MIN_REGION_SHARE * sum(line.words for line in lines)


def _demote_leading_heading(lines: list[Line], labels: list[str]) -> None:
    """Above the article's first sentence, a heading is a kicker or headline, and a short line
    without a sentence's end is a label (a counter, a site name, a link), not a paragraph."""
    for i, (line, label) in enumerate(zip(lines, labels)):
        sentence = bool(_SENTENCE_END.search(line.text))
        if label == PARAGRAPH and (sentence or line.words >= MAX_LABEL_WORDS):
            return
        if label == HEADING or (label == PARAGRAPH and line.words < MAX_LABEL_WORDS):
            labels[i] = "outside-article"


def line_family(line: Line) -> str | None:
    """The furniture family of one line, from its wording, a date or a byline."""
    found = families.classify(line.text, line.words)
    if found in (None, "data-table") and line.words <= 12 and dates.is_date_line(line.text):
        return "metadata"
    if found is None and is_byline(line.text):
        return "metadata"
    return found


def is_byline(text: str) -> bool:
    """'By Jane Doe and John Roe, Agency': a short line of capitalised names after 'by'."""
    match = _BYLINE.match(text)
    if not match or len(text.split()) > 14 or text.rstrip().endswith((".", "!", "?")):
        return False
    names = [t for t in re.split(r"[\s,]+", match["names"]) if t and t[0].isalpha()]
    return bool(names) and sum(t[0].isupper() for t in names) >= 0.6 * len(names)


def _label(lines: list[Line], found: list[str | None], inside: list[bool]) -> list[str]:
    kept = [i for i, keep in enumerate(inside) if keep]
    span = (kept[0], kept[-1]) if kept else None
    labels = [_outside_reason(found, i, span) for i in range(len(lines))]
    if span is None:
        return labels
    seen: set[str] = set()
    for i in kept:
        key = lines[i].text.casefold()
        repeated = key in seen and lines[i].words >= MIN_DUPLICATE_WORDS
        family = found[i] if found[i] not in _REGION_DECIDES or not _LETTER.search(lines[i].text) else None
        labels[i] = family or ("duplicate" if repeated else PARAGRAPH)
        seen.add(key)
    _mark_captions(lines, labels, span)
    _mark_headings(lines, labels, span)
    return [label if label in (PARAGRAPH, HEADING) else check(label) for label in labels]


def _outside_reason(found: list[str | None], i: int, span: tuple[int, int] | None) -> str:
    if found[i]:
        return found[i]
    if span is not None and i > span[1]:
        header = next((f for f in reversed(found[span[1]:i]) if f in families.BARRIERS), None)
        return header or "outside-article"
    return "outside-article"


def _mark_captions(lines: list[Line], labels: list[str], span: tuple[int, int]) -> None:
    """A line printed twice in a row is an image's alt text and caption; so is the line a credit follows."""
    for i in range(span[0], span[1] + 1):
        following = labels[i + 1] if i + 1 < len(labels) else None
        if labels[i] == PARAGRAPH and following == "credit" and lines[i].words <= MAX_CAPTION_WORDS:
            labels[i] = "caption"
        if (i > span[0] and lines[i].text == lines[i - 1].text and labels[i - 1] == PARAGRAPH
                and lines[i].words <= MAX_ALT_TEXT_WORDS):
            labels[i - 1], labels[i] = "caption", "caption"


def _mark_headings(lines: list[Line], labels: list[str], span: tuple[int, int]) -> None:
    kept = [i for i in range(span[0], span[1] + 1) if labels[i] == PARAGRAPH]
    for i, following in zip(kept, kept[1:]):
        line = lines[i]
        if (line.words <= MAX_HEADING_WORDS and not _SENTENCE_END.search(line.text) and not line.bulleted
                and _SENTENCE_END.search(lines[following].text)):
            labels[i] = HEADING
