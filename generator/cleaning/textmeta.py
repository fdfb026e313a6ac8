"""Metadata of a text dump, read from the lines around the article, and the final blocks.

The headline is the headline-shaped line nearest above the article (preferring one the page
prints twice or follows with a date or byline); its repeats are cut as ``title-repeat``; a prose
line between headline and article is the standfirst.
"""

from __future__ import annotations

import re

from ..structure.article import ArticleMeta, Block, RemovedBlock
from . import dates, language, outlets
from .extraction import Extraction
from .textdump import HEADING, PARAGRAPH, Reading, is_byline

# Headlines run from a few words to a long sentence (the longest of the development pages' has 19).
TITLE_WORDS = (3, 22)
# How far above the article a headline may stand, in lines (menus can sit in between).
TITLE_LOOKBACK = 25
# A standfirst is a sentence or two.
STANDFIRST_WORDS = (8, 70)
# The article's first real paragraph is a sentence this long; the headline stands above it.
MIN_OPENING_WORDS = 10
_SENTENCE_ENDS = (".", "。", "»", "\"", "”")
# How close the dates and byline stand to the headline, in lines.
META_WINDOW = 12

# What a headline may have been labelled before the title is looked for (a headline printed twice
# reads as an image's alt text and caption).
_TITLE_LABELS = ("outside-article", HEADING, PARAGRAPH, "caption")
_UPDATED = re.compile(r"\b(updated?|modified|aktualisiert|mis à jour|actualizado|aggiornato|обновлено|به‌روز)",
                      re.I)
_PUBLISHED = re.compile(r"\b(posted|published|publié|veröffentlicht|publicado|pubblicato|опубликовано|نشر)", re.I)
_ARTICLE_URL = re.compile(r"^https?://[^\s/]+/(?:[^\s]*[-_/][^\s]*)$")
_IMAGE = re.compile(r"\.(png|jpe?g|gif|webp|svg|mp4)(\?|$)", re.I)
_BYLINE_PREFIX = re.compile(r"^(posted by:?\s*)?(by|von|par|por|di|door|av|de|автор:?|بقلم|نویسنده:?)\s+", re.I)


def extract(reading: Reading, *, url: str | None = None, skip: frozenset[str] = frozenset()) -> Extraction:
    """Blocks, audit and metadata of a labelled dump."""
    title_at = _find_title(reading)
    if title_at is not None and "title" not in skip and not reading.whole:
        _mark_title(reading, title_at)
    standfirst = None if "standfirst" in skip or reading.whole else _find_standfirst(reading, title_at)
    blocks, removed = _assemble(reading)
    body = "\n\n".join(block.text for block in blocks)
    meta = ArticleMeta(
        title=reading.lines[title_at].text if title_at is not None else None,
        standfirst=standfirst, byline=_byline(reading), **_dates(reading, title_at),
        **_outlets(reading, url), url=url or _page_url(reading),
        language=reading.language or language.identify(body), input_format="text")
    return Extraction(blocks, removed, meta)


def _assemble(reading: Reading) -> tuple[list[Block], list[RemovedBlock]]:
    blocks, removed = [], []
    for line, label in zip(reading.lines, reading.labels):
        if label in (PARAGRAPH, HEADING):
            blocks.append(Block(label, line.text))
        else:
            removed.append(RemovedBlock(line.text, label, line.number))
    return blocks, removed


def _opening(reading: Reading) -> int:
    """The article's first real paragraph: a long enough sentence (or the region's first line)."""
    return next((i for i, (line, label) in enumerate(zip(reading.lines, reading.labels))
                 if label == PARAGRAPH and line.words >= MIN_OPENING_WORDS and line.text.endswith(_SENTENCE_ENDS)),
                reading.span[0] if reading.span else len(reading.lines))


def _find_title(reading: Reading) -> int | None:
    start = _opening(reading)
    texts = [line.text.casefold() for line in reading.lines]
    best, best_score = None, 0.0
    for i in range(max(0, start - TITLE_LOOKBACK), min(start, len(reading.lines))):
        score = _title_score(reading, i, texts, start)
        if score > best_score:
            best, best_score = i, score
    return best


