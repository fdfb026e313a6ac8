"""Dates as pages print them ("Posted: Sep 6, 2021 1:30 AM", "18:01 GMT03 September 2021",
"6. September 2021, 14:35 MESZ", "2021-09-06T10:00:00+04:30") into ISO 8601.

The offset is given only when the page states a zone; a named zone without a fixed offset (ET, PT)
is resolved for that date from the tz database.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

# A date line may carry a few more words ("Updated", "Last modified on") but not a sentence.
MAX_EXTRA_WORDS = 4
# Years outside this range are page furniture (copyright spans, product numbers), not dates.
YEARS = (1990, 2100)

_MONTHS = {
    1: "jan january janv janvier januar enero janeiro gennaio januari января январь ocak stycznia",
    2: "feb february févr fevr février februar febrero fevereiro febbraio februari февраля февраль şubat lutego",
    3: "mar march mars märz marzo março maart марта март mart marca",
    4: "apr april avr avril abril aprile апреля апрель nisan kwietnia",
    5: "may mai mayo maio maggio mei мая май mayıs maja",
    6: "jun june juin juni junio junho giugno июня июнь haziran czerwca",
    7: "jul july juil juillet juli julio julho luglio июля июль temmuz lipca",
    8: "aug august août agosto augustus августа август ağustos sierpnia",
    9: "sep sept september sept septembre septiembre setembro settembre сентября сентябрь eylül września",
    10: "oct october octobre oktober octubre outubro ottobre okt октября октябрь ekim października",
    11: "nov november novembre noviembre novembro ноября ноябрь kasım listopada",
    12: "dec december déc decembre décembre dezember diciembre dezembro dicembre dez декабря декабрь aralık grudnia",
}
MONTH_NUMBERS = {name: number for number, names in _MONTHS.items() for name in names.split()}

_FIXED_ZONES = {
    "gmt": 0, "utc": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60, "mez": 60, "cest": 120,
    "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "ast": 180, "irst": 210, "aft": 270, "pkt": 300,
    "ist": 330, "ict": 420, "hkt": 480, "sgt": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    "edt": -240, "est": -300, "cdt": -300, "cst": -360, "mdt": -360, "mst": -420, "pdt": -420, "pst": -480,
}
_REGION_ZONES = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
                 "pt": "America/Los_Angeles"}

_MONTH = "|".join(sorted((re.escape(m) for m in MONTH_NUMBERS), key=len, reverse=True))
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
                  r"(?:\.\d+)?\s*(?P<off>Z|[+-]\d{2}:?\d{2})?)?")
_DAY_MONTH = re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?(?P<mon>{_MONTH})\.?,?\s*"
                        rf"(?:de\s+)?(?P<y>\d{{4}})", re.I)
_MONTH_DAY = re.compile(rf"(?<![\w])(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d.])")
_TIME = re.compile(r"(?<![\d:])(?P<H>\d{1,2})(?:[:h](?P<M>\d{2}))(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
                   r"(?:\s*(?:uhr|hrs|h)?\s*(?P<zone>\b(?-i:" + "|".join(z.upper() for z in [*_FIXED_ZONES, *_REGION_ZONES]) +
                   r")(?![A-Za-z]))(?P<zoff>[+-]\d{1,2}(?::?\d{2})?)?)?", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# Every date form above has a four-digit year: a cheap test before the patterns run.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def parse(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (with time and offset when stated), else ``None``."""
    iso = _ISO.search(text)
    if iso and _year_ok(iso["y"]):
        return _from_iso(iso)
    day = _find_day(text)
    if day is None:
        return None
    rest = text[:day[1]] + " " + text[day[2]:]
    moment = _find_time(rest, day[0])
    return moment.isoformat() if moment else day[0].isoformat()


def is_date_line(text: str) -> bool:
    """True when the line is a date with at most a few words around it ("Updated 6 Sep 2021")."""
    if not _YEAR.search(text) or parse(text) is None:
        return False
    stripped = _ISO.sub(" ", _DAY_MONTH.sub(" ", _MONTH_DAY.sub(" ", _NUMERIC.sub(" ", text))))
    stripped = _TIME.sub(" ", stripped)
    return len(_WORD.findall(stripped)) <= MAX_EXTRA_WORDS


def _year_ok(year: str) -> bool:
    return YEARS[0] <= int(year) <= YEARS[1]


def _from_iso(match: re.Match) -> str | None:
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["H"] is None:
        return day.isoformat()
    offset = match["off"]
    zone = None
    if offset:
        zone = dt.timezone.utc if offset == "Z" else _offset(offset)
    moment = dt.datetime(day.year, day.month, day.day, int(match["H"]), int(match["M"]), int(match["S"] or 0),
                         tzinfo=zone)
    return moment.isoformat()


def _find_day(text: str) -> tuple[dt.date, int, int] | None:
    for pattern in (_MONTH_DAY, _DAY_MONTH, _NUMERIC):
        for match in pattern.finditer(text):
            month = int(match["m"]) if "m" in match.groupdict() else MONTH_NUMBERS[match["mon"].casefold()]
            if not _year_ok(match["y"]):
                continue
            try:
                return dt.date(int(match["y"]), month, int(match["d"])), match.start(), match.end()
            except ValueError:
                continue
    return None


def _find_time(text: str, day: dt.date) -> dt.datetime | None:
    match = _TIME.search(text)
    if not match:
        return None
    hour, minute = int(match["H"]), int(match["M"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    naive = dt.datetime(day.year, day.month, day.day, hour, minute, int(match["S"] or 0))
    return _zoned(naive, match["zone"], match["zoff"])


def _zoned(naive: dt.datetime, zone: str | None, extra: str | None) -> dt.datetime:
    if not zone:
        return naive
    zone = zone.casefold()
    if zone in _REGION_ZONES:
        return naive.replace(tzinfo=ZoneInfo(_REGION_ZONES[zone]))
    minutes = _FIXED_ZONES[zone] + (_minutes(extra) if extra else 0)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))


def _offset(text: str) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=_minutes(text)))


def _minutes(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-").replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return sign * (int(hours) * 60 + int(minutes))
