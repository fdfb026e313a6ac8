"""Dates and times as readers see them, independent of the machine's locale and clock."""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def parse(value: str | dt.date | None) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip().replace("Z", "+00:00")
    try:
        return dt.datetime.fromisoformat(text) if "T" in text or " " in text else dt.date.fromisoformat(text)
    except ValueError:
        return None


def long_date(value) -> str:
    """``6 September 2021``."""
    day = parse(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def short_date(value) -> str:
    """``6 Sep 2021``."""
    day = parse(value)
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}" if day else ""


def display(value) -> str:
    """A published time as stated: with its offset when the page gave one, never guessed."""
    when = parse(value)
    if when is None:
        return "not stated"
    if not isinstance(when, dt.datetime):
        return short_date(when)
    text = f"{short_date(when)}, {when:%H:%M}"
    offset = when.utcoffset()
    if offset is None:
        return text
    if offset == dt.timedelta(0):
        return text + " UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return text + f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def iso(value) -> str:
    when = parse(value)
    return when.isoformat() if when else ""


def month_name(month: int) -> str:
    return MONTHS[month - 1]
