"""Timeline: when each report was published, and the dated events the reports mention.

Dates without a year take the year of the report's publication; weekdays ("on Sunday") and
"yesterday" resolve against it too, backwards unless the sentence speaks of the future.
"""

from __future__ import annotations

import datetime as dt
import re

from ..structure.comparison import TimelineEntry
from .text import starting_with
from .timeparse import day_of, parse_published, sort_key

_MONTHS = {name: n for n, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"], 1) for name in names.split()}
_WEEKDAYS = {name: n for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The first letters of the patterns below, tried only where one of them starts a word.
_MONTH_INITIALS = "".join(sorted({name[0] for name in _MONTHS})) + r"\d"
_DATE = re.compile(rf"\b{starting_with(_MONTH_INITIALS)}"
                   rf"(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
                   rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})(?:\s+(?P<year2>\d{{4}}))?)\b",
                   re.I)
_RELATIVE = re.compile(r"\b" + starting_with("flmnostwy") +
                       r"(?:\b(?:on\s+|last\s+|this\s+|next\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday)\b|\b(?P<word>yesterday|today|tonight|last night)\b)", re.I)
# Cheap tests first: every calendar date has a day number, and every relative day word ends in
# "day" or "night", so a sentence without them is not searched for dates.
_DIGIT = re.compile(r"\d")
_DAY_OR_NIGHT = re.compile(r"day|night", re.I)
_FUTURE = re.compile(r"\b" + starting_with("ainpsw") +
                     r"(will|next|is expected|are expected|plans? to|is set to|scheduled)\b", re.I)


def analyze(context) -> dict:
    entries = []
    read: dict[tuple, list[str]] = {}  # copies repeat sentences: date each wording once per reference day
    for article in context.articles:
        entries += _published(article)
        reference = day_of(parse_published(article.meta.published))
        for sentence in context.sentences[article.id]:
            if (sentence.text, reference) not in read:
                read[(sentence.text, reference)] = _dates(sentence.text, reference)
            key = (article.id, sentence.index)
            entries += [TimelineEntry(when, sentence.text, "event", article.id, context.evidence(key))
                        for when in read[(sentence.text, reference)]]
    moments = {when: sort_key(when) for when in {e.when for e in entries}}  # many entries share a date
    entries.sort(key=lambda e: (moments[e.when], e.source, e.evidence.start if e.evidence else -1, e.kind))
    return {"timeline": tuple(entries)}


def _published(article) -> list[TimelineEntry]:
    meta = article.meta
    return [TimelineEntry(_iso(value), meta.title or article.id, kind, article.id)
            for kind, value in (("published", meta.published), ("updated", meta.updated))
            if parse_published(value) is not None]


def _iso(value: str) -> str:
    moment = parse_published(value)
    return moment.isoformat() if isinstance(moment, dt.datetime) else moment.isoformat()


def _dates(text: str, reference: dt.date | None) -> list[str]:
    found = []
    for match in _DATE.finditer(text) if _DIGIT.search(text) else ():
        day = _calendar(match, reference)
        if day:
            found.append(day.isoformat())
    if reference and _DAY_OR_NIGHT.search(text):
        future = bool(_FUTURE.search(text))
        found += [d.isoformat() for m in _RELATIVE.finditer(text) if (d := _relative(m, reference, future))]
    return sorted(set(found))


def _calendar(match: re.Match, reference: dt.date | None) -> dt.date | None:
    month = _MONTHS[(match.group("month") or match.group("month2")).lower()]
    day = int(match.group("day") or match.group("day2"))
    year = match.group("year") or match.group("year2")
    if year is None and reference is None:
        return None
    try:
        return dt.date(int(year) if year else reference.year, month, day)
    except ValueError:
        return None


def _relative(match: re.Match, reference: dt.date, future: bool) -> dt.date | None:
    word = (match.group("word") or "").lower()
    if word in ("today", "tonight"):
        return reference
    if word in ("yesterday", "last night"):
        return reference - dt.timedelta(days=1)
    target = _WEEKDAYS[match.group("weekday").lower()]
    if future:
        return reference + dt.timedelta(days=(target - reference.weekday()) % 7 or 7)
    return reference - dt.timedelta(days=(reference.weekday() - target) % 7)
