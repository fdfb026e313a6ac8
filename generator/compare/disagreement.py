"""Whether the values of one figure group disagree: a conflict, a softer difference, or neither.

A conflict is the same quantity of the same thing at the same time given values that no rounding
and no hedge of the sources reconciles: both current (previous values and forecasts never count),
both read from the noun they measure and each the only value its source gives for it (or said in
aligned sentences), neither a running count of another moment ("by midday"), and not so far apart
that two different things are the likelier reading. Anything less certain that still differs is a
*difference*, shown softly.
"""

from __future__ import annotations

import math
from itertools import combinations

from .measures import same_noun
from .numbers import format_value
from .quantities import Quantity

# Relative difference two exact figures may have and still agree (rounding, unit conversions).
TOLERANCE = 0.025
# Extra slack for a figure its source hedges ("about", "some", "nearly").
APPROXIMATE = 0.10
# Values that agree only thanks to rounding or hedges, yet lie further apart than this, differ.
DIFFERS_MIN = 0.10
# Values further apart than this factor are more likely two things than one thing misreported:
# neither a conflict nor a difference.
MAX_CONFLICT_RATIO = 2.0


def interval(q: Quantity, exact: bool = False) -> tuple[float, float]:
    """The values a figure allows, given how it is rounded and hedged."""
    slack = TOLERANCE if exact else max(TOLERANCE, q.rounding) + (APPROXIMATE if q.bound == "approximate" else 0.0)
    low, high = q.normalized, q.upper if q.upper is not None else q.normalized
    if q.bound == "at least":
        return low * (1 - slack), math.inf
    if q.bound == "at most":
        return -math.inf, high * (1 + slack)
    return low * (1 - slack), high * (1 + slack)


def compatible(a: Quantity, b: Quantity, exact: bool = False) -> bool:
    """One value could be both figures (units that cannot be compared never disagree)."""
    if a.normalized_unit != b.normalized_unit:
        return True
    return _overlap(interval(a, exact), interval(b, exact))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def verdict(items, aligned: set, rivals: dict) -> tuple[str | None, str | None]:
    """(conflict, difference) of a group of located figures; at most one of them is set."""
    current = _distinct(item for item in items if not item.quantity.when)
    # Each figure's exact and hedged intervals, worked out once for all the pairs it is in.
    allowed = [(interval(item.quantity, exact=True), interval(item.quantity)) for item in current]
    found = {"conflict": None, "differs": None}
    for (i, a), (j, b) in combinations(enumerate(current), 2):
        if found["conflict"]:
            break
        if a.source != b.source:
            kind = _pair(a, b, allowed[i], allowed[j], aligned, rivals)
            if kind and found[kind] is None:
                when = _other_moment(a.measure.time, b.measure.time)
                found[kind] = f"{_show(a, current, when)} vs {_show(b, current, when)}"
    return found["conflict"], None if found["conflict"] else found["differs"]


def _distinct(items) -> list:
    """One item per source and way of stating a value: repeats decide nothing new."""
    seen: dict[tuple, object] = {}
    for item in items:
        q = item.quantity
        seen.setdefault((item.source, q.normalized, q.upper, q.bound, q.rounding, item.measure), item)
    return list(seen.values())


def _pair(a, b, allowed_a: tuple, allowed_b: tuple, aligned: set, rivals: dict) -> str | None:
    """``allowed_a``, ``allowed_b``: each figure's (exact, hedged) :func:`interval`."""
    qa, qb = a.quantity, b.quantity
    if qa.normalized_unit != qb.normalized_unit or _overlap(allowed_a[0], allowed_b[0]) or \
            not _comparable(a, b, aligned):
        return None  # (units that cannot be compared never disagree)
    if _overlap(allowed_a[1], allowed_b[1]):
        return "differs" if _spread(qa, qb) > DIFFERS_MIN else None
    if _spread(qa, qb) >= MAX_CONFLICT_RATIO - 1:
        return None
    if _other_moment(a.measure.time, b.measure.time):
        return "differs"
    return "conflict" if _same_quantity(a, b, aligned, rivals) else "differs"


def _comparable(a, b, aligned: set) -> bool:
    """Both read as measuring one noun, or said in aligned sentences: else nothing can be said."""
    noun = same_noun(a.measure, b.measure)
    return noun == "same" or (noun != "different" and (a.sentence, b.sentence) in aligned)


def _other_moment(a: str | None, b: str | None) -> bool:
    """Two different moments, or a running count ("by noon", "so far") against a plain figure."""
    if a and b:
        return a != b
    return _running(a) or _running(b)


def _running(time: str | None) -> bool:
    return bool(time) and not time.split()[-2:-1] == ["on"] and not time.startswith("on ")


def _spread(a: Quantity, b: Quantity) -> float:
    low, high = sorted((abs(a.normalized), abs(b.normalized)))
    return (high - low) / low if low else math.inf


def _same_quantity(a, b, aligned: set, rivals: dict) -> bool:
    if (a.sentence, b.sentence) in aligned and same_noun(a.measure, b.measure) != "different":
        return True
    strong = a.measure.strong and b.measure.strong and same_noun(a.measure, b.measure) == "same"
    return strong and _sole(a, rivals) and _sole(b, rivals)


def _sole(item, rivals: dict) -> bool:
    """The only value its source gives for what it measures (repeats of one value allowed)."""
    return all(compatible(item.quantity, other) for other in rivals.get((item.source, *item.key), ()))


def _show(item, items, when: bool) -> str:
    q = item.quantity
    sources = sorted({other.source for other in items if compatible(other.quantity, q, exact=True)
                      and other.quantity.bound == q.bound})
    unit = "" if q.normalized_unit == "count" else f" {q.normalized_unit}"
    hedge = {"at least": "at least ", "at most": "at most ", "approximate": "about "}.get(q.bound or "", "")
    time = f" {item.measure.time}" if when and item.measure.time else ""
    return f"{hedge}{format_value(_significant(q.normalized))}{unit}{time} ({', '.join(sources)})"


def _significant(value: float) -> float:
    """A converted value as readers write it: 144.8 km is "145 km", 4.25 stays 4.25."""
    if abs(value) < 100:
        return round(value, 2)
    return float(f"{value:.3g}") if abs(value) < 1000 else round(value)
