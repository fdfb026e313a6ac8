"""Whole-page text dumps: find the article among menus, widgets, tables and consent text.

A dump has no markup, so each line is judged by its wording (:mod:`.families`) and by a model of
its shape and its neighbours' (:mod:`.prose`); the article is the best region of prose, which may
step over inline furniture (:mod:`.region`); lines inside it that are furniture by name (captions,
credits, "read also", adverts) are cut again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import dates, families, language, prose, region
from .lines import Line, split
from .reasons import check

PARAGRAPH = "paragraph"
HEADING = "heading"
# Subheadings are short; a longer line without final punctuation is a paragraph.
MAX_HEADING_WORDS = 16
# A caption is a sentence or two; a longer line before a credit is article text.
MAX_CAPTION_WORDS = 45
# An image's alt text repeated as its caption is a few words to a sentence or two; a one-word
# repeat is code or a list, a longer one a paragraph the page printed twice (kept: losing article
# text costs more than a repeat).
MIN_ALT_TEXT_WORDS = 2
MAX_ALT_TEXT_WORDS = 40
# A text printed as the cleaner prints articles is one when this share of its words is in sentences.
MIN_PRINTED_PROSE_SHARE = 0.5
# Lines whose family is remembered: a page's menus repeat, and the body is checked once more
# after the page was read (a few pages' worth).
FAMILY_CACHE_SIZE = 8192
# Furniture is short: inside the article's region, a longer line naming a family is prose about it.
MAX_FURNITURE_WORDS = 25
# Share of the words the region must already hold for a furniture-free text to be all article.
MIN_REGION_SHARE = 0.8
# Families that the region decides about rather than their wording: rows of figures inside the
# article are its tables.
_REGION_DECIDES = frozenset({"data-table"})
# Lines sampled for language identification: the long ones, which are mostly the article.
LANGUAGE_SAMPLE_MIN_WORDS = 8

_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?。！？…:;؟।\"”’»)]\s*$")
_BYLINE = re.compile(r"^(posted by:?\s*)?(by|von|par|por|di|door|av|de|автор:?|بقلم|نویسنده:?)\s+(?P<names>.+)$",
                     re.IGNORECASE)


@dataclass
class Reading:
    """The dump as the cleaner read it: its lines, their furniture families, a label for each,
    and the article's span."""

    lines: list[Line]
    families: list[str | None]
    labels: list[str]
    span: tuple[int, int] | None  # the first and last article line
    language: str | None
    whole: bool = False  # printed as a cleaned article: every line kept, the headline too

    def kept(self) -> list[int]:
        return [i for i, label in enumerate(self.labels) if label in (PARAGRAPH, HEADING)]


def read(text: str, model: prose.Model | None = None, skip: frozenset[str] = frozenset()) -> Reading:
    """Label every line of ``text`` as paragraph, heading or a removal reason; ``skip`` switches
    rules of :data:`RULES` off (``tests/cleaning/ablate.py`` measures what each one earns)."""
    lines = split(text)
    code = language_of(lines, text)
    found = [line_family(line) for line in lines]
    if "all-article" not in skip and is_printed_article(lines, found):
        return _whole(lines, found, code)
    inside = article_lines(lines, found, language.stop_words(code), model or prose.default_model())
    if "all-article" not in skip and _is_all_article(lines, found, inside):
        inside = [True] * len(lines)
    kept = [i for i, keep in enumerate(inside) if keep]
    span = (kept[0], kept[-1]) if kept else None
    reading = Reading(lines, found, _region_labels(found, inside, span), span, code)
    for name, rule in RULES:
        if name not in skip and span is not None:
            rule(reading)
    reading.labels = [label if label in (PARAGRAPH, HEADING) else check(label) for label in reading.labels]
    return reading


def language_of(lines: list[Line], text: str) -> str | None:
    """The dump's language, from its sentences first (mostly the article's), then any long line:
    banners and tracking markup are long too, and often in another language than the article."""
    long = [line.text for line in lines if line.words >= LANGUAGE_SAMPLE_MIN_WORDS]
    sentences = [line for line in long if _SENTENCE_END.search(line)]
    return language.identify(" ".join(sentences or long) or text)


def article_lines(lines: list[Line], found: list[str | None], stop_words: frozenset[str],
                  model: prose.Model) -> list[bool]:
    """Whether each line is in the article's region, by the prose model and the region decoder."""
    if not lines:
        return []
    scores = model.scores(prose.features(lines, found, stop_words)).tolist()
    gains = region.gains(scores, [line.words for line in lines], found, model.threshold)
    return region.decode(gains, found, model.gap_cost)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_printed_article(lines: list[Line], found: list[str | None]) -> bool:
    """Whether the text reads as an article printed the way the cleaner prints one: every block
    apart, mostly sentences, no line that a rule below would cut. Such a text is kept whole
    (headline included), which makes cleaning a cleaned article change nothing."""
    if not lines or not all(line.blank_before for line in lines[1:]):
        return False
    if any(is_cut_furniture(line, family) for line, family in zip(lines, found)):
        return False
    prose_words = sum(line.words for line in lines if _SENTENCE_END.search(line.text))
    return prose_words >= MIN_PRINTED_PROSE_SHARE * sum(line.words for line in lines)


def reads_as_printed_article(text: str) -> bool:
    """:func:`is_printed_article` of a text, without reading it any further."""
    lines = split(text)
    return is_printed_article(lines, [line_family(line) for line in lines])


