"""Small sequence helpers: order agreement of matched positions and connected groups."""

from __future__ import annotations

from bisect import bisect_left
from typing import Hashable, Iterable, Sequence


def increasing_share(pairs: Sequence[tuple[int, int]]) -> float:
    """Share of matched (own, other) positions that keep their relative order (longest run)."""
    if not pairs:
        return 0.0
    tails: list[int] = []
    for _, other in sorted(pairs):
        at = bisect_left(tails, other)
        if at == len(tails):
            tails.append(other)
        else:
            tails[at] = other
    return len(tails) / len(pairs)


def union_find_groups(items: Iterable[Hashable], links: Iterable[tuple]) -> tuple[tuple, ...]:
    """Connected groups of ``items``, each sorted, the groups sorted by their first item."""
    parent = {item: item for item in items}

    def root(item):
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict = {}
    for item in parent:
        groups.setdefault(root(item), []).append(item)
    return tuple(sorted(tuple(sorted(group)) for group in groups.values()))


def exclusive_groups(items: Iterable[Hashable], links: Iterable[tuple], owner) -> tuple[tuple, ...]:
    """Groups of ``items`` joined by ``links`` (best first), never two items of one owner in a group.

    ``links`` are (a, b) pairs in order of preference; ``owner(item)`` is what may appear once per
    group (a source: one report does not say one thing twice). Groups and their items are sorted.
    """
    group_of = {item: item for item in items}
    members = {item: [item] for item in group_of}
    owners = {item: {owner(item)} for item in group_of}
    for a, b in links:
        ga, gb = group_of[a], group_of[b]
        if ga == gb or owners[ga] & owners[gb]:
            continue
        keep, gone = min(ga, gb), max(ga, gb)
        members[keep] += members.pop(gone)
        owners[keep] |= owners.pop(gone)
        for item in members[keep]:
            group_of[item] = keep
    return tuple(sorted(tuple(sorted(group)) for group in members.values()))