def _title_score(reading: Reading, i: int, texts: list[str], start: int) -> float:
    line, label = reading.lines[i], reading.labels[i]
    if not TITLE_WORDS[0] <= line.words <= TITLE_WORDS[1] or label not in _TITLE_LABELS:
        return 0.0
    if line.text.endswith((".", ",", ";")) or line.text[0].islower():
        return 0.0  # a sentence, or a fragment of one
    score = 1.0 + min(line.words, 12) / 12
    score += 1.5 if texts.count(texts[i]) > 1 else 0.0
    window = reading.labels[i + 1:i + 1 + META_WINDOW // 2]
    score += 1.0 if "metadata" in window else 0.0
    score -= 0.03 * (start - i)
    return score


def _mark_title(reading: Reading, title_at: int) -> None:
    """Cut the headline and its repeats (an article never prints its own headline as a paragraph:
    a repeat is an image's caption, a breadcrumb or a share line)."""
    title = reading.lines[title_at].text.casefold()
    reading.labels[title_at] = "title"
    for i, line in enumerate(reading.lines):
        text = line.text.casefold()
        if i != title_at and (text == title or (len(title) > 20 and text.endswith(title) and line.words < 40)):
            reading.labels[i] = "title-repeat"


def _find_standfirst(reading: Reading, title_at: int | None) -> str | None:
    if title_at is None or reading.span is None:
        return None
    first = min(title_at, next((i for i, label in enumerate(reading.labels) if label == "title-repeat"), title_at))
    for i in range(first + 1, min(_opening(reading) + 1, first + META_WINDOW, len(reading.lines))):
        line, label = reading.lines[i], reading.labels[i]
        unfinished = label == PARAGRAPH and not line.text.rstrip().endswith((".", "!", "?", "。"))
        if ((label in ("outside-article", HEADING) or unfinished) and line.text[0].isupper()
                and STANDFIRST_WORDS[0] <= line.words <= STANDFIRST_WORDS[1]):
            reading.labels[i] = "standfirst"
            return line.text
    return None


def _byline(reading: Reading) -> str | None:
    for line, label in zip(reading.lines, reading.labels):
        if label == "metadata" and is_byline(line.text):
            return _BYLINE_PREFIX.sub("", line.text).strip() or None
    return None


def _dates(reading: Reading, title_at: int | None) -> dict:
    """Published and updated: stated ones ("Posted:", "Updated:") before bare dates, near the headline first."""
    candidates: dict[str, list[tuple[float, str]]] = {"published": [], "updated": []}
    for i, (line, label) in enumerate(zip(reading.lines, reading.labels)):
        when = dates.parse(line.text) if label == "metadata" else None
        if not when:
            continue
        key = "updated" if _UPDATED.search(line.text) else "published"
        near = title_at is not None and 0 < i - title_at <= META_WINDOW
        rank = 2.0 * bool(_PUBLISHED.search(line.text)) + 1.0 * near + 0.5 * ("T" in when)
        candidates[key].append((rank, when))
    found = {key: max(values, key=lambda v: v[0])[1] for key, values in candidates.items() if values}
    if "published" not in found and "updated" in found:
        found["published"] = found["updated"]
    return found


def _outlets(reading: Reading, url: str | None) -> dict:
    wire = copyright_holder = dateline = None
    agency = False
    for line, label in zip(reading.lines, reading.labels):
        if label == "wire-marker":
            wire = wire or outlets.from_wire_marker(line.text)
        elif label in ("copyright", "credit") and "©" in line.text or label == "copyright":
            copyright_holder = copyright_holder or (outlets.from_copyright(line.text) if label == "copyright" else None)
    kept = reading.kept()
    if kept:
        dateline, agency = outlets.from_dateline(reading.lines[kept[0]].text)
    original = wire or (dateline if agency else None)
    outlet = outlets.from_url(url) or (dateline if dateline and not agency else None)
    if outlet is None and copyright_holder and not wire:
        outlet = copyright_holder
    return {"outlet": outlet or outlets.from_url(_page_url(reading)), "original_outlet": original}


def _page_url(reading: Reading) -> str | None:
    for line in reading.lines:
        if _ARTICLE_URL.match(line.text) and not _IMAGE.search(line.text):
            return line.text
    return None