def _whole(lines: list[Line], found: list[str | None], code: str | None) -> Reading:
    reading = Reading(lines, found, [PARAGRAPH] * len(lines), (0, len(lines) - 1), code, whole=True)
    _mark_headings(reading)
    return reading


def _is_all_article(lines: list[Line], found: list[str | None], inside: list[bool]) -> bool:
    """A text with no furniture that opens with a sentence or is printed as our own output (every
    block apart), and is mostly region, is all article: a clean text must come out unchanged."""
    apart = all(line.blank_before for line in lines[1:])
    if not any(inside) or any(found) or not (_SENTENCE_END.search(lines[0].text) or apart):
        return False
    kept = sum(line.words for line, keep in zip(lines, inside) if keep)
    return kept >= MIN_REGION_SHARE * sum(line.words for line in lines)


def line_family(line: Line) -> str | None:
    """The furniture family of one line, from its wording, a date or a byline."""
    return family_of(line.text, line.words)


@lru_cache(maxsize=FAMILY_CACHE_SIZE)
def family_of(text: str, words: int) -> str | None:
    """:func:`line_family` of a line's text and word count (remembered)."""
    found = families.classify(text, words)
    if found in (None, "data-table") and words <= 12 and dates.is_date_line(text):
        return "metadata"
    if found is None and is_byline(text):
        return "metadata"
    return found


def is_byline(text: str) -> bool:
    """'By Jane Doe and John Roe, Agency': a short line of capitalised names after 'by'."""
    match = _BYLINE.match(text)
    if not match or len(text.split()) > 14 or text.rstrip().endswith((".", "!", "?")):
        return False
    names = [t for t in re.split(r"[\s,]+", match["names"]) if t and t[0].isalpha()]
    return bool(names) and sum(t[0].isupper() for t in names) >= 0.6 * len(names)


def _region_labels(found: list[str | None], inside: list[bool], span: tuple[int, int] | None) -> list[str]:
    """Paragraph for the region's lines, and why each other line is not article text."""
    return [PARAGRAPH if keep else _outside_reason(found, i, span) for i, keep in enumerate(inside)]


def _cut_furniture(reading: Reading) -> None:
    """Inside the region, a short line whose wording names a furniture family is that furniture
    (a long one is prose that mentions cookies or subscriptions); rows of figures with words in
    them are the article's own tables."""
    for i in reading.kept():
        if is_cut_furniture(reading.lines[i], reading.families[i]):
            reading.labels[i] = reading.families[i]


def is_cut_furniture(line: Line, family: str | None) -> bool:
    """Whether a line of the article's region with this family is cut as furniture."""
    if family in _REGION_DECIDES and _LETTER.search(line.text):
        return False
    return family is not None and line.words <= MAX_FURNITURE_WORDS


def _outside_reason(found: list[str | None], i: int, span: tuple[int, int] | None) -> str:
    if found[i]:
        return found[i]
    if span is not None and i > span[1]:
        header = next((f for f in reversed(found[span[1]:i]) if f in families.BARRIERS), None)
        return header or "outside-article"
    return "outside-article"


def _cut_captions(reading: Reading) -> None:
    """A line printed twice in a row is an image's alt text and its caption, or a pull quote after
    its sentence: the repeat goes. The line a credit follows (past such a repeat) is a caption."""
    lines, labels = reading.lines, reading.labels
    first, last = reading.span
    for i in range(first + 1, last + 1):
        if (labels[i] == PARAGRAPH and lines[i].text == lines[i - 1].text
                and MIN_ALT_TEXT_WORDS <= lines[i].words <= MAX_ALT_TEXT_WORDS):
            labels[i] = "caption"
    for i in range(first, last + 1):
        after = i + 1
        while after <= last and lines[after].text == lines[i].text:
            after += 1
        if (labels[i] == PARAGRAPH and after < len(labels) and labels[after] == "credit"
                and lines[i].words <= MAX_CAPTION_WORDS):
            labels[i] = "caption"


def _mark_headings(reading: Reading) -> None:
    """A short line without a sentence's end, followed by a sentence, is an in-body subheading."""
    lines, labels = reading.lines, reading.labels
    kept = [i for i in range(reading.span[0], reading.span[1] + 1) if labels[i] == PARAGRAPH]
    for i, following in zip(kept, kept[1:]):
        line = lines[i]
        if (line.words <= MAX_HEADING_WORDS and not _SENTENCE_END.search(line.text) and not line.bulleted
                and _SENTENCE_END.search(lines[following].text)):
            labels[i] = "outside-article" if i == kept[0] and _named_elsewhere(reading, i) else HEADING


def _named_elsewhere(reading: Reading, i: int) -> bool:
    """Whether a line leading the region recurs inside the page's furniture outside the region
    (a site's name above the first paragraph: "Sputnik International" ... "Get push notifications
    from Sputnik International"): a name of the page, not a subheading of the article."""
    first, last = reading.span
    text = reading.lines[i].text
    return any(text in line.text and line.text != text
               for j, line in enumerate(reading.lines) if not first <= j <= last)


# The rules that finish the region's labels, in order; each can be switched off by name.
RULES = (
    ("furniture", _cut_furniture),
    ("caption", _cut_captions),
    ("subheading", _mark_headings),
)
