"""Publication times as editors and pages give them: ISO 8601, maybe without time or offset."""

from __future__ import annotations

import datetime as dt


def parse_published(value: str | None) -> dt.datetime | dt.date | None:
    """A UTC datetime when the value has a time (no offset means UTC), a date when it has none."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        if "T" not in text and " " not in text:
            return dt.date.fromisoformat(text[:10])
        moment = dt.datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def day_of(value: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def sort_key(value: str | None) -> tuple:
    """Orders published values: unknown last, a bare date before the times of that day."""
    moment = parse_published(value)
    if moment is None:
        return (1, "")
    if isinstance(moment, dt.datetime):
        return (0, moment.isoformat())
    return (0, moment.isoformat())


def earlier(a: str | None, b: str | None) -> int | None:
    """-1 when ``a`` was published first, 1 when ``b`` was, None when it cannot be told."""
    ta, tb = parse_published(a), parse_published(b)
    if ta is None or tb is None:
        return None
    if isinstance(ta, dt.datetime) and isinstance(tb, dt.datetime):
        return None if ta == tb else (-1 if ta < tb else 1)
    da, db = day_of(ta), day_of(tb)
    return None if da == db else (-1 if da < db else 1)
